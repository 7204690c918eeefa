"""Who takes part in a meeting: the persons, officials, delegations and bodies a clause
names around its trigger (`kg.extract.meetings` finds the triggers).

Arabic news puts the parties of a meeting in a few places: subject and object of the verb
(VSO "استقبل X Y", or SVO "X … اجتمع مع Y"), a مع/ب/بين phrase, a noun's genitive
("زيارة X"), and role phrases of the corpus lexicon (`kg.extract.meeting_roles`: "برئاسة X",
"تلبية لدعوة من X", "بمعية X", "كان في استقباله X", "اتصالا هاتفيا من X"). What the clause
says after its topic opens ("بحثا العلاقات … وموقف الرئيس X") or in a member list ("التي تضم
…") is what was discussed or described, not who met. An organization meets alone in its own
summit ("قمة مجلس التعاون").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.honorific_refs import honorific_at
from kg.extract.honorific_refs import resolve as resolve_honorific
from kg.extract.meeting_clauses import (
    before_counterpart,
    coordinated_after,
    gathering_verbs,
    press_conference,
    purpose_noun,
    to_place,
)
from kg.extract.meeting_frames import framed_visit
from kg.extract.meeting_mandate import mandate_zone, source_zone
from kg.extract.meeting_masdar import clitic_object
from kg.extract.meeting_roles import (
    PARTNER,
    PLACE_PREP,
    attendance_zone,
    companion_starts,
    message_zone,
    occasion_zone,
    role_mentions,
)
from kg.extract.meeting_sides import article_pair, officials_of
from kg.extract.meeting_surnames import name_shaped, surname_parties
from kg.extract.nisba import nisbas_after
from kg.extract.officials import Officials, Title
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

_TOPIC_PREP = vocab.keys(("حول", "بشأن", "ضد", "عن", "على", "تجاه", "إزاء", "بخصوص", "لصالح", "مثل"))
_STATEMENT_NOUNS = vocab.keys(("بيان", "البيان", "تصريح", "تصريحات", "بلاغ"))
#: Words after which the clause talks about the topic of the meeting, not its parties:
#: "بحثا العلاقات … والأزمة في سوريا", "استعرض معه تطورات …".
_TOPIC_OPENERS = vocab.keys((
    "حول", "بشأن", "بخصوص", "تناول", "تناولت", "تناولا", "استعراض", "مستعرضا", "مستعرضين", "استعرض",
    "استعرضا", "العلاقات", "علاقات", "التعاون", "الأوضاع", "أوضاع", "تطورات", "مستجدات", "المستجدات",
    "التطورات", "القضايا", "قضايا", "الأزمة", "أزمة", "سبل", "آفاق", "الملفات", "ملفات", "موضوع",
    "مواضيع", "المواضيع", "الموضوعات", "لبحث", "لمناقشة", "وبحث", "وناقش", "ناقشا", "بحثا", "بحث",
    "ناقش", "إدانته", "إدانتها", "تعازيه", "تعازيها", "تهنئته", "تهنئة", "الحرب", "ملف", "موقف", "لموقف",
    "مواقف",
    # another act told after the event: "تلقى اتصالا من X، وهنأ Y بفوزه" (Y is congratulated, not called);
    # raw corpus: 4 sentences with a meeting or call word and هنأ/وهنأ within 100 characters after, all so
    "وهنأ", "هنأ", "وعزى", "عزى",
    # a purpose phrase opens another event: "استقبل X الوزراء لحضور اجتماعهم مع Y"
    "لحضور", "للمشاركة", "لحضورهم", "لحضوره",
    # a feeling the speaker voices ("عبر X خلال لقائه Y عن سعادته بتحرير عدن من ميليشيات Z"): what follows is
    # its cause; raw corpus: 44 lines with a meeting word and "عن" + one of these nouns within 150 characters
    *(w + e for w in ("سعادت", "ارتياح", "اعتزاز", "استياء", "قلق", "تطلع")
      for e in ("ه", "ها", "هم")),
))
#: Relative clauses that list members or describe, not take part: "مجموعة العشرين التي تضم …".
_MEMBER_LISTS = vocab.keys(("تضم", "يضم", "تشمل", "يشمل", "تتألف", "يتألف", "تتكون", "يتكون", "يتزعمه",
                            "يتزعمها", "يقودها", "يقوده"))
#: Before the verb: on whose behalf or orders the actor acts, not a participant.
_PREAMBLE = vocab.keys(("نيابة", "إنفاذا", "لتوجيهات", "توجيهات", "بتوجيه", "بتوجيهات", "برعاية", "رعاية",
                        "بقيادة", "بأمر", "بتكليف", "تنفيذا", "انطلاقا"))
#: Kinds a lone organization can hold by itself (the GCC summit, an Arab League council).
#: Words between a summit noun and its organization: "قمة قادة دول مجلس التعاون".
#: Verbs that list who an event gathered ("الذي ضم X وY"): corpus forms of ضم and جمع.
#: Adjectives between a delegation noun and its nisba ("وفدا برلمانيا تونسيا"): raw-corpus counts of
#: "وفد|وفدا|الوفد + ADJ + word": رسمي 37, وزاري 24, حكومي 23, برلماني 23, رفيع (المستوى) 21, اقتصادي 5.
_DELEGATION_ADJ = vocab.keys(tuple(p + w + e for w in ("رسمي", "وزاري", "حكومي", "برلماني", "رفيع", "اقتصادي")
                                   for p in ("", "ال") for e in ("", "ا", "اً", "ًا")) + ("المستوى",))
#: A state's side named by a collective noun and its nisba after مع/ب ("مع المسؤولين المصريين"،
#: "بالجانب الروسي"، "مع الحكومة الإثيوبية"): raw-corpus counts after مع: الجانب 62, المسؤولين 37,
#: الوفد 14, القادة 11, نظرائه 5 (a nisba ending -ي/-ين); after ب: بالجانب 89, بالحكومة 37.
_ONE_COUNTERPART = vocab.keys((
    # one counterpart left unnamed, his state by the nisba ("سيجري محادثات مع نظيره الكيني"، "اتصالا هاتفيا
    # بنظيره اللبناني"): the actor's post is not always told, so no counterpart title carries the state.
    # Raw corpus (zcat | grep -oE): the singular, a nisba, then a preposition, a comma or a day word: 73
    # phrases, 33 of them after مع or ب (27 outside sport); the rest are matches ("يلتقي المنتخب X نظيره
    # Y") and comparisons ("مقابل نظيره الأمريكي"), which have no مع/ب. A name after the nisba is the
    # party itself ("مع نظيره الروسي X"), his state added with him, not as a side of its own
    "نظيره", "نظيرها", "نظيرته", "نظيرتها"))
#: A team, whose counterpart ("نظيره المكسيكي") is another team, not a state.
_TEAMS = vocab.keys(("المنتخب", "منتخب", "منتخبنا", "الفريق", "فريق", "النادي", "نادي"))
_COLLECTIVE = vocab.keys(("الجانب", "المسؤولين", "المسئولين", "مسؤولين", "الحكومة", "السلطات", "القادة",
                          "الوفد", "نظرائه", "نظرائها", "نظرائهم")) | _ONE_COUNTERPART
#: After a meeting verb, "during it" ties the verb to the event told before in its clause, whose
#: subject is the verb's ("التقى خلالها" 26, "يلتقي خلالها" 13, "التقى فيها" 12 … in the raw corpus).
_DURING_IT = vocab.keys(("خلالها", "خلاله", "فيها", "أثناءها", "أثناءه"))
#: A date between a meeting noun and its partner ("لقائه صباح اليوم الاثنين 5 جوان بوزير …"; numbers too): raw corpus
#: (zcat | grep -oE) noun, day word, ≤ 5 words, ب + word: 34 matches with a part of the day, أول أمس, a month, a number.
_TIME_ADVERBS = vocab.TODAY | vocab.YESTERDAY | vocab.TOMORROW | frozenset(vocab.WEEKDAYS) | vocab.DAY_WORD | (
    vocab.DAY_BEFORE | frozenset(vocab.MONTHS) | vocab.keys(("عشية",)))


def _named_at(view: DocView, t: int) -> bool:
    """A person's name (or a title before one) starts at token t."""
    m = view.mention_at.get(t) if t < len(view.tokens) else None
    return m is not None and view.is_person(m) or t < len(view.tokens) and view.tokens[t].is_(vocab.HONORIFICS)


