"""Regions named by a classifier the NER leaves out: `بلاد الشام`, `شبه جزيرة القرم`, `شبه الجزيرة الكورية`.

A historic or geographic region is named by a classifier noun in construct with a place: `بلاد` ("the lands
of") before a place the NER or the knowledge base found, `شبه جزيرة` ("peninsula") before one. The tagger marks
the place alone, so the article gains the country or town where it speaks of the region; as in the gold
convention that the longer name wins, the region becomes one LOC mention and the place inside gives way. After
`بلاد` the place is one word (الشام، فارس، بونت): `بلاد العالم الإسلامي` ("the countries of the Islamic world")
describes, it names no region.
`شبه الجزيرة` with a definite adjective of the -ية shape (العربية، الكورية، الإيطالية) is a region's name of its
own, which neither the NER nor the knowledge base knows.

Raw news counts (`scripts/count_region_shapes.py`, dev lines excluded): `بلاد X` 494 times, mostly before a
common plural (المسلمين، العرب: no place, untouched) and before places (الشام، المغرب، الحرمين الشريفين);
`شبه جزيرة X` 40 (سيناء 24، القرم 11 …), `شبه الجزيرة` + adjective 60 (العربية 37، الكورية 19 …): all regions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_chars, clitic_splits, match_key
from kg.link.pattern_spans import absorb, crosses
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

LANDS = match_key("بلاد")
SEMI = match_key("شبه")
ISLAND = match_key("جزيرة")
#: Place kinds of the knowledge base that a region's classifier takes.
PLACE_KINDS = frozenset({"City", "Country", "Place"})
#: Definite -ية words that are no region's adjective.
NOT_ADJECTIVES = frozenset(match_key(w) for w in ("الثانية", "الحالية", "الماضية", "التالية"))


def _prefix(word: str, base: str) -> str | None:
    """The clitic prefix when the word is `base` with at most a conjunction or preposition on it (وبلاد، ببلاد)."""
    return next((p for p, r in clitic_splits(match_key(word), article=False) if r == base), None)


def region_mentions(doc: _Doc, ner: list[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each region (بلاد + place, شبه جزيرة + place, شبه الجزيرة + adjective) one LOC mention."""
    toks = doc.toks
    places = {h.start: h.end for h in names if h.kind in PLACE_KINDS and not h.is_nisba and not h.prefix}
    out = list(ner)
    i = 0
    while i < len(toks) - 1:
        lands, semi = _prefix(toks[i].text, LANDS), _prefix(toks[i].text, SEMI)
        first = i + 1 if lands is not None else i + 2
        prefix = lands if lands is not None else semi
        if prefix is None or first >= len(toks) or not all(
                doc.spaced(toks[k - 1].end, toks[k].start) for k in range(i + 1, first + 1)):
            i += 1
            continue
        stop = None
        if semi is not None and toks[i + 1].key == "ال" + ISLAND:
            key = toks[first].key
            if key.startswith("ال") and key.endswith("يه") and len(key) >= 6 and key not in NOT_ADJECTIVES:
                stop = toks[first].end
        elif lands is not None or toks[i + 1].key == ISLAND:
            mention = next((m for m in out if m.start == toks[first].start and m.label == m.text), None)
            if mention is not None and mention.ner_type == "LOC":
                stop = mention.end
            elif toks[first].start in places and mention is None:
                stop = places[toks[first].start]
            if lands is not None and stop is not None and stop != toks[first].end:
                stop = None  # بلاد العالم الإسلامي: "the countries of" a longer place is a description
        start = toks[i].start + clitic_chars(toks[i].text, len(prefix))
        if stop is None or crosses(out, toks[i].start, stop) or any(m.start == start and m.end == stop for m in out):
            i += 1
            continue
        out = absorb(out, doc, toks[i].start, start, stop, doc.text[start:stop], "LOC", 0.8)
        i = first + 1
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["region_mentions"]
