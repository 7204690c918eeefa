"""Load on one Linked Data page, and an ASK sent meanwhile: this tree against a baseline revision.

    python benchmarks/ld_load.py [--baseline REV] [--articles 1000] [--clients 50] [--seconds 10]
                                 [--rounds 2] [--workers 2] [--threads 8] [--keep DIR]

Issue 15, probe 8: with pages built in the web process, 50 clients on one page gave 16 pages/s
and p50 2.9 s, and an ASK sent meanwhile took 2.3 s. This script builds a store of
`--articles` synthetic articles (benchmarks/synthetic.py's texts) that all mention one person,
through kg's own RDF stage (no NLP: the mention is placed in the text), then serves it with
`kg serve` from this tree and from `--baseline` (a git revision, extracted with `git archive`),
each in its own process, with the same options. For each server, in interleaved rounds:
`--clients` threads fetch that person's page over keep-alive connections for `--seconds`
while one more thread sends `ASK { ?s ?p ?o }` every 50 ms. Reported per server (medians of
the rounds): pages/s, page latency p50/p95, ASK latency p50/p95, and errors (any non-200).

The clients run in this process: on a small machine they compete with the servers for CPU,
which lowers both figures alike; compare the two servers of one run, not runs on other machines.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
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
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PERSON = "فلاديمير بوتين"
INTRO = f"قال الرئيس الروسي {PERSON} إن "
ASK = "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"


def build_store(path: Path, n: int) -> str:
    """`n` article graphs, each mentioning PERSON once; returns the path of PERSON's page."""
    from synthetic import articles

    from kg.rdf.article import article_graph
    from kg.rdf.iris import Iris
    from kg.store.oxigraph import OxigraphStore
    from kg.types import AnnotatedDocument, Document, Entity, LinkedDocument, Mention, RunInfo, Sentence

    iris = Iris()
    run = RunInfo(tool_version="bench", model="bench", started="2025-01-01T00:00:00+00:00")
    person = Entity(key=PERSON, kind="Person", label=PERSON, qid="Q7747", link_confidence=0.9)
    with OxigraphStore(path, publish_interval=3600) as store:
        for rec in articles(n, prefix="ld"):
            text = INTRO + rec["text"]
            start = text.index(PERSON)
            doc = Document(id=rec["id"], text=text, origin="bench", title=f"خبر {rec['id']}",
                           published=date.fromisoformat(rec["published"]), source="bench")
            mention = Mention(start, start + len(PERSON), PERSON, PERSON, "PER", 0.9, 0)
            linked = LinkedDocument(
                AnnotatedDocument(doc, (Sentence(0, 0, len(text)),), (), (mention,), "bench"), (person,))
            store.replace_graph(str(iris.article_graph_iri(doc)), article_graph(linked, run, iris))
    return "/page/" + str(iris.entity(person))[len(iris.base):]


def extract(rev: str, into: Path) -> Path:
    """The `kg` package of git revision `rev`, extracted under `into`."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "kg", "ontology"], check=True,
                             capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(tree: Path, store: Path, args: argparse.Namespace) -> Iterator[int]:
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port),
           "--workers", str(args.workers), "--threads", str(args.threads)]
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if _get(http.client.HTTPConnection("127.0.0.1", port, timeout=5), ASK)[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"kg serve from {tree} did not start: {log.read().decode()[-2000:]}")
            time.sleep(0.2)
        yield port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, float]:
    t0 = time.perf_counter()
    accept = "application/sparql-results+json" if path.startswith("/sparql") else "text/html"
    conn.request("GET", path, headers={"Accept": accept})
    response = conn.getresponse()
    response.read()
    return response.status, time.perf_counter() - t0


def load(port: int, page: str, clients: int, seconds: float) -> dict[str, float]:
    stop = time.monotonic() + seconds
    pages: list[float] = []
    asks: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def client(path: str, out: list[float], pause: float) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while time.monotonic() < stop:
            try:
                status, took = _get(conn, path)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                status, took = 0, 0.0
            with lock:
                if status == 200:
                    out.append(took)
                else:
                    errors[0] += 1
            if pause:
                time.sleep(pause)
        conn.close()

    threads = [threading.Thread(target=client, args=(page, pages, 0.0)) for _ in range(clients)]
    threads.append(threading.Thread(target=client, args=(ASK, asks, 0.05)))
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0

    def pct(xs: list[float], q: float) -> float:
        return sorted(xs)[min(int(q * len(xs)), len(xs) - 1)] * 1000 if xs else float("nan")

    return {"pages_s": len(pages) / wall, "page_p50": pct(pages, 0.5), "page_p95": pct(pages, 0.95),
            "ask_p50": pct(asks, 0.5), "ask_p95": pct(asks, 0.95), "asks": len(asks), "errors": errors[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="54ee87e", help="git revision to compare with (default: main "
                        "before Linked Data moved into the workers)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8, help="waitress threads of each server")
    parser.add_argument("--keep", type=Path, help="build the store here (reused if it exists)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-ld-load-"))
    try:
        store = args.keep or work / "store"
        page_file = store.parent / (store.name + ".page")
        if not (store.exists() and page_file.exists()):
            t0 = time.monotonic()
            page_file.write_text(build_store(store, args.articles), encoding="utf-8")
            print(f"store: {args.articles} articles in {time.monotonic() - t0:.1f} s")
        page = page_file.read_text(encoding="utf-8")
        trees = {f"baseline {args.baseline}": extract(args.baseline, work / "baseline"), "this tree": ROOT}
        results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for r in range(args.rounds):
            for name, tree in trees.items():
                with serving(tree, store, args) as port:
                    load(port, page, 4, 2.0)  # warm up: workers started, page cache filled
                    results[name].append(load(port, page, args.clients, args.seconds))
                    print(f"round {r + 1} {name}: " + ", ".join(f"{k} {v:.1f}" for k, v in results[name][-1].items()),
                          flush=True)
        print(f"\n{args.clients} clients on {page} for {args.seconds:g} s, {args.workers} workers, "
              f"{args.threads} threads; medians of {args.rounds} rounds")
        print(f"{'server':<22}{'pages/s':>9}{'page p50':>10}{'page p95':>10}{'ASK p50':>9}{'ASK p95':>9}{'errors':>8}")
        for name, rows in results.items():
            m = {k: statistics.median(row[k] for row in rows) for k in rows[0]}
            print(f"{name:<22}{m['pages_s']:>9.1f}{m['page_p50']:>8.0f}ms{m['page_p95']:>8.0f}ms"
                  f"{m['ask_p50']:>7.0f}ms{m['ask_p95']:>7.0f}ms{m['errors']:>8.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
