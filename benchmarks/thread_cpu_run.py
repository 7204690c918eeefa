"""Run `kg` (`python -m kg.cli ARGS`) and write the CPU seconds of its threads, by thread name, at exit.

    python benchmarks/thread_cpu_run.py OUT.json build ARTICLE.txt --store S

Linux only (`/proc/self/task`). RocksDB names its background threads (`rocksdb:low` compacts,
`rocksdb:high` flushes), so this tells the store's background work from the NLP and from
Python. Threads that ended before the exit are not listed (their CPU is in the process's
total, `os.wait4` in `build_fixed_cost.py`); RocksDB's and torch's pools live to the end.
Run it from a checkout: the current folder's `kg` is imported.
"""

from __future__ import annotations

import atexit
import json
import os
import runpy
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the kg of the current folder, as `python -m kg.cli` would


def thread_cpu() -> dict[str, float]:
    """CPU seconds (user + system) of this process's live threads, summed by thread name."""
    tick = os.sysconf("SC_CLK_TCK")
    by_name: dict[str, float] = defaultdict(float)
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        by_name[name] += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return dict(by_name)


def main() -> None:
    out, args = Path(sys.argv[1]), sys.argv[2:]
    atexit.register(lambda: out.write_text(json.dumps(thread_cpu(), sort_keys=True), encoding="utf-8"))
    sys.argv = ["kg", *args]
    runpy.run_module("kg.cli", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
