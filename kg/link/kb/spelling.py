"""Are the KB's Arabic names attested in Arabic news? (issue 18, item 3)

Source data has plausible but wrong Arabic spellings (Sabha `صبحا`; news writes `سبها`).
A name of a city or person is trusted as a label when it comes from a reviewed source
(CLDR's exemplar cities, curated rows citing an Arabic page) or when the raw news corpus
(`../shared/data/arabic-news-raw`, one paragraph a line) writes it. The counts are made
once, by

    python -m kg.link.kb.spelling ../shared/data/arabic-news-raw kg/link/kb/data/kb.jsonl.gz \\
        kg/link/kb/curated/name_counts.tsv

and committed (the build reads them, so it does not need the corpus): one row per name
of a city or person, `name<TAB>count<TAB>news_writes`; for a name seen fewer than
`ATTESTED_MIN` times, `news_writes` lists attested spellings one or two confusable-letter
swaps away (صبحا → سبها): a lead for a person with a source, never added by itself. A name counts where it stands as
whole words, also after a proclitic (و، ف، ب، ل، ك; لل for ل+ال), with the spellings `match_key` folds.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from kg.link.kb.model import KnowledgeBase, read_kb
from kg.link.normalize import fold_chars, match_key
from kg.nlp.normalize import normalize_token

_WORD = re.compile(r"[\u0621-\u064A]+")
_PREFIXES = tuple(sorted({c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك")} - {""}, key=len, reverse=True))
COUNTED_KINDS = ("City", "Person")
#: Fewer occurrences than this in ~9.9 M words is not an attestation (صبحا 'in the morning'
#: twice is not Sabha; دكا for Dhaka 8 times is).
ATTESTED_MIN = 5
CORPUS_FILES = ("saudinewsnet.txt.gz", "antcorpus.txt.gz")


def name_key(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(match_key(name)))


def _first_forms(token: str) -> set[str]:
    forms = {token}
    for p in _PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 2:
            forms.add(token[len(p):])
    for form in list(forms):
        if form.startswith("لل") and len(form) > 3:
            forms.add("ال" + form[2:])
    return forms


def count_names(names: Iterable[str], lines: Iterable[str]) -> dict[str, int]:
    """How often each name occurs in `lines` (whole words, clitics allowed before it)."""
    wanted: dict[tuple[str, ...], list[str]] = {}
    for name in names:
        key = name_key(name)
        if key:
            wanted.setdefault(key, []).append(name)
    longest = max((len(k) for k in wanted), default=0)
    firsts = {k[0] for k in wanted}
    counts: dict[tuple[str, ...], int] = dict.fromkeys(wanted, 0)
    for line in lines:
        tokens = _WORD.findall(fold_chars(normalize_token(line)))
        for i, token in enumerate(tokens):
            for first in _first_forms(token) & firsts:
                for n in range(1, longest + 1):
                    key = (first, *tokens[i + 1:i + n])
                    if len(key) == n and key in counts:
                        counts[key] += 1
    return {name: counts[key] for key, group in wanted.items() for name in group}


#: Letters a transliteration confuses (Sabha: صبحا for سبها): an unattested name's variants
#: with up to two of these swaps are counted too, so the audit can say what news writes.
_CONFUSABLE = {"ص": "س", "س": "ص", "ح": "ه", "ه": "ح", "ط": "ت", "ت": "ط", "ض": "د", "د": "ض",
               "ظ": "ز", "ز": "ظ", "ق": "ك", "ك": "ق", "ذ": "ز", "ث": "س", "غ": "ج", "ج": "غ"}


def spelling_variants(name: str, swaps: int = 2) -> set[str]:
    """The name with one or two confusable letters swapped (not the name itself)."""
    found, frontier = set(), {name}
    for _ in range(swaps):
        frontier = {w[:i] + _CONFUSABLE[c] + w[i + 1:] for w in frontier for i, c in enumerate(w) if c in _CONFUSABLE}
        found |= frontier
    found.discard(name)
    return found


def corpus_lines(folder: Path) -> Iterable[str]:
    for name in CORPUS_FILES:
        with gzip.open(folder / name, "rt", encoding="utf-8") as fh:
            yield from fh


def kb_names(kb: KnowledgeBase) -> list[str]:
    """The Arabic labels and aliases of the KB's cities and persons."""
    return sorted({n for e in kb.entries if e.kind in COUNTED_KINDS for n in (*e.labels_ar, *e.aliases_ar)})


def read_counts(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["name"]: int(r["count"]) for r in csv.DictReader(fh, delimiter="\t")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Count the KB's city and person names in the raw news corpus.")
    parser.add_argument("corpus", type=Path, help="the arabic-news-raw folder")
    parser.add_argument("kb", type=Path, help="a KB file (its names are counted)")
    parser.add_argument("out", type=Path, help="the TSV to write (name, count)")
    args = parser.parse_args(argv)
    missing = [n for n in CORPUS_FILES if not (args.corpus / n).exists()]
    if missing:
        print(f"error: {args.corpus}: missing {', '.join(missing)}", file=sys.stderr)
        return 1
    names = set(kb_names(read_kb(args.kb))) | set(read_counts(args.out))
    counts = count_names(sorted(names), corpus_lines(args.corpus))
    unattested = [n for n in names if counts[n] < ATTESTED_MIN]
    variants = {n: spelling_variants(n) for n in unattested}
    variant_counts = count_names(sorted({v for vs in variants.values() for v in vs} - names), corpus_lines(args.corpus))
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("name\tcount\tnews_writes\n")
        for name in sorted(counts):
            seen = sorted(((variant_counts[v], v) for v in variants.get(name, ())
                           if variant_counts.get(v, 0) >= ATTESTED_MIN), reverse=True)
            fh.write(f"{name}\t{counts[name]}\t{'|'.join(f'{v}:{c}' for c, v in seen[:3])}\n")
    print(f"{len(counts)} names, {sum(1 for c in counts.values() if c)} attested → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
