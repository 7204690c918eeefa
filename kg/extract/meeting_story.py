"""Who goes on acting in a story: the actor a zero-subject meeting verb takes, chosen by role.

News tells one actor's day in a chain of clauses that leave his name unsaid: "وصل الوزير X إلى
الرياض. والتقى Y. كما اجتمع بـZ وW". A meeting verb with no subject of its own takes the actor told
before. Taken by position (the first person of the clause before, the first participant of the last
meeting, the first person of a sentence) that actor may be the one MET before, a spokesman who
reported it, or a byline. This module follows the ACTING subject instead (`Story`, read clause by
clause, `clause_subject`):

* a clause that opens with a person or official ("والرئيس X يلتقي …"، "أن X التقى …") has him act;
* a clause that opens with a verb has the person right after it act (VSO; an adverb such as
  اليوم، أمس between) unless a preposition or a clitic ب/ل marks that person as the one met
  ("وبحث مع X"، "واتصل بالرئيس X") or the verb is a meeting verb with that one person alone after
  it, its object ("والتقى الرئيس X" goes on with the actor told before);
* a reporting clause ("وقال المتحدث X إن …"، "مؤكدا أن …") names a source, not an actor, and a clause
  whose subject is a thing ("وأكد أن اللقاء تناول …") names none: the actor told before goes on;
* a phrase put first and cut off by a comma ("من جهة أخرى، قام X …") is passed over; a clause whose
  shape does not show its subject (a prepositional phrase or a noun first, no comma; a byline
  "X - الرياض :") drops the story's actor, and the caller falls back on the actor told by position.

So the object or recipient of a meeting, a source or a byline never becomes the next zero-subject
verb's actor. The story's actor also holds a meeting whose every person is one met (`objects_only`:
a partner word or a clitic ب right after the verb, "، وبحث مع X وY"، "واجتمع بالرئيس X ورئيس الوزراء Y",
or two persons joined by و, "، والتقى الرئيس X ورئيس الوزراء Y"): read alone, the two objects were
paired as the meeting's sides. `coordinated_actor` does the same inside one clause ("وصل X إلى Y،
والتقى F وA"), with the acting subject of the part before the verb.

Raw corpus (both files, zcat | grep -cE): a meeting verb (التقى، اجتمع، بحث، استقبل، زار، أجرى، تلقى and
their feminine and imperfect forms) right after "، " or ". " or كما/ثم, و optional: 959 paragraphs; with مع
or ب right after the verb: 51.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.lexicon import meetings as lexicon
from kg.extract.meeting_roles import PARTNER, PLACE_PREP
from kg.extract.officials import Officials
from kg.extract.text import DocView

#: Words that open a clause before its verb or subject: coordinators, particles, "قد".
_OPENERS = vocab.keys(("و", "ف", "كما", "ثم", "وقد", "قد", "لقد", "فيما", "بينما", "حيث", "إذ", "كذلك", "وكذلك",
                       "أيضا", "بدوره", "بدورها", "وبدوره", "وبدورها", "أن", "إن", "بأن", "فإن"))
#: Words between a verb and its subject: time adverbs, "أيضا", "بدوره".
_BETWEEN = vocab.TODAY | vocab.YESTERDAY | vocab.TOMORROW | frozenset(vocab.WEEKDAYS) | vocab.keys((
    "قد", "أيضا", "كذلك", "بدوره", "بدورها", "مساء", "صباح", "ظهر", "يوم", "اليوم", "أمس", "مؤخرا",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))
#: Words that put the person after them in a role other than the subject.
_PREPOSITIONS = PARTNER | PLACE_PREP | vocab.keys(("على", "عن", "ل", "عند", "خلال", "بحضور", "برفقة", "بمعية",
                                                   "نحو", "حول", "أمام", "لصالح", "عشية", "عقب", "إثر", "بعد", "قبل",
                                                   "أثناء", "وسط", "منذ", "قبيل", "بعيد", "لدى"))
#: Meeting verbs whose one bare person after them, with no subject before, is the one met.
_MEETING_VERBS = {**vocab.MEETING_VERBS_PAST, **vocab.MEETING_VERBS_PRESENT, **lexicon.VERBS}


def _clitic_preposition(key: str, forms: tuple[str, ...]) -> bool:
    """A title word that carries ب or ل ("بالرئيس"، "للوزير"، "لنظيره"): the one met or spoken to."""
    word = key[1:] if key[:1] in ("و", "ف") else key
    return len(word) > 4 and word[:1] in ("ب", "ل") and any(f in (word[1:], "ال" + word[2:]) for f in forms)


def _party_at(view: DocView, off: Officials, t: int) -> tuple[Ref, int] | None:
    """The person (or unnamed official: his holder, else his state) whose name or title starts at
    token t, and the last token of that name; None when none starts there or a clitic preposition
    ("بالرئيس"، "لنظيره") marks him as the one met or spoken to."""
    named = {x.first: m for m, x in off.title_of_mention.items()}
    for title in off.titles:
        if title.first != t:
            continue
        if _clitic_preposition(view.tokens[t].key, view.tokens[t].forms):
            return None
        m = named.get(t)
        if m is not None and view.is_person(m):
            return view.ref(m), view.mention_span[m][1]
        who = off.holder(title) or title.of
        return (who, title.last) if who is not None else None
    m = view.mention_at.get(t)
    if m is None or not view.is_person(m):
        return None
    text, label = view.mentions[m].text, view.ref(m).entity.label
    if text[:1] in ("ب", "ل") and not label.startswith(text[:1]):
        return None
    return view.ref(m), view.mention_span[m][1]


def _skip(view: DocView, t: int, last: int, words: frozenset[str]) -> int:
    """The first token from t on that is not one of `words` (nor punctuation) and not part of a name."""
    while t <= last and t not in view.token_mention and (view.tokens[t].is_(words) or view.tokens[t].punct):
        t += 1
    return t


class Unknown:
    """`clause_subject`'s answer for a clause whose actor its shape does not show: the story's actor is dropped."""


UNKNOWN = Unknown()
#: A phrase put before the clause's verb and cut off by a comma ("من جهة أخرى، قام X …") is skipped up to this length.
_FRONTED_REACH = 8


def clause_subject(view: DocView, off: Officials, first: int, last: int,
                   fronted: bool = True) -> Ref | Unknown | None:
    """The acting subject of the clause first..last by its role (see the module); None when the clause
    leaves it unsaid (the actor told before goes on); `UNKNOWN` when its shape does not show it."""
    toks = view.tokens
    t = _skip(view, first, last, _OPENERS)
    if t > last or toks[t].is_(vocab.CONTINUE_VERBS) or toks[t].is_(vocab.SAY_VERBS):
        return None  # "مؤكدا أن …"، "وقال X إن …": a source speaks; the story's actor goes on
    opening = _party_at(view, off, t)
    if opening is not None:
        if opening[1] < last and toks[opening[1] + 1].key in ("-", ":", "–"):
            return UNKNOWN  # "فلان الفلاني - الرياض :": a byline, not an actor
        return opening[0]  # "والرئيس X يلتقي …"
    if toks[t].key.startswith("ال") and toks[t].which(_MEETING_VERBS) is None and t not in view.token_mention:
        return None  # "وأكد أن اللقاء تناول …": a thing is the subject; the story's actor goes on (التقى is a verb)
    if t in view.token_mention or toks[t].is_(_PREPOSITIONS) or toks[t].key.endswith("ة"):
        comma = next((k for k in range(t + 1, min(last, t + _FRONTED_REACH) + 1) if toks[k].key in ("،", ",")), None)
        if fronted and comma is not None and comma < last:
            return clause_subject(view, off, comma + 1, last, fronted=False)  # "من جهة أخرى، قام X …"
        return UNKNOWN  # "وفي لقائه مع X تناول …"، "زيارة X …": no subject by role here
    verb = t
    u = _skip(view, verb + 1, last, _BETWEEN)
    if u > last:
        return None
    found = _party_at(view, off, u)
    if found is None:
        return None  # "وبحث مع X"، "واتصل بالرئيس X"، "وتناول اللقاء …": the subject is left unsaid
    ref, end = found
    if toks[verb].which(_MEETING_VERBS) is not None and not toks[verb].is_(vocab.SAY_VERBS):
        after = _skip(view, end + 1, last, _BETWEEN)
        second = after <= last and (_party_at(view, off, after) is not None or toks[after].is_(PARTNER))
        if not second:
            return None  # "والتقى الرئيس X": the one met; the actor told before goes on
    return ref


@dataclass
class Story:
    """The actor who goes on acting, and the sentence he was last told in."""

    actor: Ref | None = None
    sentence: int = -1

    def read(self, view: DocView, off: Officials, s: int, first: int, last: int) -> None:
        """Take the acting subject of clause first..last of sentence s, when it names one."""
        found = clause_subject(view, off, first, last)
        if found is UNKNOWN:
            self.actor = None  # the caller falls back on the actor told by position
        elif isinstance(found, Ref):
            self.actor, self.sentence = found, s

    def told(self, s: int, reach: int) -> tuple[int, Ref] | None:
        """The actor told before sentence s's current clause, within `reach` sentences."""
        if self.actor is None or s - self.sentence > reach:
            return None
        return self.sentence, self.actor


