"""A person span is split where it holds a free personal pronoun or runs into ب/ل + another person of the article.

Arabic news writes identity and apposition clauses with a free pronoun between two nouns: `أكبر أبناء سامي
هو فلان` ("Sami's eldest son is Fulan"), `والداها هما فلان وعلان`, `المتهم هو ابن أخ الوزير`. The NER often
runs one PER span across the pronoun (`سامي هو فلان`, `هما فلان`, `هو ابن أخ`), so the article gets a person
nobody is called, and both names are lost. A free pronoun (هو، هي، هما، هم، هن، أنا، نحن، أنت …, also with
a conjunction: وهو، فهي) is a closed class and never a word of a name: the span is split there, and each piece
that still holds a word of a name (not only common words and name links: `ابن أخ` is no name) stays a
PER mention. A span that opens on ابن/بنت with common words only after it is a kinship phrase
(`ابن أخ الوزير`, "the minister's nephew"), no person.

The same tagger joins a name to the object of a preposition after it (`التقى سامي بفلانة`: span `سامي
بفلانة`). When the inner word is ب/ل + a word that the article's other person mentions write as a name
(a whole one-word label, or the first word of a label), the span is split before it; the second piece is a
mention of that person, its label without the preposition.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.link.person_spans import FATHER_WORDS, NAME_LINKS, PRONOUNS, given_word
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: A conjunction on the pronoun (وهو، فهي) keeps it a pronoun.
_CONJUNCTIONS = ("و", "ف")
#: Prepositions written on a name (بفلانة، لفلان).
_PREPOSITIONS = ("ب", "ل")
#: The rest after the preposition has this many letters at least.
MIN_REST = 3


def is_pronoun(key: str) -> bool:
    """A free personal pronoun, with or without a conjunction (هو، وهي، فهما)."""
    return key in PRONOUNS or (key[:1] in _CONJUNCTIONS and key[1:] in PRONOUNS)


def _name_piece(keys: list[str], texts: list[str], names: Collection[str]) -> bool:
    """The words hold a name's word: not only common words and name links (ابن أخ is no name)."""
    common = lexicons().common_words
    return any(given_word(k, t) or k in names or (k not in common and k not in NAME_LINKS and not is_pronoun(k))
               for k, t in zip(keys, texts, strict=True))


def _piece(m: Mention, doc: _Doc, a: int, b: int) -> Mention:
    """Tokens a..b of the mention as a mention of its own, labelled as written."""
    start, end = doc.toks[a].start, doc.toks[b].end
    text = doc.text[start:end]
    return replace(m, start=start, end=end, text=text, label=text.strip())


def split_persons(mentions: list[Mention], doc: _Doc, names: Collection[str] = ()) -> list[Mention]:
    """PER mentions split at a free pronoun and before ب/ل + another person of the article (see the module).

    `names`: words of knowledge-base persons' names."""
    toks = doc.toks
    alone: set[str] = set()
    for m in mentions:
        if m.ner_type == "PER":
            words = match_key(m.label).split()
            if words and not is_pronoun(words[0]):
                alone.add(words[0])
    out: list[Mention] = []
    for m in mentions:
        idx = [i for i, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
        if m.ner_type != "PER" or len(idx) < 2:
            out.append(m)
            continue
        if toks[idx[0]].key in FATHER_WORDS and not _name_piece([toks[k].key for k in idx[1:]],
                                                                [toks[k].text for k in idx[1:]], names):
            continue  # a kinship phrase (ابن أخ الوزير، ابن عم): no name after بن
        pieces: list[tuple[int, int, str | None]] = []  # token runs (first, last, label)
        run: list[int] = []
        label: str | None = None
        for n, i in enumerate(idx):
            key = toks[i].key
            if is_pronoun(key):
                if run:
                    pieces.append((run[0], run[-1], label))
                run, label = [], None
                continue
            rest = key[1:]
            if n and run and key[:1] in _PREPOSITIONS and len(rest) >= MIN_REST and rest in alone \
                    and key not in alone and not given_word(key, toks[i].text) and key not in names \
                    and toks[i - 1].key not in NAME_LINKS:
                pieces.append((run[0], run[-1], label))
                run, label = [], None
                label = toks[i].text[1:]
            run.append(i)
        if run:
            pieces.append((run[0], run[-1], label))
        if len(pieces) == 1 and pieces[0][0] == idx[0] and pieces[0][1] == idx[-1]:
            out.append(m)
            continue
        for a, b, lab in pieces:
            keys = [toks[k].key for k in range(a, b + 1)]
            if _name_piece(keys, [toks[k].text for k in range(a, b + 1)], names):
                piece = _piece(m, doc, a, b)
                if lab is not None:
                    tail = doc.text[toks[a].end:toks[b].end]
                    piece = replace(piece, label=(lab + tail).strip())
                out.append(piece)
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["PRONOUNS", "is_pronoun", "split_persons"]
