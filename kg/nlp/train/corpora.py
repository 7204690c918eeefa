"""Readers for the Arabic NER corpora in ../shared/data, mapped onto one tag set.

Every reader returns sentences as lists of (token, IOB2 tag) with tags among
PER, ORG, LOC, MISC. Tokens are normalized exactly as the NER input at run time
(`kg.nlp.normalize.normalize_token`).
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.nlp.normalize import normalize_token

Sentence = list[tuple[str, str]]

#: NewsFANE's 50 fine-grained classes onto our four; anything unlisted is MISC.
NEWSFANE_COARSE = {
    **dict.fromkeys(
        "Politician Athlete Artist Other_PER Religious_PER Scientist Police "
        "Businessperson Lawyer Engineer".split(), "PER"),
    **dict.fromkeys(
        "Non-Governmental Sports Government Media Commercial Educational "
        "Medical-Science Entertainment Religious_ORG".split(), "ORG"),
    **dict.fromkeys(
        "Nation Population-Center State-or-Province GPE-Cluster Continent "
        "County-or-District Water-Body Land Land-Region-Natural Building-Grounds "
        "Airport Path Subarea-Facility Celestial".split(), "LOC"),
}

#: The sentences of NewsFANE that carry the standard ANERcorp test split (0-based, inclusive).
NEWSFANE_TEST = range(1950, 3060)
#: The sentences kept back for model selection (dev).
NEWSFANE_DEV = range(3060, 3300)

AQMAR_TEST = {"Damascus", "Real_Madrid", "Linux", "Islamic_Golden_Age"}
AQMAR_DEV = {"Football", "Light"}

_PROCLITICS = {"و", "ف", "ل", "ب", "ك"}
_ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي", "ني"}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


def repair_bio(sentence: Sentence) -> Sentence:
    """Make the tags valid IOB2: an I- that does not continue its type becomes B-."""
    fixed: Sentence = []
    prev = "O"
    for token, tag in sentence:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append((token, tag))
        prev = tag
    return fixed


def _reattach_clitics(sentence: Sentence) -> Sentence:
    """NewsFANE splits clitics off (`و الصادرات`, `ان ه`); raw news does not, so glue them back."""
    out: Sentence = []
    pending = ""
    for i, (token, tag) in enumerate(sentence):
        nxt = sentence[i + 1][0] if i + 1 < len(sentence) else ""
        if token in _PROCLITICS and tag == "O" and _ARABIC_LETTER.match(nxt or " "):
            pending += token
            continue
        if (token in _ENCLITICS and tag == "O" and out and not pending
                and len(out[-1][0]) > 1 and _ARABIC_LETTER.match(out[-1][0])):
            prev_token, prev_tag = out[-1]
            out[-1] = (prev_token + token, prev_tag)
            continue
        out.append((pending + token, tag))
        pending = ""
    if pending:
        out.append((pending, "O"))
    return out


def _newsfane_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, fine = tag.split("-", 1)
    return f"{prefix}-{NEWSFANE_COARSE.get(fine, 'MISC')}"


def read_newsfane(path: Path) -> list[Sentence]:
    """All NewsFANE sentences in file order, coarse tags, clitics re-attached, normalized."""
    sentences: list[Sentence] = []
    current: Sentence = []
    with open(path, encoding="utf-8-sig") as f:
        for raw in f:
            line = raw.rstrip("\r\n").replace("\u200e", "").replace("\ufeff", "")
            if not line.strip():
                if current:
                    sentences.append(current)
                current = []
                continue
            token, _, tag = line.partition("\t")
            token = token.strip()
            if token:
                current.append((token, _newsfane_tag(tag.strip() or "O")))
    if current:
        sentences.append(current)
    # no sentence is dropped here: the test split is defined by position in the file
    return [repair_bio(_normalize(_reattach_clitics(s))) for s in sentences]


def _clean(sentences) -> list[Sentence]:
    """Normalize, repair the tags, and drop sentences left empty (all diacritics or marks)."""
    cleaned = (repair_bio(_normalize(s)) for s in sentences)
    return [s for s in cleaned if s]


def _normalize(sentence: Sentence) -> Sentence:
    out = [(normalize_token(t), tag) for t, tag in sentence]
    return [(t, tag) for t, tag in out if t]


def _column_blocks(path: Path) -> list[list[list[str]]]:
    """The whitespace-split lines of a column file, grouped into sentences by blank lines."""
    blocks: list[list[list[str]]] = [[]]
    for raw in Path(path).read_text(encoding="utf-8-sig").splitlines():
        parts = raw.split()
        if parts:
            blocks[-1].append(parts)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def read_conll(path: Path, column_map=None) -> list[Sentence]:
    """A `token TAG` file, blank line between sentences (AQMAR, our own test files)."""
    return _clean(
        [(p[0], column_map(p[1] if len(p) > 1 else "O") if column_map else (p[1] if len(p) > 1 else "O"))
         for p in block]
        for block in _column_blocks(path))


def _aqmar_tag(tag: str) -> str:
    m = re.fullmatch(r"([BI])-+(PER|ORG|LOC|MIS.*)", tag)
    if not m:
        return "O"
    kind = "MISC" if m.group(2).startswith("MIS") else m.group(2)
    return f"{m.group(1)}-{kind}"


def read_aqmar(folder: Path) -> dict[str, list[Sentence]]:
    """AQMAR articles by name (the split is by article, so no article leaks into test)."""
    return {p.stem: read_conll(p, _aqmar_tag) for p in sorted(Path(folder).glob("*.txt"))}


_WOJOOD = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC"}


def _wojood_tag(tags: list[str]) -> str:
    for t in tags:
        kind = t.split("-", 1)[1] if "-" in t else ""
        if kind in _WOJOOD:
            return f"{t[0]}-{_WOJOOD[kind]}"
    return "O"


def read_wojood(path: Path) -> list[Sentence]:
    """Wojood's nested tags flattened: per token, the outermost tag of a type we keep."""
    # `$#$` is a paragraph marker of the corpus, not text
    return _clean([(p[0], _wojood_tag(p[1:])) for p in block if p[0] != "$#$"]
                  for block in _column_blocks(path))


def sentence_key(sentence: Sentence) -> str:
    return "".join(t for t, _ in sentence)


def ngrams(sentence: Sentence, n: int = 8) -> set[tuple[str, ...]]:
    tokens = tuple(t for t, _ in sentence)
    return {tokens[i:i + n] for i in range(max(0, len(tokens) - n + 1))}


def drop_overlaps(train: list[Sentence], test: list[Sentence], n: int = 8) -> tuple[list[Sentence], int]:
    """Remove sentences whose text also occurs in the test set (whole or any n-token window)."""
    keys = {sentence_key(s) for s in test}
    grams: set[tuple[str, ...]] = set()
    for s in test:
        grams |= ngrams(s, n)
    kept = [s for s in train if sentence_key(s) not in keys and not (ngrams(s, n) & grams)]
    return kept, len(train) - len(kept)


def newsfane_splits(path: Path) -> dict[str, list[Sentence]]:
    sentences = read_newsfane(path)
    splits = {
        "train": [s for i, s in enumerate(sentences) if i not in NEWSFANE_TEST and i not in NEWSFANE_DEV],
        "dev": [sentences[i] for i in NEWSFANE_DEV],
        "test": [sentences[i] for i in NEWSFANE_TEST],
    }
    return {name: [s for s in sents if s] for name, sents in splits.items()}
