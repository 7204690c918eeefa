"""The parent's side of the acceptor processes (`kg.server.acceptor`): start, supervise, take over.

Why a separate set of processes. `kg serve` answers the SPARQL endpoint's ordinary requests in
processes that accept the connections themselves (see `kg.server.acceptor` for the measurements);
everything else stays with waitress and the Flask app in this process, which keeps its own
query workers (`kg.server.workers`) for the Linked Data pages and the writes.

What this module does:
- it takes the listening socket from waitress (waitress stops accepting on it) and hands it to
  `size` acceptor processes, started from one long-lived thread (PR_SET_PDEATHSIG, as the
  query workers);
- one thread per acceptor receives the connections it passes back (SCM_RIGHTS, with the bytes
  already read) and gives them to waitress's loop as if waitress had accepted them;
- a supervisor thread starts a new acceptor when one exits (a timeout's watchdog ends its
  process; a crash ends it too) and kills one whose query runs well past the time limit,
  which happens only if its watchdog could not run;
- `bump_epoch` tells the acceptors that the server wrote (they refresh before their next query).
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import pickle
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from kg.server.acceptor import FAILED, HANDOFF, HEADER, READY
from kg.server.acceptor_state import SharedState
from kg.server.config import ServerConfig
from kg.server.workers import PACKAGE_ROOT, START_TIMEOUT

log = logging.getLogger(__name__)

#: Past the time limit by this much, an acceptor whose watchdog has not ended it is killed.
KILL_GRACE = 5.0


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(min(n - len(data), 1 << 20))
        if not chunk:
            raise EOFError
        data += chunk
    return data


class _Process:
    def __init__(self, slot: int, proc: subprocess.Popen[bytes], control: socket.socket) -> None:
        self.slot, self.proc, self.control = slot, proc, control

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)
        with contextlib.suppress(OSError):
            self.control.shutdown(socket.SHUT_RDWR)
        self.control.close()


class AcceptorPool:
    """`size` acceptor processes on waitress `server`'s listening socket, over the store at `location`."""

    def __init__(self, server: Any, location: str, config: ServerConfig, *, size: int,
                 options: dict[str, float] | None = None) -> None:
        self.server, self.location, self.config, self.size = server, location, config, size
        self.options = options or {}
        self._dir = tempfile.mkdtemp(prefix="kg-acceptors-")
        self.state = SharedState(os.path.join(self._dir, "state"), size)
        self._procs: dict[int, _Process] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-acceptor-spawner")
        self._listener: socket.socket = server.socket
        try:
            for future in [self._spawner.submit(self._start, slot) for slot in range(size)]:
                future.result()
        except BaseException:
            self.close()
            raise
        server.accepting = False  # from now on the acceptors take the connections
        self._supervisor = threading.Thread(target=self._supervise, name="kg-acceptor-supervisor", daemon=True)
        self._supervisor.start()

    # -- processes -------------------------------------------------------------------------------

    def _start(self, slot: int) -> None:
        """Start the acceptor for `slot` and wait until its store is open (in the spawner thread)."""
        parent, child = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
        blob = base64.b64encode(pickle.dumps((self.config, self.options))).decode("ascii")
        fds = [self._listener.fileno(), child.fileno()]
        cmd = [sys.executable, "-m", "kg.server.acceptor", *map(str, fds), str(os.getpid()), str(slot),
               self.state.path, self.location, blob]
        try:
            proc = subprocess.Popen(cmd, pass_fds=fds, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env)
        finally:
            child.close()
        process = _Process(slot, proc, parent)
        try:
            parent.settimeout(START_TIMEOUT)
            kind, length, _ = HEADER.unpack(_recv_exact(parent, HEADER.size))
            detail = _recv_exact(parent, length).decode("utf-8", "replace")
            parent.settimeout(None)
        except (OSError, EOFError) as exc:
            process.stop()
            raise RuntimeError(f"an acceptor process failed to start ({exc or 'it exited'})") from exc
        if kind != READY:
            process.stop()
            raise RuntimeError(f"an acceptor process could not open {self.location}: {detail}")
        self.state.set_busy(slot, 0.0)
        with self._lock:
            self._procs[slot] = process
        threading.Thread(target=self._take_over, args=(process,), name=f"kg-acceptor-{slot}", daemon=True).start()

    def _take_over(self, process: _Process) -> None:
        """Give waitress the connections `process` passes back, until it exits."""
        while True:
            fds: list[int] = []
            try:
                msg, fds, _flags, _addr = socket.recv_fds(process.control, HEADER.size, 1)
                if len(msg) < HEADER.size:
                    msg += _recv_exact(process.control, HEADER.size - len(msg))
                kind, unsent, length = HEADER.unpack(msg)
                data = _recv_exact(process.control, unsent + length)
            except (OSError, EOFError, struct.error):
                for fd in fds:
                    with contextlib.suppress(OSError):
                        os.close(fd)
                return
            if kind == HANDOFF and fds:
                self._adopt(socket.socket(fileno=fds[0]), data[:unsent], data[unsent:])
            elif kind == FAILED:
                log.error("kg: an acceptor process failed: %s", data.decode("utf-8", "replace"))

    def _adopt(self, sock: socket.socket, unsent: bytes, data: bytes) -> None:
        """Make `sock` one of waitress's channels: `unsent` is sent first, then `data` read as requests."""
        server = self.server

        def adopt() -> None:
            try:
                addr = server.fix_addr(sock.getpeername())
            except OSError:
                sock.close()
                return
            channel = server.channel_class(server, sock, addr, server.adj, map=server._map)
            if unsent:
                channel.write_soon(unsent)  # the loop's next handle_write sends it, before any later answer
            if data:
                channel.received(data)

        server.trigger.pull_trigger(adopt)  # waitress's channels belong to its loop thread

    def _supervise(self) -> None:
        while not self._closed:
            time.sleep(0.1)
            with self._lock:
                procs = list(self._procs.values())
            now = time.monotonic()
            for process in procs:
                since = self.state.busy_since(process.slot)
                if process.proc.poll() is None and since and now - since > self.config.query_timeout + KILL_GRACE:
                    log.error("kg: an acceptor's query ran past the time limit; killing it")
                    process.proc.kill()
                if process.proc.poll() is not None and not self._closed:
                    self._replace(process)

    def _replace(self, process: _Process) -> None:
        with self._lock:
            self._procs.pop(process.slot, None)
        process.stop()
        self.state.set_busy(process.slot, 0.0)
        delay = 0.5
        while not self._closed:
            try:
                self._spawner.submit(self._start, process.slot).result()
                return
            except RuntimeError as exc:
                if self._closed:
                    return
                log.error("kg: %s; retrying in %.1f s", exc, delay)
                time.sleep(delay)
                delay = min(delay * 2, 10.0)

    # -- the server ------------------------------------------------------------------------------

    def bump_epoch(self) -> None:
        """The server wrote: every acceptor reads the newest snapshot before its next query."""
        self.state.bump_epoch()

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [p.proc.pid for p in self._procs.values()]

    def close(self) -> None:
        self._closed = True
        self._spawner.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            procs = list(self._procs.values())
            self._procs.clear()
        for process in procs:
            process.stop()
        self.state.close()
        with contextlib.suppress(OSError):
            os.unlink(self.state.path)
            os.rmdir(self._dir)
