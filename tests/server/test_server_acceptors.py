"""`kg serve`'s acceptor processes: queries answered where they are accepted, the rest handed to waitress.

The protocol's other cases are covered over `create_server` (waitress only); these tests check
that `serve()`'s acceptors answer the same bytes, hand every other request over on the same
connection, keep the time limit, and never let reads go back in time across processes.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
import rdflib
from server_helpers import write_store

from kg.server.acceptor import _Inline, _Watchdog
from kg.server.acceptor_state import SharedState
from kg.server.jobs import QueryJob
from kg.store.oxigraph import OxigraphStore

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 2.0
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
EX = "http://example.org/"


class Served:
    def __init__(self, proc: subprocess.Popen[str], port: int) -> None:
        self.proc, self.port = proc, port

    def children(self, module: str) -> set[int]:
        """Pids of the server's child processes running `python -m module`."""
        found = set()
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == self.proc.pid and module.encode() in cmdline:
                found.add(int(entry))
        return found

    def connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)


def _serve(path: Path, config: str) -> Served:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
    code = (f"from kg.server.config import ServerConfig; from kg.server.serve import serve; "
            f"serve({str(path)!r}, port=0, threads=2, config=ServerConfig({config}))")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    line = proc.stdout.readline() if proc.stdout else ""
    if "serving" not in line:
        proc.kill()
        raise AssertionError(line + (proc.stderr.read() if proc.stderr else ""))
    return Served(proc, int(line.split(" at ")[1].split()[0].rstrip("/").rsplit(":", 1)[1]))


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return write_store(tmp_path_factory)


@pytest.fixture(scope="module")
def served(small):
    server = _serve(small, "workers=2, title='kg test'")
    yield server
    server.proc.terminate()
    server.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def slow_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("acceptors") / "store"
    with OxigraphStore(path) as writer:
        writer.add_to_graph(
            "https://kg.example.org/graph/generated",
            [(ox.NamedNode(f"https://kg.example.org/e/{i}"), ox.NamedNode("http://p"), ox.Literal(f"v{i}"))
             for i in range(2000)],
        )
    return path


@pytest.fixture(scope="module")
def slow(slow_path):
    server = _serve(slow_path, f"workers=2, query_timeout={TIMEOUT}")
    yield server
    server.proc.terminate()
    server.proc.wait(timeout=10)


