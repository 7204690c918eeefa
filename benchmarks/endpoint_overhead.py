"""The endpoint's cost per request, side by side with `oxigraph serve-read-only` (issue 16, item 5).

    python benchmarks/endpoint_overhead.py --store DIR [--store DIR ...] [--baseline REV]
                                           [--requests 500] [--rounds 15] [--workers 2] [--skip NAME]

For each store, starts `kg serve` from this tree (and, with `--baseline`, from that git
revision, extracted with `git archive`, in its own process with the same options), and, when
the `oxigraph` CLI is on PATH, `oxigraph serve-read-only --union-default-graph` on the same
folder (kg's default graph is the union of the named graphs, so both answer the same bytes).
Then, over one keep-alive connection to each, interleaved request by request so that the load
of a shared machine falls on all alike: `ASK {}` `--requests` times (p50/p90 in ms: the fixed
cost of a request), and every `queries/*.rq` `--rounds` times (median ms per server, the ratio
of each kg to oxigraph per query, and the median ratio over the queries). The same is
reported from each server's fastest round: on a shared machine a round is often preempted
for whole scheduler ticks (4 ms), which a median of few rounds does not filter out.

Build the stores with `kg build seeds --store DIR` and, for 1,000 real news paragraphs,
`python benchmarks/news_sample.py NEWS && kg build NEWS --store DIR`.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Endpoint:
    def __init__(self, name: str, cmd: list[str], port: int, path: str, cwd: Path = ROOT,
                 env: dict[str, str] | None = None) -> None:
        self.name, self.port, self.path = name, port, path
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 120
        while True:
            try:
                self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
                self.ask("ASK {}")
                return
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError(f"{name} did not start: {' '.join(cmd)}") from None
                time.sleep(0.2)

    def ask(self, query: str) -> bytes:
        body = urllib.parse.urlencode({"query": query})
        self.conn.request("POST", self.path, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                    "Accept": ACCEPT})
        resp = self.conn.getresponse()
        data = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"{self.name}: HTTP {resp.status} for {query[:60]!r}: {data[:200]!r}")
        return data

    def timed(self, query: str) -> float:
        t = time.perf_counter()
        self.ask(query)
        return time.perf_counter() - t

    def close(self) -> None:
        self.conn.close()
        self.proc.terminate()
        self.proc.wait(timeout=30)


def extract(rev: str, into: Path) -> Path:
    """The `kg` package of git revision `rev`, unpacked under `into` (for PYTHONPATH)."""
    into.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "kg", "ontology"], check=True,
                             capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def start(store: Path, trees: dict[str, Path], workers: int) -> list[Endpoint]:
    endpoints = []
    for name, tree in trees.items():
        port = _free_port()
        env = dict(os.environ, PYTHONPATH=str(tree))  # `-m` also puts the cwd first: run in the tree
        cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port),
               "--workers", str(workers)]
        endpoints.append(Endpoint(name, cmd, port, "/sparql", tree, env))
    if shutil.which("oxigraph"):
        port = _free_port()
        endpoints.append(Endpoint("oxigraph", ["oxigraph", "serve-read-only", "--location", str(store),
                                               "--union-default-graph", "--timeout-s", "30",
                                               "--bind", f"127.0.0.1:{port}"],
                                  port, "/query"))
    else:
        print("no `oxigraph` CLI on PATH: kg's figures only")
    return endpoints


def measure(store: Path, endpoints: list[Endpoint], requests: int, rounds: int, skip: list[str]) -> None:
    print(f"== {store}")
    for ep in endpoints:
        for _ in range(50):  # warm up
            ep.ask("ASK {}")
    asks: dict[str, list[float]] = {ep.name: [] for ep in endpoints}
    for i in range(requests):
        for ep in endpoints[i % len(endpoints):] + endpoints[:i % len(endpoints)]:  # rotate who goes first
            asks[ep.name].append(ep.timed("ASK {}") * 1e3)
    for name, xs in asks.items():
        xs.sort()
        print(f"{name:12} ASK {{}} p10 {xs[int(len(xs) * 0.1)]:.2f} ms  p50 {statistics.median(xs):.2f} ms  "
              f"p90 {xs[int(len(xs) * 0.9)]:.2f} ms "
              f"({len(xs)} requests)")
    kgs = [ep.name for ep in endpoints if ep.name != "oxigraph"]
    ratios: dict[str, dict[str, list[float]]] = {"median": {n: [] for n in kgs}, "fastest": {n: [] for n in kgs}}
    for q in sorted((ROOT / "queries").glob("*.rq")):
        if q.stem in skip:
            print(f"{q.stem:20} skipped (--skip)")
            continue
        text = q.read_text(encoding="utf-8")
        try:
            bodies = {ep.name: ep.ask(text) for ep in endpoints}
        except RuntimeError as exc:  # e.g. over the servers' time limit on a big store
            print(f"{q.stem:20} skipped: {str(exc)[:120]}")
            continue
        times: dict[str, list[float]] = {ep.name: [] for ep in endpoints}
        for i in range(rounds):
            for ep in endpoints[i % len(endpoints):] + endpoints[:i % len(endpoints)]:
                times[ep.name].append(ep.timed(text) * 1e3)
        line = f"{q.stem:20}"
        for stat, pick in (("median", statistics.median), ("fastest", min)):
            value = {n: pick(t) for n, t in times.items()}
            line += f" {stat}: " + " ".join(f"{n} {m:.2f}" for n, m in value.items())
            if "oxigraph" in value:
                for name in kgs:
                    ratios[stat][name].append(value[name] / value["oxigraph"])
                line += " ratio " + " ".join(f"{ratios[stat][n][-1]:.2f}" for n in kgs)
        if "oxigraph" in bodies:
            differ = [n for n in kgs if bodies[n] != bodies["oxigraph"]]
            line += f"  ({len(bodies['oxigraph'])} B{', bytes differ: ' + ', '.join(differ) if differ else ''})"
        print(line, flush=True)
    for stat, by_name in ratios.items():
        for name, rs in by_name.items():
            if rs:
                print(f"median ratio {name} / oxigraph over {len(rs)} queries ({stat} of {rounds} rounds each): "
                      f"{statistics.median(rs):.2f} (queries within 1.15x: {sum(r <= 1.15 for r in rs)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, action="append", required=True, help="a store folder (repeatable)")
    ap.add_argument("--baseline", help="also serve the kg of this git revision, side by side")
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip", action="append", default=[], metavar="NAME",
                    help="leave out queries/NAME.rq (repeatable); a query any server refuses is left out too")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-endpoint-") as work:
        trees = {"kg": ROOT}
        if args.baseline:
            trees = {f"kg@{args.baseline}": extract(args.baseline, Path(work) / "baseline"), "kg": ROOT}
        for store in args.store:
            endpoints = start(store, trees, args.workers)
            try:
                measure(store, endpoints, args.requests, args.rounds, args.skip)
            finally:
                for ep in endpoints:
                    ep.close()


if __name__ == "__main__":
    main()
