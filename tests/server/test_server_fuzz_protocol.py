"""Random and mutated requests never get a 500 or kill a worker (issue 15, item 8).

Hypothesis sends the live server (read-write, with its token) queries and updates mutated from
the W3C syntax tests and from queries/*.rq (bytes cut, deleted, duplicated, replaced, SPARQL
punctuation and keywords, invalid UTF-8, NUL, giant literals inserted), plain random bytes,
in every way the protocol allows (GET, POST form, POST body) with random Accept,
Content-Type, charset and Content-Encoding headers (gzipped bodies too), extra and repeated
parameters; and random paths under the
Linked Data and dump routes. Each answer must be a 2xx, 3xx or 4xx with a body that says
what went wrong (no traceback), or 503/507 with their own messages (time limit, result cap);
never 500. At the end the same worker processes are still there and answer.

Bounded: a few hundred examples in all, derandomized (the same examples in every run; see the
hypothesis profiles in tests/conftest.py), a few seconds on a small machine.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.server.config import ServerConfig

pytestmark = pytest.mark.fuzz

ROOT = Path(__file__).resolve().parents[2]
W3C = Path(os.environ.get("KG_W3C_TESTS", ROOT.parent / "shared/data/w3c-rdf-tests")) / "sparql" / "sparql11"
TOKEN = "fuzz-token-3c9e"
CONFIG = ServerConfig(title="fuzz", workers=2, query_timeout=10.0, max_results=1_000, enable_update=True,
                      token=TOKEN, max_request_bytes=64 * 1024, max_upload_bytes=64 * 1024)
#: What the server may answer besides 2xx-4xx: a query stopped at the time limit, a result over the cap.
LIMIT_STATUSES = {503: ("time limit", "busy"), 507: ("more than",)}

_BUILTIN_QUERIES = [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
    'ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> "القاهرة"@ar }',
    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3",
    "DESCRIBE <https://kg.example.org/entity/person/putin>",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"^ف\", \"i\")) } GROUP BY ?p",
    "SELECT ?x WHERE { VALUES ?x { 1 2.5 \"a\"@en <http://e/> } BIND(?x + 1 AS ?y) } ORDER BY DESC(?x)",
    "SELECT * WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label>+ ?o OPTIONAL { ?o ?q ?r } MINUS { ?s a ?t } }",
]
_BUILTIN_UPDATES = [
    'INSERT DATA { GRAPH <https://kg.example.org/graph/fuzz> { <http://e/s> <http://e/p> "o" } }',
    "DELETE WHERE { GRAPH <https://kg.example.org/graph/fuzz> { ?s ?p ?o } }",
    "CLEAR SILENT GRAPH <https://kg.example.org/graph/fuzz>",
    "WITH <https://kg.example.org/graph/fuzz> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
]
#: Fragments that break a query in interesting places.
_FRAGMENTS = [b"{", b"}", b"(", b")", b"[", b"]", b"<", b">", b'"', b"'''", b"\\", b"\\u", b"%", b"#", b"?",
              b"$", b";", b".", b",", b"^^", b"@", b"_:", b"SERVICE <http://127.0.0.1:1/>", b"GRAPH", b"UNION",
              b"FILTER(", b"SELECT", b"LOAD <http://127.0.0.1:1/x>", b"BASE <", b"PREFIX a: <", b"a:",
              b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xef\xbf\xbf", "😀".encode(), "ـ".encode(),
              b"\r\n", b"\t", b" " * 64]


def _read_seeds(folder: str, suffix: str) -> list[bytes]:
    path = W3C / folder
    return [p.read_bytes() for p in sorted(path.glob(f"*{suffix}"))] if path.is_dir() else []


QUERY_SEEDS = [q.encode() for q in _BUILTIN_QUERIES] + _read_seeds("syntax-query", ".rq") \
    + [p.read_bytes() for p in sorted((ROOT / "queries").glob("*.rq"))]
UPDATE_SEEDS = [u.encode() for u in _BUILTIN_UPDATES] + _read_seeds("syntax-update-1", ".ru")


@st.composite
def mutated(draw, seeds: list[bytes]) -> bytes:
    """A seed with up to five edits, or random bytes, or a giant literal."""
    kind = draw(st.sampled_from(["mutate", "mutate", "mutate", "random", "giant"]))
    if kind == "random":
        return draw(st.binary(max_size=300))
    if kind == "giant":
        size = draw(st.sampled_from([10_000, 60_000, 70_000]))  # under and over max_request_bytes
        quote = draw(st.sampled_from([b'"', b"'''", b"<"]))
        return (b"SELECT * WHERE { ?s ?p " + quote + draw(st.sampled_from([b"a", "ب".encode(), b"\\"])) * size + quote
                + b" }")
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["cut", "delete", "insert", "replace", "duplicate"]))
        if op == "cut":
            del data[at:]
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 20))]
        elif op == "insert":
            data[at:at] = draw(st.one_of(st.sampled_from(_FRAGMENTS), st.binary(min_size=1, max_size=8)))
        elif op == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif op == "duplicate":
            data[at:at] = data[max(0, at - 40):at] * draw(st.integers(1, 50))
    return bytes(data)


_header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f"),
                       max_size=60)
ACCEPTS = st.one_of(
    st.none(),
    st.sampled_from(["*/*", "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                     "text/tab-separated-values", "text/turtle", "application/n-triples", "application/ld+json",
                     "application/rdf+xml", "text/html", "image/png", "text/turtle;q=0", "*/*;q=0",
                     "application/json;q=0.5, text/csv;q=abc", ";;;,,,", "text/*, application/*;q=0.1"]),
    _header_text,
)
CHARSETS = st.sampled_from(["", "; charset=utf-8", "; charset=UTF-8", "; charset=latin-1", "; charset=utf-16",
                            "; charset=", '; charset="utf-8"', "; boundary=x", ";;"])


@st.composite
def sparql_requests(draw) -> tuple[str, str, bytes | None, dict[str, str]]:
    """(method, path, body, headers) for /sparql or /update, in any of the protocol's forms."""
    update = draw(st.booleans())
    text = draw(mutated(UPDATE_SEEDS if update else QUERY_SEEDS))
    endpoint, name = ("/update", "update") if update else ("/sparql", "query")
    headers: dict[str, str] = {}
    accept = draw(ACCEPTS)
    if accept is not None:
        headers["Accept"] = accept
    if update and draw(st.integers(0, 9)):
        headers["Authorization"] = f"Bearer {TOKEN}"
    if draw(st.integers(0, 5)) == 0:  # kg does not decode bodies: a declared encoding must not confuse it
        headers["Content-Encoding"] = draw(st.sampled_from(["gzip", "deflate", "br", "identity", "x, gzip"]))
        if draw(st.booleans()):
            text = gzip.compress(text, mtime=0)
    extra = b""
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from([b"default-graph-uri", b"named-graph-uri", b"using-graph-uri", b"query", b"update",
                                    b"x", b"", b"%FF"]))
        value = draw(st.one_of(st.sampled_from([b"https://kg.example.org/graph/a1", b"not an iri", b"", b"<>",
                                                b"http://e/\xff"]), st.binary(max_size=20)))
        extra += b"&" + quote_from_bytes(key).encode() + b"=" + quote_from_bytes(value).encode()
    form = draw(st.sampled_from(["get", "form", "body", "wrong-type"]))
    if form == "get":
        return "GET", f"{endpoint}?{name}={quote_from_bytes(text)}{extra.decode()}", None, headers
    if form == "form":
        headers["Content-Type"] = "application/x-www-form-urlencoded" + draw(CHARSETS)
        return "POST", endpoint, name.encode() + b"=" + quote_from_bytes(text).encode() + extra, headers
    if form == "body":
        headers["Content-Type"] = f"application/sparql-{name}" + draw(CHARSETS)
        return "POST", endpoint + ("?" + extra.decode()[1:] if extra else ""), text, headers
    headers["Content-Type"] = draw(st.one_of(st.sampled_from(["text/plain", "multipart/form-data", "", "a/b/c"]),
                                             _header_text))
    return "POST", endpoint, text, headers