def _exchange(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None,
              headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn.request(method, path, body=body, headers=headers or {})
    resp = conn.getresponse()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()


REQUESTS = [
    ("GET", "/sparql?" + urlencode({"query": "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o LIMIT 5"}), None,
     {"Accept": "application/sparql-results+json"}),
    ("POST", "/sparql", urlencode({"query": "ASK { ?s ?p ?o }"}).encode(),
     {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv, */*;q=0.1"}),
    ("POST", "/sparql", b"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 3",
     {"Content-Type": "application/sparql-query", "Accept": "application/n-triples"}),
    ("GET", "/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p }"}), None, {}),
    ("GET", "/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}), None, {"Accept": "image/png"}),
    ("GET", "/sparql?" + urlencode({"query": 'ASK { ?s ?p "القاهرة"@ar }'}), None, {}),
    ("GET", "/sparql?" + urlencode([("query", "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g LIMIT 2"),
                                    ("named-graph-uri", "https://kg.example.org/graph/a1")]), None, {}),
    ("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", None, {}),
    ("GET", "/sparql?query=%E9%FF", None, {}),
    ("POST", "/sparql", b"update=CLEAR+ALL", {"Content-Type": "application/x-www-form-urlencoded"}),
    ("POST", "/sparql", b"ASK {}", {"Content-Type": "application/sparql-query; charset=latin-1"}),
    ("GET", "/sparql", None, {"Accept": "text/turtle"}),
]
IDS = ["get", "form", "query-body", "malformed", "not-acceptable", "arabic", "named-graph", "two-queries",
       "bad-utf8", "update", "latin-1", "service-description"]


@pytest.mark.parametrize("request_", REQUESTS, ids=IDS)
def test_an_acceptor_answers_the_same_status_headers_and_bytes_as_waitress(served, small, start_server, request_):
    method, path, body, headers = request_
    waitress = start_server(small)
    expected = waitress.request(method, path, body, headers)
    status, got, data = _exchange(served.connect(), method, path, body, headers)
    here = data.replace(f"127.0.0.1:{served.port}".encode(), b"HOST")  # pages name their own address
    assert (status, here) == (expected.status, expected.body.replace(f"127.0.0.1:{waitress.port}".encode(), b"HOST"))
    for name in ("content-type", "content-length", "vary", "x-content-type-options"):
        assert got.get(name) == expected.headers.get(name), name


def test_queries_are_answered_by_the_acceptors_not_by_the_query_workers(served):
    assert len(served.children("kg.server.acceptor")) == 2
    workers = served.children("kg.server.workers")
    before = {pid: Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[11:13] for pid in workers}
    conn = served.connect()
    for _ in range(20):
        assert _exchange(conn, "GET", "/sparql?" + urlencode({"query": CROSS_JOIN.replace("?e ?r ?f", "")}))[0] == 200
    after = {pid: Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[11:13] for pid in workers}
    assert before == after  # the query workers spent no CPU time (utime, stime) on them


def test_other_requests_on_the_same_connection_are_handed_to_waitress(served):
    conn = served.connect()
    assert _exchange(conn, "GET", "/sparql?query=ASK%7B%7D")[0] == 200  # an acceptor
    status, headers, page = _exchange(conn, "GET", "/")  # handed over with the bytes read
    assert status == 200 and headers["content-type"].startswith("text/html") and b"<html" in page.lower()
    assert _exchange(conn, "HEAD", "/sparql?query=ASK%7B%7D")[0] == 200
    status, _, data = _exchange(conn, "GET", "/sparql?query=ASK%7B%7D", headers={"Accept": "text/csv"})
    assert status == 200 and data.strip() in (b"true", b"_askResult\r\ntrue")  # waitress now owns it


def test_a_request_split_across_packets_is_answered(served):
    with socket.create_connection(("127.0.0.1", served.port), timeout=30) as sock:
        body = urlencode({"query": "ASK {}"}).encode()
        head = (f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
        for part in (head[:10], head[10:], body[:3], body[3:]):
            sock.sendall(part)
            time.sleep(0.05)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 200 ") and reply.endswith(b'"boolean":true}')


@pytest.mark.parametrize("extra", [b"Content_Length: 3\r\n", b"Accept: text/csv\r\nAccept: text/tsv\r\n",
                                   b"Transfer-Encoding: chunked\r\n"])
def test_requests_with_headers_the_acceptors_leave_to_waitress_are_answered(served, extra):
    """Headers with `_` (waitress drops them), repeated headers, chunked bodies: handed over, not dropped."""
    body = b"" if b"chunked" not in extra else b"0\r\n\r\n"
    raw = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n" + extra + b"Connection: close\r\n\r\n" + body
    with socket.create_connection(("127.0.0.1", served.port), timeout=30) as sock:
        sock.sendall(raw)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    status = int(reply.split(b" ", 2)[1])
    assert status in (200, 400), reply[:300]
    assert b"Server: kg" in reply


def test_a_query_over_the_time_limit_gets_503_and_the_server_answers_after(slow):
    before = slow.children("kg.server.acceptor")
    started = time.monotonic()
    status, headers, data = _exchange(slow.connect(), "GET", "/sparql?" + urlencode({"query": CROSS_JOIN}))
    elapsed = time.monotonic() - started
    assert status == 503 and f"{TIMEOUT:g} s time limit" in data.decode()
    assert headers["content-type"].startswith("text/plain")
    assert TIMEOUT - 0.2 <= elapsed < TIMEOUT + 3
    assert _exchange(slow.connect(), "GET", "/sparql?query=ASK%7B%7D")[0] == 200
    deadline = time.monotonic() + 30
    while True:  # the process that ran it is gone and a new one took its place
        now = slow.children("kg.server.acceptor")
        if len(now) == 2 and len(now - before) == 1:
            break
        assert time.monotonic() < deadline, (before, now)
        time.sleep(0.1)


def test_while_an_acceptor_runs_a_long_query_other_requests_are_answered_by_waitress(slow_path):
    server = _serve(slow_path, f"workers=1, query_timeout={TIMEOUT}")  # one acceptor: it is busy
    try:
        kept = server.connect()
        assert _exchange(kept, "GET", "/sparql?query=ASK%7B%7D")[0] == 200  # a keep-alive connection on it
        busy = server.connect()
        busy.request("GET", "/sparql?" + urlencode({"query": CROSS_JOIN}))
        time.sleep(0.3)
        for conn in (kept, server.connect()):  # the kept connection and a new one
            started = time.monotonic()
            assert _exchange(conn, "GET", "/sparql?query=ASK%7B%7D")[0] == 200
            assert time.monotonic() - started < 1.0
        assert busy.getresponse().status == 503
    finally:
        server.proc.terminate()
        server.proc.wait(timeout=10)


def test_a_client_slow_to_read_a_big_result_does_not_hold_up_the_acceptor(tmp_path_factory):
    path = tmp_path_factory.mktemp("acceptors-big") / "store"
    filler = "ن" * 60
    with OxigraphStore(path) as writer:
        writer.add_to_graph(f"{EX}big", [(ox.NamedNode(f"{EX}e/{i}"), ox.NamedNode(f"{EX}p"),
                                          ox.Literal(f"{filler}{i}")) for i in range(60_000)])
    server = _serve(path, "workers=1")  # one acceptor
    try:
        with socket.socket() as slow:
            slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a small window: the server's buffer fills
            slow.connect(("127.0.0.1", server.port))
            slow.sendall(b"GET /sparql?query=CONSTRUCT%7B%3Fs%3Fp%3Fo%7DWHERE%7B%3Fs%3Fp%3Fo%7D HTTP/1.1\r\n"
                         b"Host: x\r\nAccept: application/n-triples\r\n\r\n")
            slow.settimeout(60)
            reply = slow.recv(100)  # the answer (about 11 MB) has started: the query is over
            time.sleep(0.5)  # and the client reads no more of it for now
            started = time.monotonic()
            assert _exchange(server.connect(), "GET", "/sparql?query=ASK%7B%7D")[0] == 200
            assert time.monotonic() - started < 1.0
            while b"\r\n\r\n" not in reply:
                reply += slow.recv(65536)
            head, _, body = reply.partition(b"\r\n\r\n")
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length")))
            while len(body) < length:
                body += slow.recv(1 << 20)
        assert head.startswith(b"HTTP/1.1 200 ") and len(body) == length and body.count(b"\n") == 60_000
    finally:
        server.proc.terminate()
        server.proc.wait(timeout=10)


def test_without_the_checks_a_query_that_crashes_the_engine_gets_500_and_the_server_answers_after(slow_path):
    server = _serve(slow_path, "workers=1, max_nesting=0, max_query_size=0, max_request_bytes=2 << 20")
    try:
        deep = "SELECT * WHERE " + "{ " * 300_000 + "?s ?p ?o " + "} " * 300_000
        status, _, data = _exchange(server.connect(), "POST", "/sparql", deep.encode(),
                                    {"Content-Type": "application/sparql-query"})
        assert status == 500 and b"crashed" in data
        assert _exchange(server.connect(), "GET", "/sparql?query=ASK%7B%7D")[0] == 200
    finally:
        server.proc.terminate()
        server.proc.wait(timeout=10)


def test_a_write_through_the_server_is_read_back_at_once_by_every_acceptor(tmp_path_factory):
    path = write_store(tmp_path_factory, "acceptors-rw")
    server = _serve(path, "workers=2, enable_update=True, token='acceptor-token'")
    ask = "/sparql?" + urlencode({"query": f"ASK {{ <{EX}new> ?p ?o }}"})
    try:
        conns = [server.connect() for _ in range(4)]  # spread over both acceptors; each reads now
        assert all(_exchange(conn, "GET", ask)[0] == 200 for conn in conns)
        status, _, data = _exchange(server.connect(), "POST", "/update",
                                    f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}new> <{EX}p> 1 }} }}".encode(),
                                    {"Content-Type": "application/sparql-update",
                                     "Authorization": "Bearer acceptor-token"})
        assert status == 204, data
        # within a second of their last read: only the server's word makes them refresh now
        for conn in conns:
            status, _, data = _exchange(conn, "GET", ask, headers={"Accept": "application/sparql-results+json"})
            assert status == 200 and b"true" in data
    finally:
        server.proc.terminate()
        server.proc.wait(timeout=10)


def _add(path: Path, name: str) -> None:
    with OxigraphStore(path) as writer:  # closing publishes a snapshot
        writer.replace_graph(EX + "graph/" + name, [(rdflib.URIRef(EX + name), rdflib.URIRef(EX + "p"),
                                                      rdflib.Literal(name))])


def test_reads_never_go_back_across_acceptors_and_follow_the_servers_writes(tmp_path):
    path = tmp_path / "kg"
    _add(path, "first")
    state = SharedState(str(tmp_path / "state"), 2)
    here, there = socket.socketpair()
    # an hour between timed refreshes: only the shared state moves the handles
    a, b = (_Inline(OxigraphStore(path, read_only=True, refresh_interval=3600), state, _Watchdog(state, slot))
            for slot in (0, 1))
    a.conn = b.conn = here
    job = QueryJob("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", accept="text/tab-separated-values")

    def subjects(inline: _Inline) -> set[str]:
        outcome = inline.run(job, 30)
        assert outcome.status == 200, outcome.message
        return {line.strip("<>") for line in (outcome.body or b"").decode().splitlines()[1:]}

    try:
        assert subjects(a) == subjects(b) == {EX + "first"}
        _add(path, "later")
        assert subjects(a) == {EX + "first"}  # nobody told a: it stays on its snapshot
        a.store.refresh()  # a's timed refresh comes round
        assert subjects(a) == {EX + "first", EX + "later"}
        assert subjects(b) == {EX + "first", EX + "later"}  # b is behind what a answered from: it catches up
        _add(path, "third")
        state.bump_epoch()  # the server wrote
        assert subjects(b) == {EX + "first", EX + "later", EX + "third"}
    finally:
        a.store.close()
        b.store.close()
        state.close()
        here.close()
        there.close()