def _effective_prev(view: DocView, a: int, first: int, covered: set[int], adverbs: bool = False) -> int:
    """The token before a, skipping a title (and honorifics, commas) that introduces the name;
    with `adverbs`, a time adverb and a place phrase too ("خلال لقائه، أمس في الرياض، مبعوث …")."""
    j = a - 1
    while j >= first:
        if j in covered or view.tokens[j].is_(vocab.HONORIFICS) or view.tokens[j].key in ("،", ",") or (
                adverbs and (view.tokens[j].is_(_TIME_ADVERBS) or view.tokens[j].key.isdigit())
                and j not in view.token_mention):
            j -= 1
        elif adverbs and (place := _place_phrase_start(view, j, first)) is not None:
            j = place - 1
        else:
            break
    return j


def _place_phrase_start(view: DocView, j: int, first: int) -> int | None:
    """The preposition of a place phrase ending at token j ("في الرياض"), or None."""
    m = view.token_mention.get(j)
    if m is None or view.mention_span[m][1] != j or view.ref(m).entity.kind not in ("City", "Country", "Place"):
        return None
    prep = view.mention_span[m][0] - 1
    return prep if prep >= first and view.tokens[prep].is_(PLACE_PREP) and prep not in view.token_mention else None


def _partner_before(view: DocView, pos: int, first: int, covered: set[int]) -> bool:
    """The person or title at token pos is introduced by مع/ب: as a word ("مع X") or as a
    clitic on the title or name ("بالرئيس X"، "بنظيره")."""
    j = _effective_prev(view, pos, first, covered)
    if j >= first and view.tokens[j].is_(PARTNER):
        return True
    tok = view.tokens[j + 1]  # the title's first word, else the name's
    return tok.text.startswith("ب") and len(tok.forms) > 1 and tok.key[1:] in tok.forms


