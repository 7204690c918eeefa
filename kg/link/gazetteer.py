"""Gazetteer matcher: finds KB names and nisba adjectives in raw Arabic text.

In the manner of spaCy's EntityRuler, but for Arabic news: names are indexed by their
`match_key` token sequence (a dict keyed by the first token, not a regex per entry), text
is tokenized once on word characters, and a match must cover whole tokens, so a name is
never found inside a longer word (روسيا is not in بيلاروسيا). The proclitics و ف ب ل ك may
be attached to the first token (وإيران، لروسيا، بالصين، للصين = ل + الصين); the match span
covers the whole token and the clitic-free name is reported too. A bare ال is not
stripped: names that take the article carry it in the KB (الصين، العراق), and المالي
must not read as Mali. Overlaps are resolved longest first. Offsets index the ORIGINAL
text (`kg.nlp.normalize.normalize` maps back).

Nisba forms (الروسي، الإيرانية) are reported with `is_nisba=True`: they are not entity
mentions on their own; a later stage resolves them to a country when they qualify a role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.link.kb.model import KBEntry, KnowledgeBase
from kg.link.normalize import clitic_splits, fold_chars, match_key
from kg.nlp.normalize import Normalized, normalize

_TOKEN = re.compile(r"\w+")
#: What may separate the tokens of one name: spaces and hyphens (not punctuation, not a
#: line break, which ends a headline or a dateline).
_GAP = re.compile(r"[ \t\-\u2010\u2011\u2013]*")
#: A clitic-stripped stem must keep at least this many letters (قم is only found bare);
#: nisba stems more (بروس is Bruce, not ب + روس), so clitics attach to their longer forms.
MIN_STEM = 3
MIN_NISBA_STEM = 5
#: Preference among entries that share a name: countries, then organisations, then cities.
_KIND_RANK = {"Country": 0, "Organization": 1, "Person": 2, "City": 3}
#: `find` remembers its answers for this many texts of at most `_CACHED_CHARS` characters: the
#: linker and the extractors scan the same article text and the same few thousand names.
_CACHED_TEXTS = 4096
_CACHED_CHARS = 20_000


@dataclass(frozen=True)
class GazetteerMatch:
    """One gazetteer hit. `start`/`end` index the original text and cover whole tokens.

    `name` is the clitic-free name (for لل the article is restored: للصين → الصين),
    `prefix` the clitics removed (as normalized letters, "" if none), `matched_alias` the
    KB form that matched. When several entries share the name, `entry_id` is the
    preferred one (country before city, capital and bigger city first) and `candidates`
    lists them all, preferred first.
    """

    start: int
    end: int
    text: str
    entry_id: str
    kind: str
    matched_alias: str
    is_nisba: bool
    name: str
    prefix: str = ""
    candidates: tuple[str, ...] = ()
    homograph: bool = False  # the name is also a common word (مشهد 'scene'): needs more evidence
    alias_of: tuple[str, ...] = ()  # candidates whose matched form is an alias, not a label (issue 18)

    def is_label_of(self, entry_id: str) -> bool:
        """Is the matched name a label (not only an alias) of this candidate?"""
        return entry_id not in self.alias_of


@dataclass(frozen=True)
class _Target:
    entry_id: str
    kind: str
    form: str
    is_nisba: bool
    rank: tuple[int, int, int, int, int, str]
    homograph: bool = False

    @property
    def is_alias(self) -> bool:
        return self.rank[3] == 1


@dataclass(frozen=True)
class _Token:
    start: int  # offsets in the normalized text
    end: int
    key: str


def _rank(entry: KBEntry, order: int, is_nisba: bool) -> tuple[int, int, int, int, int, str]:
    """Sort key among entries sharing a form: names before nisbas, countries before cities,
    capitals first, labels before aliases, bigger cities first, then id (deterministic)."""
    return (
        int(is_nisba),
        _KIND_RANK.get(entry.kind, 9),
        0 if entry.capital_of else 1,
        order,
        -(entry.population or 0),
        entry.id,
    )


class Gazetteer:
    """Token-sequence index of Arabic names and nisba forms; `find` scans a text."""

    def __init__(self, targets: Iterable[tuple[tuple[str, ...], _Target]]) -> None:
        # first token → {token tuple → targets}; lengths kept longest first per first token.
        self._index: dict[str, dict[tuple[str, ...], list[_Target]]] = {}
        for tokens, target in targets:
            if tokens:
                self._index.setdefault(tokens[0], {}).setdefault(tokens, []).append(target)
        self._lengths: dict[str, tuple[int, ...]] = {}
        for first, seqs in self._index.items():
            for found in seqs.values():
                found.sort(key=lambda t: t.rank)
            self._lengths[first] = tuple(sorted({len(s) for s in seqs}, reverse=True))
        self._cached_scan = lru_cache(maxsize=_CACHED_TEXTS)(self._scan)

    @classmethod
    def from_kb(cls, kb: KnowledgeBase | Iterable[KBEntry]) -> Gazetteer:
        """Index every Arabic label, alias and nisba form of the KB's entries."""
        targets = []
        for entry in kb:
            homographs = {match_key(h) for h in entry.homographs_ar}
            forms = [(f, 0, False) for f in entry.labels_ar] + [(f, 1, False) for f in entry.aliases_ar]
            forms += [(f, 2, True) for f in entry.nisba_ar]
            for form, order, is_nisba in forms:
                tokens = tuple(_TOKEN.findall(match_key(form)))
                target = _Target(entry.id, entry.kind, form, is_nisba, _rank(entry, order, is_nisba),
                                 match_key(form) in homographs)
                targets.append((tokens, target))
        return cls(targets)

    def __len__(self) -> int:
        return sum(len(seqs) for seqs in self._index.values())

    def find(self, text: str) -> list[GazetteerMatch]:
        """All non-overlapping hits in `text`, in text order, longest match first on overlaps."""
        return list(self._cached_scan(text) if len(text) <= _CACHED_CHARS else self._scan(text))

    def _scan(self, text: str) -> tuple[GazetteerMatch, ...]:
        norm = normalize(text)
        folded = fold_chars(norm.text)
        tokens = [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
        spans = []
        for i, tok in enumerate(tokens):
            for prefix, rest in clitic_splits(tok.key, article=False):
                if prefix and len(rest) < MIN_STEM:
                    continue
                lengths = self._lengths.get(rest)
                if not lengths:
                    continue
                for n in lengths:
                    if i + n > len(tokens):
                        continue
                    seq = (rest,) + tuple(t.key for t in tokens[i + 1 : i + n])
                    found = self._index[rest].get(seq)
                    if found and prefix and len(rest) < MIN_NISBA_STEM:
                        found = [t for t in found if not t.is_nisba]
                    if not found or not self._joined(folded, tokens, i, n):
                        continue
                    start, end = tokens[i].start, tokens[i + n - 1].end
                    spans.append((start, end, prefix, found))
                    break  # the longest sequence for this reading
        # Longest first, then leftmost, then the reading that strips fewer letters.
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0], len(s[2])))
        taken = bytearray(len(folded))
        matches = []
        for start, end, prefix, found in spans:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            matches.append(self._match(norm, start, end, prefix, found))
        matches.sort(key=lambda m: m.start)
        return tuple(matches)

    @staticmethod
    def _joined(folded: str, tokens: list[_Token], i: int, n: int) -> bool:
        """Tokens i..i+n-1 are separated only by spaces or hyphens."""
        for a, b in zip(tokens[i : i + n - 1], tokens[i + 1 : i + n], strict=True):
            if not _GAP.fullmatch(folded, a.end, b.start):
                return False
        return True

    @staticmethod
    def _match(norm: Normalized, start: int, end: int, prefix: str, found: list[_Target]) -> GazetteerMatch:
        best = found[0]
        same = [t for t in found if t.is_nisba == best.is_nisba]
        candidates = tuple(dict.fromkeys(t.entry_id for t in same))
        labelled = {t.entry_id for t in same if not t.is_alias}
        alias_of = tuple(c for c in candidates if c not in labelled)
        o_start, o_end = norm.to_original(start, end)
        surface = norm.original[o_start:o_end]
        if prefix.endswith("لل"):
            name_start, _ = norm.to_original(start + len(prefix) - 1, end)
            name = "ا" + norm.original[name_start:o_end]
        else:
            name_start, _ = norm.to_original(start + len(prefix), end)
            name = norm.original[name_start:o_end]
        return GazetteerMatch(
            start=o_start,
            end=o_end,
            text=surface,
            entry_id=best.entry_id,
            kind=best.kind,
            matched_alias=best.form,
            is_nisba=best.is_nisba,
            name=name,
            prefix=prefix,
            candidates=candidates,
            homograph=best.homograph,
            alias_of=alias_of,
        )


def default_gazetteer() -> Gazetteer:
    """The gazetteer over the shipped KB: `kg.link.resources.Resources.default()`'s (convenience)."""
    from kg.link.resources import Resources  # Resources holds a Gazetteer: imported when called

    return Resources.default().gazetteer
