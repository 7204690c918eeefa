"""One-article `kg build` runs on a store with a compaction pending, by kg checkout (issue 16, item 6).

    python benchmarks/compaction_debt.py --store FRESH --inputs DIR --kg-roots OLD,NEW --trials 2 --runs 3

A store just made by `kg load` (the bulk loader puts everything in RocksDB's bottom level) or
left by a long build has compactions to do: the first small files a write flushes must be
merged into the large files below. Each trial copies `--store` afresh for each kg checkout
and runs `--runs` one-article builds in a row into the copy, recording wall time, CPU time of
the process (`os.wait4`) and the CPU of RocksDB's background threads
(`benchmarks/thread_cpu_run.py`; `rocksdb:low` compacts, `rocksdb:high` flushes).
The copies need the store's size again on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True, help="a store with compactions pending (e.g. just loaded)")
    ap.add_argument("--inputs", type=Path, required=True, help="folder of one-article .txt files")
    ap.add_argument("--kg-roots", required=True, help="kg checkouts to compare, comma-separated")
    ap.add_argument("--trials", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3, help="builds in a row into each fresh copy")
    ap.add_argument("--skip", type=int, default=0, help="articles of --inputs used up by earlier runs")
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    roots = [Path(r).resolve() for r in args.kg_roots.split(",")]
    articles = sorted(args.inputs.glob("*.txt"), key=lambda p: (len(p.name), p.name))[args.skip:]
    work = Path(os.environ.get("TMPDIR", "/tmp")) / f"kg-compaction-debt-{os.getpid()}"
    work.mkdir()
    k = 0
    try:
        for t in range(args.trials):
            for root in roots if t % 2 == 0 else roots[::-1]:
                copy = args.store.parent / f".{args.store.name}-copy-{os.getpid()}"
                shutil.rmtree(copy, ignore_errors=True)
                subprocess.run(["cp", "-a", str(args.store), str(copy)], check=True)
                subprocess.run(["sync"], check=False)  # the copy's pages written back before timing
                try:
                    for r in range(args.runs):
                        article = work / f"debt-{t}-{r}-{time.time_ns()}.txt"  # a new article id each run
                        shutil.copy(articles[k % len(articles)], article)
                        k += 1
                        threads = work / "threads.json"
                        cmd = [args.python, str(ROOT / "benchmarks" / "thread_cpu_run.py"), str(threads),
                               "build", str(article), "--store", str(copy), "-q"]
                        start = time.perf_counter()
                        proc = subprocess.Popen(cmd, cwd=root, stdout=subprocess.DEVNULL)
                        _, status, usage = os.wait4(proc.pid, 0)
                        proc.returncode = os.waitstatus_to_exitcode(status)
                        wall = time.perf_counter() - start
                        if proc.returncode:
                            sys.exit(f"build into {copy} with {root} failed with status {proc.returncode}")
                        by_thread = json.loads(threads.read_text(encoding="utf-8"))
                        print(f"trial {t} {root.name} run {r}: wall {wall:.2f} s, "
                              f"cpu {usage.ru_utime + usage.ru_stime:.3f} s, "
                              f"rocksdb:low {by_thread.get('rocksdb:low', 0.0):.2f} s, "
                              f"rocksdb:high {by_thread.get('rocksdb:high', 0.0):.2f} s", flush=True)
                finally:
                    shutil.rmtree(copy, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