#: Clitics a name in a party slot may carry ("ولافروف"، "بفلانوف").
def _mistyped_parties(view: DocView, first: int, last: int, triggers: list[Trigger]) -> set[int]:
    """Names the NER typed as an organization or place that stand where a party stands, in a clause
    that names a person too: right after the meeting's verb or noun ("قد التقى فلانوف"، "مباحثات
    فلانوف"), right before its verb ("وكان فلانوف قد التقى X"), after مع/بين ("مع فلانوف"، "بين
    فلانوف وX"), or joined by و or juxtaposed to a party just named ("التقى X فلانوف"); a name typed as
    a place only after مع/بين ("زار X بنزرت"، "بالدرعية" are places). Read as persons (`DocView.as_person`)."""
    if not any(view.is_person(m) for m in view.mentions_in(first, last)):
        return set()  # names alone: the countries and bodies that act themselves (the fallback below)
    slots = {tr.tok for tr in triggers} | {tr.verb for tr in triggers if tr.verb >= 0}
    out: set[int] = set()
    party_end = -2
    for m in view.mentions_in(first, last):
        a, b = view.mention_span[m]
        if view.is_person(m):
            party_end = b
            continue
        if not name_shaped(view, m):
            party_end = -2
            continue
        j = _effective_prev(view, a, first, set())
        tok = view.tokens[a]
        k = b + 1  # the subject before its verb: "وكان فلانوف قد التقى X"
        while k <= last and view.tokens[k].is_(vocab.VERB_OPENERS):
            k += 1
        partner = j >= first and view.tokens[j].is_(PARTNER)
        if view.ref(m).entity.kind == "Place" and (tok.key.startswith("ب") or not partner):
            party_end = -2  # "في قصر X بالدرعية"، "زار X بنزرت": a place, unless after مع/بين
            continue
        if j in slots or partner or j == party_end or k in slots:
            out.add(m)
            party_end = b
        else:
            party_end = -2
    return out


