"""Writes over real HTTP: off by default, bearer token only, SPARQL Update and the Graph Store Protocol."""

from __future__ import annotations

import pytest
import rdflib
from server_helpers import G, write_store

from kg.server.config import ServerConfig
from kg.store.oxigraph import OxigraphStore

TOKEN = "test-token-7f3a9c1e5b"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SPARQL_UPDATE = {"Content-Type": "application/sparql-update"}
TURTLE = {"Content-Type": "text/turtle; charset=utf-8"}
INSERT = ('INSERT DATA { GRAPH <https://kg.example.org/graph/u> '
          '{ <https://kg.example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "مكتوب"@ar } }')
ASK_INSERTED = 'ASK { <https://kg.example.org/x> ?p "مكتوب"@ar }'


@pytest.fixture(scope="module")
def rw_path(tmp_path_factory):
    return write_store(tmp_path_factory, "rw")


@pytest.fixture(scope="module")
def rw(rw_path, start_server):
    config = ServerConfig(workers=1, enable_update=True, token=TOKEN, max_upload_bytes=64 * 1024, query_timeout=10)
    return start_server(rw_path, config)


def _ask(client, query: str) -> bool:
    reply = client.get("/sparql", {"query": query})
    assert reply.status == 200, reply.text
    return reply.json()["boolean"]


def test_update_needs_the_option(client):
    """The default server refuses writes even with a token, and says how to enable them."""
    reply = client.request("POST", "/update", INSERT.encode(), {**SPARQL_UPDATE, **AUTH})
    assert reply.status == 403 and "--enable-update" in reply.text
    reply = client.request("PUT", f"/store?graph={G}z", b"<http://a> <http://b> <http://c> .", {**TURTLE, **AUTH})
    assert reply.status == 403
    assert client.request("GET", "/store?default", None, AUTH).status == 403


def test_enabling_updates_without_a_token_is_refused():
    with pytest.raises(ValueError, match="KG_TOKEN"):
        ServerConfig(enable_update=True)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer "}],
)
def test_update_refused_without_the_right_token(rw, headers):
    reply = rw.request("POST", "/update", INSERT.encode(), {**SPARQL_UPDATE, **headers})
    assert reply.status == 401 and reply.headers["www-authenticate"].startswith("Bearer")
    reply = rw.request("DELETE", f"/store?graph={G}a1", None, headers)
    assert reply.status == 401
    assert not _ask(rw, ASK_INSERTED)
    assert _ask(rw, f"ASK {{ GRAPH <{G}a1> {{ ?s ?p ?o }} }}")


def test_update_accepted_with_the_token_and_read_back_at_once(rw):
    reply = rw.request("POST", "/update", INSERT.encode(), {**SPARQL_UPDATE, **AUTH})
    assert reply.status == 204, reply.text
    assert _ask(rw, ASK_INSERTED)  # read-your-writes: the workers catch up before the next query
    reply = rw.post_form("/update", {"update": f"DELETE WHERE {{ GRAPH <{G}u> {{ ?s ?p ?o }} }}"})
    assert reply.status == 401  # the form needs the token too
    reply = rw.request(
        "POST", "/update", f"update=DROP+GRAPH+<{G}u>".encode(),
        {"Content-Type": "application/x-www-form-urlencoded", **AUTH},
    )
    assert reply.status == 204 and not _ask(rw, ASK_INSERTED)


