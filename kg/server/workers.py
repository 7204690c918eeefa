"""Queries run in worker processes that the server can kill: real timeouts and crash isolation.

Why processes. pyoxigraph has no timeout or cancellation API, and evaluation runs in Rust
without returning to Python, so neither a thread nor a signal can stop a query; only killing
the process that runs it does. Oxigraph's recursive parser also overflows its stack on deeply
nested queries and takes its whole process down; in a worker that costs one worker, not the
server.

Design. A pool of long-lived worker processes (`python -m kg.server.workers`), each with its
own read-only store handle (it follows the snapshots writers publish, see `kg.store.oxigraph`).
A request thread checks out an idle worker, sends it a job over a socket pair and waits at
most until the request's deadline (`--query-timeout`, which also bounds the wait for a free
worker). On time the worker sends back the finished body (inline, or in a file for big
results); past the deadline it is SIGKILLed and the client gets 503; if it dies on its own the
client gets 500. Either way a fresh worker is started in the background. Long-lived workers
keep the cost per query at one round trip (no process start, no store open); the price is one
process and one store handle per worker.

Writes (SPARQL Update, Graph Store Protocol) go to a separate pool of one worker that opens the
store read-write for each request and closes it after, which publishes a snapshot. The server
thus holds Oxigraph's single write lock only while a write runs, so a `kg build` can run
between writes (a write that finds the lock taken gets 503 and Retry-After). After each write
the readers are told to catch up with the new snapshot before their next query, so a client
reads its own writes.

Timeouts 503 (like Fuseki's cancelled queries), not 504: no upstream gateway is involved, the
server itself declines to spend more time on the request.

Workers are started from one long-lived thread with PR_SET_PDEATHSIG (Linux), so they die
with the server even if it is killed without cleaning up.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.server import deep_stack
from kg.server.jobs import WRITE_JOBS, Job, Outcome, execute
from kg.store.base import Store, StoreLockedError

log = logging.getLogger(__name__)

START_TIMEOUT = 60.0
PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


class JobExecutor:
    """Runs jobs for the web process. `run` never raises for a failed job: it returns an `Outcome`."""

    #: True if a job that runs too long is really stopped.
    isolated = False

    def run(self, job: Job, timeout: float) -> Outcome:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        """Stop the workers (idempotent)."""


class InlineJobExecutor(JobExecutor):
    """Runs jobs in the request thread on the app's own store: no process boundary.

    For stores another process cannot open (`memory:`) and for embedding. The timeout is not
    enforced, and a crash in the engine is a crash of the server.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._write_lock = threading.Lock()

    def run(self, job: Job, timeout: float) -> Outcome:
        if isinstance(job, WRITE_JOBS):
            with self._write_lock:
                return deep_stack.call(execute, self.store, job)
        return deep_stack.call(execute, self.store, job)


class _Worker:
    def __init__(self, proc: subprocess.Popen[bytes], conn: Connection) -> None:
        self.proc = proc
        self.conn = conn

    def stop(self) -> int | None:
        """Kill the process and reap it; its exit status."""
        with contextlib.suppress(OSError):
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)
        self.conn.close()
        return self.proc.returncode


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "did not exit"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with status {code}"


