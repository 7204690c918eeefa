"""The fixed cost of a whole one-article `kg build` process as the store grows (issue 16, item 6).

    python benchmarks/build_fixed_cost.py --stores S1,S2,S3 --inputs DIR --repeat 5 [--profile OUT]

Each round takes the next article of `--inputs` (one `.txt` per article, the same article for
every store in a round, so each store gets the same work) and, for each store in an order
that rotates between rounds, runs

* `add`: `python -m kg.cli build ARTICLE --store S -q`, a real process that loads the models,
  annotates the article and writes it;
* `unchanged`: the same command again: the article is stored, so no model loads, and what is
  left is process start, imports, the resources, opening the store and its search index, the
  is-it-stored check and closing.

It records the wall time and the CPU time (user + system of the process and all its threads,
from `os.wait4`), which on a shared machine is the steadier figure, and prints medians. Stores
grow by one article a round, which is nothing beside their size.

`--profile OUT` runs every process under `benchmarks/profile_run.py` instead: a cProfile of
every Python thread in thread CPU time, saved as `OUT/<mode>-<store name>-<round>.prof`
(compare with `pstats`); the profiler's own overhead inflates the figures. `--thread-cpu OUT`
runs them under `benchmarks/thread_cpu_run.py`: each process's CPU by thread name, as JSON
(RocksDB's background threads apart from Python's and torch's).

Stores for it: `benchmarks/store_fixed_cost.py`'s `replicate` of a real build's dump, loaded
with `kg load` (which also makes the search index).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + sys, all threads) and exit status of `cmd`."""
    t = time.perf_counter()
    pid = os.spawnv(os.P_NOWAIT, cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stores", required=True, help="store folders, comma-separated")
    ap.add_argument("--inputs", type=Path, required=True, help="folder of one-article .txt files")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--skip", type=int, default=0, help="articles of --inputs used up by earlier runs")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--profile", type=Path, default=None, help="folder for cProfile output")
    ap.add_argument("--thread-cpu", type=Path, default=None,
                    help="folder for each process's CPU by thread name (benchmarks/thread_cpu_run.py)")
    ap.add_argument("--modes", default="add,unchanged")
    ap.add_argument("--kg-roots", default=str(ROOT),
                    help="checkouts of kg to compare (e.g. a `git archive` of the commit before a change), "
                         "comma-separated; each round runs every one on every store")
    args = ap.parse_args()
    stores = [Path(s) for s in args.stores.split(",")]
    modes = args.modes.split(",")
    articles = sorted(args.inputs.glob("*.txt"), key=lambda p: (len(p.name), p.name))[args.skip:]
    if len(articles) < args.repeat:
        sys.exit(f"{args.inputs}: {len(articles)} articles for {args.repeat} rounds")
    work = Path(os.environ.get("TMPDIR", "/tmp")) / f"kg-fixed-cost-{os.getpid()}"
    work.mkdir()
    for folder in (args.profile, args.thread_cpu):
        if folder:
            folder.mkdir(parents=True, exist_ok=True)
    roots = [Path(r).resolve() for r in args.kg_roots.split(",")]
    columns = [(root, store) for store in stores for root in roots]
    names = {c: c[1].name if len(roots) == 1 else f"{c[1].name}@{c[0].name}" for c in columns}
    times: dict[tuple[str, str, str], list[float]] = {}
    try:
        for r in range(args.repeat):
            order = columns[r % len(columns):] + columns[:r % len(columns)]
            for root, store in order:
                os.chdir(root)  # `python -m kg.cli` imports the kg of the current folder
                # its own file name: a new article id (the id, not the text, names the article's graph)
                article = work / f"{store.name}-{r}-{time.time_ns()}.txt"  # (per kg root too)
                shutil.copy(articles[r], article)
                for mode in modes:
                    head = [args.python, "-m", "kg.cli"]
                    if args.profile:
                        out = args.profile / f"{mode}-{names[(root, store)]}-{r}.prof"
                        head = [args.python, str(root / "benchmarks" / "profile_run.py"), str(out)]
                    elif args.thread_cpu:
                        out = args.thread_cpu / f"{mode}-{names[(root, store)]}-{r}.json"
                        head = [args.python, str(ROOT / "benchmarks" / "thread_cpu_run.py"), str(out)]
                    wall, cpu, rc = run([*head, "build", str(article), "--store", str(store), "-q"])
                    if rc != 0:
                        sys.exit(f"{mode} into {store} failed with status {rc}")
                    name = names[(root, store)]
                    times.setdefault((mode, "wall", name), []).append(wall)
                    times.setdefault((mode, "cpu", name), []).append(cpu)
                    print(f"round {r} {name} {mode}: wall {wall:.3f} s, cpu {cpu:.3f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nmedian s over {args.repeat} interleaved rounds (whole `kg build` process, one article)")
    for root in roots:
        shown = [names[(root, s)] for s in stores]
        print("figure".ljust(16) + "".join(f"{n:>24}" for n in shown) + "   last-first")
        for mode in modes:
            for kind in ("cpu", "wall"):
                med = [statistics.median(times[(mode, kind, n)]) for n in shown]
                print(f"{mode} {kind}".ljust(16) + "".join(f"{m:24.3f}" for m in med) + f"   {med[-1] - med[0]:+.3f}")


if __name__ == "__main__":
    main()
