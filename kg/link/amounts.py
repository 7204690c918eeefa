"""Amounts and lone nisbas are not names: `2.050 مليون ريال`, `0.85 ريال للسهم`, `«رافال» الفرنسية`.

The NER tags a currency unit after a number as an organization or a place (`ريال` is also the first
word of ريال مدريد), so financial news gains an entity per amount. A mention whose first word is a
currency unit and that follows a number (digits, or a number word: مليون، آلاف، مليارات …) is an
amount, at mention level, for every stage. In a raw-news sample of 510 paragraphs (two probes of
scripts/probe_mentions.py) every one of the 4 `ريال` entities was such an amount.

A mention that is exactly a definite nisba the gazetteer reads (and no name: الفرنسية، الأتراك) is an adjective or
a people, never an entity of its own (the gold convention keeps nisbas as adjectival mentions of the
country); the NER tags one after a quoted name («رافال» الفرنسية) or for a people (مع الأتراك).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_splits, match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Currency units as news writes them (singular, dual and plural forms of the common ones).
CURRENCIES = frozenset(match_key(w) for w in (
    "ريال", "ريالا", "ريالات", "دولار", "دولارا", "دولارات", "دينار", "دينارا", "دنانير", "درهم", "درهما",
    "دراهم", "جنيه", "جنيها", "جنيهات", "يورو", "ليرة", "ليرات", "فرنك", "روبل", "روبية", "يوان", "شيكل",
    "استرليني", "إسترليني",
))
#: Number words that stand before a unit (مليون ريال، ثلاثة آلاف دولار).
NUMBER_WORDS = frozenset(match_key(w) for w in (
    "ألف", "آلاف", "ألفا", "ألفي", "مليون", "ملايين", "مليونا", "مليوني", "مليار", "مليارات", "مليارا",
    "ملياري", "تريليون", "تريليونات",
))
_LAST_WORD = re.compile(r"(\S+)\s*$")


def is_amount(doc: _Doc, m: Mention) -> bool:
    """The mention is a currency unit after a number (2.5 ريال، مليون دولار)."""
    first = match_key(m.text.split()[0]) if m.text.split() else ""
    if not any(r in CURRENCIES for p, r in clitic_splits(first, article=False) if not p or len(r) >= 3):
        return False
    before = _LAST_WORD.search(doc.text[max(0, m.start - 40):m.start])
    if before is None:
        return False
    word = before.group(1)
    return any(c.isdigit() for c in word) or match_key(word.strip("،,.")) in NUMBER_WORDS


def nisba_alone(m: Mention, hits: Sequence[GazetteerMatch]) -> bool:
    """The mention is exactly a definite gazetteer nisba (a clitic allowed) that no name hit covers;
    an indefinite one may be a country's name spelt like its nisba (إلى سورية)."""
    over = [h for h in hits if h.start <= m.start and m.end <= h.end]
    return (any(h.start == m.start and h.end == m.end and h.is_nisba and match_key(h.name).startswith("ال")
                for h in over) and not any(not h.is_nisba for h in over))


__all__ = ["CURRENCIES", "is_amount", "nisba_alone"]
