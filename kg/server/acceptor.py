"""A query process that takes HTTP connections itself: a SPARQL query parsed, run and answered in one process.

Why. Issue 16 item 5 asks for an endpoint within 1.15× of `oxigraph serve`. With waitress in
front of the worker processes (`kg.server.workers`), a query crossed three hand-offs: waitress's
I/O thread to one of its request threads, that thread to a worker process and back over a
socket pair, and back to the I/O thread to be sent. Measured on the seeds, the median ratio
was about 1.5, and 1.3 even with the query run in waitress's own process; the same queries
answered by a process that reads the request, runs it and writes the answer came within 1.1.

What. `kg serve` starts `workers` of these processes (`kg.server.acceptors` is the parent's
side), all accepting on the server's listening socket, as gunicorn's pre-forked workers do.
The SPARQL endpoint's ordinary requests (what `kg.server.sparql_fast` answers) are answered
here; for any other request (another path, HEAD, chunked bodies, `Expect`, anything unusual)
the connection is passed to the parent with the bytes read so far (SCM_RIGHTS), and the
parent's waitress and Flask app take it over: the protocol's every other case keeps one
definition. Each process serves its connections in one thread, one request at a time, so
nothing may keep it waiting: once a query has run 0.1 s, its other connections with a request
waiting, and new connections no process is free to accept, are handed to waitress; and a
response the client does not take at once goes to waitress, with its connection, to finish.

Timeouts. pyoxigraph releases the GIL while it evaluates, so a watchdog thread here answers
503 when a query overruns `--query-timeout` and then ends the process (nothing can stop the
evaluation otherwise); the parent starts another. The parent also kills a process whose query
is well past the limit, should the watchdog not get to run. A crash in the engine drops the
connection it was serving (the client sees it closed) and the parent starts a new process; so
with the nesting or size check turned off (`--max-nesting 0`, `--max-query-size 0`), which is
what lets a query overflow the stack, every request goes to waitress and its query workers,
where a crash becomes a 500.

Monotonic reads. The processes share a small file (`SharedState`): the number of writes the
parent made and the newest snapshot any of them answered from. A process behind either
refreshes its store handle before the query, so a client never sees an article vanish.
"""

from __future__ import annotations

import base64
import contextlib
import email.utils
import io
import os
import pickle
import select
import selectors
import signal
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from kg.server import deep_stack
from kg.server.acceptor_state import SharedState
from kg.server.config import ServerConfig
from kg.server.jobs import Job, Outcome
from kg.server.sparql_fast import SparqlFastPath
from kg.server.workers import JobExecutor, die_with_parent, run_safely, timeout_message

#: Control messages to the parent: (kind, n, m) then n + m bytes; a hand-off carries the connection's
#: fd, n bytes of a response still to send on it and m bytes of requests already read from it.
HEADER = struct.Struct("!BQQ")
READY, HANDOFF, FAILED = 0, 1, 2

