"""What the POS tagger and dependency parser add to kg's NLP stage, per article.

    PYTHONPATH=. python benchmarks/parse_cost.py [--paragraphs 30] [--repeat 3] [--threads 1] [--build]

Takes `--paragraphs` raw news paragraphs (every 211th line of antcorpus with at least 200
characters: deterministic, spread over the file), and annotates each as one article with
`ArabicPipeline` twice per round, parser off (today's build) and on (`KG_SYNTAX=1`), rounds
interleaved so a busy spell of the shared machine hits both. Reports the CPU time of this
process (all its threads; wall time is reported too but moves with the other jobs on the
machine), the fastest round of each, and the ratio on/off. The NLP stage is most of a build's
time per article, so this ratio is an upper bound for the ratio of whole builds. Budget
(issue 13): at most 1.5x.

With `--build`, whole `kg build` runs instead (each paragraph a .txt article, a fresh store
each run, KG_SYNTAX=0 then 1): the CPU time of the build process, minus that of a build of
one article (interpreter start, imports, model load), divided by the other articles.
"""

from __future__ import annotations

import argparse
import gzip
import os
import time
from pathlib import Path

RAW = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "arabic-news-raw" / "antcorpus.txt.gz"


def paragraphs(n: int, every: int = 211, min_chars: int = 200) -> list[str]:
    out = []
    with gzip.open(RAW, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every == 0 and len(line.strip()) >= min_chars:
                out.append(line.strip())
                if len(out) == n:
                    break
    return out


def _build_cpu(folder: Path, store: Path, syntax: bool, threads: int) -> float:
    """CPU seconds (user + system) of one `kg build` subprocess."""
    import resource
    import shutil
    import subprocess
    import sys

    shutil.rmtree(store, ignore_errors=True)
    env = dict(os.environ, KG_SYNTAX="1" if syntax else "0", KG_THREADS=str(threads))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(store), "-q"],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def build_ratio(texts: list[str], repeat: int, threads: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        many, one = Path(tmp) / "many", Path(tmp) / "one"
        many.mkdir()
        one.mkdir()
        for i, text in enumerate(texts):
            (many / f"p{i:03d}.txt").write_text(text + "\n", encoding="utf-8")
        (one / "p000.txt").write_text(texts[0] + "\n", encoding="utf-8")
        cpu: dict[tuple[bool, str], list[float]] = {}
        for _ in range(repeat):
            for syntax in (False, True):
                for name, folder in (("many", many), ("one", one)):
                    cpu.setdefault((syntax, name), []).append(
                        _build_cpu(folder, Path(tmp) / "store", syntax, threads))
    per = {}
    for syntax in (False, True):
        fixed, total = min(cpu[(syntax, "one")]), min(cpu[(syntax, "many")])
        per[syntax] = (total - fixed) / (len(texts) - 1)
        print(f"kg build, parser {'on' if syntax else 'off':>3}: {total:.1f} s CPU for {len(texts)} articles, "
              f"{fixed:.1f} s for one; {1000 * per[syntax]:.1f} ms CPU per further article")
    print(f"ratio on/off per article: {per[True] / per[False]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--build", action="store_true", help="time whole `kg build` runs instead")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    if args.build:
        build_ratio(paragraphs(args.paragraphs), args.repeat, args.threads)
        return

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
