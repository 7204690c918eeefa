"""How the gazetteer's matching time grows with the length of the text.

    PYTHONPATH=. python benchmarks/gazetteer_scaling.py [--copies 1,5,20] [--repeat 5]

The gazetteer scans every article for every name in the knowledge base, so a scan that grew
faster than the text (a quadratic step on long articles) would show first on long feeds and
dumps. This joins the seed articles and repeats them `--copies` times, times `Gazetteer.find`
on each text (process CPU time, best of `--repeat`, so the other jobs of a shared machine
count less), and reports the time per 100 KB and its ratio to the smallest text's. A scan
linear in the text keeps the ratio near 1. It was a timed unit test (200 KB under 3 s) until
it failed on a loaded machine: speed is measured here, as a ratio within one run.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.link.gazetteer import default_gazetteer

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", default="1,5,20", help="comma-separated repeat counts of the joined seeds")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per text; the fastest counts")
    args = ap.parse_args()
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    gaz = default_gazetteer()
    gaz.find(base)  # warm: the automaton and caches are built on first use
    rows = []
    for copies in (int(c) for c in args.copies.split(",")):
        text = base * copies
        best = float("inf")
        for _ in range(args.repeat):
            start = time.process_time()
            found = gaz.find(text)
            best = min(best, time.process_time() - start)
        kb = len(text.encode("utf-8")) / 1000
        rows.append((copies, kb, len(found), best, best / kb * 100))
    first = rows[0][4]
    print(f"{'copies':>6} {'KB':>8} {'matches':>8} {'CPU s':>8} {'s/100KB':>8} {'ratio':>6}")
    for copies, kb, n, secs, per in rows:
        print(f"{copies:>6} {kb:>8.0f} {n:>8} {secs:>8.3f} {per:>8.3f} {per / first:>6.2f}")


if __name__ == "__main__":
    main()