PATH_PREFIXES = ["/page/", "/data/", "/entity/", "/entity/person/", "/article/", "/dump.", "/store?graph=",
                 "/assets/", "/sparql/", "/"]


@st.composite
def other_requests(draw) -> tuple[str, str, bytes | None, dict[str, str]]:
    """GET/HEAD of random paths under the Linked Data, dump, store and static routes."""
    method = draw(st.sampled_from(["GET", "GET", "HEAD", "OPTIONS", "DELETE", "PUT"]))
    tail = draw(st.one_of(st.binary(max_size=60), st.sampled_from([
        b"entity/person/putin", b"entity/person/putin.ttl", b"entity/person/putin.exe", b"..%2F..%2Fetc/passwd",
        b"nq.gz", b"ttl", b"x" * 3000, b"%00", b"graph/a1#frag", "مدينة/القاهرة".encode()])))
    path = draw(st.sampled_from(PATH_PREFIXES)) + quote_from_bytes(tail, safe=b"/.%")
    headers = {"Authorization": f"Bearer {TOKEN}"} if method in ("PUT", "DELETE") else {}
    accept = draw(ACCEPTS)
    if accept is not None:
        headers["Accept"] = accept
    body = draw(st.binary(max_size=200)) if method == "PUT" else None
    if body is not None:
        headers["Content-Type"] = draw(st.sampled_from(["text/turtle", "application/n-quads", "text/plain"]))
    return method, path, body, headers


