"""The longest knowledge-base name wins over the NER fragments inside it (بوينس / آيرس, الإمارات / العربية المتحدة).

A gazetteer hit of two words or more that strictly contains NER mentions, and that no mention
already spans exactly, replaces them with one mention of the known name (kg.link.mentions, repair 2).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.link.gazetteer import GazetteerMatch
from kg.types import Mention

#: The NER type of a knowledge-base kind.
NER_OF_KIND = {"Country": "LOC", "City": "LOC", "Organization": "ORG", "Person": "PER"}


def longest_known(ner: list[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """A knowledge-base name that strictly contains NER mentions replaces them."""
    out = list(ner)
    for h in names:
        if len(h.name.split()) < 2:
            continue
        over = [m for m in out if m.start < h.end and h.start < m.end]
        if not over or not all(h.start <= m.start and m.end <= h.end for m in over):
            continue
        if any((m.start, m.end) == (h.start, h.end) for m in over):
            continue
        kind = NER_OF_KIND.get(h.kind, over[0].ner_type)
        merged = Mention(h.start, h.end, h.text, h.name, kind, max(m.confidence for m in over),
                         over[0].sentence, source="gazetteer")
        out = [m for m in out if m not in over] + [merged]
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["NER_OF_KIND", "longest_known"]
