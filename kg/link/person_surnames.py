"""A knowledge-base person's family name written alone is a PER mention: `وقال ترامب`, `محادثات مع ماكرون`.

News names a head of state or minister in full once, or never, and then by the family name alone. The NER
misses many of these words (it learned from older news: a name that became frequent later is unknown to it),
and the person is then no entity of the article, with no post and in no meeting. The family names come from
the knowledge base, kept only where the raw news writes the word mostly for that person
(kg/link/lexicons/kb_surnames.tsv, scripts/mine_kb_surnames.py: each with its full-name and total counts).

A word no mention covers becomes a PER mention (`source="pattern"`) when it, or its reading without a
conjunction or preposition (وترامب، للسيسي), is such a family name, no gazetteer name of another kind
starts there, and no person mention of the article holds the word: where the NER found the person, by the
full name or the family name, the person is already an entity, and the extractors read the article's own
mentions as they are. The linker then links it as any surname-only mention (one KB person, or none when several
share it).

The NER also tags some of these words alone as an organization or a place (`تحدث لافروف عن …`,
`إدارة اوباما`, `وقال اوغلو`): such a one-word mention becomes PER the same way (`retyped_surnames`), unless a
gazetteer name of another kind starts there. On 400 raw paragraphs holding one of the family names (seed 77,
`/tmp` probe kept in the commit message), the NER typed 8 such words ORG or LOC, all 8 persons.

Such a family name written bare right after a person's span, a space between, closes that span: the NER stopped
one word short (`سامي فهد | الحداد`), and the name is one person, not a second one (`extended_surname`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_splits, match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

_FILE = Path(__file__).resolve().parent / "lexicons" / "kb_surnames.tsv"
#: Confidence of a surname-found person: the knowledge base and the news counts are the evidence.
SURNAME_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def kb_surnames() -> frozenset[str]:
    """Family names of KB persons that the raw news writes mostly for them (match keys)."""
    out = set()
    with open(_FILE, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(parts) >= 2 and parts[1].isdigit():
                out.add(parts[0])
    return frozenset(out)


def _reading(key: str, surnames: Collection[str]) -> str | None:
    """The prefix (possibly empty) whose removal leaves a family name, or None."""
    for prefix, rest in clitic_splits(key, article=False):
        if rest in surnames:
            return prefix
    return None


def surname_mentions(mentions: list[Mention], doc: _Doc, blocked: Collection[int] = ()) -> list[Mention]:
    """The mentions with a PER mention for each uncovered KB family name (see the module).

    `blocked`: offsets where a gazetteer name of another kind (a place, a body) starts."""
    named = {w for m in mentions if m.ner_type == "PER" for w in match_key(m.label).split()}
    surnames = kb_surnames() - named  # a person the article already names (سامي الحداد … الحداد) is its entity
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in doc.toks]
    out = list(mentions)
    for i, tok in enumerate(doc.toks):
        if covered[i] or tok.start in blocked:
            continue
        prefix = _reading(tok.key, surnames)
        if prefix is None:
            continue
        before = _person_before(out, doc, i) if not prefix else None
        if before is not None:
            out[before] = _extended(out[before], doc, tok.end)
            continue
        # the span keeps the clitic (the tokenizer's offsets), the label drops it: لل + حداد → الحداد
        rest = tok.text[len(prefix):]
        label = "ال" + rest if prefix.endswith("لل") else rest
        out.append(Mention(tok.start, tok.end, tok.text, label, "PER", SURNAME_CONFIDENCE, doc.sentence(tok.start),
                           source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


#: A person's span takes a family name after it up to this many words in all (two given names and the family name).
_MAX_WORDS = 4


def _person_before(mentions: list[Mention], doc: _Doc, i: int) -> int | None:
    """The index of the PER mention that ends right before token i, a space between, short of `_MAX_WORDS`."""
    if i == 0 or not doc.spaced(doc.toks[i - 1].end, doc.toks[i].start):
        return None
    end = doc.toks[i - 1].end
    return next((n for n, m in enumerate(mentions) if m.ner_type == "PER" and m.end == end
                 and len(m.text.split()) < _MAX_WORDS), None)


def _extended(m: Mention, doc: _Doc, end: int) -> Mention:
    """The person's span run on to `end` (its label too, the NLP stage's clitic split kept)."""
    body = m.label if m.text.endswith(m.label.split()[-1]) else doc.text[m.start:m.end]
    return replace(m, end=end, text=doc.text[m.start:end], label=body + doc.text[m.end:end])


def retyped_surnames(mentions: list[Mention], blocked: Collection[int] = ()) -> list[Mention]:
    """The mentions, each one-word ORG, LOC or MISC mention that is a KB family name retyped PER (see the
    module). `blocked`: offsets where a gazetteer name of another kind (a place, a body) starts."""
    surnames = kb_surnames()
    out = []
    for m in mentions:
        if m.ner_type in ("ORG", "LOC", "MISC") and len(m.text.split()) == 1 and m.start not in blocked:
            prefix = _reading(match_key(m.text), surnames)
            if prefix is not None:
                rest = m.text[len(prefix):]
                m = replace(m, ner_type="PER", label="ال" + rest if prefix.endswith("لل") else rest)
        out.append(m)
    return out


__all__ = ["kb_surnames", "retyped_surnames", "surname_mentions"]
