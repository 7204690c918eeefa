"""A deterministic synthetic corpus for scale benchmarks, recombined from the seed articles.

    python benchmarks/synthetic.py N OUT.jsonl [--sentences 3-4] [--seed 6] [--prefix syn]

Five seed articles are too few to see how a store of thousands behaves, and no larger Arabic
corpus ships with kg. Each synthetic article is `k` seed sentences (k drawn from `--sentences`)
sampled with a fixed seed, so the text is real news Arabic with real entities, but the
combinations are new: stores grow with distinct articles, entities repeat across them as in a
news feed. Output is one JSON Lines file in kg's input format (`id`, `text`, `published`,
`source`; see kg/ingest/jsonl.py); ids are `<prefix>-<n>`, texts are all distinct. The same
arguments always give byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: A sentence ends at a Latin full stop, the Urdu/Arabic full stop (U+06D4), ! or ? followed by space.
_SENTENCE_END = re.compile(r"(?<=[.\u06d4!?؟])\s+")
#: Shorter lines are headings ("الشراكة الاستراتيجية الشاملة"), not sentences.
MIN_WORDS = 5


def seed_sentences(seeds: Path = ROOT / "seeds") -> list[str]:
    """Sentences of the seed articles, in file order; each line of a seed is a paragraph."""
    out: list[str] = []
    for path in sorted(seeds.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(s for s in (x.strip() for x in _SENTENCE_END.split(line.strip()))
                       if len(s.split()) >= MIN_WORDS)
    return out


def articles(n: int, *, sentences: tuple[int, int] = (3, 4), seed: int = 6, prefix: str = "syn",
             start: int = 0) -> Iterator[dict[str, str]]:
    """`n` distinct articles as JSONL records; `start` offsets the ids (and the random stream)."""
    pool = seed_sentences()
    rng = random.Random(f"{seed}:{start}")  # a string seed hashes the same in every process
    seen: set[str] = set()
    day0 = date(2024, 1, 1)
    i = 0
    while i < n:
        k = rng.randint(*sentences)
        text = " ".join(rng.sample(pool, k))
        if text in seen:  # with ~160 sentences a repeat is rare; skip it to keep texts distinct
            continue
        seen.add(text)
        num = start + i
        yield {"id": f"{prefix}-{num:06d}", "text": text,
               "published": (day0 + timedelta(days=num % 730)).isoformat(), "source": "synthetic"}
        i += 1


def write(path: Path, records: Iterator[dict[str, str]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count


def _range(text: str) -> tuple[int, int]:
    lo, _, hi = text.partition("-")
    a, b = int(lo), int(hi or lo)
    if not 1 <= a <= b:
        raise argparse.ArgumentTypeError(f"expected K or K-M with 1 <= K <= M, got {text!r}")
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output .jsonl file")
    parser.add_argument("--sentences", type=_range, default=(3, 4), help="sentences per article, K or K-M")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--prefix", default="syn", help="id prefix")
    parser.add_argument("--start", type=int, default=0, help="first article number (ids and stream)")
    args = parser.parse_args()
    count = write(args.out, articles(args.n, sentences=args.sentences, seed=args.seed, prefix=args.prefix,
                                     start=args.start))
    print(f"{args.out}: {count} articles from {len(seed_sentences())} seed sentences")


if __name__ == "__main__":
    main()
