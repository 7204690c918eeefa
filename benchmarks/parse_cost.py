"""What the POS tagger and dependency parser add to kg's NLP stage, per article.

    PYTHONPATH=. python benchmarks/parse_cost.py [--paragraphs 30] [--repeat 3] [--threads 1] [--build]

Takes `--paragraphs` raw news paragraphs (every 211th line of antcorpus with at least 200
characters: deterministic, spread over the file), and annotates each as one article with
`ArabicPipeline` three times per round: parser off (`kg build --parse off`), on the sentences
with an event trigger only (`--parse events`, `kg.extract.arguments.event_sentences`) and on
every sentence (`--parse all`), rounds interleaved so a busy spell of the shared machine hits
all. Reports the CPU time of this process (all its threads; wall time is reported too but moves
with the other jobs on the machine), the fastest round of each, the share of sentences and
words the selective mode parses, and the ratios to off. The NLP stage is most of a build's
time per article, so these ratios are upper bounds for the ratios of whole builds. Budget
(issue 13): at most 1.5x.

With `--build`, whole `kg build --parse MODE` runs instead (each paragraph a .txt article, a
fresh store each run): the CPU time of the build process, minus that of a build of one article
(interpreter start, imports, model load), divided by the other articles.
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


MODES = ("off", "events", "all")


def _build_cpu(folder: Path, store: Path, parse: str, threads: int) -> float:
    """CPU seconds (user + system) of one `kg build` subprocess."""
    import resource
    import shutil
    import subprocess
    import sys

    shutil.rmtree(store, ignore_errors=True)
    env = dict(os.environ, KG_THREADS=str(threads))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(store), "-q",
                    "--parse", parse],
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
        cpu: dict[tuple[str, str], list[float]] = {}
        for _ in range(repeat):
            for mode in MODES:
                for name, folder in (("many", many), ("one", one)):
                    cpu.setdefault((mode, name), []).append(
                        _build_cpu(folder, Path(tmp) / "store", mode, threads))
    per = {}
    for mode in MODES:
        fixed, total = min(cpu[(mode, "one")]), min(cpu[(mode, "many")])
        per[mode] = (total - fixed) / (len(texts) - 1)
        print(f"kg build --parse {mode:>6}: {total:.1f} s CPU for {len(texts)} articles, "
              f"{fixed:.1f} s for one; {1000 * per[mode]:.1f} ms CPU per further article")
    for mode in MODES[1:]:
        print(f"ratio {mode}/off per article: {per[mode] / per['off']:.2f}x")


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

    from kg.extract.arguments import event_sentences
    from kg.nlp.models import from_environment
    from kg.nlp.pipeline import ArabicPipeline
    from kg.types import Document

    docs = [Document(f"p{i}", text, "antcorpus") for i, text in enumerate(paragraphs(args.paragraphs))]
    pipes = {"off": ArabicPipeline(from_environment(syntax=False), threads=args.threads),
             "events": ArabicPipeline(from_environment(syntax=True, parse_sentences=event_sentences),
                                      threads=args.threads),
             "all": ArabicPipeline(from_environment(syntax=True), threads=args.threads)}
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
    annotated = [pipes["off"].annotate(d) for d in docs]
    words = sum(len(t.words) for a in annotated for t in a.tokens)
    chosen = [set(event_sentences(a)) for a in annotated]
    n_sent = sum(len(a.sentences) for a in annotated)
    n_chosen = sum(len(c) for c in chosen)
    w_chosen = sum(len(t.words) for a, c in zip(annotated, chosen, strict=True) for t in a.tokens if t.sentence in c)
    print(f"{len(docs)} paragraphs, {n_sent} sentences, {words} words, {args.threads} thread(s), {args.repeat} rounds")
    print(f"--parse events parses {n_chosen} sentences ({n_chosen / n_sent:.0%}), "
          f"{w_chosen} words ({w_chosen / words:.0%})")
    for name in pipes:
        print(f"parse {name:>6}: CPU {1000 * min(cpu[name]) / len(docs):7.1f} ms/article (fastest round), "
              f"wall {1000 * min(wall[name]) / len(docs):7.1f} ms/article")
    for name in ("events", "all"):
        print(f"ratio {name}/off: CPU {min(cpu[name]) / min(cpu['off']):.2f}x, "
              f"wall {min(wall[name]) / min(wall['off']):.2f}x")


if __name__ == "__main__":
    main()