def _tied_persons(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                  mistyped: set[int] = frozenset()) -> list[int]:
    """Persons a nominal trigger governs: its genitive ("زيارة فلانوف"), those after
    مع/بين/ب ("محادثات مع X"), those coordinated with them, and, for a possessive noun
    (لقائه), the person named before it."""
    toks = view.tokens
    trig_toks = {tr.tok for tr in triggers} | gathering_verbs(view, first, last, triggers)
    possessive = any(tr.possessive for tr in triggers)
    first_trig = min(trig_toks)
    tied: list[int] = []
    genitive_end = -1  # the last token of a person tied as the noun's genitive ("استقبال الرئيس X")
    persons = [m for m in view.mentions_in(first, last) if view.is_person(m) or m in mistyped]
    for m in persons:
        a = view.mention_span[m][0]
        title = off.title_of_mention.get(m)
        lead = title.first if title is not None and first <= title.first < a else a  # "لقائه مبعوث … إلى اليمن X"
        j = _effective_prev(view, lead, first, off.covered, adverbs=True)
        j, by_counterpart = before_counterpart(view, j, first)
        text = view.mentions[m].text
        if toks[a].key.startswith("و") and view.mentions[m].start > toks[a].start:
            text = "و" + text  # the mention starts after the conjunction of its word ("وسامي الحداد")
        by_title = (j + 1 < a and toks[j + 1].key.startswith("و")) or (  # "ونظيره الإيراني X"
            j >= first and toks[j].key.startswith("و") and view.nisba(j) is not None) or (  # "، والروسي X"
            lead < a and toks[lead].key.startswith("و"))  # "بين X، والأمين العام للجامعة Y"
        ok = (
            j in trig_toks
            or (j >= first and toks[j].is_(PARTNER))
            or by_counterpart
            or (tied and (text.startswith("و") or by_title) and a > first_trig)
            or (possessive and a < first_trig)
            or m in off.counterpart_of
            or (j == genitive_end and clitic_object(view, off, lead, m))  # "استقبال X للسفير Y"
        )
        if ok:
            tied.append(m)
            if j in trig_toks:
                genitive_end = view.mention_span[m][1]
    return tied


def _topic_cut(view: DocView, first: int, last: int, triggers: list[Trigger]) -> int:
    """The first token after the event's verb where the clause turns to its topic ("بحثا
    العلاقات …", "مستعرضا معه تطورات …") or to a description ("التي تضم …"): persons and
    officials from there on are what was discussed, not who took part."""
    trig_toks = {tr.tok for tr in triggers} | gathering_verbs(view, first, last, triggers)
    start = max(max(tr.verb for tr in triggers), min(trig_toks)) + 1
    for t in range(start, last + 1):
        if t in trig_toks or t in view.token_mention:
            continue
        tok = view.tokens[t]
        if tok.is_(_TOPIC_OPENERS) or tok.is_(_MEMBER_LISTS) or tok.is_(vocab.SAY_VERBS):
            return t
    return last + 1


def _by_verb_position(items: list[tuple[int, Ref]], verb: int, partner_first: bool = False) -> list[Ref]:
    """Persons and officials around a verb: with two or more after it (VSO: subject and
    object), those before it are context ("انطلاقا من … بقيادة X، قام Y بزيارة …"); with one
    after it, the one just before the verb is the subject (SVO); with none, all before it.
    When the first one after the verb is a partner ("التقى مع X وY"، "والتقى بالرئيس X ووزير
    …"), all after it are the other side: the subject is the one just before the verb. One person
    told twice after the verb (by name, then by a bare title: "استقبل X السفير Y … ووصفها السفير بـ…")
    is one party after it, so the subject before the verb stays."""
    after = list({r.key: r for pos, r in items if pos > verb}.values())
    before = [r for pos, r in items if pos < verb]
    if len(after) >= 2 and partner_first:
        return before[-1:] + after
    if len(after) >= 2:
        return after
    if len(after) == 1:
        return before[-1:] + after
    return before


def _preamble_zone(view: DocView, first: int, verb: int) -> set[int]:
    """Tokens before the verb that tell on whose behalf or orders the actor acts ("نيابة عن
    X، استقبل Y"، "إنفاذا لتوجيهات X"، "بقيادة X وأخيه Y، قام Z بزيارة"): from the cue to the
    next comma."""
    zone: set[int] = set()
    t = first
    while t < verb:
        if view.tokens[t].is_(_PREAMBLE) and t not in view.token_mention:
            while t < verb and view.tokens[t].key not in ("،", ","):
                zone.add(t)
                t += 1
        t += 1
    return zone