class WorkerPool:
    """`size` worker processes of one `mode` ("read" or "write") over the store at `location`."""

    def __init__(
        self,
        location: str,
        *,
        size: int,
        mode: str = "read",
        result_dir: str | None = None,
        options: dict[str, float] | None = None,
    ) -> None:
        self.location = location
        self.options = options or {}
        self.mode = mode
        self.size = size
        self.result_dir = result_dir
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # The newest snapshot any worker has answered from: a worker behind it refreshes before
        # its next job, so a client never sees an article vanish because its next request went
        # to a worker whose timed refresh had not come round yet (monotonic reads).
        self._newest: str | None = None
        # One long-lived thread starts every worker: PR_SET_PDEATHSIG fires when the *thread*
        # that started a process ends, so short-lived request threads must not start them.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"kg-{mode}-spawner")
        # The first workers start now, so a store that cannot be opened fails `kg serve` at once.
        try:
            for future in [self._spawner.submit(self._start) for _ in range(size)]:
                self._idle.put(future.result())
        except BaseException:
            self.close()
            raise

    # -- processes -------------------------------------------------------------------------------

    def _start(self) -> _Worker:
        """Start one worker and wait until its store is open (runs in the spawner thread or __init__)."""
        parent, child = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
        cmd = [sys.executable, "-m", "kg.server.workers", str(child.fileno()), str(os.getpid()), self.mode]
        cmd += [self.location, json.dumps(self.options)]
        try:
            proc = subprocess.Popen(
                cmd, pass_fds=[child.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env
            )
        finally:
            child.close()
        worker = _Worker(proc, Connection(parent.detach()))
        try:
            if not worker.conn.poll(START_TIMEOUT):
                raise RuntimeError(f"a {self.mode} worker did not start within {START_TIMEOUT:.0f} s")
            status, detail = worker.conn.recv()
        except (EOFError, OSError) as exc:
            code = worker.stop()
            raise RuntimeError(f"a {self.mode} worker failed to start ({_describe_exit(code)})") from exc
        except BaseException:
            worker.stop()
            raise
        if status != "ready":
            worker.stop()
            raise RuntimeError(f"a {self.mode} worker could not open {self.location}: {detail}")
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self) -> None:
        """Start a worker in place of a killed one, retrying with a growing delay if it fails."""
        delay = 0.5
        while not self._closed:
            try:
                worker = self._start()
            except Exception as exc:  # noqa: BLE001 - keep trying: the pool must heal
                log.error("kg: %s; retrying in %.1f s", exc, delay)
                time.sleep(delay)
                delay = min(delay * 2, 10.0)
                continue
            if self._closed:
                self._forget(worker)
            else:
                self._idle.put(worker)
            return

    def _forget(self, worker: _Worker) -> int | None:
        with self._lock:
            self._all.discard(worker)
        return worker.stop()

    def _discard(self, worker: _Worker) -> int | None:
        code = self._forget(worker)
        if not self._closed:
            with contextlib.suppress(RuntimeError):  # the pool closed meanwhile
                self._spawner.submit(self._replace)
        return code

    # -- jobs ------------------------------------------------------------------------------------

    def run(self, job: Job, timeout: float, epoch: int = 0) -> Outcome:
        """Run `job` on an idle worker; the whole call (waiting included) takes at most `timeout` s."""
        deadline = time.monotonic() + timeout
        busy = Outcome.error(
            503, f"all {self.size} {self.mode} workers stayed busy for {timeout:g} s; retry later",
            **{"Retry-After": "5"}
        )
        path = os.path.join(self.result_dir, uuid.uuid4().hex) if self.result_dir else None
        while True:
            try:
                worker = self._idle.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                return busy
            if deadline - time.monotonic() <= 0.05:
                self._idle.put(worker)
                return busy
            try:
                worker.conn.send((job, path, epoch, self._newest))
            except OSError:  # it died while idle (e.g. killed by the OOM killer): not this job's fault
                self._discard(worker)
                continue
            break
        try:
            if worker.conn.poll(max(deadline - time.monotonic(), 0)):
                outcome, snapshot = worker.conn.recv()
                self._idle.put(worker)
                if snapshot is not None and (self._newest is None or snapshot > self._newest):
                    self._newest = snapshot
                return outcome
        except (EOFError, OSError):
            code = self._discard(worker)
            _remove(path)
            log.error("kg: a %s worker died on a request (%s)", self.mode, _describe_exit(code))
            return Outcome.error(
                500,
                f"the query engine crashed on this request ({_describe_exit(code)}); the server is fine "
                "and has started a new worker. Very deeply nested queries are a known cause.",
            )
        self._discard(worker)
        _remove(path)
        return Outcome.error(503, timeout_message(timeout))

    def close(self) -> None:
        self._closed = True
        self._spawner.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


def timeout_message(timeout: float) -> str:
    """What a client whose request ran past the time limit is told (here and by `kg.server.acceptor`)."""
    return (f"the request was stopped after the server's {timeout:g} s time limit; make the query "
            "cheaper (restrict its patterns, add LIMIT) or ask the operator for a longer --query-timeout")


def _remove(path: str | None) -> None:
    if path:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


class ProcessJobExecutor(JobExecutor):
    """Read jobs on `workers` read-only workers, write jobs on one writer, for a store on disk."""

    isolated = True

    def __init__(
        self, location: str, *, workers: int, writes: bool = False, options: dict[str, float] | None = None
    ) -> None:
        self.result_dir = tempfile.mkdtemp(prefix="kg-results-")
        self._epoch = 0
        self.readers: WorkerPool | None = None
        self.writer: WorkerPool | None = None
        try:
            self.readers = WorkerPool(
                location, size=workers, mode="read", result_dir=self.result_dir, options=options
            )
            self.writer = WorkerPool(location, size=1, mode="write") if writes else None
        except BaseException:
            self.close()
            raise

    def run(self, job: Job, timeout: float) -> Outcome:
        if isinstance(job, WRITE_JOBS):
            if self.writer is None:
                return Outcome.error(403, "this server does not accept writes")
            outcome = self.writer.run(job, timeout)
            self._epoch += 1  # even a failed write may have committed before it failed
            return outcome
        assert self.readers is not None
        return self.readers.run(job, timeout, self._epoch)

    def close(self) -> None:
        for pool in (self.readers, self.writer):
            if pool is not None:
                pool.close()
        shutil.rmtree(self.result_dir, ignore_errors=True)