def test_update_errors(rw):
    send = lambda text, **kw: rw.request("POST", "/update" + kw.get("qs", ""), text.encode(), {**SPARQL_UPDATE, **AUTH})  # noqa: E731
    reply = send("INSERT DATA { <http://a> <http://b> }")
    assert reply.status == 400 and "malformed SPARQL update" in reply.text
    reply = send("DROP GRAPH <http://nowhere.example/g>")
    assert reply.status == 400 and "update failed" in reply.text
    reply = send("LOAD <http://127.0.0.1:1/data.ttl>")
    assert reply.status == 403 and "LOAD is disabled" in reply.text
    reply = send("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert reply.status == 403 and "SERVICE" in reply.text
    reply = send("WITH <http://g> INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", qs=f"?using-graph-uri={G}a1")
    assert reply.status == 400 and "not both" in reply.text
    reply = rw.request("POST", "/update", b"query=ASK{}", {"Content-Type": "application/x-www-form-urlencoded", **AUTH})
    assert reply.status == 400
    assert rw.request("GET", "/update?update=CLEAR+ALL", None, AUTH).status == 405


def test_using_graph_uri_sets_the_update_dataset(rw):
    update = (f"INSERT {{ GRAPH <{G}copy> {{ ?s ?p ?o }} }}"
              " WHERE { ?s a <https://w3id.org/kg-ar/ontology#Place> ; ?p ?o }")
    reply = rw.request("POST", f"/update?using-graph-uri={G}a2", update.encode(), {**SPARQL_UPDATE, **AUTH})
    assert reply.status == 204, reply.text
    assert _ask(rw, f'ASK {{ GRAPH <{G}copy> {{ ?s ?p "القاهرة"@ar }} }}')
    assert rw.request("POST", "/update", f"DROP GRAPH <{G}copy>".encode(), {**SPARQL_UPDATE, **AUTH}).status == 204


def _graph(reply) -> rdflib.Graph:
    return rdflib.Graph().parse(data=reply.text, format="turtle")


def test_graph_store_protocol(rw):
    iri = "https://kg.example.org/graph/gsp"
    body = '<https://kg.example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "أ"@ar .'
    assert rw.request("GET", f"/store?graph={iri}", None, AUTH).status == 404
    reply = rw.request("PUT", f"/store?graph={iri}", body.encode(), {**TURTLE, **AUTH})
    assert reply.status == 201, reply.text
    reply = rw.request("GET", f"/store?graph={iri}", None, {**AUTH, "Accept": "text/turtle"})
    assert reply.status == 200 and reply.content_type.startswith("text/turtle")
    assert {str(o) for o in _graph(reply).objects()} == {"أ"}
    assert rw.request("HEAD", f"/store?graph={iri}", None, AUTH).status == 200

    replaced = '<https://kg.example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "ب"@ar .'
    assert rw.request("PUT", f"/store?graph={iri}", replaced.encode(), {**TURTLE, **AUTH}).status == 204
    merged = '<https://kg.example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "ج"@ar .'
    ntriples = {"Content-Type": "application/n-triples"}
    assert rw.request("POST", f"/store?graph={iri}", merged.encode(), {**ntriples, **AUTH}).status == 204
    reply = rw.request("GET", f"/store?graph={iri}", None, AUTH)
    assert {str(o) for o in _graph(reply).objects()} == {"ب", "ج"}

    assert rw.request("DELETE", f"/store?graph={iri}", None, AUTH).status == 204
    assert rw.request("GET", f"/store?graph={iri}", None, AUTH).status == 404
    assert rw.request("DELETE", f"/store?graph={iri}", None, AUTH).status == 404
    assert rw.request("HEAD", f"/store?graph={iri}", None, AUTH).status == 404


def test_graph_store_default_graph_and_new_graphs(rw):
    reply = rw.request("GET", "/store?default", None, AUTH)
    assert reply.status == 200 and {str(o) for o in _graph(reply).objects()} == {"شخص"}
    body = "<https://kg.example.org/n> <http://www.w3.org/2000/01/rdf-schema#label> 'جديد' ."
    reply = rw.request("POST", "/store", body.encode(), {**TURTLE, **AUTH})
    assert reply.status == 201 and reply.headers["location"].startswith(rw.base + "/store/graph/")
    created = reply.headers["location"]
    reply = rw.request("GET", f"/store?graph={created}", None, AUTH)
    assert {str(o) for o in _graph(reply).objects()} == {"جديد"}
    assert rw.request("DELETE", f"/store?graph={created}", None, AUTH).status == 204


def test_graph_store_bad_requests(rw):
    assert rw.request("PUT", "/store", b"", {**TURTLE, **AUTH}).status == 400  # no graph named
    assert rw.request("GET", f"/store?graph={G}a1&default", None, AUTH).status == 400
    reply = rw.request("PUT", f"/store?graph={G}bad", b"<http://a> <http://b> .", {**TURTLE, **AUTH})
    assert reply.status == 400 and "not valid RDF" in reply.text
    reply = rw.request("PUT", f"/store?graph={G}bad", b"{}", {"Content-Type": "image/png", **AUTH})
    assert reply.status == 415
    quads = b"<http://a> <http://b> <http://c> <http://g> ."
    reply = rw.request("PUT", f"/store?graph={G}bad", quads, {"Content-Type": "application/n-quads", **AUTH})
    assert reply.status == 400 and "names graphs" in reply.text
    big = b"# " + b"x" * (100 * 1024) + b"\n"
    assert rw.request("PUT", f"/store?graph={G}bad", big, {**TURTLE, **AUTH}).status == 413
    assert rw.request("GET", f"/store?graph={G}bad", None, AUTH).status == 404


def test_a_running_build_makes_writes_wait(rw, rw_path):
    """Oxigraph has one writer: while `kg build` holds the store, writes get 503 + Retry-After."""
    build = OxigraphStore(rw_path)  # what `kg build` opens
    try:
        reply = rw.request("POST", "/update", INSERT.encode(), {**SPARQL_UPDATE, **AUTH})
        assert reply.status == 503 and "busy" in reply.text and reply.headers["retry-after"]
        assert _ask(rw, "ASK {}")  # reads go on
    finally:
        build.close()
    reply = rw.request("POST", "/update", INSERT.encode(), {**SPARQL_UPDATE, **AUTH})
    assert reply.status == 204 and _ask(rw, ASK_INSERTED)


def test_dump_etag_changes_after_a_write(rw):
    first = rw.get("/dump.nq")
    etag = first.headers["etag"]
    assert rw.request("GET", "/dump.nq", None, {"If-None-Match": etag}).status == 304
    update = 'INSERT DATA { <https://kg.example.org/etag> <http://www.w3.org/2000/01/rdf-schema#label> "e" }'
    assert rw.request("POST", "/update", update.encode(), {**SPARQL_UPDATE, **AUTH}).status == 204
    second = rw.request("GET", "/dump.nq", None, {"If-None-Match": etag})
    assert second.status == 200 and second.headers["etag"] != etag
    assert b"https://kg.example.org/etag" in second.body
