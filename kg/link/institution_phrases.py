"""State bodies whose head is also a verbal noun: `رئاسة الحكومة`, `رئاسة الجمهورية`, `الديوان الملكي`.

`رئاسة` is a presidency and also "chairing" (برئاسة الوزير, "chaired by the minister"), so the
general institution rule (kg.link.mentions) cannot take it with any complement. The phrases that name
one body are counted in the raw news (`institution_phrases.tsv`, `scripts/mine_institution_phrases.py`)
and read by hand there. A phrase is no body after ب or ل (برئاسة الحكومة "chaired by the government",
لرئاسة الجمهورية "for the presidency", the office run for) or where a mention overlaps it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_chars, clitic_splits
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

_FILE = Path(__file__).resolve().parent / "lexicons" / "institution_phrases.tsv"


@lru_cache(maxsize=1)
def institution_phrases() -> dict[tuple[str, str], int]:
    """(head key, complement key) → raw corpus count."""
    out: dict[tuple[str, str], int] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        words = parts[0].split()
        if line.startswith("#") or len(parts) != 2 or not parts[1].isdigit() or len(words) != 2:
            continue
        out[(words[0], words[1])] = int(parts[1])
    return out


def phrase_mentions(doc: _Doc, ner: list[Mention], names: Sequence[GazetteerMatch] = ()) -> list[Mention]:
    """The mentions with each known body phrase the NER missed added as an ORG mention; a
    knowledge-base name over the phrase (الديوان الملكي السعودي) is left to the linker."""
    phrases = institution_phrases()
    toks = doc.toks
    out = list(ner)
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        reading = next(((p, r) for p, r in clitic_splits(tok.key, article=False)
                        if (r, nxt.key) in phrases and (not p or len(r) >= 3)), None)
        if reading is None or not doc.spaced(tok.end, nxt.start):
            continue
        prefix, _ = reading
        if prefix[-1:] in ("ب", "ل"):
            continue  # chaired by, running for
        if any(m.start < nxt.end and tok.start < m.end for m in (*out, *names)):
            continue
        start = tok.start + clitic_chars(tok.text, len(prefix))
        out.append(Mention(start, nxt.end, doc.text[start:nxt.end], doc.text[start:nxt.end], "ORG", 0.8,
                           doc.sentence(start), source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["institution_phrases", "phrase_mentions"]
