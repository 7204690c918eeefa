"""What one `kg build` run costs the store, by phase, as the store grows (issue 16, item 6).

    python benchmarks/store_fixed_cost.py --source BUILT.nq --sizes 1000,10000 --repeat 5 --keep DIR

A one-article `kg build` pays, besides the model load, for opening the store (lock, markers,
maybe a snapshot), checking and writing the article, and closing it (publishing a snapshot,
marking it clean, trimming the write-ahead log). This measures those phases in-process, with
the NLP replaced by a stub (no mentions), so what is left is the store's work; the sizes are
interleaved in each round and medians reported, as wall time and as CPU time of all the
process's threads (steadier on a shared machine).

The stores are made without NLP: the article graphs of `--source` (a `kg dump` of a real
build, e.g. 30 raw paragraphs) are replicated under new article IRIs and ids until N articles,
and bulk-loaded (`kg load`'s path). Entities and facts are shared between replicas, as in a
news feed. `--keep DIR` keeps them for the next run.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build.runner import build  # noqa: E402
from kg.rdf.iris import Iris  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402
from kg.types import AnnotatedDocument, Document, Sentence  # noqa: E402

_ARTICLE_ID = re.compile(r'(<https://w3id.org/kg-ar/ontology#articleId> ")([^"]*)(")')


def replicate(source: Path, n_articles: int, out: Path) -> None:
    """`source`'s articles copied under fresh IRIs and ids until `n_articles` are written."""
    lines = source.read_text(encoding="utf-8").splitlines()
    per_copy = sum(1 for line in lines if "ontology#articleId>" in line)
    copies = -(-n_articles // per_copy)
    with out.open("w", encoding="utf-8") as f:
        for r in range(copies):
            for line in lines:
                line = line.replace("/article/", f"/article/r{r}x").replace("/activity/", f"/activity/r{r}x")
                f.write(_ARTICLE_ID.sub(lambda m, r=r: f"{m.group(1)}r{r}-{m.group(2)}{m.group(3)}", line) + "\n")


class StubPipeline:
    """Sentences only, no mentions: the article still gets its text, sentences and provenance."""

    name = "stub"

    def annotate(self, doc: Document) -> AnnotatedDocument:
        return AnnotatedDocument(doc, (Sentence(0, 0, len(doc.text)),), (), (), self.name)

    def annotate_many(self, docs: list[Document]) -> list[AnnotatedDocument]:
        return [self.annotate(d) for d in docs]


def stub_pipeline() -> StubPipeline:
    return StubPipeline()


def one_run(store_path: Path, article: Path, iris: Iris) -> dict[str, float]:
    """Time the phases of one one-article build into `store_path`: wall and CPU (all threads) seconds."""
    marks = [(time.perf_counter(), time.process_time())]

    def mark() -> None:
        marks.append((time.perf_counter(), time.process_time()))

    store = OxigraphStore(store_path)
    mark()
    report = build([article], store, iris=iris, pipeline_factory=stub_pipeline, progress=False)
    assert report.added == 1, report.summary()
    mark()
    store.close()
    mark()
    reader = OxigraphStore(store_path, read_only=True)
    reader.close()
    mark()
    out = {}
    for i, phase in enumerate(("open", "build", "close", "reader open")):
        out[f"{phase} wall"] = marks[i + 1][0] - marks[i][0]
        out[f"{phase} cpu"] = marks[i + 1][1] - marks[i][1]
    out["writer wall"] = marks[3][0] - marks[0][0]
    out["writer cpu"] = marks[3][1] - marks[0][1]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="N-Quads of a real build (kg dump -o X.nq)")
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path, required=True)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    args.keep.mkdir(parents=True, exist_ok=True)
    iris = Iris()
    for n in sizes:
        path = args.keep / f"store-{n}"
        if not path.exists():
            nq = args.keep / f"articles-{n}.nq"
            replicate(args.source, n, nq)
            t = time.perf_counter()
            with OxigraphStore(path) as store:
                store.load_files([nq])
            print(f"made {path}: {time.perf_counter() - t:.1f} s", flush=True)
            nq.unlink()
    inputs = args.keep / "inputs"
    shutil.rmtree(inputs, ignore_errors=True)
    inputs.mkdir()
    times: dict[int, dict[str, list[float]]] = {n: defaultdict(list) for n in sizes}
    for r in range(args.repeat):
        for n in sizes:
            article = inputs / f"bench-{n}-{r}-{time.time_ns()}.txt"
            article.write_text(f"نص تجريبي رقم {r} لمخزن من {n} مقالة، كتب في {time.time_ns()}.\n", encoding="utf-8")
            for phase, seconds in one_run(args.keep / f"store-{n}", article, iris).items():
                times[n][phase].append(seconds)
    phases = list(times[sizes[0]])
    print(f"median ms over {args.repeat} interleaved rounds (one-article build, NLP stubbed)")
    print("phase".ljust(18) + "".join(f"{n:>12,}" for n in sizes) + "   growth")
    for phase in phases:
        med = [statistics.median(times[n][phase]) * 1000 for n in sizes]
        print(phase.ljust(18) + "".join(f"{m:12.1f}" for m in med) + f"   {med[-1] - med[0]:+.1f}")


if __name__ == "__main__":
    main()
