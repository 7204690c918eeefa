"""The raw news corpus the mining scripts read, without the lines the dev set was drawn from.

`../shared/data/arabic-news-raw/` holds one paragraph per line (saudinewsnet, antcorpus);
`../shared/data/dev-news-gold/sources.tsv` names the (corpus, line) pairs the dev paragraphs
came from, which no lexicon may be grown from.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "../shared/data/arabic-news-raw"
DEV = ROOT / "../shared/data/dev-news-gold/sources.tsv"
CORPORA = ("saudinewsnet", "antcorpus")


_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")


def dev_lines(path: Path = DEV) -> set[tuple[str, int]]:
    """The (corpus, line number) pairs of the dev paragraphs (empty if the file is absent)."""
    out: set[tuple[str, int]] = set()
    if path.exists():
        for row in path.read_text(encoding="utf-8").splitlines()[1:]:
            _, corpus, line = row.split("\t")
            out.add((corpus, int(line)))
    return out


#: Where the sessions' probe samples live (annotated raw paragraphs that judge the extraction); mining leaves
#: their lines out like the dev set's.
PROBES = (Path("/work/wt/probe"), Path("/work/probe"))


def probe_lines(roots: Iterable[Path] = PROBES) -> set[tuple[str, int]]:
    """The (corpus, line number) pairs of every probe sample's sources.tsv under `roots` (absent ones skipped)."""
    out: set[tuple[str, int]] = set()
    for root in roots:
        for tsv in root.glob("*/sources.tsv"):
            out |= dev_lines(tsv)
    return out


def lines(corpora: tuple[str, ...] = CORPORA) -> Iterator[tuple[str, int, str]]:
    """(corpus, line number from 1, text) of every raw line that is not a dev paragraph."""
    dev = dev_lines()
    for corpus in corpora:
        with gzip.open(RAW / f"{corpus}.txt.gz", "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if (corpus, n) not in dev:
                    yield corpus, n, line


def keyed_lines(total: Counter | None = None) -> Iterator[list[str]]:
    """Each raw line's Arabic words as match keys (dev lines left out), every word counted into `total`."""
    from kg.link.normalize import match_key

    for _, _, line in lines():
        words = [match_key(w) for w in _ARABIC_WORD.findall(line)]
        if total is not None:
            total.update(words)
        yield words


def one_per_story(items: Iterable[dict], n: int | None = None) -> list[dict]:
    """`items` in order, keeping the first version of each story (papers reprint one agency
    story: the first 80 characters decide), at most `n` of them."""
    seen: set[str] = set()
    out: list[dict] = []
    for item in items:
        key = item["text"][:80]
        if key not in seen:
            seen.add(key)
            out.append(item)
            if n is not None and len(out) == n:
                break
    return out


def annotate(items: list[dict]) -> list:
    """kg's NLP over `items` ({"id", "text"}), one Document each, as a build would run it."""
    from kg.nlp.pipeline import get_pipeline
    from kg.types import Document

    docs = [Document(id=it["id"], text=it["text"], origin=it["id"]) for it in items]
    return get_pipeline().annotate_many(docs)


def write_counts_table(doc: str | None, mine: Callable[[], list[tuple]], comment: str, columns: str,
                       what: str) -> None:
    """The command line of a mining script that writes one counts table: `-o OUT`, a `# comment` line,
    the `columns` header, then `mine()`'s rows tab-separated; how many rows (`what`) goes to stderr."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    parser.add_argument("-o", "--out", required=True)
    args = parser.parse_args()
    rows = mine()
    lines_out = [f"# {comment}", columns, *("\t".join(str(v) for v in row) for row in rows)]
    Path(args.out).write_text("\n".join(lines_out) + "\n", encoding="utf-8")
    print(f"{len(rows)} {what}", file=sys.stderr)