def _apposed_person(view: DocView, title: Title, persons: list[int], after_name: bool = False) -> int | None:
    """The person a title the grammar left unnamed stands beside, set off by a comma a few
    words on ("وزير الخارجية الفلاني، سامي الحداد"، "الوزير العماني المسؤول عن الشؤون
    الخارجية، فلان الفلاني"): no other name between, at most six words; or right after the
    name and its comma ("X، وزير الخارجية السعودي،")."""
    for m in persons:
        a = view.mention_span[m][0]
        if title.last < a <= title.last + 7 and view.tokens[a - 1].key in ("،", ",") and not any(
                t in view.token_mention for t in range(title.last + 1, a)):
            return m
        b = view.mention_span[m][1]  # "الوزير سامي الحداد، وزير الخارجية السعودي، التقى …": after the name
        if title.first == b + 2 and view.tokens[b + 1].key in ("،", ","):
            return m
        if after_name and title.first == b + 1:  # "وكان X استقبل جون دو وزير خارجية Y": the object's post
            return m
    return None


def _bare_holder(off: Officials, title: Title) -> Ref | None:
    """The one person the article gives the post a bare title names ("الوزير"، "الرئيس" after
    "الرئيس التونسي X"), if there is exactly one (of any country)."""
    found = {p.person.key: p.person for p in off.posts
             if p.role == title.role and (title.portfolio is None or p.portfolio == title.portfolio)}
    return next(iter(found.values())) if len(found) == 1 else None


def _side_of_post(view: DocView, of: Ref) -> Ref | None:
    """Who an unnamed official takes part for: his country or body; the official of a town or
    a region ("أمير منطقة الرياض"، "محافظ القصيم") for his state, known when the town is its
    capital, never the town or region itself (a place is where one meets, not who)."""
    if of.entity.kind not in ("City", "Place"):
        return of
    return view.country_of(of)