@pytest.fixture(scope="module")
def fuzzed(store_path, start_server):
    client = start_server(store_path, CONFIG)
    assert client.get("/sparql", {"query": "ASK {}"}).status == 200  # the workers are up
    client.limit_hits = []
    return client


def _workers(client) -> set[int]:
    executor = client.server.kg_app.extensions["kg.executor"]
    inner = executor.start()
    return {w.proc.pid for pool in (inner.readers, inner.writer) if pool is not None for w in pool._all}


def _check(client, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> None:
    reply = client.request(method, path, body, headers)
    shown = f"{method} {path[:200]} {headers} {body[:200] if body else body!r} -> {reply.status} {reply.body[:300]!r}"
    assert reply.status != 500 and reply.status < 600, shown
    if reply.status in LIMIT_STATUSES:
        assert any(word in reply.text for word in LIMIT_STATUSES[reply.status]), shown
        client.limit_hits.append(reply.status)
    elif reply.status >= 500:
        raise AssertionError(shown)
    if reply.status >= 400 and method != "HEAD":
        assert reply.body.strip(), shown  # an error says what went wrong
        assert b"Traceback" not in reply.body and b"Internal Server Error" not in reply.body, shown


#: KG_FUZZ_SCALE=10 runs ten times as many examples (with KG_HYPOTHESIS=explore: new ones each run).
SCALE = float(os.environ.get("KG_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=int(250 * SCALE), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])


@FUZZ
@given(request=sparql_requests())
def test_a_mutated_query_or_update_never_gets_a_500(fuzzed, request):
    _check(fuzzed, *request)


@settings(FUZZ, max_examples=int(120 * SCALE))
@given(request=other_requests())
def test_a_random_path_never_gets_a_500(fuzzed, request):
    _check(fuzzed, *request)


def test_the_same_workers_survived_the_fuzzing(fuzzed):
    before = getattr(fuzzed, "worker_pids", None)
    reply = fuzzed.get("/sparql", {"query": "ASK { ?s ?p ?o }"}, accept="application/sparql-results+json")
    assert reply.status == 200
    if not fuzzed.limit_hits:  # no worker was killed at the time limit: none may have died either
        assert before is None or _workers(fuzzed) == before


@pytest.fixture(scope="module", autouse=True)
def _remember_workers(fuzzed):
    fuzzed.worker_pids = _workers(fuzzed)


# -- what the fuzzing found, as regression tests ----------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "POST", "DELETE"])
@pytest.mark.parametrize("graph", ["", "not%20an%20iri", "relative/graph", "http://e/a%20b", "http://e/%3Cx%3E"])
def test_a_graph_store_request_naming_no_iri_is_a_400_not_a_500(fuzzed, method, graph):
    """Found by the fuzzer: `DELETE /store?graph=` reached the worker, whose NamedNode() raised (500)."""
    body = b"<http://e/s> <http://e/p> <http://e/o> ." if method in ("PUT", "POST") else None
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/n-triples"}
    reply = fuzzed.request(method, f"/store?graph={graph}", body, headers)
    assert reply.status == 400, reply.body
    if method != "HEAD":
        assert "is not an absolute IRI" in reply.text and len(reply.text.strip().splitlines()) == 1
