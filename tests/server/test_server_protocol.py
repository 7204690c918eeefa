"""Protocol details of our own over real HTTP: CORS, encodings, methods, quads for CONSTRUCT,
HEAD, escaping, and many concurrent clients."""

from __future__ import annotations

import json
import threading
from collections import Counter

import pyoxigraph as ox
import pytest
from server_helpers import LABEL, QUADS

from kg.server.config import ServerConfig

SELECT_LABELS = f"SELECT ?s ?l WHERE {{ ?s <{LABEL}> ?l }} ORDER BY ?l"
ARABIC = {"فلاديمير بوتين", "القاهرة", "شخص"}
XSS = '<script>alert("kg")</script>'


def test_put_on_the_query_endpoint_is_405(client):
    reply = client.request("PUT", "/sparql", b"ASK {}", {"Content-Type": "application/sparql-query"})
    assert reply.status == 405 and "GET" in reply.headers["allow"] and "POST" in reply.headers["allow"]


def test_non_utf8_body_is_refused(client):
    body = "ASK {}".encode("utf-16")
    reply = client.request("POST", "/sparql", body, {"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert reply.status == 415 and "UTF-8" in reply.text
    reply = client.request("POST", "/sparql", b"ASK { ?s ?p '\xff' }", {"Content-Type": "application/sparql-query"})
    assert reply.status == 400 and "UTF-8" in reply.text


def test_missing_content_type_is_415(client):
    assert client.request("POST", "/sparql", b"query=ASK%20%7B%7D").status == 415


@pytest.mark.parametrize("accept,fmt",
                         [("application/n-quads", ox.RdfFormat.N_QUADS), ("application/trig", ox.RdfFormat.TRIG)])
def test_construct_as_quads(client, accept, fmt):
    reply = client.get("/sparql", {"query": f"CONSTRUCT WHERE {{ ?s <{LABEL}> ?l }}"}, accept=accept)
    assert reply.status == 200 and reply.content_type.startswith(accept)
    quads = list(ox.parse(reply.body, fmt))
    assert {q.object.value for q in quads} == ARABIC
    assert {q.graph_name for q in quads} == {ox.DefaultGraph()}


def test_accept_with_parameters(client):
    reply = client.get("/sparql", {"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, accept="text/turtle; charset=utf-8")
    assert reply.status == 200 and reply.content_type == "text/turtle; charset=utf-8"
    reply = client.get("/sparql", {"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, accept="text/turtle; charset=latin-1")
    assert reply.status == 406


def test_head(client):
    reply = client.request("HEAD", "/sparql?query=ASK%20%7B%7D", None, {"Accept": "application/sparql-results+xml"})
    assert reply.status == 200 and reply.body == b""
    assert reply.content_type.startswith("application/sparql-results+xml")


def test_relative_iris_resolve_against_the_endpoint(client):
    rows = client.select("SELECT ?x WHERE { BIND(<thing> AS ?x) }")
    assert rows[0]["x"]["value"] == client.base + "/thing"


def test_error_messages_are_plain_text_never_html(client):
    reply = client.get("/sparql", {"query": f"SELECT * WHERE {{ {XSS} }}"})
    assert reply.status == 400 and reply.content_type.startswith("text/plain")
    assert reply.headers["x-content-type-options"] == "nosniff"


def test_title_is_escaped_on_the_form_page(store_path, start_server):
    client = start_server(store_path, ServerConfig(title=f"kg {XSS}", workers=1))
    reply = client.get("/sparql", accept="text/html")
    assert reply.status == 200 and reply.content_type.startswith("text/html")
    assert XSS not in reply.text and "&lt;script&gt;" in reply.text
    description = client.get("/sparql", accept="text/turtle").text  # RDF literal, serialized by pyoxigraph
    titles = [t.object.value for t in ox.parse(description, ox.RdfFormat.TURTLE) if t.predicate.value.endswith("title")]
    assert titles == [f"kg {XSS}"]


def test_labels_with_markup_come_back_as_data(store_path, tmp_path, start_server):
    """A label with <script> in it is data: JSON results carry it verbatim, XML results escape it."""
    from kg.store.oxigraph import OxigraphStore

    path = tmp_path / "xss"
    with OxigraphStore(path) as writer:
        writer.add_to_graph("https://kg.example.org/graph/x",
                            [(ox.NamedNode("https://kg.example.org/e"), ox.NamedNode(LABEL), ox.Literal(XSS))])
    client = start_server(path, ServerConfig(workers=1))
    rows = client.select(f"SELECT ?l WHERE {{ ?s <{LABEL}> ?l }}")
    assert rows[0]["l"]["value"] == XSS
    xml = client.get("/sparql", {"query": f"SELECT ?l WHERE {{ ?s <{LABEL}> ?l }}"},
                     accept="application/sparql-results+xml")
    assert XSS not in xml.text and "&lt;script&gt;" in xml.text


def test_cors_is_off_by_default(client):
    reply = client.request("GET", "/sparql?query=ASK%7B%7D", None, {"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in reply.headers


def test_cors_for_listed_origins(store_path, start_server):
    client = start_server(store_path, ServerConfig(workers=1, cors=("https://yasgui.example",)))
    reply = client.request("GET", "/sparql?query=ASK%7B%7D", None, {"Origin": "https://yasgui.example"})
    assert reply.headers["access-control-allow-origin"] == "https://yasgui.example"
    assert "Origin" in reply.headers["vary"]
    reply = client.request("GET", "/sparql?query=ASK%7B%7D", None, {"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in reply.headers
    preflight = client.request(
        "OPTIONS", "/sparql", None,
        {"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
         "Access-Control-Request-Headers": "content-type"},
    )
    assert preflight.status in (200, 204)
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "Content-Type" in preflight.headers["access-control-allow-headers"]


def test_cors_any_origin(store_path, start_server):
    client = start_server(store_path, ServerConfig(workers=1, cors=("*",)))
    reply = client.request("GET", "/dump.nt", None, {"Origin": "https://anywhere.example"})
    assert reply.headers["access-control-allow-origin"] == "*"
    assert "ETag" in reply.headers["access-control-expose-headers"]


def test_concurrent_clients_see_no_errors(client):
    """8 threads × 20 mixed requests against 2 query workers: every answer complete and correct."""
    accepts = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
               "text/tab-separated-values"]
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    described = client.get("/.well-known/void", accept="application/n-triples").body.count(b"\n")

    def work(n: int) -> None:
        for i in range(20):
            kind = (n + i) % 4
            try:
                if kind == 0:
                    reply = client.get("/sparql", {"query": SELECT_LABELS})
                    ok = (reply.status == 200
                          and {b["l"]["value"] for b in reply.json()["results"]["bindings"]} == ARABIC)
                elif kind == 1:
                    reply = client.post_query("/sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                              accept=accepts[i % 4])
                    ok = reply.status == 200 and str(QUADS) in reply.text
                elif kind == 2:
                    reply = client.get("/sparql", {"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                                       accept="application/n-triples")
                    ok = reply.status == 200 and reply.body.count(b"\n") == QUADS
                else:
                    reply = client.get("/dump.nq")
                    ok = reply.status == 200 and reply.body.count(b"\n") == QUADS + described
            except Exception as exc:  # noqa: BLE001 - collected and reported below
                with lock:
                    failures.append(f"thread {n} request {i}: {exc!r}")
                continue
            with lock:
                statuses[reply.status] += 1
                if not ok:
                    failures.append(f"thread {n} request {i}: {reply.status} {reply.text[:200]}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "clients hung"
    assert failures == [], failures[:5]
    assert statuses == Counter({200: 160})
    assert json.loads(client.get("/sparql", {"query": "ASK {}"}).text)["boolean"] is True
