"""Store size on disk against a fresh `oxigraph load` of the same quads (issue 16, item 6).

    PYTHONPATH=. python benchmarks/store_size.py --dump ALL.nq --work DIR [--store BUILT] [--adds 1000]

`--dump` is a `kg dump --no-description -o ALL.nq` of a real build. Measured, each against the
same reference (`oxigraph load --location REF --file ALL.nq`, or pyoxigraph's bulk loader
where the CLI is missing):

* `--store BUILT` (a store `kg build` made; copied first): as it is, after the next writer's
  open and close, and after `kg compact`;
* a replay of the dump's articles through one long-lived writer (one transaction per
  article: its graph plus its share of the shared graphs, as `kg build` writes them, NLP
  left out), closed as before this branch (write-ahead log left) and as now;
* `--adds N` single-article adds: a store made of the first articles by one writer and
  compacted (what `kg build` does with a store it creates), then N articles added one per
  writer (open, write, publish, close: a one-article `kg build` or `kg watch` without the
  NLP), then `kg compact`; once more with `kg build`'s policy (`kg.ops.compact`: compact a
  store a build created, and any store grown 1.6x since its last compaction).

Sizes: `db` = RocksDB's files in the store folder, `log` = its write-ahead log among them,
`total` = the whole folder with hard links counted once (search index and snapshots
included), as `du` counts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from kg.ops.compact import GROWTH, compact_after_build  # noqa: E402
from kg.store import oxigraph_handles  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402

MB = 1e6


def sizes(folder: Path) -> dict[str, float]:
    db = log = 0
    with os.scandir(folder) as entries:
        for e in entries:
            try:
                size = e.stat(follow_symlinks=False).st_size if e.is_file(follow_symlinks=False) else 0
            except FileNotFoundError:  # deleted by a compaction meanwhile
                continue
            db += size
            log += size if e.name.endswith(".log") else 0
    seen, total = set(), 0
    for dirpath, _, files in os.walk(folder):
        for name in files:
            try:
                st = os.lstat(os.path.join(dirpath, name))
            except FileNotFoundError:
                continue
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_blocks * 512
    return {"db": db / MB, "log": log / MB, "total": total / MB}


def report(label: str, folder: Path, ref: float) -> None:
    s = sizes(folder)
    print(f"{label:<52} db {s['db']:7.1f} MB (log {s['log']:5.1f})  total {s['total']:7.1f} MB  "
          f"db/ref {s['db'] / ref:4.2f}x  total/ref {s['total'] / ref:4.2f}x", flush=True)


def reference(dump: Path, target: Path) -> float:
    shutil.rmtree(target, ignore_errors=True)
    cli = Path(sys.executable).with_name("oxigraph")
    if cli.exists():
        subprocess.run([str(cli), "load", "--location", str(target), "--file", str(dump)], check=True,
                       capture_output=True)
    else:
        db = ox.Store(str(target))
        db.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        db.flush()
        del db
    return sizes(target)["total"]


def articles(dump: Path) -> list[list[ox.Quad]]:
    """The dump's quads as per-article transactions: each article graph with its share of the shared graphs."""
    per_graph: dict[str, list[ox.Quad]] = defaultdict(list)
    shared: list[ox.Quad] = []
    for quad in ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS):
        g = quad.graph_name
        if isinstance(g, ox.NamedNode) and "/graph/article/" in g.value:
            per_graph[g.value].append(quad)
        else:
            shared.append(quad)
    batches = [per_graph[g] for g in sorted(per_graph)]
    for i, quad in enumerate(shared):
        batches[i % len(batches)].append(quad)
    return batches


def write(store: OxigraphStore, batch: list[ox.Quad]) -> None:
    store.oxigraph.extend(batch)  # one transaction, as `write_article`'s one Update request
    store._wrote()  # publishes a snapshot every `publish_interval`, as in a build


def compact_cli(folder: Path) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "compact", "--store", str(folder)], check=True, cwd=ROOT,
                   capture_output=True)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dump", type=Path, required=True, help="kg dump --no-description -o ALL.nq of a build")
    ap.add_argument("--work", type=Path, required=True, help="a folder for the copies (deleted first)")
    ap.add_argument("--store", type=Path, help="the store the dump came from, as kg build left it")
    ap.add_argument("--adds", type=int, default=100, help="single-article adds (at most the dump's articles)")
    ap.add_argument("--growth", type=float, default=GROWTH, help="the auto-compaction policy's growth factor")
    ap.add_argument("--only-auto", action="store_true", help="only the single adds with auto-compaction")
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    ref = reference(args.dump, args.work / "reference")
    print(f"{'fresh oxigraph load (reference)':<52} total {ref:7.1f} MB", flush=True)

    if args.store and not args.only_auto:
        copy = args.work / "built"
        subprocess.run(["cp", "-a", str(args.store), str(copy)], check=True)
        report("kg build, as left", copy, ref)
        OxigraphStore(copy).close()
        report("kg build, after a writer's open and close", copy, ref)
        seconds = compact_cli(copy)
        report(f"kg build, after kg compact ({seconds:.1f} s)", copy, ref)

    batches = articles(args.dump)
    n = min(args.adds, len(batches))
    if args.only_auto:
        single_adds(args.work / "adds-auto", batches, n, ref, auto=True, growth=args.growth)
        return
    for label, limit in (("as before (log left)", 1 << 62), ("as now", oxigraph_handles.CLOSE_LOG_LIMIT)):
        folder = args.work / "long"
        shutil.rmtree(folder, ignore_errors=True)
        oxigraph_handles.CLOSE_LOG_LIMIT = limit
        t = time.perf_counter()
        store = OxigraphStore(folder)
        for batch in batches:
            write(store, batch)
        store.close()
        report(f"{len(batches)} articles, one writer, closed {label} ({time.perf_counter() - t:.0f} s)", folder, ref)

    for auto in (False, True):
        single_adds(args.work / ("adds-auto" if auto else "adds"), batches, n, ref, auto=auto, growth=args.growth)


def single_adds(folder: Path, batches: list[list[ox.Quad]], n: int, ref: float, *, auto: bool,
                growth: float = GROWTH) -> None:
    """The first articles by one writer, then `n` one per writer; `auto`: with `kg build`'s compaction policy."""
    shutil.rmtree(folder, ignore_errors=True)
    store = OxigraphStore(folder)
    for batch in batches[: len(batches) - n]:
        write(store, batch)
    if auto:
        compact_after_build(store, created=True, added=len(batches) - n)
    elif n < len(batches):
        store.compact()
    store.close()
    t = time.perf_counter()
    compactions, spent = 0, 0.0
    for batch in batches[len(batches) - n:]:
        store = OxigraphStore(folder)
        write(store, batch)
        if auto and (done := compact_after_build(store, created=False, added=1, growth=growth)) is not None:
            compactions, spent = compactions + 1, spent + done.seconds
        store.close()
    how = f"auto at {growth}x: {compactions} compactions, {spent:.0f} s" if auto else "compacted once"
    report(f"{len(batches) - n} by one writer ({how}), then {n} single adds ({time.perf_counter() - t:.0f} s)",
           folder, ref)
    seconds = compact_cli(folder)
    report(f"  then kg compact ({seconds:.1f} s)", folder, ref)

if __name__ == "__main__":
    main()
