"""A reception whose host is a building or site is no meeting.

"استقبل مطار الملك عبدالعزيز الدولي 5 ملايين معتمر"، "واستقبل مستشفى طريف العام الخادمة"،
"الفندق … الذي استقبل عددا من كبار الضيوف من أمثال X وY": the verb of a reception has a venue
as its subject, and the persons named after it are its guests or patients, not the parties of a
meeting. In the raw news corpus (scripts/raw_corpus.lines()) a venue noun of `VENUES` right after
استقبل/استقبلت/يستقبل/تستقبل opens 69 paragraphs, and one before الذي/التي + that verb 10 (the
regexes are in the commit message); none of the 30 read told a meeting of persons.

A city or a state as subject ("استقبلت الرياض الرئيس X") is the host state's reception of a
visitor and stays an event.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView

#: Buildings and sites that receive visitors, passengers, patients or ships (raw corpus above).
VENUES = vocab.keys(tuple(a + w for w in (
    "فندق", "مطار", "ملعب", "مستشفى", "مستشفيات", "معرض", "مهرجان", "قاعة", "مركز", "جناح", "متحف", "جامعة",
    "مسجد", "منتجع", "ميناء", "شاطئ", "مخيم", "منفذ", "فنادق", "مطارات", "موانئ") for a in ("", "ال")))
_RELATIVE = vocab.keys(("الذي", "التي"))
#: How far back from الذي/التي the venue may stand ("الفندق صاحب الموقع المتميز على شاطئ بيروت الذي").
_REACH = 7


def venue_host(view: DocView, verb: int, first: int) -> bool:
    """The reception verb at `verb` has a venue as its subject: the venue follows the verb at
    once, or the verb follows الذي/التي whose antecedent, read back over at most `_REACH` words
    with no person before it, is a venue."""
    toks = view.tokens
    if verb + 1 < len(toks) and toks[verb + 1].is_(VENUES):
        return True  # "واستقبل مستشفى طريف العام …": the venue's name may be a mention of its own
    if verb - 1 < first or not toks[verb - 1].is_(_RELATIVE):
        return False
    for t in range(verb - 2, max(first, verb - 2 - _REACH) - 1, -1):
        m = view.token_mention.get(t)
        if (m is not None and view.is_person(m)) or toks[t].punct:
            return False
        if toks[t].is_(VENUES):
            return True
    return False
