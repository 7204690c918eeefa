"""A state's own first-level divisions, written with their administrative noun, as evidence of where a
paragraph is set: "مدارس منطقة جازان"، "زيارة إلى ولاية صفاقس"، "في محافظة عدن".

A country name in a paragraph is as often a foreign partner as the paper's own state; a city is as
often a visit's destination. A division named with the noun the state's own administration uses
("منطقة" for Saudi regions, "ولاية" for Tunisian governorates, "محافظة" for Egyptian or Yemeni ones)
is domestic news of that state: a bare "وزير التعليم" there is that state's minister.
`kg.extract.post_of` counts these states among the countries the article names, and uses the
one such state for a domestic title (minister, heir) that nothing else places.

The table is data, `kg/link/lexicons/home_regions.tsv`, read by `kg.link.home_divisions` (names from a
source, each pair with its raw-corpus count; `scripts/mine_home_regions.py` rebuilds it).
"""

from __future__ import annotations

import re

from kg.link.home_divisions import load_regions


def _loose(words: str) -> str:
    """A regex for `words` that accepts أ/ا/إ/آ and ة/ه spelling variants and any spaces."""
    out = []
    for ch in words:
        out.append("[أإاآ]" if ch in "أإاآ" else "[ةه]" if ch in "ةه" else r"\s+" if ch == " " else re.escape(ch))
    return "".join(out)


def _patterns(rows: list[tuple[str, str, str]]) -> dict[str, re.Pattern[str]]:
    by_country: dict[str, list[str]] = {}
    for country, noun, name in rows:
        by_country.setdefault(country, []).append(rf"{_loose(noun)}\s+{_loose(name)}")
    # the noun with its clitics (بمنطقة، لولاية، ومحافظة), the name ending at a word boundary
    return {c: re.compile(rf"(?<!\w)[وف]?[بل]?(?:{'|'.join(forms)})(?!\w)") for c, forms in by_country.items()}


_PATTERNS = _patterns(load_regions())


def region_countries(text: str) -> list[str]:
    """The KB ids of the states whose divisions `text` names with their noun, in the table's order."""
    return [country for country, pattern in _PATTERNS.items() if pattern.search(text)]
