"""The visitor of a visit noun that stands in a frame of its clause's subject: "قال X في ختام
زيارة إلى المغرب"، "أكد X في اليوم الأول من زيارة الى كينيا"، "يعتزم X زيارة ليبيا".

A visit noun without a possessive names its visitor in its genitive ("زيارة الرئيس X إلى …");
when the noun goes straight on to its destination ("زيارة رسمية إلى المغرب"، "زيارة ليبيا"),
the visitor is the one the clause is about, its subject named before the noun. The parties rule
(`kg.extract.meeting_parties`) takes that subject after "خلال"، "بعد"، "أثناء" (`vocab.HELD_BEFORE`);
these are the other frames the news writes the same way:

* a part of the visit: "في ختام زيارة"، "في مستهل زيارة"، "في بداية/نهاية/مطلع زيارة"،
  "في اليوم الأول من زيارة"، "في أول أيام زيارة";
* an intention verb whose subject is the visitor: "يعتزم/ينوي/يزمع X زيارة …" (a planned visit).

The destination must follow the noun, as a place mention (the masdar's object or "لـ", after
at most a few adjectives: "زيارة غير مسبوقة الى كينيا"; or after the verb of a relative clause
on the visit: "زيارة استمرت ثلاثة أيام لليمن"); a person or a title there is the visitor
himself, and "غادر X كينيا متوجها الى اثيوبيا في ختام زيارة استمرت يومين" leaves the visit
that ended where the clause does not say.

Raw-corpus evidence (../shared/data/arabic-news-raw, zcat|grep): 50 paragraphs (not counting
the dev and probe lines) write "ختام|مستهل|بداية|نهاية|مطلع|أول|الأول من|الثاني من زيارة" or an
intention verb before "زيارة"; kg gave no visit record to the subject in these frames.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView

#: A part of the visit written right before the noun: "في ختام زيارة".
_PART = vocab.keys(("ختام", "مستهل", "بداية", "نهاية", "مطلع", "وفي ختام", "وفي مستهل"))
#: "في اليوم الأول من زيارة"، "في أول أيام زيارة".
_ORDINAL = vocab.keys(("الأول", "الاول", "الثاني", "الثالث", "الأخير", "الاخير", "أول", "اول", "ثاني", "آخر"))
_DAY = vocab.keys(("اليوم", "يوم", "أيام", "ايام"))
_FROM = vocab.keys(("من",))
#: Verbs of intention whose subject is the visitor of the visit noun after it.
_INTENT = vocab.keys(("يعتزم", "ينوي", "يزمع", "تعتزم", "تنوي", "تزمع", "يعتزمون", "ويعتزم", "وينوي", "ويزمع",
                      "وتعتزم", "وتنوي"))
_WHO = vocab.keys(("الذي", "التي"))
_TO = vocab.keys(("إلى", "الى"))
_TODAY = vocab.keys(("اليوم", "حاليا", "قريبا"))
#: The verb of a relative clause on the visit: "زيارة يقوم بها"، "زيارة يؤديها"، "زيارة تستغرق".
_RELATIVE_VERBS = vocab.keys(("يقوم", "تقوم", "قام", "يؤديها", "أداها", "يجريها", "أجراها", "تستغرق", "تستمر",
                              "استغرقت", "استمرت", "يقوم بها"))
#: A destination follows the noun within this many tokens (adjectives between).
_REACH = 4
#: The subject stands at most this many tokens after the intention verb (a title between).
_SUBJECT_REACH = 10


def _part_frame(view: DocView, noun: int, first: int) -> bool:
    toks = view.tokens
    prev = noun - 1
    if prev < first or prev in view.token_mention:
        return False
    if toks[prev].is_(_PART):
        return True
    if toks[prev].is_(_FROM):  # "في اليوم الأول من زيارة"
        return prev - 2 >= first and toks[prev - 1].is_(_ORDINAL) and toks[prev - 2].is_(_DAY)
    return toks[prev].is_(_DAY) and prev - 1 >= first and toks[prev - 1].is_(_ORDINAL)  # "أول أيام زيارة"


def _intent_frame(view: DocView, noun: int, first: int) -> bool:
    """"يعتزم X زيارة …": an intention verb, then a person whose name ends right before the noun
    (a time word between is allowed: "ينوي X غدا زيارة"); or "X الذي يعتزم زيارة …"."""
    toks = view.tokens
    end = noun - 1
    if end - 2 >= first and toks[end].is_(_INTENT) and toks[end - 1].is_(_WHO):  # "X الذي يعتزم زيارة …"
        return _person_ending(view, end - 2, first) is not None
    if end >= first and end not in view.token_mention and (
            toks[end].is_(vocab.YESTERDAY) or toks[end].is_(vocab.TOMORROW) or toks[end].is_(_TODAY)):
        end -= 1
    m = _person_ending(view, end, first)
    if m is None:
        return False
    start = view.mention_span[m][0]
    return any(toks[k].is_(_INTENT) for k in range(max(first, start - _SUBJECT_REACH), start))


def _person_ending(view: DocView, end: int, first: int) -> int | None:
    """The person mention whose name ends at token `end` (its last word may be left out of the
    mention: a surname the recognizer cut off)."""
    for k in (end, end - 1):
        m = view.token_mention.get(k)
        if k >= first and m is not None:
            return m if view.is_person(m) and view.mention_span[m][1] >= k else None
    return None


def _destination_after(view: DocView, noun: int, last: int, covered: set[int]) -> bool:
    """A place mention follows the noun (within `_REACH` words, or after "إلى" or the verb of a
    relative clause on the visit: "زيارة استمرت ثلاثة أيام لليمن"), before any person or title."""
    toks = view.tokens
    reach = noun + _REACH
    for j in range(noun + 1, last + 1):
        if j in view.token_mention:
            return view.ref(view.token_mention[j]).entity.kind in ("Country", "City", "Place")
        if j in covered or j > reach:
            return False  # a title: "زيارة الرئيس إلى …" is the president's
        if toks[j].is_(_TO) or toks[j].is_(_RELATIVE_VERBS):
            reach = j + _REACH
    return False


def framed_visit(view: DocView, first: int, last: int, noun: int, kind: str, covered: set[int]) -> bool:
    """The visit noun at token `noun` stands in a frame whose subject, named before it, is the
    visitor, and goes on to its destination (see the module docstring)."""
    if kind != "visit":
        return False
    if not (_part_frame(view, noun, first) or _intent_frame(view, noun, first)):
        return False
    return _destination_after(view, noun, last, covered)
