"""Chambers of commerce and industry: `غرفة تجارة وصناعة جدة`, `غرفة الرياض`, `الغرفة التجارية الصناعية بجدة`.

News names a chamber by `غرفة` ("room", "chamber") in construct with its fields (تجارة، صناعة، زراعة, and-joined,
definite or not) and its town, or with the town alone. `غرفة` is mostly a room (غرفة العمليات، غرفة العناية
المركزة، غرفة نوم), so only a chamber with a place the NER or the knowledge base found is taken, or one whose
fields close with `الدولية` (غرفة التجارة الدولية) or a country's nisba (غرفة التجارة الأميركية، الغرفة التجارية
التونسية). The definite form names its town with ب attached
(`الغرفة التجارية الصناعية بجدة`); `الغرفة التجارية في جدة` is a description, not taken. The chamber is one ORG mention;
the town inside gives way, as the longer name wins.

Raw news counts (`scripts/count_region_shapes.py`, dev lines excluded): `غرفة` 1,211 times; before its fields
(تجارة، التجارة، صناعة …) 91; before a town the knowledge base knows (غرفة جدة، غرفة الرياض، غرفة مكة المكرمة،
غرفة حفر الباطن …) read in the sample as chambers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.body_grammar import adjectival
from kg.link.normalize import clitic_splits, match_key, name_offset, restored_article
from kg.link.pattern_spans import absorb, crosses
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

CHAMBER = match_key("غرفة")
#: A chamber's fields, indefinite or definite, alone or after و.
_FIELD_WORDS = ("تجارة", "صناعة", "زراعة")
FIELDS = frozenset(match_key(p + a + w) for w in _FIELD_WORDS for a in ("", "ال") for p in ("", "و"))
#: The definite chamber's adjectives (التجارية، الصناعية، الزراعية).
ADJECTIVES = frozenset(match_key(p + w) for w in ("التجارية", "الصناعية", "الزراعية") for p in ("", "و"))
INTERNATIONAL = frozenset(match_key(w) for w in ("الدولية", "العالمية"))
MAX_FIELDS = 3
PLACE_KINDS = frozenset({"City", "Country", "Place"})


def _place_end(doc: _Doc, k: int, ner: Sequence[Mention], places: dict[int, int]) -> int | None:
    """The end of a place that opens at token k: a LOC mention or a knowledge-base place."""
    tok = doc.toks[k]
    mention = next((m for m in ner if m.start == tok.start), None)
    if mention is not None:
        return mention.end if mention.ner_type == "LOC" and mention.label == mention.text else None
    return places.get(tok.start)


def chamber_mentions(doc: _Doc, ner: list[Mention], hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each chamber of commerce (غرفة + fields + town or nisba) one ORG mention; `hits` are
    the article's gazetteer hits, nisbas included (a town that is also a common word counts after غرفة)."""
    toks = doc.toks
    names = [h for h in hits if not h.is_nisba]
    places = {h.start: h.end for h in names if h.kind in PLACE_KINDS and not h.prefix}
    nisbas = {h.start: h.end for h in hits if adjectival(h) and not h.prefix and match_key(h.name).startswith("ال")}
    out = list(ner)

    def joined(a: int) -> bool:
        return a < len(toks) and doc.spaced(toks[a - 1].end, toks[a].start)

    for i in range(len(toks) - 1):
        readings = [(p, r) for p, r in clitic_splits(toks[i].key, article=False) if r in (CHAMBER, "ال" + CHAMBER)]
        if not readings or not joined(i + 1):
            continue
        prefix, word = readings[0]
        k, stop = i + 1, None
        if word == CHAMBER:
            while k - i <= MAX_FIELDS and joined(k) and toks[k].key in FIELDS:
                k += 1
            if k > i + 1 and joined(k) and toks[k].key in INTERNATIONAL:
                stop = toks[k].end
            elif k > i + 1 and joined(k) and toks[k].start in nisbas:
                stop = nisbas[toks[k].start]  # غرفة التجارة الأميركية
            elif joined(k):
                stop = _place_end(doc, k, out, places)
        else:
            while k - i <= 2 and joined(k) and toks[k].key in ADJECTIVES:
                k += 1
            if k > i + 1 and joined(k) and toks[k].start in nisbas:
                stop = nisbas[toks[k].start]  # الغرفة التجارية التونسية
            elif k > i + 1 and joined(k):
                tok = toks[k]
                split = [r for p, r in clitic_splits(tok.key, article=False) if p == "ب" and len(r) >= 3]
                hit = next((h for h in names if h.start == tok.start and h.prefix == "ب"
                            and h.kind in PLACE_KINDS and not h.is_nisba), None)
                mention = next((m for m in out if m.start == tok.start and m.ner_type == "LOC"), None)
                if split and (hit is not None or mention is not None):
                    stop = hit.end if hit is not None else mention.end
        if stop is None:
            continue
        start = toks[i].start + name_offset(toks[i].text, prefix)
        if crosses(out, toks[i].start, stop) or any(m.start == start and m.end == stop for m in out):
            continue  # a mention crosses the chamber's edge, or the NER found it whole
        label = restored_article(prefix) + doc.text[start:stop]
        out = absorb(out, doc, toks[i].start, start, stop, label, "ORG", 0.8)
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["chamber_mentions"]
