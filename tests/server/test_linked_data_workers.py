"""Linked Data pages are built in the query workers, under the timeout, cached per snapshot (issue 15, probe 8).

A live server over a store folder (so pages go through the worker processes, as in `kg serve`):
the page still shows what the store holds, it is built once per store snapshot however many
clients ask, a write makes the next request rebuild it, and a page too slow for
`--query-timeout` is stopped with a clear 503 while the server goes on answering.
"""

from __future__ import annotations

import threading

import pytest
import rdflib
from ld_fixtures import FACTS, FACTS_GRAPH, IRIS, LINKED1, LINKED2, MEETING_IRI, PUTIN_IRI, RUN, parse_html

from kg.rdf.article import article_graph
from kg.server.config import ServerConfig
from kg.store.oxigraph import OxigraphStore

BASE = IRIS.base
TOKEN = "test-token-ld-4b1d"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
HEAVY_IRI = BASE + "entity/person/heavy"
HEAVY_MENTIONS = 20_000


def _path(iri: str) -> str:
    return "/" + iri[len(BASE):]


def _write_fixture(path) -> None:
    with OxigraphStore(path) as writer:
        for linked in (LINKED1, LINKED2):
            writer.replace_graph(str(IRIS.article_graph_iri(linked.document)), article_graph(linked, RUN, IRIS))
        writer.replace_graph(FACTS_GRAPH, rdflib.Graph().parse(data=FACTS, format="turtle"))


def _heavy_triples(n: int) -> str:
    """An entity mentioned in `n` articles: its page reads and sorts them all (about 0.5 s)."""
    e = f"<{HEAVY_IRI}>"
    out = [f'{e} <{LABEL}> "كثير الذكر"@ar .']
    for i in range(n):
        a = f"<{BASE}article/heavy{i}>"
        c, m = f"<{BASE}article/heavy{i}#char=0,>", f"<{BASE}article/heavy{i}#char=0,4>"
        out += [
            f"{m} <http://www.w3.org/2005/11/its/rdf#taIdentRef> {e} .",
            f'{m} <{NIF}beginIndex> "0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .',
            f'{m} <{NIF}endIndex> "4"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .',
            f"{m} <{NIF}referenceContext> {c} .",
            f'{c} <{NIF}isString> "كثير في الخبر {i}" .',
            f"{c} <https://w3id.org/kg-ar/ontology#article> {a} .",
            f"{a} <https://schema.org/mentions> {e} .",
            f'{a} <https://schema.org/datePublished> "2024-01-{1 + i % 28:02d}"'
            "^^<http://www.w3.org/2001/XMLSchema#date> .",
        ]
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def ld_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("ld-workers") / "store"
    _write_fixture(path)
    return path


@pytest.fixture(scope="module")
def rw(ld_path, start_server):
    config = ServerConfig(title="kg test", workers=2, enable_update=True, token=TOKEN, query_timeout=20)
    return start_server(ld_path, config)


def _cache(client):
    return client.server.kg_app.extensions["kg.linked_data_cache"]


def _page(client, iri: str):
    reply = client.get("/page" + _path(iri))
    assert reply.status == 200, reply.text
    return reply


def test_a_page_built_by_a_worker_shows_what_the_store_holds(rw):
    reply = _page(rw, PUTIN_IRI)
    doc = parse_html(reply.text)
    assert doc.find("h1") is not None and "فلاديمير بوتين" in doc.find("h1").text
    assert "Vladimir Putin" in reply.text
    assert _path(MEETING_IRI) in reply.text  # the related meeting is linked
    assert reply.headers["content-security-policy"].startswith("default-src 'none'")
    rdf = rw.get("/data" + _path(PUTIN_IRI) + ".ttl")
    assert rdf.status == 200
    graph = rdflib.Graph().parse(data=rdf.text, format="turtle")
    assert (rdflib.URIRef(PUTIN_IRI), rdflib.RDFS.label, rdflib.Literal("Vladimir Putin", lang="en")) in graph


def test_the_redirect_and_the_404_still_answer_from_the_workers(rw):
    reply = rw.get(_path(PUTIN_IRI), accept="text/turtle")
    assert reply.status == 303 and reply.headers["location"].endswith(_path(PUTIN_IRI) + ".ttl")
    missing = rw.get("/page/entity/person/nobody")
    assert missing.status == 404 and "nothing is known about" in missing.text


def test_many_clients_on_one_page_build_it_once(rw):
    cache = _cache(rw)
    iri = MEETING_IRI
    builds = cache.builds
    replies = []

    def fetch() -> None:
        replies.append(rw.get("/page" + _path(iri)))

    threads = [threading.Thread(target=fetch) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status for r in replies] == [200] * 12
    assert len({r.body for r in replies}) == 1
    assert cache.builds == builds + 1
    hits = cache.hits
    _page(rw, iri)
    assert cache.hits == hits + 1 and cache.builds == builds + 1


def test_a_write_makes_the_next_request_rebuild_the_page(rw):
    before = _page(rw, PUTIN_IRI)
    assert "الرئيس المحدث" not in before.text
    update = f'INSERT DATA {{ GRAPH <{BASE}graph/u> {{ <{PUTIN_IRI}> <{LABEL}> "الرئيس المحدث"@ar }} }}'
    reply = rw.request("POST", "/update", update.encode(),
                       {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert reply.status == 204, reply.text
    after = _page(rw, PUTIN_IRI)
    assert "الرئيس المحدث" in after.text
    rdf = rw.get("/data" + _path(PUTIN_IRI) + ".nt")
    assert "الرئيس المحدث" in rdf.text


@pytest.fixture(scope="module")
def slow(tmp_path_factory, start_server):
    path = tmp_path_factory.mktemp("ld-slow") / "store"
    data = path.parent / "heavy.nt"
    data.write_text(_heavy_triples(HEAVY_MENTIONS), encoding="utf-8")
    with OxigraphStore(path) as writer:
        writer.load(data)
    return start_server(path, ServerConfig(title="kg test", workers=2, query_timeout=0.25))


def test_a_page_slower_than_the_timeout_gets_a_clear_503_and_the_server_goes_on(slow):
    reply = slow.get("/page" + _path(HEAVY_IRI))
    assert reply.status == 503, reply.text
    assert reply.content_type.startswith("text/plain")
    assert reply.headers["x-content-type-options"] == "nosniff"
    text = reply.text.strip()
    assert "\n" not in text and "Traceback" not in text
    assert HEAVY_IRI in text and "0.25 s" in text and "time limit" in text
    ask = None
    for _ in range(100):  # the killed worker is replaced in the background
        ask = slow.get("/sparql", {"query": f"ASK {{ <{HEAVY_IRI}> ?p ?o }}"})
        if ask.status == 200:
            break
    assert ask is not None and ask.status == 200 and ask.json()["boolean"] is True


def test_a_snapshot_published_by_another_writer_makes_the_next_request_rebuild_the_page(live_pair):
    """`kg build` writing beside the server: each snapshot it publishes invalidates the cached page."""
    writer, client = live_pair
    person = BASE + "entity/person/ld-live"

    def label_on_page() -> str:
        reply = client.get("/page" + _path(person))
        assert reply.status == 200, reply.text
        return parse_html(reply.text).find("h1").text

    for label in ("الاسم الأول", "الاسم الثاني"):
        writer.replace_graph(BASE + "graph/live", rdflib.Graph().add(
            (rdflib.URIRef(person), rdflib.RDFS.label, rdflib.Literal(label, lang="ar"))))
        writer.publish()
        assert label in label_on_page()
        assert label in label_on_page()  # the second time from the cache, still the new one
