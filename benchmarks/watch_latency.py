"""`kg watch` beside `kg serve`: latency from a file's arrival to its visibility in queries, and throughput.

    python benchmarks/watch_latency.py [--single 5] [--burst 40] [--work DIR] [--threads 2]

Articles are paragraphs of the raw corpus (`../shared/data/arabic-news-raw/saudinewsnet.txt.gz`,
300–1,500 characters, in file order), never the development set. Three phases, whole processes:

* baseline: `kg build` of the burst's articles into a fresh store (model load included, and
  reported apart from the build's own time), the throughput a plain batch build reaches;
* latency: `kg watch DIR --store S` and `kg serve --store S` run; `--single` files are dropped
  one at a time, each written whole under a hidden name and renamed in (as a scraper should),
  and the time from the rename to the first `/sparql` answer that lists the article is taken
  (the server is polled every 50 ms);
* throughput: `--burst` files are dropped at once while a client keeps querying the server
  (a count of articles, back to back); reported: articles per minute from the first file to
  the last one visible, and the query latencies the client saw meanwhile.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT.parent / "shared" / "data" / "arabic-news-raw" / "saudinewsnet.txt.gz"
KG = [sys.executable, "-m", "kg.cli"]
COUNT = "SELECT (COUNT(?a) AS ?n) WHERE { ?a <https://w3id.org/kg-ar/ontology#articleId> ?id }"
HAS = "ASK { ?a <https://w3id.org/kg-ar/ontology#articleId> %s }"


def paragraphs(n: int) -> list[str]:
    found = []
    with gzip.open(RAW, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if 300 <= len(line) <= 1500:
                found.append(line)
                if len(found) == n:
                    break
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sparql(port: int, query: str, timeout: float = 30) -> dict | None:
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(urllib.request.Request(
                url, headers={"Accept": "application/sparql-results+json"}), timeout=timeout) as resp:
            return json.load(resp)
    except OSError:
        return None


def visible(port: int, doc_id: str) -> bool:
    reply = sparql(port, HAS % json.dumps(doc_id))
    return bool(reply and reply.get("boolean"))


def drop(folder: Path, name: str, text: str) -> float:
    """Write a file whole under a hidden name, rename it in; the time of the rename."""
    tmp = folder / f".{name}.part"
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.rename(folder / name)
    return time.monotonic()


def baseline(texts: list[str], work: Path, env: dict[str, str]) -> dict[str, float]:
    corpus = work / "baseline"
    corpus.mkdir()
    for i, text in enumerate(texts):
        (corpus / f"b{i:04d}.txt").write_text(text + "\n", encoding="utf-8")
    (work / "warm").mkdir()
    (work / "warm" / "w.txt").write_text(texts[0] + "\n", encoding="utf-8")
    started = time.monotonic()
    subprocess.run([*KG, "build", "-q", str(work / "warm"), "--store", str(work / "s-warm")], env=env,
                   check=True, capture_output=True)
    one = time.monotonic() - started  # process start + model load + one article
    started = time.monotonic()
    subprocess.run([*KG, "build", "-q", str(corpus), "--store", str(work / "s-base")], env=env, check=True,
                   capture_output=True)
    whole = time.monotonic() - started
    return {"one_article_process_s": one, "build_s": whole,
            "articles_per_min_after_load": 60 * (len(texts) - 1) / max(whole - one, 1e-9)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--single", type=int, default=5)
    ap.add_argument("--burst", type=int, default=40)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-watch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "KG_THREADS": str(args.threads), "PYTHONUNBUFFERED": "1"}
    texts = paragraphs(1 + args.single + args.burst)
    result: dict[str, object] = {"single_files": args.single, "burst_files": args.burst, "threads": args.threads}
    result["baseline"] = baseline(texts[1 + args.single:], work, env)

    folder, store = work / "news", work / "kg"
    folder.mkdir()
    (folder / "seed.txt").write_text(texts[0] + "\n", encoding="utf-8")
    watcher = subprocess.Popen([*KG, "watch", str(folder), "--store", str(store), "--debounce", "100"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    server = None
    try:
        while "initial sync" not in (line := watcher.stdout.readline()):  # type: ignore[union-attr]
            if not line and watcher.poll() is not None:
                raise SystemExit("kg watch exited")
        threading.Thread(target=lambda: [None for _ in watcher.stdout], daemon=True).start()  # type: ignore[union-attr]
        port = free_port()
        server = subprocess.Popen([*KG, "serve", "--store", str(store), "--port", str(port), "--workers", "1"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        while not visible(port, "seed"):
            time.sleep(0.2)

        latencies = []
        for i, text in enumerate(texts[1:1 + args.single]):
            arrived = drop(folder, f"s{i:04d}.txt", text)
            while not visible(port, f"s{i:04d}"):
                time.sleep(0.05)
            latencies.append(time.monotonic() - arrived)
        result["latency_s"] = {"median": statistics.median(latencies), "max": max(latencies),
                               "all": [round(x, 2) for x in latencies]}

        query_times: list[float] = []
        done = threading.Event()

        def client() -> None:
            while not done.is_set():
                started = time.monotonic()
                if sparql(port, COUNT) is not None:
                    query_times.append(time.monotonic() - started)

        thread = threading.Thread(target=client, daemon=True)
        thread.start()
        first = time.monotonic()
        names = []
        for i, text in enumerate(texts[1 + args.single:]):
            drop(folder, f"t{i:04d}.txt", text)
            names.append(f"t{i:04d}")
        want = 1 + args.single + len(names)
        while True:
            reply = sparql(port, COUNT)
            if reply and int(reply["results"]["bindings"][0]["n"]["value"]) >= want:
                break
            time.sleep(0.1)
        elapsed = time.monotonic() - first
        done.set()
        thread.join(10)
        result["burst"] = {"articles": len(names), "seconds": elapsed,
                           "articles_per_min": 60 * len(names) / elapsed,
                           "queries_answered": len(query_times),
                           "query_latency_s": {"median": statistics.median(query_times),
                                               "p95": sorted(query_times)[int(0.95 * (len(query_times) - 1))],
                                               "max": max(query_times)} if query_times else None}
    finally:
        for proc in (server, watcher):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in (server, watcher):
            if proc is not None:
                try:
                    proc.wait(60)
                except subprocess.TimeoutExpired:
                    proc.kill()
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
