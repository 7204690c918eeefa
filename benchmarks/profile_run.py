"""Run `kg` (`python -m kg.cli ARGS`) under cProfile, every Python thread, in thread CPU time.

    python benchmarks/profile_run.py OUT.prof build ARTICLE.txt --store S

`python -m cProfile` sees only the main thread, and `kg build` writes the store from its
writer thread; here each thread started by `threading` gets its own profiler (timed with
`time.thread_time`, so waiting costs nothing), merged into `OUT.prof` at exit. Read with
`pstats.Stats(OUT.prof).sort_stats("cumulative")`. Work in threads that Python did not start
(RocksDB's background flushes and compactions, torch's pool) is not in it.
"""

from __future__ import annotations

import cProfile
import pstats
import runpy
import sys
import threading
import time
from pathlib import Path

# this checkout's kg, not the installed one (a script's sys.path starts with its own folder)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    out, args = sys.argv[1], sys.argv[2:]
    profiles: list[cProfile.Profile] = []
    thread_run = threading.Thread.run

    def profiled_run(self: threading.Thread) -> None:
        prof = cProfile.Profile(time.thread_time)
        profiles.append(prof)
        prof.enable()
        try:
            thread_run(self)
        finally:
            prof.disable()

    threading.Thread.run = profiled_run  # type: ignore[method-assign]
    main_prof = cProfile.Profile(time.thread_time)
    sys.argv = ["kg", *args]
    code = 0
    main_prof.enable()
    try:
        runpy.run_module("kg.cli", run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    finally:
        main_prof.disable()
        stats = pstats.Stats(main_prof)
        for prof in profiles:
            try:
                stats.add(prof)
            except TypeError:  # a thread that never ran a profiled call
                pass
        stats.dump_stats(out)
    sys.exit(code)


if __name__ == "__main__":
    main()
