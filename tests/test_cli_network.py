"""`kg query` never touches the network unless asked (issue 15, probe 4).

A canary HTTP server on 127.0.0.1 records every request; SERVICE clauses that name it, in
several spellings, must not reach it unless `--allow-service` names it.
"""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
EMPTY_RESULT = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'


class Canary(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def _answer(self) -> None:
        Canary.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(EMPTY_RESULT)))
        self.end_headers()
        self.wfile.write(EMPTY_RESULT)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def canary() -> Iterator[str]:
    Canary.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def store(tmp_path) -> Path:
    data = tmp_path / "d.nt"
    data.write_text('<https://kg.example.org/a> <https://kg.example.org/b> "c" .\n', encoding="utf-8")
    with open_store(tmp_path / "kg") as s:
        s.load(data)
    return tmp_path / "kg"


def kg_query(store: Path, sparql: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "query", "--store", str(store), sparql, *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


SPELLINGS = [
    "SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX c: <{url}> SELECT * {{ SERVICE c: {{ ?s ?p ?o }} }}",
    "BASE <{url}> SELECT * {{ SERVICE <> {{ ?s ?p ?o }} }}",
    "SELECT * {{ ?a ?b ?c FILTER(?a<?b) SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ {{ SELECT * {{ OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }} }}",
]


@pytest.mark.parametrize("template", SPELLINGS)
def test_kg_query_refuses_service_and_the_canary_hears_nothing(store, canary, template):
    proc = kg_query(store, template.format(url=canary))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "--allow-service" in proc.stderr
    assert Canary.hits == []


def test_kg_query_calls_only_the_endpoint_it_is_allowed(store, canary):
    proc = kg_query(store, f"SELECT * {{ SERVICE <{canary}> {{ ?s ?p ?o }} }}", "--allow-service", canary,
                    "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert len(Canary.hits) == 1
    other = canary.replace("/sparql", "/other")
    proc = kg_query(store, f"SELECT * {{ SERVICE <{other}> {{ ?s ?p ?o }} }}", "--allow-service", canary)
    assert proc.returncode == 1 and "not allowed" in proc.stderr
    assert len(Canary.hits) == 1


def test_kg_query_without_service_runs_as_before(store):
    proc = kg_query(store, "SELECT ?o { ?s ?p ?o } # no service here", "--format", "csv")
    assert proc.returncode == 0 and proc.stdout.splitlines() == ["o", "c"]
