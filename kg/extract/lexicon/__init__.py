"""Event lexicons as data: the one declarative home of every event kind's words.

An event kind is declared, not coded. `kinds.tsv` declares each kind (its CAMEO and PLOVER
codes, labels, the lexicon that marks it and the roles a phrase of that lexicon can play);
one TSV per lexicon (`meetings.tsv`, `treaties.tsv`) lists the phrases, each with its class
(the role it plays), its corpus count (the evidence it was curated from; the mining scripts
under `scripts/` fill it) and, where it marks one kind only, that kind. The extractors ask
a table for a class; a new kind (protest, sanctions) is rows here, not code.

Forms are written naturally; `Lexicon.keys` gives their `match_key` forms, so hamza, ة/ه
and ى/ي spellings all match, as in `kg.extract.vocab`. A trailing ``*`` on a word of a
phrase admits its possessive forms (`Entry.words`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.extract.vocab import keys as _keys
from kg.extract.vocab import with_suffixes
from kg.link.normalize import match_key

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Entry:
    """One row: the class (role) of the phrase, the phrase as written, its corpus count, a note,
    and the event kind it marks (None: any kind of its lexicon)."""

    cls: str
    form: str
    count: int
    note: str = ""
    kind: str | None = None

    @property
    def role(self) -> str:
        """The class, read as the role the phrase plays in its event."""
        return self.cls

    @property
    def phrase(self) -> str:
        return self.form

    @property
    def words(self) -> tuple[frozenset[str], ...]:
        """Per word, the keys it matches (with possessive suffixes where marked *)."""
        return word_keys(self.form)


def word_keys(phrase: str) -> tuple[frozenset[str], ...]:
    return tuple(with_suffixes((w[:-1],)) if w.endswith("*") else _keys((w,)) for w in phrase.split())


@dataclass(frozen=True)
class Lexicon:
    """The rows of one lexicon file."""

    name: str
    entries: tuple[Entry, ...]

    def rows(self, cls: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.cls == cls)

    def forms(self, cls: str) -> tuple[str, ...]:
        return tuple(e.form for e in self.rows(cls))

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
    """A lexicon from TSV text (class, form, count[, note[, kind]]); '#' lines are comments.
    A malformed row names its line."""
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not cols[2].isdigit():
            raise ValueError(f"{name}.tsv line {n}: expected class, form, count[, note[, kind]]")
        note = cols[3] if len(cols) > 3 else ""
        kind = cols[4] if len(cols) > 4 and cols[4] else None
        entries.append(Entry(cols[0], cols[1], int(cols[2]), note, kind))
    return Lexicon(name, tuple(entries))


@cache
def load(name: str) -> Lexicon:
    """The lexicon `name` shipped beside this module (e.g. "treaties"), checked against the
    kinds and roles `kinds.tsv` declares for it."""
    path = _HERE / f"{name}.tsv"
    lex = parse(name, path.read_text(encoding="utf-8"))
    declared = {k.name: k for k in event_kinds().values() if k.lexicon == name}
    if declared:
        roles = frozenset().union(*(k.roles for k in declared.values()))
        for e in lex.entries:
            if e.cls not in roles or (e.kind is not None and e.kind not in declared):
                raise ValueError(f"{name}.tsv: {e.form!r}: class {e.cls!r} / kind {e.kind!r} not declared in kinds.tsv")
    return lex


@dataclass(frozen=True)
class EventKind:
    """One kind of event: its codes (CAMEO as used by GDELT; PLOVER event type and mode), its
    labels, the lexicon whose rows mark it and the roles those rows can play."""

    name: str
    lexicon: str
    cameo: str
    plover: str
    label_ar: str
    label_en: str
    roles: tuple[str, ...] = ()


@cache
def event_kinds() -> dict[str, EventKind]:
    """The kinds `kinds.tsv` declares, by name."""
    out: dict[str, EventKind] = {}
    text = (_HERE / "kinds.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise ValueError(f"kinds.tsv line {n}: expected kind, lexicon, cameo, plover, label_ar, label_en, roles")
        out[cols[0]] = EventKind(*cols[:6], roles=tuple(cols[6].split(",")))
    return out