class LazyJobExecutor(JobExecutor):
    """Starts its `ProcessJobExecutor` at the first job (or `start()`), so an app that never runs a
    query (a test of one page) starts no processes."""

    isolated = True

    def __init__(
        self, location: str, *, workers: int, writes: bool = False, options: dict[str, float] | None = None
    ) -> None:
        self._args = (location, workers, writes, options)
        self._inner: ProcessJobExecutor | None = None
        #: Called after each write job (`kg.server.acceptors` tells its processes to catch up).
        self.on_write: Callable[[], None] | None = None
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> ProcessJobExecutor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the query workers were stopped")
            if self._inner is None:
                location, workers, writes, options = self._args
                self._inner = ProcessJobExecutor(location, workers=workers, writes=writes, options=options)
            return self._inner

    def run(self, job: Job, timeout: float) -> Outcome:
        try:
            inner = self.start()
        except Exception as exc:  # noqa: BLE001 - a request must get an answer
            log.error("kg: cannot start query workers: %s", exc)
            return Outcome.error(503, f"the query workers cannot start: {exc}")
        outcome = inner.run(job, timeout)
        if self.on_write is not None and isinstance(job, WRITE_JOBS):
            self.on_write()  # even a failed write may have committed before it failed
        return outcome

    def close(self) -> None:
        with self._lock:
            self._closed = True
            inner, self._inner = self._inner, None
        if inner is not None:
            inner.close()


def executor_for(store: Store, *, workers: int, writes: bool = False) -> JobExecutor:
    """Worker processes when other processes can open the store (`Store.multiprocess_aware`: a folder,
    a remote endpoint); else in-process, on the app's own handle."""
    if not store.multiprocess_aware:
        return InlineJobExecutor(store)
    # Readers follow snapshots as promptly as the app's own handle does.
    options = {"refresh_interval": store.refresh_interval} if store.snapshot_aware else {}
    return LazyJobExecutor(store.location, workers=workers, writes=writes, options=options)


# -- the worker process ----------------------------------------------------------------------------


def die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL this process when the thread that started it ends."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent_pid:  # the parent died before the line above took effect
        os._exit(0)


def _serve_reads(conn: Connection, location: str, options: dict[str, Any]) -> None:
    from kg.store.registry import open_store

    store = open_store(location, read_only=True, **options)
    conn.send(("ready", os.getpid()))
    seen = 0
    while True:
        try:
            job, path, epoch, newest = conn.recv()
        except EOFError:
            return
        if epoch > seen:  # the server wrote: read its snapshot, not the one cached a second ago
            store.refresh()
            seen = epoch
        elif newest is not None and (store.snapshot or "") < newest:
            store.refresh()  # another worker already answered from a newer snapshot: never go back
        outcome = run_safely(store, job, path)
        conn.send((outcome, store.snapshot))


def _serve_writes(conn: Connection, location: str) -> None:
    from kg.store.registry import open_store

    conn.send(("ready", os.getpid()))
    while True:
        try:
            job, _path, _epoch, _newest = conn.recv()
        except EOFError:
            return
        try:
            store = open_store(location)
        except StoreLockedError as exc:
            conn.send((Outcome.error(503, f"the store is busy: {exc}; retry later", **{"Retry-After": "30"}), None))
            continue
        except OSError as exc:
            conn.send((Outcome.error(500, f"cannot open the store for writing: {exc}"), None))
            continue
        try:
            outcome = run_safely(store, job, None)
        finally:
            store.close()  # publishes a snapshot and releases the write lock
        conn.send((outcome, None))


def run_safely(store: Store, job: Job, path: str | None) -> Outcome:
    """Run `job`; already on the deep stack (`main` runs the whole worker loop there)."""
    try:
        return execute(store, job, path)
    except Exception as exc:  # noqa: BLE001 - report, keep the worker alive
        log.exception("kg worker: job failed")
        return Outcome.error(500, f"the request failed: {type(exc).__name__}: {exc}")


def main(argv: list[str]) -> None:
    fd, parent_pid, mode, location = int(argv[0]), int(argv[1]), argv[2], argv[3]
    options = json.loads(argv[4]) if len(argv) > 4 else {}
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
    conn = Connection(fd)
    try:
        # The whole loop runs on one thread with the deep stack, started once: a fresh
        # 256 MiB-stack thread per job cost about 0.13 ms of every request's round trip.
        if mode == "write":
            deep_stack.call(_serve_writes, conn, location)
        else:
            deep_stack.call(_serve_reads, conn, location, options)
    except Exception as exc:  # noqa: BLE001 - tell the server why, then exit
        with contextlib.suppress(OSError):
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
        raise


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    main(sys.argv[1:])
