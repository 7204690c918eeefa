"""What the POS tagger and dependency parser add to kg's NLP stage, per article.

    python benchmarks/parse_cost.py [--paragraphs 30] [--repeat 3] [--threads 1]

Takes `--paragraphs` raw news paragraphs (every 997th line of antcorpus with at least 200
characters: deterministic, spread over the file), and annotates each as one article with
`ArabicPipeline` twice per round, parser off (today's build) and on (`KG_SYNTAX=1`), rounds
interleaved so a busy spell of the shared machine hits both. Reports the CPU time of this
process (all its threads; wall time is reported too but moves with the other jobs on the
machine), the fastest round of each, and the ratio on/off. The NLP stage is most of a build's
time per article, so this ratio is an upper bound for the ratio of whole builds. Budget
(issue 13): at most 1.5x.
"""

from __future__ import annotations

import argparse
import gzip
import os
import time
from pathlib import Path

RAW = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "arabic-news-raw" / "antcorpus.txt.gz"


def paragraphs(n: int, every: int = 997, min_chars: int = 200) -> list[str]:
    out = []
    with gzip.open(RAW, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every == 0 and len(line.strip()) >= min_chars:
                out.append(line.strip())
                if len(out) == n:
                    break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))

    from kg.nlp.models import from_environment
    from kg.nlp.pipeline import ArabicPipeline
    from kg.types import Document

    docs = [Document(f"p{i}", text, "antcorpus") for i, text in enumerate(paragraphs(args.paragraphs))]
    pipes = {"off": ArabicPipeline(from_environment(syntax=False), threads=args.threads),
             "on": ArabicPipeline(from_environment(syntax=True), threads=args.threads)}
    for pipe in pipes.values():  # warm-up
        pipe.annotate(docs[0])
    cpu: dict[str, list[float]] = {k: [] for k in pipes}
    wall: dict[str, list[float]] = {k: [] for k in pipes}
    for _ in range(args.repeat):
        for name, pipe in pipes.items():
            c0, w0 = time.process_time(), time.perf_counter()
            for doc in docs:  # one article at a time, as `kg build` sees a corpus of single articles
                pipe.annotate(doc)
            cpu[name].append(time.process_time() - c0)
            wall[name].append(time.perf_counter() - w0)
    words = sum(len(t.words) for d in docs for t in pipes["off"].annotate(d).tokens)
    print(f"{len(docs)} paragraphs, {words} words, {args.threads} thread(s), {args.repeat} rounds")
    for name in pipes:
        print(f"parser {name:>3}: CPU {1000 * min(cpu[name]) / len(docs):7.1f} ms/article (fastest round), "
              f"wall {1000 * min(wall[name]) / len(docs):7.1f} ms/article")
    print(f"ratio on/off: CPU {min(cpu['on']) / min(cpu['off']):.2f}x, wall {min(wall['on']) / min(wall['off']):.2f}x")


if __name__ == "__main__":
    main()
