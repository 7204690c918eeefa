"""Event lexicons as data: one TSV per event kind (class, form, corpus count, note).

An event kind is declared, not coded: its trigger nouns, status cues and role verbs are
rows of a table grown from the raw news corpus (`scripts/mine_treaty_lexicon.py` counts the
candidates and fills each curated row's count), and the extractor asks the table for a
class. Forms are written naturally; `Lexicon.keys` gives their `match_key` forms, so
hamza, ة/ه and ى/ي spellings all match, as in `kg.extract.vocab`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.link.normalize import match_key

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Entry:
    cls: str
    form: str
    count: int
    note: str = ""


@dataclass(frozen=True)
class Lexicon:
    """The rows of one lexicon file."""

    name: str
    entries: tuple[Entry, ...]

    def forms(self, cls: str) -> tuple[str, ...]:
        return tuple(e.form for e in self.entries if e.cls == cls)

    def keys(self, cls: str) -> frozenset[str]:
        """Match keys of the one-word forms of a class."""
        return frozenset(match_key(f) for f in self.forms(cls) if " " not in f)

    def pairs(self, cls: str) -> dict[str, frozenset[str]]:
        """Two-word forms of a class: first word's key → keys of the words that may follow."""
        out: dict[str, set[str]] = {}
        for f in self.forms(cls):
            first, _, second = f.partition(" ")
            if second:
                out.setdefault(match_key(first), set()).add(match_key(second))
        return {k: frozenset(v) for k, v in out.items()}

    def count(self, form: str) -> int:
        return max((e.count for e in self.entries if e.form == form), default=0)


def parse(name: str, text: str) -> Lexicon:
    """A lexicon from TSV text; '#' lines are comments. A malformed row names its line."""
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not cols[2].isdigit():
            raise ValueError(f"{name}.tsv line {n}: expected class, form, count[, note]")
        entries.append(Entry(cols[0], cols[1], int(cols[2]), cols[3] if len(cols) > 3 else ""))
    return Lexicon(name, tuple(entries))


@cache
def load(name: str) -> Lexicon:
    """The lexicon `name` shipped beside this module (e.g. "treaties")."""
    path = _HERE / f"{name}.tsv"
    return parse(name, path.read_text(encoding="utf-8"))
