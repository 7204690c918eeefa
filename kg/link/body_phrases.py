"""Bodies and facilities named by a head noun and common words: `مجلس الشعب`, `قوات الطوارئ الخاصة`,
`هيئة الهلال الأحمر`.

Such a name holds no proper name and no nisba, so neither the NER nor the institution grammar
(kg.link.mentions) can tell it from a generic phrase (`مجلس الإدارة`, `قاعدة عسكرية`). The phrases
that name one body (ORG) or one place (LOC) are counted in the raw news and read by hand there
(`body_phrases.tsv`, `scripts/mine_body_phrases.py`, each with its count). The longest phrase at a
word wins; a clitic on its first word is left out of the label (لمجلس الشعب → مجلس الشعب).

As in the gold convention that a longer name wins, NER mentions and knowledge-base names lying
inside the phrase give way to it (`قناة السويس` is the canal, not the town); a mention that crosses
the phrase's edge keeps it from being taken, but for the tagger's span over a unit noun and the phrase
(`وحدات الحرس البحري`: the units are not the body's name, `UNIT_WORDS`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.body_grammar import INTERNATIONAL, naming_adjectives
from kg.link.heads import head_of
from kg.link.normalize import clitic_splits, match_key, name_offset, restored_article
from kg.link.pattern_spans import absorb
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

_FILE = Path(__file__).resolve().parent / "lexicons" / "body_phrases.tsv"
#: Below the NER's usual scores: the phrase is known, its use here is not checked.
PHRASE_CONFIDENCE = 0.8


@lru_cache(maxsize=1)
def body_phrases() -> dict[tuple[str, ...], tuple[str, int]]:
    """Phrase (match keys) → (kind, raw corpus count)."""
    out: dict[tuple[str, ...], tuple[str, int]] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3 or not parts[1].isdigit():
            continue
        out[tuple(parts[0].split())] = (parts[2], int(parts[1]))
    return out


@lru_cache(maxsize=1)
def _by_first() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(body_phrases(), key=len, reverse=True):
        out.setdefault(key[0], []).append(key)
    return out


#: Plural nouns of a body's units or men (وحدات الحرس الوطني 146، فرق الدفاع المدني 189، أعوان الحرس الوطني 32 in
#: the raw news): before a known body's phrase they are no word of its name.
UNIT_WORDS = frozenset(match_key(w) for w in ("وحدات", "فرق", "أعوان", "عناصر", "دوريات", "فرقة", "وحدة"))


def _unit_word(key: str) -> bool:
    return any((not p or len(r) >= 4) and r in UNIT_WORDS for p, r in clitic_splits(key, article=False))


def _field_of_body(toks: Sequence, i: int, doc: _Doc) -> bool:
    """Token i (a ل-phrase) follows a definite institution head and one or two naming adjectives (`المديرية العامة
    للدفاع المدني`): it is that body's field, and `kg.link.body_grammar` reads head, adjectives and field as one
    name."""
    k = i - 1
    while k >= 0 and i - k <= 2 and doc.spaced(toks[k].end, toks[k + 1].start) and (
            toks[k].key in naming_adjectives() or toks[k].key in INTERNATIONAL):
        k -= 1
    return (k < i - 1 and k >= 0 and doc.spaced(toks[k].end, toks[k + 1].start) and head_of(toks[k].key) is not None
            and any(r.startswith("ال") for _, r in clitic_splits(toks[k].key, article=False)))


def _facility_before(toks: Sequence, i: int, doc: _Doc) -> bool:
    """Token i follows an indefinite facility head (مسجد، مستشفى، مطار: `kg.link.facilities.facility_heads`): the
    body phrase there is the last part of the facility's name, not a body of its own."""
    from kg.link.facilities import facility_heads

    heads = facility_heads()
    return doc.spaced(toks[i - 1].end, toks[i].start) and any(
        r in heads and (not p or len(r) >= 3) for p, r in clitic_splits(toks[i - 1].key, article=False))


def body_mentions(doc: _Doc, ner: list[Mention], names: Sequence[GazetteerMatch] = ()) -> list[Mention]:
    """The mentions with each known body or facility phrase made one ORG/LOC mention."""
    phrases = body_phrases()
    first = _by_first()
    toks = doc.toks
    out = list(ner)
    i = 0
    while i < len(toks):
        found = None
        for prefix, rest in clitic_splits(toks[i].key, article=False):
            if prefix and len(rest) < 3:
                continue
            for key in first.get(rest, ()):
                end = i + len(key) - 1
                if end < len(toks) and all(
                        toks[i + n].key == key[n] and doc.spaced(toks[i + n - 1].end, toks[i + n].start)
                        for n in range(1, len(key))):
                    found = (prefix, key, end)
                    break
            if found:
                break
        if found is None:
            i += 1
            continue
        prefix, key, end = found
        if not prefix and phrases[key][0] == "ORG" and i > 0 and _facility_before(toks, i, doc):
            i += 1  # مستشفى | قوات الطوارئ: the facility's name holds the body, and a longer name wins
            continue
        if prefix[-1:] == "ل" and _field_of_body(toks, i, doc):
            i += 1  # المديرية العامة | للدفاع المدني: the field of the body named before it, read whole later
            continue
        start_tok, stop = toks[i], toks[end].end
        start = start_tok.start + name_offset(start_tok.text, prefix)
        if i > 0 and _unit_word(toks[i - 1].key):
            # the tagger's span over a unit of the body (وحدات | الحرس البحري، فرق | الدفاع المدني) gives way
            out = [m for m in out if not (m.start == toks[i - 1].start and m.end == stop and m.ner_type == "ORG")]
        spans = [(m.start, m.end) for m in out] + [(h.start, h.end) for h in names if not h.is_nisba]
        crossing = any(s < stop and start_tok.start < e and (s < start_tok.start or e > stop) for s, e in spans)
        same = any((s, e) in ((start, stop), (start_tok.start, stop)) for s, e in spans)
        if crossing or same:
            i += 1
            continue
        label = restored_article(prefix) + doc.text[start:stop]
        out = absorb(out, doc, start_tok.start, start, stop, label, phrases[key][0], PHRASE_CONFIDENCE)
        i = end + 1
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["body_mentions", "body_phrases"]