#: "مع" or "ب" right after a verb: the ones met follow, the subject (which stands before them in VSO) is unsaid.
_WITH = vocab.keys(("مع", "ب"))
_BETWEEN_WORDS = vocab.keys(("بين", "مع"))
#: Dual and plural verb endings: "والتقيا"، "واجتمعوا" name their own subject.
_PLURAL_ENDINGS = ("ا", "وا", "ان", "ون")


def objects_only(view: DocView, off: Officials, first: int, verb: int, last: int) -> bool:
    """A singular meeting verb that opens its clause (only coordinators and particles before it) with a
    partner word or a clitic ب right after it: every person after it is one met ("، وبحث مع نظيره X ووزير
    Y"، "واجتمع بالرئيس X ورئيس الوزراء Y"), however many, and the actor told before holds the meeting."""
    toks = view.tokens
    if verb < first or verb + 1 > last or _skip(view, first, verb, _OPENERS) != verb:
        return False
    if toks[verb].key.endswith(_PLURAL_ENDINGS) or toks[verb].which(_MEETING_VERBS) is None:
        return False
    t = _skip(view, verb + 1, last, _BETWEEN)
    if t > last:
        return False
    if toks[t].key in _WITH:
        return True  # "مع"، "ب" standing alone
    named = t in view.mention_at or any(title.first == t for title in off.titles)
    if named and toks[t].text.startswith("ب") and len(toks[t].forms) > 1 and toks[t].key[1:] in toks[t].forms:
        return True  # "واجتمع بالرئيس X"
    return _joined_objects(view, off, t, last)