_MAX_HEAD = 64 * 1024
_IDLE_SECONDS = 120.0  # waitress's channel_timeout: an idle keep-alive connection is closed
_TOKEN = frozenset(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WATCH_PERIOD = 0.05  # how often the watchdog looks: a timeout's 503 is at most this late
_SHED_AFTER = 0.1  # a query this long: other connections' waiting requests go to waitress


class _HandOff(Exception):
    """This request is for the parent's waitress and Flask app."""


def _hand_off_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    raise _HandOff


class _Watchdog:
    """Answers 503 on the connection of a query that overran its time, then ends the process.

    It looks every `_WATCH_PERIOD` instead of being woken per query: a wake-up would cost each
    query a thread switch, and the evaluation it watches runs without the GIL anyway. Once a
    query has run `_SHED_AFTER`, it also calls `on_long_query` (the acceptor hands its other
    connections that have a request waiting to waitress, so they do not wait for this query).
    """

    def __init__(self, state: SharedState, slot: int) -> None:
        self._state, self._slot = state, slot
        self._lock = threading.Lock()
        self._started = 0.0
        self._deadline = 0.0
        self._timeout = 0.0
        self._conn: socket.socket | None = None
        self.on_long_query: Callable[[socket.socket], None] | None = None
        threading.Thread(target=self._watch, name="kg-watchdog", daemon=True).start()

    def arm(self, conn: socket.socket, timeout: float) -> None:
        now = time.monotonic()
        self._state.set_busy(self._slot, now)
        self._conn, self._timeout, self._started, self._deadline = conn, timeout, now, now + timeout

    def disarm(self) -> None:
        with self._lock:  # held by the watchdog while it answers and ends the process
            self._deadline = 0.0
            self._conn = None
        self._state.set_busy(self._slot, 0.0)

    def _watch(self) -> None:
        while True:
            time.sleep(_WATCH_PERIOD)
            with self._lock:
                if not self._deadline or self._conn is None:
                    continue
                now = time.monotonic()
                if now - self._started >= _SHED_AFTER and self.on_long_query is not None:
                    self.on_long_query(self._conn)
                if now < self._deadline:
                    continue
                body = (timeout_message(self._timeout) + "\n").encode("utf-8")
                head = (f"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        f"Content-Length: {len(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n")
                with contextlib.suppress(OSError):
                    self._conn.settimeout(2.0)
                    self._conn.sendall(head.encode("ascii") + body)
                os._exit(3)


class _Inline(JobExecutor):
    """Runs the fast path's job in this process under the watchdog, on a store kept monotonic."""

    isolated = True

    def __init__(self, store: Any, state: SharedState, watchdog: _Watchdog) -> None:
        self.store, self.state, self.watchdog = store, state, watchdog
        self.conn: socket.socket | None = None
        self._seen = state.epoch()

    def run(self, job: Job, timeout: float) -> Outcome:
        epoch = self.state.epoch()
        if epoch > self._seen:  # the server wrote: read its snapshot, not the one cached a second ago
            self.store.refresh()
            self._seen = epoch
        elif (self.store.snapshot or "").encode("utf-8") < self.state.newest():
            self.store.refresh()  # another process already answered from a newer snapshot
        assert self.conn is not None
        self.watchdog.arm(self.conn, timeout)
        try:
            outcome = run_safely(self.store, job, None)
        finally:
            self.watchdog.disarm()
        self.state.saw(self.store.snapshot)
        return outcome


class _Conn:
    def __init__(self, sock: socket.socket, addr: Any) -> None:
        self.sock, self.addr = sock, addr
        self.buf = b""
        self.last = time.monotonic()
        self.gone = False


_date_cache: tuple[int, str] = (0, "")


def _http_date() -> str:
    global _date_cache
    now = int(time.time())
    if _date_cache[0] != now:
        _date_cache = (now, email.utils.formatdate(now, usegmt=True))
    return _date_cache[1]


class Acceptor:
    """The loop of one acceptor process: its connections and the listening socket, one request at a time."""

    def __init__(self, listener: socket.socket, control: socket.socket, app: SparqlFastPath, inline: _Inline,
                 server: tuple[str, str]) -> None:
        self.listener, self.control, self.app, self.inline, self.server = listener, control, app, inline, server
        # Only queries the nesting and size checks bound are run here: without the checks a query
        # may overflow even the deep stack, and a crash here would drop the connection, where a
        # query worker behind waitress turns it into a 500.
        self.answers = bool(app.config.max_nesting and app.config.max_query_size)
        self.selector = selectors.DefaultSelector()
        listener.setblocking(False)
        self.selector.register(listener, selectors.EVENT_READ)
        inline.watchdog.on_long_query = self._shed

    def _shed(self, busy: socket.socket) -> None:
        """Hand to waitress the connections other than `busy` that have a request waiting.

        Runs in the watchdog thread while this thread is inside a query (the evaluation does
        not hold the GIL), so nothing else touches the connections meanwhile.
        """
        waiting = [key.data for key in list(self.selector.get_map().values())
                   if key.data is not None and key.data.sock is not busy]
        readable = set(select.select([c.sock for c in waiting], [], [], 0)[0]) if waiting else set()
        for conn in waiting:
            if conn.buf or conn.sock in readable:
                with contextlib.suppress(OSError):
                    self._hand_off(conn)
        while True:  # and new connections, which no process is free to accept
            try:
                sock, addr = self.listener.accept()
            except OSError:  # BlockingIOError: none waiting
                return
            with contextlib.suppress(OSError):
                self._hand_off(_Conn(sock, addr))

    def run(self) -> None:
        sweep = time.monotonic() + _IDLE_SECONDS
        while True:
            for key, _ in self.selector.select(timeout=10.0):
                if key.fileobj is self.listener:
                    self._accept()
                else:
                    self._readable(key.data)
            if (now := time.monotonic()) >= sweep:  # close idle keep-alive connections, now and then
                sweep = now + 10.0
                for key in list(self.selector.get_map().values()):
                    if key.data is not None and now - key.data.last > _IDLE_SECONDS:
                        self._close(key.data)

    def _accept(self) -> None:
        try:
            sock, addr = self.listener.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return  # another acceptor took it
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(None)  # blocking, but every recv and send passes MSG_DONTWAIT
        self.selector.register(sock, selectors.EVENT_READ, _Conn(sock, addr))

    def _close(self, conn: _Conn) -> None:
        with contextlib.suppress(KeyError, ValueError):
            self.selector.unregister(conn.sock)
        conn.sock.close()

    def _readable(self, conn: _Conn) -> None:
        if conn.gone:  # handed over while this thread ran a query (`_shed`)
            return
        try:
            data = conn.sock.recv(256 * 1024, socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError, TimeoutError):
            return
        except OSError:
            data = b""
        if not data:
            self._close(conn)
            return
        conn.buf += data
        conn.last = time.monotonic()
        while conn.buf and self._serve_one(conn):
            pass

    def _serve_one(self, conn: _Conn) -> bool:
        """Answer the request at the head of `conn.buf` if it is complete; True to look for another."""
        end = conn.buf.find(b"\r\n\r\n")
        if end < 0:
            if len(conn.buf) > _MAX_HEAD:
                self._hand_off(conn)
            return False
        environ = self._environ(conn, conn.buf[:end])
        if environ is None:
            self._hand_off(conn)
            return False
        length = int(environ.get("CONTENT_LENGTH") or 0)
        start = end + 4
        if len(conn.buf) < start + length:
            return False  # the body is still coming
        environ["wsgi.input"] = io.BytesIO(conn.buf[start:start + length])
        status_headers: list[Any] = []
        try:
            body = self.app(environ, lambda status, headers, exc_info=None: status_headers.extend((status, headers)))
        except _HandOff:
            self._hand_off(conn)
            return False
        close = environ.pop("kg.close")
        lines = [f"HTTP/1.1 {status_headers[0]}"]
        lines += [f"{name}: {value}" for name, value in status_headers[1]]
        lines += [f"Date: {_http_date()}", "Server: kg"]
        if close:
            lines.append("Connection: close")
        elif environ["SERVER_PROTOCOL"] == "HTTP/1.0":
            lines.append("Connection: Keep-Alive")
        payload = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        conn.buf = conn.buf[start + length:]
        try:
            for chunk in body:
                payload += chunk
            unsent = self._send(conn.sock, payload)
        except OSError:
            unsent, close = b"", True
        finally:
            getattr(body, "close", lambda: None)()
        if unsent:  # a client slower to read than this process to answer: waitress sends the rest
            self._hand_off(conn, unsent)
            return False
        if close:
            self._close(conn)
            return False
        return True

    @staticmethod
    def _send(sock: socket.socket, payload: bytes) -> bytes:
        """Send what the socket takes without waiting; the rest, if any (one slow client must not
        hold up this process's other connections)."""
        view = memoryview(payload)
        while view:
            try:
                view = view[sock.send(view, socket.MSG_DONTWAIT):]
            except (BlockingIOError, InterruptedError):
                return bytes(view)
        return b""

    def _environ(self, conn: _Conn, head: bytes) -> dict[str, Any] | None:
        """The WSGI environ of a request this process answers; None for any other (hand it off)."""
        if not self.answers:
            return None
        lines = head.split(b"\r\n")
        parts = lines[0].split(b" ")
        if len(parts) != 3 or parts[0] not in (b"GET", b"POST") or parts[2] not in (b"HTTP/1.1", b"HTTP/1.0"):
            return None
        path, _, query = parts[1].partition(b"?")
        if path != self.app.path.encode("ascii"):
            return None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(b":")
            if not sep or not name or b"_" in name or not _TOKEN.issuperset(name):
                return None  # obs-fold, spaces before the colon, `_` (waitress drops those), …
            key = name.decode("ascii").upper().replace("-", "_")
            if key in headers:
                return None  # a repeated header: waitress's rules for joining them apply
            headers[key] = value.strip(b" \t").decode("latin-1")
        if "TRANSFER_ENCODING" in headers or "EXPECT" in headers or "HOST" not in headers:
            return None
        length = headers.pop("CONTENT_LENGTH", None)
        if length is not None and (not length.isdigit() or int(length) > self.app.config.max_request_bytes):
            return None
        if parts[0] == b"POST" and length is None:
            return None
        token = headers.get("CONNECTION", "").lower()
        close = "close" in token if parts[2] == b"HTTP/1.1" else "keep-alive" not in token
        environ: dict[str, Any] = {
            "REQUEST_METHOD": parts[0].decode("ascii"), "SCRIPT_NAME": "", "PATH_INFO": path.decode("ascii"),
            "QUERY_STRING": query.decode("latin-1"), "SERVER_NAME": self.server[0], "SERVER_PORT": self.server[1],
            "SERVER_PROTOCOL": parts[2].decode("ascii"), "wsgi.url_scheme": "http",
            "REMOTE_ADDR": str(conn.addr[0]) if conn.addr else "", "kg.close": close,
        }
        if length is not None:
            environ["CONTENT_LENGTH"] = length
        if "CONTENT_TYPE" in headers:
            environ["CONTENT_TYPE"] = headers.pop("CONTENT_TYPE")
        environ.update(("HTTP_" + key, value) for key, value in headers.items())
        self.inline.conn = conn.sock
        return environ

    def _hand_off(self, conn: _Conn, unsent: bytes = b"") -> None:
        """Pass the connection, the response bytes still to send and what was read to the parent's waitress."""
        conn.gone = True
        with contextlib.suppress(KeyError, ValueError):
            self.selector.unregister(conn.sock)
        conn.sock.setblocking(True)
        try:
            socket.send_fds(self.control, [HEADER.pack(HANDOFF, len(unsent), len(conn.buf))], [conn.sock.fileno()])
            self.control.sendall(unsent + conn.buf)
        finally:
            conn.sock.close()


def _serve(listen_fd: int, control: socket.socket, slot: int, state_path: str, location: str,
           config: ServerConfig, options: dict[str, float]) -> None:
    from kg.store.registry import open_store

    listener = socket.socket(fileno=listen_fd)
    state = SharedState(state_path, slot + 1)
    store = open_store(location, read_only=True, **options)
    inline = _Inline(store, state, _Watchdog(state, slot))
    host, port = listener.getsockname()[:2]
    app = SparqlFastPath(_hand_off_app, config, inline)
    acceptor = Acceptor(listener, control, app, inline, (str(host), str(port)))
    control.sendall(HEADER.pack(READY, 0, 0))
    acceptor.run()


def main(argv: list[str]) -> None:
    listen_fd, control_fd, parent_pid, slot = (int(a) for a in argv[:4])
    state_path, location = argv[4], argv[5]
    config, options = pickle.loads(base64.b64decode(argv[6]))
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
    control = socket.socket(fileno=control_fd)
    try:
        # One thread with the deep stack runs the whole loop (see `kg.server.deep_stack`).
        deep_stack.call(_serve, listen_fd, control, slot, state_path, location, config, options)
    except Exception as exc:  # noqa: BLE001 - tell the server why, then exit
        message = f"{type(exc).__name__}: {exc}".encode()
        with contextlib.suppress(OSError):
            control.sendall(HEADER.pack(FAILED, len(message), 0) + message)
        raise


if __name__ == "__main__":
    main(sys.argv[1:])
