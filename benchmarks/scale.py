"""How kg behaves as the store grows: stores of 1,000 and 10,000 synthetic articles (run on demand).

    python benchmarks/scale.py --keep /work/bench/scale [--sizes 1000,10000] [--replicate]
        [--threads 1] [--workers 2] [--repeat 5] [--phases build,add,query,memory] [--kg CMD]

Everything runs `kg` as a subprocess, so figures are whole-process and include start-up.

* build:  builds one fresh store per size from the synthetic corpus (benchmarks/synthetic.py; the
          smaller corpus is a prefix of the larger), recording wall time, tokens/s and peak RSS;
          `--workers N` is passed on if kg has it. `--replicate` makes the larger stores from
          the smallest instead (see `replicate_store`). With `--keep DIR` the stores and their
          figures (build.json) are reused by later runs: a 10,000-article build takes long.
* add:    adds new articles to a copy of each store (copied before every run, so each run meets
          the same state), interleaving sizes; one article, and `--batch` articles, whose
          difference divided by `batch - 1` is the per-article cost without model load and
          start-up; plus a rebuild of an article already stored (skipped: no model load), the
          store's own fixed cost; plus a process that only loads the NLP models.
* query:  the queries in queries/*.rq, by `kg query` (whole process) and over HTTP against a
          running `kg serve` per store (no process start), median of `--repeat`.
* memory: peak RSS of `kg build` adding the same `--mem-batch` articles to a copy of each store,
          and peak RSS and time of `kg dump` (N-Quads to /dev/null) per store.

Targets (issue 6): adding one article to the large store within 1.5x of the small one; peak
memory of build and dump not growing with the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The kg command; `--kg` replaces it (e.g. a wrapper running a frozen copy of the code).
KG: list[str] = [str(Path(sys.executable).with_name("kg"))]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (a sibling script, not a package)


@dataclass(frozen=True)
class Run:
    """One finished subprocess: wall seconds, peak RSS (MiB) of its largest process and of its whole
    process tree (sampled), its stdout."""

    seconds: float
    max_rss_mib: float
    tree_rss_mib: float
    stdout: str
    other_cpu_s: float  # CPU seconds the rest of the machine used meanwhile: a noise indicator
    cpu_s: float  # user + system CPU seconds of the process and its reaped children: robust to contention


def _busy_seconds() -> float:
    """CPU seconds all cores have spent busy since boot (/proc/stat, idle and iowait excluded)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _tree_rss_kib(root: int) -> int:
    """Resident KiB of `root` and all its descendants right now (worker processes count too)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = Path(f"/proc/{d}/stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            children.setdefault(int(fields[1]), []).append(int(d))
            rss[int(d)] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total


def run(cmd: Sequence[str], *, env: dict[str, str] | None = None, stdout: int | None = subprocess.PIPE,
        sample: bool = False) -> Run:
    """Run `cmd` to completion. Peak RSS via wait4 is this child's own (RUSAGE_CHILDREN is the maximum
    over every child so far and would hide a smaller later one); with `sample`, the process tree's
    summed RSS is also polled every 0.1 s (about 2 % of a core), since wait4 reports the largest
    single process only."""
    peak = [0]
    with tempfile.TemporaryFile() as err:
        busy0 = _busy_seconds()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=stdout, stderr=err)
        done = threading.Event()

        def poll() -> None:
            while not done.wait(0.1):
                peak[0] = max(peak[0], _tree_rss_kib(proc.pid))

        sampler = threading.Thread(target=poll, daemon=True)
        if sample:
            sampler.start()
        out_b = proc.stdout.read() if proc.stdout else b""
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        other = _busy_seconds() - busy0 - usage.ru_utime - usage.ru_stime
        done.set()
        if sample:
            sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n"
                               f"{err.read().decode(errors='replace')[-3000:]}")
    return Run(seconds, usage.ru_maxrss / 1024, peak[0] / 1024, out_b.decode(errors="replace"), max(other, 0.0),
               usage.ru_utime + usage.ru_stime)


def kg_env(threads: int) -> dict[str, str]:
    """Torch threads pinned as kg pins them (KG_THREADS); no progress bar noise."""
    return {**os.environ, "KG_THREADS": str(threads), "PYTHONWARNINGS": "ignore"}


def kg_supports(args: Sequence[str], option: str) -> bool:
    help_text = subprocess.run([*KG, *args, "--help"], capture_output=True, text=True).stdout
    return option in help_text


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


# --------------------------------------------------------------------------- build


def build_stores(work: Path, sizes: Sequence[int], args: argparse.Namespace) -> dict[int, dict]:
    """Build (or reuse) one store per size; figures are kept in <work>/build.json."""
    record_path = work / "build.json"
    records: dict[str, dict] = json.loads(record_path.read_text()) if record_path.exists() else {}
    workers = ["--workers", str(args.workers)] if args.workers and kg_supports(["build"], "--workers") else []
    for n in sizes:
        store = work / f"store-{n}"
        if str(n) in records and store.exists():
            print(f"build {n}: reusing {store}", flush=True)
            continue
        if args.replicate and n != min(sizes):
            records[str(n)] = replicate_store(work, min(sizes), n, args)
            record_path.write_text(json.dumps(records, indent=1))
            print(f"replicated {n}: {records[str(n)]}", flush=True)
            continue
        corpus = work / f"corpus-{n}.jsonl"
        synthetic.write(corpus, synthetic.articles(n, sentences=args.sentences, seed=args.seed))
        shutil.rmtree(store, ignore_errors=True)
        print(f"build {n}: {' '.join([*KG, 'build', str(corpus), '--store', str(store), '-q', *workers])}",
              flush=True)
        r = run([*KG, "build", str(corpus), "--store", str(store), "-q", *workers], env=kg_env(args.threads),
                sample=True)
        tokens = int(r.stdout.split(" tokens")[0].rsplit(" ", 1)[-1]) if " tokens" in r.stdout else 0
        records[str(n)] = {"articles": n, "seconds": round(r.seconds, 1), "tokens": tokens,
                           "max_rss_mib": round(r.max_rss_mib), "tree_rss_mib": round(r.tree_rss_mib),
                           "workers": workers[1] if workers else None,
                           "threads": args.threads, "kg": args.kg, "store_mib": round(_du(store) / 2**20),
                           "summary": r.stdout.strip(), "date": time.strftime("%Y-%m-%d %H:%M")}
        record_path.write_text(json.dumps(records, indent=1))
        print(f"build {n}: {records[str(n)]}", flush=True)
    return {int(k): v for k, v in records.items()}


_PER_ARTICLE = re.compile(r"/(article|activity)/([0-9a-f]{16})")
_ARTICLE_ID = re.compile(r'"syn-(\d{6})"')


def replicate_store(work: Path, base: int, n: int, args: argparse.Namespace) -> dict:
    """A store of `n` articles made from the built `base` store, copied n/base times (`--replicate`).

    For when a real build of `n` articles does not fit the time at hand (NLP runs ~1,000 tokens/s on
    two cores). Copy c of every quad gets its own article, NIF string and activity IRIs and its own
    article id; entities, posts, meetings and treaties keep theirs, so they are shared across copies
    as a news feed repeats them. Loaded with `kg load`, so the store's files are laid out by the
    bulk loader rather than by thousands of small transactions.
    """
    import hashlib

    store, dump, rep = work / f"store-{n}", work / f"dump-{base}.nq", work / f"replicated-{n}.nq"
    run([*KG, "dump", "--store", str(work / f"store-{base}"), "-o", str(dump)], env=kg_env(args.threads))
    copies = n // base
    lines = dump.read_text(encoding="utf-8").splitlines(keepends=True)
    with rep.open("w", encoding="utf-8") as out:
        for c in range(copies):
            if c == 0:
                out.writelines(lines)
                continue

            def article(m: re.Match[str], c: int = c) -> str:
                h = hashlib.sha256(f"{c}:{m.group(2)}".encode()).hexdigest()[:16]
                return f"/{m.group(1)}/{h}"

            for line in lines:
                line = _PER_ARTICLE.sub(article, line)
                out.write(_ARTICLE_ID.sub(lambda m, c=c: f'"syn-{c * base + int(m.group(1)):06d}"', line))
    shutil.rmtree(store, ignore_errors=True)
    r = run([*KG, "load", "--store", str(store), str(rep)], env=kg_env(args.threads), sample=True)
    rep.unlink()
    dump.unlink()
    return {"articles": n, "replicated_from": base, "copies": copies, "load_seconds": round(r.seconds, 1),
            "load_max_rss_mib": round(r.tree_rss_mib), "summary": r.stdout.strip(), "kg": args.kg,
            "store_mib": round(_du(store) / 2**20), "date": time.strftime("%Y-%m-%d %H:%M")}


def _du(path: Path) -> int:
    """Bytes on disk, hard links counted once (snapshots share files with the live store)."""
    seen: set[int] = set()
    total = 0
    for p in path.rglob("*"):
        st = p.lstat()
        if p.is_file() and st.st_ino not in seen:
            seen.add(st.st_ino)
            total += st.st_size
    return total


def report_build(records: dict[int, dict], sizes: Sequence[int]) -> None:
    print("\n## build (fresh store, whole process, once per size)")
    print(f"{'articles':>9} {'tokens':>10} {'seconds':>9} {'tokens/s':>9} {'peak RSS MiB':>13} {'store MiB':>10}"
          f" {'workers':>8}")
    for n in sizes:
        r = records[n]
        if "replicated_from" in r:
            print(f"{n:>9,}: {r['copies']} copies of the {r['replicated_from']:,}-article store, kg load "
                  f"{r['load_seconds']:.1f} s, peak RSS {r['load_max_rss_mib']:,} MiB, store {r['store_mib']:,} MiB")
            continue
        print(f"{n:>9,} {r['tokens']:>10,} {r['seconds']:>9.1f} {r['tokens'] / r['seconds']:>9,.0f}"
              f" {r['max_rss_mib']:>13,} {r['store_mib']:>10,} {r['workers'] or '-':>8}")


# --------------------------------------------------------------------------- add


def _copy(store: Path, dest: Path) -> Path:
    """A private copy of `store` (hard links inside it preserved), so every run starts from one state."""
    shutil.rmtree(dest, ignore_errors=True)
    subprocess.run(["cp", "-a", str(store), str(dest)], check=True)
    return dest


def measure_add(work: Path, sizes: Sequence[int], args: argparse.Namespace) -> None:
    """Add 1 and `--batch` new articles, and rebuild one stored article, on a fresh copy of each store."""
    env = kg_env(args.threads)
    big = max(sizes)
    new1, new_b, old1 = work / "new-1.jsonl", work / f"new-{args.batch}.jsonl", work / "old-1.jsonl"
    # ids and texts far from the corpus's: never already stored
    synthetic.write(new1, synthetic.articles(1, sentences=args.sentences, seed=args.seed, prefix="new",
                                             start=10 * big))
    synthetic.write(new_b, synthetic.articles(args.batch, sentences=args.sentences, seed=args.seed,
                                              prefix="new", start=10 * big))
    old1.write_text((work / f"corpus-{min(sizes)}.jsonl").open(encoding="utf-8").readline(), encoding="utf-8")
    load_cmd = [sys.executable, "-P", "-c", "from kg.nlp.pipeline import get_pipeline; get_pipeline()"]
    load_env = {**env, "PYTHONPATH": args.kg_pythonpath} if args.kg_pythonpath else env
    variants = {"add 1": new1, f"add {args.batch}": new_b, "unchanged 1": old1}
    times: dict[tuple[str, int], list[Run]] = {}
    load: list[Run] = []
    copy = work / "copy"
    for rep in range(args.repeat):
        load.append(run(load_cmd, env=load_env))
        for n in sizes:
            for name, corpus in variants.items():
                target = _copy(work / f"store-{n}", copy)
                r = run([*KG, "build", str(corpus), "--store", str(target), "-q"], env=env, sample=True)
                times.setdefault((name, n), []).append(r)
                print(f"rep {rep + 1} {name} @ {n}: {r.seconds:.2f} s ({r.stdout.strip().split(': ', 1)[-1]}); "
                      f"other load {r.other_cpu_s:.1f} CPU-s", flush=True)
        shutil.rmtree(copy, ignore_errors=True)

    load_s = median([r.seconds for r in load])
    print(f"\n## add to an existing store (whole `kg build` process, copy of the store per run, "
          f"median of {args.repeat}, interleaved)")
    print(f"model-load-only process (python -c 'get_pipeline()'): {load_s:.2f} s, "
          f"{median([r.cpu_s for r in load]):.2f} CPU s")
    print(f"{'articles in store':>18} {'add 1 s':>8} {f'add {args.batch} s':>9} {'per article s':>14}"
          f" {'add 1 - load s':>15} {'unchanged 1 s':>14} {'add 1 CPU s':>12} {'per article CPU s':>18}"
          f" {'add 1 peak MiB':>15}"
          f" {'other CPU-s':>12}")
    row: dict[int, tuple[float, float, float]] = {}
    for n in sizes:
        a1 = median([r.seconds for r in times[("add 1", n)]])
        ab = median([r.seconds for r in times[(f"add {args.batch}", n)]])
        un = median([r.seconds for r in times[("unchanged 1", n)]])
        per = (ab - a1) / (args.batch - 1)
        rss = max(r.tree_rss_mib for r in times[("add 1", n)])
        cpu = median([r.cpu_s for r in times[("add 1", n)]])
        per_cpu = (median([r.cpu_s for r in times[(f"add {args.batch}", n)]]) - cpu) / (args.batch - 1)
        other = median([r.other_cpu_s for rs in (times[(v, n)] for v in variants) for r in rs])
        row[n] = (a1, per, cpu)
        print(f"{n:>18,} {a1:>8.2f} {ab:>9.2f} {per:>14.3f} {a1 - load_s:>15.2f} {un:>14.2f} {cpu:>12.2f}"
              f" {per_cpu:>18.3f}"
              f" {rss:>15,.0f}"
              f" {other:>12.1f}")
    lo, hi = min(sizes), max(sizes)
    ratio = row[hi][0] / row[lo][0]
    print(f"add 1 article, {hi:,} vs {lo:,} store: {ratio:.2f}x"
          f" (target <= 1.5x: {'met' if ratio <= 1.5 else 'MISSED'});"
          f" CPU {row[hi][2] / row[lo][2]:.2f}x; per article without load: {row[hi][1] / row[lo][1]:.2f}x")


# --------------------------------------------------------------------------- query


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _http(url: str, query: str | None = None, timeout: float = 600) -> bytes:
    req = urllib.request.Request(url) if query is None else urllib.request.Request(
        url, data=query.encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.read()


def _rows(body: bytes | str) -> int:
    data = json.loads(body)
    return len(data["results"]["bindings"]) if "results" in data else 1


def measure_query(work: Path, sizes: Sequence[int], args: argparse.Namespace) -> None:
    """Each queries/*.rq: `kg query` (whole process) and POST /sparql to a running `kg serve` per store."""
    env = kg_env(args.threads)
    queries = sorted((ROOT / "queries").glob("*.rq"))
    servers: dict[int, tuple[subprocess.Popen, str]] = {}
    try:
        for n in sizes:
            port = _free_port()
            proc = subprocess.Popen([*KG, "serve", "--store", str(work / f"store-{n}"), "--port", str(port),
                                     "--query-timeout", "600", "--max-results", "0"],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            servers[n] = (proc, f"http://127.0.0.1:{port}/sparql")
        for n, (proc, url) in servers.items():
            for _ in range(600):
                try:
                    _http(url, timeout=5)
                    break
                except OSError:
                    if proc.poll() is not None:
                        raise RuntimeError(f"kg serve for store-{n} exited {proc.returncode}") from None
                    time.sleep(0.2)
        cli: dict[tuple[str, int], list[float]] = {}
        http: dict[tuple[str, int], list[float]] = {}
        rows: dict[tuple[str, int], int] = {}
        for q in queries:  # warm-up: every worker process opens the store, caches fill
            for n, (_, url) in servers.items():
                for _ in range(2):
                    rows[(q.stem, n)] = _rows(_http(url, q.read_text(encoding="utf-8")))
        for rep in range(args.repeat):
            for q in queries:
                text = q.read_text(encoding="utf-8")
                for n, (_, url) in servers.items():
                    r = run([*KG, "query", "--store", str(work / f"store-{n}"), str(q), "--format", "json"], env=env)
                    cli.setdefault((q.stem, n), []).append(r.seconds)
                    t0 = time.perf_counter()
                    _http(url, text)
                    http.setdefault((q.stem, n), []).append(time.perf_counter() - t0)
            print(f"query rep {rep + 1} done", flush=True)
    finally:
        for proc, _ in servers.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)  # our own session: the server and its query workers
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()

    lo, hi = min(sizes), max(sizes)
    print(f"\n## query latency, median of {args.repeat} (ms); kg query = whole process,"
          " HTTP = POST /sparql to kg serve")
    print(f"{'query':<22}{'rows':>10}{f'CLI {lo:,}':>11}{f'CLI {hi:,}':>11}{'ratio':>7}"
          f"{f'HTTP {lo:,}':>12}{f'HTTP {hi:,}':>12}{'ratio':>8}")
    for q in queries:
        c_lo, c_hi = median(cli[(q.stem, lo)]) * 1e3, median(cli[(q.stem, hi)]) * 1e3
        h_lo, h_hi = median(http[(q.stem, lo)]) * 1e3, median(http[(q.stem, hi)]) * 1e3
        print(f"{q.stem:<22}{f'{rows[(q.stem, lo)]}/{rows[(q.stem, hi)]}':>10}{c_lo:>11,.0f}{c_hi:>11,.0f}"
              f"{c_hi / c_lo:>6.1f}x{h_lo:>12,.1f}{h_hi:>12,.1f}{h_hi / h_lo:>7.1f}x")


# --------------------------------------------------------------------------- memory


def measure_memory(work: Path, sizes: Sequence[int], records: dict[int, dict], args: argparse.Namespace) -> None:
    """Peak RSS of `kg dump` (N-Quads to /dev/null) per store, and of `kg build` adding the same
    `--mem-batch` new articles to a copy of each store: the same work, so growth is the store's."""
    env = kg_env(args.threads)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    quads = {n: int(json.loads(run([*KG, "query", "--store", str(work / f"store-{n}"), count, "--format", "json"],
                                   env=env).stdout)["results"]["bindings"][0]["n"]["value"]) for n in sizes}
    batch = work / f"new-mem-{args.mem_batch}.jsonl"
    synthetic.write(batch, synthetic.articles(args.mem_batch, sentences=args.sentences, seed=args.seed,
                                              prefix="mem", start=20 * max(sizes)))
    builds: dict[int, Run] = {}
    for n in sizes:
        copy = _copy(work / f"store-{n}", work / "copy")
        builds[n] = run([*KG, "build", str(batch), "--store", str(copy), "-q"], env=env, sample=True)
        print(f"build {args.mem_batch} into {n}: {builds[n].seconds:.1f} s, {builds[n].tree_rss_mib:,.0f} MiB",
              flush=True)
        shutil.rmtree(copy, ignore_errors=True)
    dumps: dict[int, list[Run]] = {}
    reps = max(1, min(args.repeat, 3))
    for _ in range(reps):
        for n in sizes:
            dumps.setdefault(n, []).append(
                run([*KG, "dump", "--store", str(work / f"store-{n}"), "--format", "nq", "-o", "-"], env=env,
                    stdout=subprocess.DEVNULL, sample=True))
    print(f"\n## peak memory (RSS of the whole process tree, MiB); kg dump: median time of {reps}")
    print(f"{'articles':>9}{'quads':>12}{'fresh build':>13}{f'build +{args.mem_batch}':>12}{'dump s':>8}"
          f"{'quads/s':>11}{'dump peak':>11}")
    for n in sizes:
        d = median([r.seconds for r in dumps[n]])
        fresh = records[n].get("tree_rss_mib", "-")
        print(f"{n:>9,}{quads[n]:>12,}{fresh:>13}{builds[n].tree_rss_mib:>12,.0f}{d:>8.1f}"
              f"{quads[n] / d:>11,.0f}{max(r.tree_rss_mib for r in dumps[n]):>11,.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, default=None,
                        help="work folder kept between runs (stores, corpora, build.json); default: a temp dir")
    parser.add_argument("--sizes", default="1000,10000", help="store sizes in articles, comma-separated")
    parser.add_argument("--sentences", type=synthetic._range, default=(3, 4), help="sentences per article")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--threads", type=int, default=2, help="KG_THREADS for every kg process")
    parser.add_argument("--workers", type=int, default=2, help="`kg build --workers`, if kg has it")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch", type=int, default=11, help="articles in the multi-article add")
    parser.add_argument("--mem-batch", type=int, default=200, help="new articles built into each store (memory)")
    parser.add_argument("--phases", default="build,add,query,memory")
    parser.add_argument("--replicate", action="store_true",
                        help="make the larger stores by replicating the smallest one (see replicate_store)")
    parser.add_argument("--kg", default=KG[0], help="kg executable (default: this venv's)")
    parser.add_argument("--kg-pythonpath", default=None,
                        help="PYTHONPATH giving the same kg code as --kg, for the model-load-only process")
    args = parser.parse_args()
    KG[:] = [args.kg]
    sizes = sorted(int(s) for s in args.sizes.split(","))
    phases = set(args.phases.split(","))
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work folder {work}; sizes {sizes}; threads {args.threads}; {os.cpu_count()} cores; "
          f"{time.strftime('%Y-%m-%d %H:%M')}", flush=True)
    try:
        records = build_stores(work, sizes, args)
        phase_fns: dict[str, Callable[[], None]] = {
            "add": lambda: measure_add(work, sizes, args),
            "query": lambda: measure_query(work, sizes, args),
            "memory": lambda: measure_memory(work, sizes, records, args),
        }
        for name, fn in phase_fns.items():
            if name in phases:
                fn()
        if "build" in phases:
            report_build(records, sizes)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
