"""A folder of real news paragraphs as .txt files, for benchmarks that need a store of real articles.

    python benchmarks/news_sample.py OUT_DIR [--articles 1000] [--min-chars 200]

Takes, deterministically, the first `--articles` paragraphs of at least `--min-chars`
characters from `../shared/data/arabic-news-raw/` (half from each corpus, in file order),
leaving out the lines the dev set was drawn from (scripts/raw_corpus.py), and writes each to
OUT_DIR/<corpus>-<line>.txt. `kg build OUT_DIR --store STORE` then gives the store
benchmarks/endpoint_overhead.py measures (issue 16 item 5: 1,000 articles).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from raw_corpus import CORPORA, lines  # noqa: E402


def sample(n: int, min_chars: int) -> list[tuple[str, int, str]]:
    """(corpus, line, text): the first paragraphs of at least `min_chars`, `n` in all, split over the corpora."""
    out: list[tuple[str, int, str]] = []
    for i, corpus in enumerate(CORPORA):
        want = n // len(CORPORA) + (1 if i < n % len(CORPORA) else 0)
        got = 0
        for c, line_no, text in lines((corpus,)):
            text = text.strip()
            if len(text) >= min_chars:
                out.append((c, line_no, text))
                got += 1
                if got == want:
                    break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--min-chars", type=int, default=200)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = sample(args.articles, args.min_chars)
    for corpus, line_no, text in rows:
        (args.out / f"{corpus}-{line_no}.txt").write_text(text + "\n", encoding="utf-8")
    print(f"{len(rows)} paragraphs written to {args.out}")


if __name__ == "__main__":
    main()
