"""The endpoint's cost per request, side by side with `oxigraph serve-read-only` (issue 16, item 5).

    python benchmarks/endpoint_overhead.py --store DIR [--requests 500] [--rounds 15] [--workers 2]

Starts `kg serve` on the store (and, when the `oxigraph` CLI is on PATH, `oxigraph
serve-read-only --location` on the same folder), then over one keep-alive connection each:
`ASK {}` `--requests` times (p50/p90 in ms: the fixed cost of a request), and every
`queries/*.rq` `--rounds` times (median ms, and the ratio kg / oxigraph per query and overall).
Both answer the same bytes for the same Accept header; nothing else runs meanwhile.
"""

from __future__ import annotations

import argparse
import http.client
import shutil
import socket
import statistics
import subprocess
import sys
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
    def __init__(self, name: str, cmd: list[str], port: int, path: str) -> None:
        self.name, self.port, self.path = name, port, path
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    port = _free_port()
    endpoints = [Endpoint("kg", [sys.executable, "-m", "kg.cli", "serve", "--store", str(args.store), "--port",
                                 str(port), "--workers", str(args.workers)], port, "/sparql")]
    if shutil.which("oxigraph"):
        port = _free_port()
        endpoints.append(Endpoint("oxigraph", ["oxigraph", "serve-read-only", "--location", str(args.store),
                                               "--bind", f"127.0.0.1:{port}"], port, "/query"))
    else:
        print("no `oxigraph` CLI on PATH: kg's figures only")
    try:
        for ep in endpoints:
            for _ in range(50):  # warm up
                ep.ask("ASK {}")
        asks = {ep.name: [] for ep in endpoints}
        for _ in range(args.requests):
            for ep in endpoints:
                asks[ep.name].append(ep.timed("ASK {}") * 1e3)
        for name, xs in asks.items():
            xs.sort()
            print(f"{name:9} ASK {{}} p50 {statistics.median(xs):.2f} ms  p90 {xs[int(len(xs) * 0.9)]:.2f} ms "
                  f"({len(xs)} requests)")
        queries = sorted((ROOT / "queries").glob("*.rq"))
        ratios = []
        for q in queries:
            text = q.read_text(encoding="utf-8")
            bodies = {ep.name: ep.ask(text) for ep in endpoints}
            times = {ep.name: [] for ep in endpoints}
            for _ in range(args.rounds):
                for ep in endpoints:
                    times[ep.name].append(ep.timed(text) * 1e3)
            med = {n: statistics.median(t) for n, t in times.items()}
            line = f"{q.stem:32} " + "  ".join(f"{n} {m:8.2f} ms" for n, m in med.items())
            if "oxigraph" in med:
                ratios.append(med["kg"] / med["oxigraph"])
                same = "same bytes" if bodies["kg"] == bodies["oxigraph"] else "bytes differ"
                line += f"  ratio {ratios[-1]:.2f} ({same})"
            print(line)
        if ratios:
            print(f"median ratio kg / oxigraph over {len(ratios)} queries: {statistics.median(ratios):.2f}")
    finally:
        for ep in endpoints:
            ep.close()


if __name__ == "__main__":
    main()
