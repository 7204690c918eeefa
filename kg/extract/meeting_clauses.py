"""One clause, several meetings: a coordinated meeting verb opens an event of its own.

News strings an official's meetings of a day into one sentence: "استقبل الرئيس X وزير
الخارجية Y، كما التقى رئيس الوزراء Z"، "التقى الوزير X بنظيره Y ثم اجتمع مع Z". Read as one
clause, the two meetings become one record of three; each coordinated verb that states a
meeting by itself (met, received, visited, called: not "بحث"، "ناقش"، which go on telling the
same meeting, "وبحث معه …") starts a clause of its own. Its subject is left unsaid, so the
meeting extractor gives it the actor of the clause before (the zero subject of
`kg.extract.meetings`), and the two meetings stay apart unless they share their parties.

`spoken_at` reads "قال X عقب اتصال مع Y": the speaker took part. `reported_by` reads
"قال X إنه التقى Y": the pronoun of the complementizer is the speaker, who met Y.
`refers_ahead` and `speaker_clause` read a fronted meeting phrase whose pronoun the next
clause names ("وخلال لقائه بالملك X، أكد الرئيس Y …": Y met X). `purpose_noun` tells a meeting noun of purpose
("وصل X إلى الدوحة للقاء Y"): its subject, named before it, takes part beside the person met.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.text import DocView, Tok
from kg.link.normalize import match_key

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

#: Kinds of meeting verb that state a new meeting when coordinated (not "talks": بحث، ناقش).
NEW_EVENT_KINDS = frozenset({"meeting", "reception", "visit", "call"})
#: Words that coordinate a verb with the clause before: "كما التقى"، "ثم اجتمع"، "و التقى".
_COORDINATORS = vocab.keys(("كما", "ثم", "و", "وكذلك", "كذلك"))
_CONJ_CLITICS = ("و", "ف")


#: A joint press conference, "عقد X وY مؤتمرا صحفيا مشتركا"، "خلال مؤتمر صحفي مشترك مع Y": the two who hold it meet.
#: Raw corpus (zcat | grep -c): مؤتمر صحفي مشترك 23, مؤتمر صحافي مشترك 16, المؤتمر الصحفي المشترك 9, المؤتمر الصحافي
#: المشترك 4, مؤتمرا صحفيا/صحافيا مشتركا 4. Its last word, مشترك, stands for the event.
_CONFERENCE = vocab.keys(("مؤتمر", "مؤتمرا", "المؤتمر", "مؤتمراً"))
_PRESS = vocab.keys(("صحفي", "صحافي", "الصحفي", "الصحافي", "صحفيا", "صحافيا", "صحفياً", "صحافياً"))
_JOINT = vocab.keys(("مشترك", "مشتركا", "المشترك", "مشتركاً"))


def press_conference(toks: list[Tok], t: int) -> bool:
    """Token t is the last word of a joint press conference ("مؤتمر صحفي مشترك")."""
    return t >= 2 and toks[t].is_(_JOINT) and toks[t - 1].is_(_PRESS) and toks[t - 2].is_(_CONFERENCE)


def noun_start(toks: list[Tok], t: int) -> int:
    """The first word of the meeting noun whose last word is token t: "مؤتمر" of "مؤتمر صحفي مشترك", else t."""
    return t - 2 if press_conference(toks, t) else t


def _coordinated_meeting_verb(view: DocView, t: int) -> bool:
    """Token t is a meeting verb joined to what precedes it by و/ف, كما or ثم."""
    tok = view.tokens[t]
    if t in view.token_mention:
        return False
    kind = tok.which(vocab.MEETING_VERBS_PAST) or tok.which(vocab.MEETING_VERBS_PRESENT)
    support = _call_support(view, t)
    if kind not in NEW_EVENT_KINDS and not support:
        return False
    bare = vocab.SUPPORT_PAST | vocab.SUPPORT_PRESENT if support else {**vocab.MEETING_VERBS_PAST,
                                                                      **vocab.MEETING_VERBS_PRESENT}
    if tok.key[:1] in _CONJ_CLITICS and tok.key not in bare:
        return True  # "والتقى"، "واستقبل": the clitic conjunction
    return t > 0 and view.tokens[t - 1].is_(_COORDINATORS)


def _call_support(view: DocView, t: int) -> bool:
    """Token t is a support verb of a phone call ("كما تلقى اتصالا هاتفيا من B"، "وأجرى اتصالا
    هاتفيا مع C"): a second call told in the clause of the first, with its own counterpart. Raw
    corpus (../shared/data/arabic-news-raw, zcat | grep -cE): "كما تلقى/كما أجرى/، وتلقى/، وأجرى +
    اتصالا هاتفيا" in 6 paragraphs."""
    tok = view.tokens[t]
    if not (tok.is_(vocab.SUPPORT_PAST) or tok.is_(vocab.SUPPORT_PRESENT)) or t + 2 >= len(view.tokens):
        return False
    return view.tokens[t + 1].which(vocab.MEETING_NOUNS) == "call" and view.tokens[t + 2].is_(vocab.PHONE)


def zero_subject_call(view: DocView, first: int, noun: int, verb: int) -> bool:
    """A call told by a support verb that opens its clause with no subject ("كما تلقى اتصالا
    هاتفيا من B" after "تلقى X اتصالا من A"): the actor of the clause before is its receiver."""
    if verb < first or noun != verb + 1 or not _call_support(view, verb):
        return False
    return all(view.tokens[k].is_(_COORDINATORS) for k in range(first, verb))


#: Support verbs that take the meeting noun as their object right after them, so a subject would stand between: a
#: clause "وأجرى محادثات مع Y"، "كما عقد اجتماعا مع Y" has none and goes on with the actor told before. Raw corpus
#: (zcat | grep -oE): "و/كما/ثم" + أجرى/أجرت/عقد/عقدت + a meeting noun after a clause break, 29 paragraphs; a
#: feminine عقدت or a masculine noun's nominative ("وعقد اجتماع") may be the passive, so عقدت and عقد take only the
#: accusative or a feminine noun (عقد جلسة: the passive would be عقدت).
_ACTIVE_SUPPORT = {"أجرى": None, "أجرت": None, "أجريا": None,
                   "عقد": ("اجتماعا", "لقاء", "لقاءا", "جلسة", "مباحثات", "محادثات", "مشاورات"),
                   "عقدت": ("اجتماعا", "لقاءا")}
_ACTIVE_SUPPORT_KEYS = {match_key(k): v and vocab.keys(v) for k, v in _ACTIVE_SUPPORT.items()}


def zero_subject_support(view: DocView, first: int, noun: int, verb: int) -> bool:
    """A meeting noun right after an active support verb that opens its clause with no subject ("وأجرى محادثات
    أيضا مع Y"، "كما عقد جلسة مباحثات مع Y", after "وصل X إلى …"): the actor told before holds it."""
    if verb < first or not all(view.tokens[k].is_(_COORDINATORS) for k in range(first, verb)):
        return False
    toks = view.tokens
    nxt = verb + 1
    if nxt < noun and toks[nxt].is_(vocab.SESSION_NOUNS):
        nxt += 1  # "عقد جلسة مباحثات"
    if noun != nxt or nxt in view.token_mention:
        return False
    verb_key = next((f for f in toks[verb].forms if f in _ACTIVE_SUPPORT_KEYS), None)
    if verb_key is None:
        return False
    objects = _ACTIVE_SUPPORT_KEYS[verb_key]
    return objects is None or toks[verb + 1].is_(objects)


def _coordinated_meeting_noun(view: DocView, t: int) -> bool:
    """Token t is a meeting noun without a possessive that carries و right after a comma: a
    second event told in the same clause by its noun ("منذ لقاء X وY في سوتشي، ولقاء X وZ في
    بطرسبورغ"). Raw-corpus counts (../shared/data/arabic-news-raw, zcat|grep "، و+noun "):
    وزيارة 23, ولقاء 12, واجتماع 5, واتصال 2. A possessive noun ("، واجتماعه مع …") goes on
    with the actor of the event before, so it stays in that event's clause."""
    tok = view.tokens[t]
    if t in view.token_mention or view.tokens[t - 1].key not in ("،", ",") or not tok.text.startswith("و"):
        return False
    return tok.key not in vocab.MEETING_NOUNS and tok.key[1:] in vocab.MEETING_NOUN_BASES


#: How far a fronted phrase may stand between "، و…" and the meeting verb it opens.
_FRONTED_REACH = 7
_RELATIVES = vocab.keys(("والذي", "والتي", "الذي", "التي"))


def _fronted_coordination(view: DocView, t: int, start: int) -> int | None:
    """A meeting verb at t that opens a new clause after a comma and a phrase put before it
    ("…، وفي يوم الأحد 8 مارس استقبل X"، "…، وبعد ذلك التقى Y"): the token after the comma,
    when it carries و and no name or relative pronoun stands between it and the verb."""
    tok = view.tokens[t]
    if t in view.token_mention or (tok.which(vocab.MEETING_VERBS_PAST) or tok.which(
            vocab.MEETING_VERBS_PRESENT)) not in NEW_EVENT_KINDS:
        return None
    for j in range(t - 1, max(start, t - _FRONTED_REACH) - 1, -1):
        if j in view.token_mention or view.tokens[j].is_(_RELATIVES):
            return None
        if view.tokens[j].key in ("،", ","):
            nxt = view.tokens[j + 1]
            return j + 1 if j + 1 < t and nxt.key.startswith("و") and j > start else None
    return None


#: "اللقاء الذي جمعه بـX": the support verb's pronoun is the other participant, named later.
_GATHERED_HIM = vocab.keys(("جمعه", "جمعها", "جمعته", "جمعتها", "جمعهما", "جمعتهما"))


#: Prepositions that front a meeting phrase before the main clause ("وفي لقاء مع X، قال Y").
_FRONTING = vocab.keys(("في", "خلال", "عقب", "بعد", "أثناء"))


def refers_ahead(view: DocView, first: int, trig: int, verb: int, possessive: bool, pronoun: bool) -> bool:
    """A meeting told with a pronoun for one side ("خلال لقائه مع X"، "وبحث معه"، "اللقاء الذي
    جمعه بـX") or fronted at the head of its clause ("وفي لقاء مع X،"), which a following
    "أكد/قال Y" may name."""
    fronted = first < trig <= first + 2 and view.tokens[trig - 1].is_(_FRONTING)
    return possessive or pronoun or fronted or (verb >= 0 and view.tokens[verb].is_(_GATHERED_HIM))


def speaker_clause(view: DocView, clauses: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The clause right after clause i when it opens with a reporting verb ("وخلال لقائه بـX،
    أكد الرئيس Y …"): its subject is who the fronted phrase's pronoun stands for."""
    if i + 1 >= len(clauses):
        return None
    first, last = clauses[i + 1]
    tok = view.tokens[first]
    if tok.is_(vocab.SAY_VERBS) or tok.is_(vocab.CONTINUE_VERBS):
        return first + 1, last
    return None


#: "إنه/أنه/بأنه" (her: "إنها"): a complementizer whose pronoun is the subject of what follows.
_HE_THAT = vocab.keys(("إنه", "أنه", "بأنه", "وأنه", "إنها", "أنها", "بأنها", "وأنها"))
#: The meeting verb stands this close after the complementizer ("أنه قد التقى"، "أنه سيجري محادثات").
_HE_THAT_REACH = 3


def reported_by(view: DocView, clauses: list[tuple[int, int]], i: int, verb: int) -> tuple[int, int] | None:
    """The reporting clause before clause i when clause i opens with a complementizer whose
    pronoun is its subject and the meeting verb follows at once ("وقال فلان الفلاني في بيان إنه
    التقى الوزير X"، "وأكد X أنه أجرى محادثات مع Y"): the speaker met; None otherwise."""
    if i == 0 or verb < 0:
        return None
    first, _ = clauses[i]
    if not view.tokens[first].is_(_HE_THAT) or not 0 < verb - first <= _HE_THAT_REACH:
        return None
    before_first, before_last = clauses[i - 1]
    tok = view.tokens[before_first]
    if tok.is_(vocab.SAY_VERBS) or tok.is_(vocab.CONTINUE_VERBS):
        return before_first + 1, before_last
    return None


#: Before a meeting noun in a reporting clause, the time of speaking: "قال X عقب اتصال هاتفي مع Y".
_SPEAKING_AT = vocab.keys(("عقب", "بعد", "إثر", "اثر", "أثر", "خلال", "أثناء", "قبيل", "ختام", "مستهل",
                           "بداية", "نهاية", "إثرها"))


#: The other side follows a meeting noun this close ("عقب اتصال هاتفي مع X").
_PARTNER_REACH = 6


def spoken_at(view: DocView, first: int, noun: int, last: int, partner: frozenset[str], possessive: bool) -> bool:
    """A clause that opens with a reporting verb and sets the speaking at a meeting noun whose
    other side follows with مع/ب, or whose pronoun is the speaker ("وقال عقب اتصال هاتفي مع X"،
    "وأكد X خلال لقائه مع Y"، "قال في ندوة على اثر لقاء جمعه في تونس مع X"): the speaker took
    part. A noun with a person of its own before the partner ("بعد زيارة الرئيس X إلى …") is
    another's event the speaker speaks after."""
    tok = view.tokens[first]
    if not (tok.is_(vocab.SAY_VERBS) or tok.is_(vocab.CONTINUE_VERBS)) or noun <= first:
        return False
    start = noun_start(view.tokens, noun)  # "وقال X في المؤتمر الصحفي المشترك مع Y"
    if not any(view.tokens[j].is_(_SPEAKING_AT) and j not in view.token_mention
               for j in range(max(first + 1, start - 2), start)):
        return False
    if possessive:
        return True
    for j in range(noun + 1, min(last, noun + _PARTNER_REACH) + 1):
        tok = view.tokens[j]
        if j in view.token_mention:
            return False
        if tok.is_(partner) or (tok.text.startswith("ب") and len(tok.forms) > 1 and tok.key[1:] in tok.forms):
            return True
    return False


def coordinated_after(view: DocView, m: int, end: int) -> bool:
    """Mention m is joined by و to the mention that ends at token `end` ("في سورية واليمن
    وليبيا"، "حول مصر، والأردن"): what is said of the first (a place, a topic) holds for it."""
    a, _ = view.mention_span[m]
    if a == end + 2 and view.tokens[end + 1].key in ("و",):
        return True
    if not (a == end + 1 or (a == end + 2 and view.tokens[end + 1].key in ("،", ","))):
        return False
    word, text = view.tokens[a].text, view.mentions[m].text  # the token keeps the clitic the mention may drop
    label = view.ref(m).entity.label
    return word[:1] == "و" and (word == "و" + text or not text.startswith("و") or not label.startswith("و")
                                or word[:2] == "وو")


#: Relative pronouns whose head is the subject of the verb right after them.
_HEADED_BY = vocab.keys(("الذي", "التي", "اللذان", "اللتان", "اللذين", "اللتين", "الذين", "اللواتي", "اللاتي"))


def headed_verb(view: DocView, verb: int, first: int) -> bool:
    """The verb opens a relative clause ("الوفد الذي التقى X"): its subject is the noun the
    relative pronoun follows, not an actor told before."""
    return verb > first and view.tokens[verb - 1].is_(_HEADED_BY)


def to_place(view: DocView, m: int) -> bool:
    """Mention m is a town or state with the clitic ل ("زيارة سموه للقاهرة وعمان"): where
    someone goes, not who acts."""
    ref = view.ref(m)
    word = view.tokens[view.mention_span[m][0]].text
    return ref.entity.kind in ("City", "Country", "Place") and word[:1] == "ل" and not ref.entity.label.startswith("ل")


def purpose_noun(view: DocView, t: int) -> bool:
    """Token t is a meeting noun with the purpose preposition ل ("وصل X إلى الدوحة للقاء Y"،
    "توجه X إلى القاهرة لإجراء محادثات"): whoever travels or acts in the clause meets."""
    tok = view.tokens[t]
    return tok.text.startswith("لل") or (tok.text[:1] == "ل" and match_key(tok.text[1:]) in tok.forms)


def split_coordinated(view: DocView, first: int, last: int,
                      has_trigger: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The clause first..last cut before each coordinated meeting verb (or meeting noun after
    "، و") whose part before holds a meeting trigger of its own (`has_trigger(first, last)`);
    the coordinator (كما، ثم) opens the new part."""
    out: list[tuple[int, int]] = []
    start = first
    for t in range(first + 2, last + 1):
        if _coordinated_meeting_verb(view, t):
            cut = t - 1 if view.tokens[t - 1].is_(_COORDINATORS) else t
        elif (lead := _fronted_coordination(view, t, start)) is not None:
            cut = lead  # "…، وفي يوم الأحد استقبل X": a time phrase fronted before the verb
        elif _coordinated_meeting_noun(view, t):
            cut = t  # "…، ولقاء X وZ": a second event named by its noun
        else:
            continue
        if cut - 1 > start and has_trigger(start, cut - 1):
            out.append((start, cut - 1))
            start = cut
    out.append((start, last))
    return out


#: A coordinated subject stands this close: "بحث الرئيس X والرئيس الفرنسي Y": at most a title
#: (three words and the و) between the two names.
_COORD_GAP = 4
#: A verb looks this far ahead for its subject.
_SUBJECT_REACH = 16


def coordinated_subject(view: DocView, t: int, last: int) -> bool:
    """The meeting verb at t has two persons as its coordinated subject, the other side its
    partner by the conjunction: "بحث الرئيس X والرئيس الفرنسي Y العلاقات"، "التقى X وY". A
    word other than a title between them (a topic, "تصريحات Y") is not a coordination."""
    persons = [m for m in view.mentions_in(t + 1, min(last, t + _SUBJECT_REACH)) if view.is_person(m)]
    if len(persons) < 2:
        return False
    _, end = view.mention_span[persons[0]]
    start, _ = view.mention_span[persons[1]]
    if start - end > _COORD_GAP:
        return False
    joint = view.tokens[end + 1] if start > end + 1 else None  # the title's first word, else the name's
    return (joint.text if joint is not None else view.mentions[persons[1]].text).startswith("و")


def object_after_b(view: DocView, t: int, last: int) -> bool:
    """A call verb whose callee follows ب as a clitic: "اتصل X هاتفيا بالرئيس Y"، "اتصلت بنظيرها"
    (the separate ب of "اتصل ب X" is a partner word already)."""
    return any(tok.text.startswith("ب") and len(tok.forms) > 1 and tok.key[1:] in tok.forms
               for tok in view.tokens[t + 1:last + 1])


_GATHER = vocab.keys(("ضم", "ضمت", "يضم", "تضم", "ضما", "جمع", "جمعت", "يجمع", "تجمع"))
_GATHER_REACH = 8


def gathering_verbs(view: DocView, first: int, last: int, triggers: list[Trigger]) -> set[int]:
    """Verbs that list a meeting's participants right after its noun ("لقاء الدوحة الأخير الذي
    ضم X وY"، "لقاء ثلاثي يضم X مع Y"، "جولة مباحثات ضمت X، والروسي Y"): a member-list verb at
    most `_GATHER_REACH` words after a meeting noun lists who met, not members of a body."""
    nouns = [tr.tok for tr in triggers if tr.noun]
    return {t for t in range(first, last + 1) if view.tokens[t].is_(_GATHER) and t not in view.token_mention
            and any(0 < t - n <= _GATHER_REACH for n in nouns)}


def before_counterpart(view: DocView, j: int, first: int) -> tuple[int, bool]:
    """Token j ends "نظيره الإسرائيلي" before a name the officials left without a post (no
    title was told for the one whose counterpart he is): the token before the counterpart word,
    and whether that word carries the partner ب itself ("بنظيره"); else (j, False)."""
    k = j
    while k >= first and k not in view.token_mention and view.nisba(k) is not None:
        k -= 1
    if k == j or k < first or not view.tokens[k].is_(vocab.COUNTERPART):
        return j, False
    return k - 1, view.tokens[k].text.startswith("ب")