def find_participants(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                  place: Ref | None) -> list[Ref]:
    toks = view.tokens
    out: dict[str, Ref] = {}

    def add(ref: Ref | None) -> None:
        # the place is not a party ("اجتمع X وY في تونس"), unless another mention names it as
        # one ("اجتماع بين وزراء خارجية تونس والجزائر ومصر … في تونس") or a side noun names it by
        # its nisba, not by a mention ("سيبحث X في مصر مع المسؤولين المصريين": Egypt's side)
        if ref is not None and (place is None or ref.key != place.key or ref.mention is None or (
                place.mention is not None and ref.mention != place.mention)):
            out.setdefault(ref.key, ref)

    cut = _topic_cut(view, first, last, triggers)
    verbal = any(tr.tense != "noun" for tr in triggers)
    verb = max(tr.verb for tr in triggers)
    verbs = sorted(tr.verb for tr in triggers if 0 <= tr.verb < verb)
    if verbs and verb + 1 <= last and toks[verb + 1].is_(_DURING_IT):
        verb = verbs[0]  # "يؤدي X زيارة إلى تونس سيلتقي خلالها Y وZ": X's visit, X meets Y and Z
    mistyped = _mistyped_parties(view, first, last, triggers)
    candidates = [m for m in view.mentions_in(first, last) if view.is_person(m) or m in mistyped] if verbal \
        else _tied_persons(view, off, first, last, triggers, mistyped)
    if not verbal:
        first_trig = min(tr.tok for tr in triggers)
        before = [m for m in view.mentions_in(first, first_trig - 1) if view.is_person(m)]
        after_event = first_trig > first and view.tokens[first_trig - 1].is_(vocab.HELD_BEFORE) or (
            press_conference(toks, first_trig)) or any(  # "قال X في المؤتمر الصحفي المشترك مع Y": X holds it
            framed_visit(view, first, last, tr.tok, tr.kind, off.covered) for tr in triggers if tr.tok == first_trig)
        genitive = bool(candidates) and _effective_prev(view, view.mention_span[candidates[0]][0], first,
                                                        off.covered) in {tr.tok for tr in triggers}
        if before and ((len(candidates) == 1 and view.mention_span[candidates[0]][0] > first_trig
                        and (not genitive or purpose_noun(view, first_trig)))  # "رحب X بزيارة Y": Y
                       # visits, X only welcomes it; "وصل X … للقاء Y": X meets Y
                       or (not candidates and after_event)):
            candidates = before[:1] + candidates  # "X … بعد اجتماع مع Y"، "X غادر … بعد زيارة"
    preamble = _preamble_zone(view, first, verb if verbal and verb >= 0 else min(tr.tok for tr in triggers))
    occasion = occasion_zone(view, off, first, last)
    if any(tr.tok in occasion for tr in triggers):
        occasion = set()  # "صدر بيان بمناسبة زيارة X للأردن": the occasion is the event itself
    companions = companion_starts(view, first, last) | message_zone(view, first, last) | occasion | attendance_zone(
        view, first, last)
    companions |= mandate_zone(view, off, first, last) | source_zone(view, off, first, last)  # "بتوجيه من X"، "بحسب X"
    persons = []
    for m in candidates:
        a = view.mention_span[m][0]
        if a in preamble or a in companions:
            continue
        j = _effective_prev(view, a, first, off.covered)
        if a >= cut or (j >= first and (toks[j].is_(_TOPIC_PREP) or toks[j].is_(vocab.OUTLET_NOUNS))):
            continue
        persons.append(m)
    named_titles = {id(x) for x in off.title_of_mention.values()}
    # SVO ("وكان X استقبل Y …"): a subject named before the verb, so a title right after the
    # name of the one after it is that person's post, not a third party
    subject_first = verbal and verb >= 0 and any(view.mention_span[m][0] < verb for m in persons)
    items: list[tuple[int, Ref]] = []
    states: list[Ref] = []  # the countries of titles set off from their holder's name by a comma
    for m in persons:
        items.append((view.mention_span[m][0], view.as_person(m) if m in mistyped else view.ref(m)))
    items += [(t, ref) for t, ref in surname_parties(view, first, min(last, cut - 1), triggers, off.covered)
              if t not in preamble and t not in companions]  # "وكان الجبير قد التقى X": the NER left it untagged
    for t in range(first, min(last, cut - 1) + 1):  # "وعقد جلالته اجتماعا مع سموه": the persons told before
        if honorific_at(view, t) is not None and t not in preamble and t not in companions:
            ref = resolve_honorific(view, off, t)
            if ref is not None:
                items.append((t, ref))
    for title in off.titles:
        if not (first <= title.first < cut and id(title) not in named_titles) or title.first in companions:
            continue
        if title.of is None:  # a bare "الوزير": the article's one holder of that post
            holder = _bare_holder(off, title)
            if holder is not None:
                items.append((title.first, holder))
            continue
        named = _apposed_person(view, title, persons, after_name=subject_first)
        if named is not None:  # "الوزير العماني المسؤول عن الشؤون الخارجية، فلان الفلاني": one person
            items = [(pos, r) for pos, r in items if pos != view.mention_span[named][0]]
            items.append((title.first, view.ref(named)))
            states.append(title.of)
            continue
        holder = off.holder(title) if not title.also_of else None
        side = holder or _side_of_post(view, title.of)
        if side is not None:  # "الرئيس الإيراني": the president named before, or Iran
            items.append((title.first, side))
        for other in title.also_of:
            items.append((title.first, other))
    items.sort(key=lambda x: x[0])
    after = [pos for pos, _ in items if pos > verb]
    # "وكان W قد استقبل … X وY": قد between subject and verb marks SVO, the one before is
    # the host (raw corpus: كان + up to ten words + قد + a meeting verb, 78 lines)
    perfect = verb > first and toks[verb - 1].key == "قد" and any(first <= pos < verb for pos, _ in items)
    partner_first = bool(after) and (perfect or _partner_before(view, after[0], first, off.covered))
    chosen = _by_verb_position(items, verb, partner_first) if verbal and verb >= 0 else [r for _, r in items]
    for ref in chosen:
        add(ref)
    for ref in states:
        add(ref)
    for m in persons:
        if m in off.counterpart_of:
            add(off.counterpart_of[m])
    for ref in role_mentions(view, off, first, last, min(tr.tok for tr in triggers)):
        add(ref)
    for t in range(first, min(last, cut - 1) + 1):
        if toks[t].is_(vocab.DELEGATION):
            k = t + 1
            while k <= last and k < t + 4 and toks[k].is_(_DELEGATION_ADJ):
                k += 1  # "وفدا برلمانيا تونسيا"، "وفد رفيع المستوى سعودي"
            refs, used = nisbas_after(view, k)
            for ref in refs:
                add(ref)
            j = k + used
            while j <= last and j < t + 6:  # "وفدين رفيعي المستوى من البلدين"
                if toks[j].key == "من":
                    for m in view.mentions_in(j + 1, min(last, j + 8)):
                        ref = view.country_of(view.ref(m)) or view.ref(m)
                        if ref.entity.kind in ("Country", "Organization", "Place"):
                            add(ref)
                    break
                j += 1
    for t in range(first, last + 1):  # "بحث X مع المسؤولين المصريين": Egypt's side; after the topic,
        if t >= cut and not any(tr.noun and 0 < t - tr.tok <= 3 for tr in triggers):
            continue  # only right after a meeting noun ("ناقش X … خلال مباحثات مع الحكومة الإثيوبية")
        if toks[t].is_(_COLLECTIVE) and _partner_before(view, t, first, set()):
            m = view.mention_at.get(t)  # "الحكومة الإثيوبية" as one name: the state it stands for
            state = view.country_of(view.ref(m)) if m is not None else None
            refs, used = ([state], 0) if state is not None else nisbas_after(view, t + 1)
            if toks[t].is_(_ONE_COUNTERPART) and (_named_at(view, t + 1 + used) or any(
                    w.is_(_TEAMS) for w in toks[first:t])):
                continue  # "مع نظيره الروسي X": X is the party, his state comes with him (not a side alone);
                # "يلتقي المنتخب X مع نظيره المكسيكي": a team's counterpart is a team, no state
            for ref in refs:
                add(ref)
    if len(out) < 2:  # "وزيري خارجية البلدين"، "وفدي البلدين"، "محادثات بين الجانبين"
        for t in range(first, min(last, cut - 1) + 1):
            if toks[t].is_(vocab.BOTH_PARTIES) and t not in view.token_mention and t > first and not (
                    toks[t - 1].is_(_TOPIC_PREP) or toks[t - 1].is_(PLACE_PREP)):  # before the topic
                pair = article_pair(view, off, t)
                for ref in pair:
                    add(ref)
                for ref in officials_of(view, off, first, t - 1, pair):
                    add(ref)  # "تحدث الوزير X … مع الوزير Y عن اللقاء بين الطرفين": X and Y are the sides
                break
    if not persons:
        for trig in triggers:
            if trig.noun:  # "القمة الروسية الإيرانية"
                refs, _ = nisbas_after(view, trig.tok + 1)
                for ref in refs:
                    add(ref)
    if out:
        return list(out.values())
    if all(tr.kind in ("reception", "visit") for tr in triggers) and not verbal:
        return []
    # no persons or officials: countries and organizations acting themselves, as subject or
    # object of the verb, or tied to the noun by مع/بين and coordinated with what is tied
    chained = False
    dropped_end: int | None = None  # the last token of a place or topic phrase's mention just left out
    for m in view.mentions_in(first, min(last, cut - 1)):
        a, b = view.mention_span[m]
        ref = view.ref(m)
        if dropped_end is not None and coordinated_after(view, m, dropped_end):
            dropped_end = b  # "في سورية واليمن وليبيا": the whole list is the place or topic
            continue
        dropped_end = None
        prev = toks[a - 1] if a > first else None
        if (prev is not None and (prev.is_(_TOPIC_PREP) or prev.is_(vocab.OUTLET_NOUNS)
                                  or prev.is_(_STATEMENT_NOUNS) or prev.is_(PLACE_PREP))) or to_place(view, m):
            chained = False
            dropped_end = b
            continue
        if a in off.covered or ref.entity.kind not in ("Country", "Organization", "City", "Place"):
            continue
        tied = prev is not None and prev.is_(PARTNER) or (chained and view.mentions[m].text.startswith("و"))
        chained = tied
        if not (verbal or tied):
            continue
        if ref.entity.kind in ("City", "Place"):  # a capital stands for its state; a town or a site does not
            ref = view.country_of(ref)
            if ref is None:
                continue
        add(ref)
    return list(out.values())