def _joined_objects(view: DocView, off: Officials, t: int, last: int) -> bool:
    """Two persons joined by و right after a verb with no subject before it, and no partner word after
    them ("، والتقى الرئيس X ورئيس الوزراء Y"): both are the ones met. A counterpart ("X ونظيره Y") is the
    other side of X, so X is the subject there."""
    found = _party_at(view, off, t)
    if found is None:
        return False
    nxt = found[1] + 1
    if nxt > last or not view.tokens[nxt].key.startswith("و") or view.tokens[nxt].is_(vocab.COUNTERPART):
        return False
    second = _party_at(view, off, nxt)
    if second is None:
        return False
    return not any(tok.key in _WITH or tok.key in _BETWEEN_WORDS for tok in view.tokens[second[1] + 1:last + 1])


def zero_subject(view: DocView, verb: int) -> bool:
    """The verb that carries a meeting is singular, so a story's one actor may be its unsaid subject
    ("والتقوا بوفد …" is told of several)."""
    return verb >= 0 and not view.tokens[verb].key.endswith(_PLURAL_ENDINGS)



def coordinated_actor(view: DocView, off: Officials, first: int, verb: int, last: int) -> Ref | None:
    """The actor of a meeting verb joined by و inside its clause to a clause with a subject of its own, all
    the persons after it being ones met ("وصل الوزير X إلى Y، والتقى الرئيس F ورئيس الوزراء A"): the acting
    subject of the part before it, a person (None otherwise). Read as one clause the verb's two objects
    were the meeting's two sides."""
    toks = view.tokens
    if verb <= first or not zero_subject(view, verb) or toks[verb].which(_MEETING_VERBS) is None:
        return None
    joined = (toks[verb].key.startswith("و") and toks[verb].key[1:] in toks[verb].forms) or toks[verb - 1].is_(_OPENERS)
    if not joined or not objects_only(view, off, verb, verb, last):
        return None
    found = clause_subject(view, off, first, verb - 1)
    return found if isinstance(found, Ref) and found.entity.kind == "Person" else None
