"""Who is named near an event but is not at it.

Who ordered or directed an event is not at it: "زار السفراء الموقع بتوجيه من الوزير X ونائبه Y".

A mandate phrase (بتوجيه من، بتوجيهات، بأمر من، بتكليف من، بناء على توجيهات) names the official on
whose instruction a visit, tour or meeting took place; Saudi and Gulf news use it for visits of
delegations, ambassadors and committees that the named prince or minister does not attend. The
persons and titles from the cue up to the end of their list are therefore no parties of the event
(as attendees after "بحضور" are not, `kg.extract.meeting_roles.attendance_zone`).

Raw corpus (../shared/data/arabic-news-raw, dev lines excluded; zcat | grep -cE, word with optional
و): "بتوجيه" 182 paragraphs ("بتوجيه من" 63), "بتوجيهات" 97 ("بتوجيهات من" 31), "بأمر من" 22,
"بتكليف من" 17, "بناء على توجيهات" 23, "بناء على توجيه" 22. A request ("بناء على طلب من X") is not
one: the one who asks for a meeting usually holds it.

The source of a report ("بحسب X"، "وفق ما قاله X"، "وفقا لـX") told inside the clause of the event is
its narrator, not a party. Raw corpus: 199 paragraphs have a meeting verb (استقبل، التقى، اجتمع، زار،
بحث) and, within 60 characters after it, بحسب/حسب/وفق + two words (zcat | grep -cE).

A plural object pronoun on a meeting verb ("استقبلهم"، "التقاهم") stands for a group (students, refugees,
members, a delegation), not for the one person told before: of the 14 raw-corpus paragraphs with
استقبلهم/التقاهم/التقتهم/استقبلتهم/يستقبلهم (zcat | grep), none refers to one named person.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.meeting_roles import PARTNER, PLACE_PREP
from kg.extract.officials import Officials
from kg.extract.text import DocView

_CUES = vocab.keys(("بتوجيه", "بتوجيهات", "بتكليف", "بأمر"))
#: "بناء على توجيهات X": the noun after على.
_AFTER_ALA = vocab.keys(("توجيه", "توجيهات", "تكليف", "أمر"))
_ALA = vocab.keys(("على",))
#: The list of those who gave the instruction runs at most this many tokens.
REACH = 30


def _is_cue(view: DocView, t: int, first: int) -> bool:
    tok = view.tokens[t]
    if t in view.token_mention:
        return False
    return tok.is_(_CUES) or (tok.is_(_AFTER_ALA) and t > first and view.tokens[t - 1].is_(_ALA))


def mandate_zone(view: DocView, off: Officials, first: int, last: int) -> set[int]:
    """Tokens from a mandate cue to the end of the list it names: a comma, or a word that is no part
    of a name or a title and opens another phrase (a preposition, "مع"، "لاطلاعهم", a meeting word)."""
    zone: set[int] = set()
    toks = view.tokens
    title_starts = {title.first for title in off.titles}
    for t in range(first, last + 1):
        if not _is_cue(view, t, first):
            continue
        j = t + 1
        while j <= min(last, t + REACH):
            tok = toks[j]
            if tok.key in ("،", ",", ".", "؛"):
                break
            inside = j in view.token_mention or j in off.covered or tok.is_(vocab.HONORIFICS)
            if j > t + 1 and j in title_starts and j not in view.token_mention and tok.key[:1] in ("ل", "ب"):
                break  # "بتوجيه من X بالوزير Y": the partner of the event
            if not inside and j > t + 1 and (
                    tok.is_(PARTNER) or tok.is_(PLACE_PREP) or tok.key[:1] in ("ل", "ب")
                    or tok.is_(vocab.MEETING_NOUNS) or tok.is_(vocab.MEETING_VERBS_PAST)
                    or tok.is_(vocab.MEETING_VERBS_PRESENT)):
                break
            zone.add(j)
            j += 1
    return zone


#: Plural object pronouns on a meeting verb ("استقبلهم"، "التقاهم").
_GROUP_ENDINGS = ("هم", "هن")


def group_object(view: DocView, triggers: list) -> bool:
    """The event's object is a plural pronoun on its verb ("استقبلهم"), or its noun's possessor is
    one ("خلال زيارتهم"، "في اجتماعهم"): a group, not a person told before. Raw corpus: a preposition
    and a meeting noun with -هم in 166 lines."""
    return any((tr.pronoun_object or tr.possessive) and view.tokens[tr.tok].key.endswith(_GROUP_ENDINGS)
               for tr in triggers)


#: Plural nouns for the people a host receives or meets unnamed ("استقبل X وفدا من الجامعة"، "التقى X ممثلي
#: القطاع الخاص"). Raw corpus (zcat | grep -cE, "استقبل|التقى|يستقبل|يلتقي|استقبلت|التقت|اجتمع|يجتمع" + 1-12
#: words + the noun): عددا من 17, ممثلي 16, المواطنين 14, مجموعة من 13, رؤساء 13, أسر 11, وفدا 10, أبناء 10,
#: أعضاء 7, منسوبي 7, أهالي 6, طلاب 3, قيادات 3, ممثلين عن 3, وفودا 2, نخبة من 2 (112 paragraphs in all).
_GROUP_NOUNS = vocab.DELEGATION | vocab.keys((
    "ممثلي", "ممثلين", "أعضاء", "طلاب", "طالبات", "منسوبي", "منسوبات", "أهالي", "أبناء", "المواطنين", "مواطنين",
    "أسر", "ذوي", "مشايخ", "وجهاء", "أعيان", "قيادات", "رؤساء", "موظفي", "عددا", "مجموعة", "جمعا", "جموعا",
    "لفيفا", "نخبة", "حشدا", "كوكبة"))
#: A group noun counts this many tokens at most after the subject that precedes it.
GROUP_REACH = 6


def group_noun_object(view: DocView, off: Officials, verb: int, last: int) -> bool:
    """After a meeting verb, a person or official (the subject) and then an unnamed group
    ("واستقبل مدير التعليم فهد العتيبي وفدا من الجامعة"، "التقى الوزير X عددا من رجال الأعمال"): the
    verb has its subject after it (VSO) and its object is the group, so no person told in an earlier
    sentence or clause is its actor."""
    if verb < 0:
        return False
    title_spans = [(title.first, title.last) for title in off.titles]
    subject_end = -1
    for j in range(verb + 1, last + 1):
        m = view.mention_at.get(j)
        if m is not None and view.is_person(m):
            subject_end = view.mention_span[m][1]
            continue
        span = next(((a, b) for a, b in title_spans if a == j), None)
        if span is not None:
            subject_end = max(subject_end, span[1])
            continue
        if subject_end < 0 or j <= subject_end or j in view.token_mention or j in off.covered:
            continue
        if j - subject_end > GROUP_REACH:
            return False
        if view.tokens[j].is_(_GROUP_NOUNS):
            return True
    return False


_SOURCE = vocab.keys(("بحسب", "حسب", "وفق", "وفقا", "طبقا"))
#: A source is named at most this many tokens after its cue ("وفق ما أفاد به X").
SOURCE_REACH = 4


def source_zone(view: DocView, off: Officials, first: int, last: int) -> set[int]:
    """Tokens of the person (and his title) a source cue names ("بحسب X")."""
    zone: set[int] = set()
    for t in range(first, last + 1):
        if t in view.token_mention or not view.tokens[t].is_(_SOURCE):
            continue
        for j in range(t + 1, min(last, t + SOURCE_REACH) + 1):
            m = view.mention_at.get(j)
            if m is not None and view.is_person(m):
                a, b = view.mention_span[m]
                title = off.title_of_mention.get(m)
                zone.update(range(min(a, title.first if title else a), max(b, title.last if title else b) + 1))
                break
            if view.tokens[j].is_(vocab.MEETING_VERBS_PAST) or view.tokens[j].is_(vocab.MEETING_NOUNS):
                break
    return zone


def with_party(view: DocView, a: int, last: int, covered: set[int]) -> bool:
    """A "مع" in tokens a..last right before a name, a title, a form of address or a counterpart word
    ("استعرض X مع نظيره"، "مع وزير الدفاع"): the partner of a verb that needs one ("استعرض"); "مع فترات
    عملها" (along with) is none."""
    for t in range(a, last):
        if view.tokens[t].is_(vocab.WITH) and t not in view.token_mention:
            nxt = view.tokens[t + 1]
            if t + 1 in view.token_mention or t + 1 in covered or nxt.is_(vocab.HONORIFICS) or nxt.is_(
                    vocab.COUNTERPART):
                return True
    return False
