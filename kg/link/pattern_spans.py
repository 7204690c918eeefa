"""Putting one pattern-made mention in place of the NER's pieces of it.

The grammar rules (armed bodies, chambers, facilities, regions, sub-bodies, body phrases) each
find a name's span and then do the same two things: give up when an existing mention crosses the
span's edge (it belongs to something larger or overlapping: two readings, the rule does not
choose), and otherwise replace the mentions inside the span by one mention, as confident as the
best of them. Written once here so the rules agree on both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc


def crosses(mentions: Sequence[Mention], lo: int, stop: int) -> bool:
    """True if a mention overlaps [lo, stop) and sticks out of it on either side."""
    return any(m.start < stop and lo < m.end and (m.start < lo or m.end > stop) for m in mentions)


def absorb(mentions: Sequence[Mention], doc: _Doc, lo: int, start: int, stop: int, label: str, ner_type: str,
           confidence: float) -> list[Mention]:
    """`mentions` without those inside [lo, stop), plus one pattern mention of doc.text[start:stop]
    (`lo` is where the first word starts, clitics included; `start` where the name does), as
    confident as the best mention it replaces, else `confidence`."""
    inside = [m for m in mentions if lo <= m.start and m.end <= stop]
    kept = [m for m in mentions if m not in inside]
    kept.append(Mention(start, stop, doc.text[start:stop], label, ner_type,
                        max((m.confidence for m in inside), default=confidence), doc.sentence(start),
                        source="pattern"))
    return kept


__all__ = ["absorb", "crosses"]
