"""The SPARQL fast path answers exactly what the Flask route answers, and ordinary queries skip Flask."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from werkzeug.test import Client as WsgiClient

from kg.server.app import close_app, create_app
from kg.server.config import ServerConfig
from kg.server.sparql_fast import SparqlFastPath
from kg.server.workers import InlineJobExecutor
from kg.store.oxigraph import OxigraphStore

SELECT = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
FORM = "application/x-www-form-urlencoded"
G = "https://kg.example.org/graph/a1"
ARABIC = 'SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> "فلاديمير بوتين"@ar } # بوتين = 100%'

#: (method, path with query string, headers, body): ordinary queries and every kind of refusal.
REQUESTS = [
    ("GET", "/sparql?" + urlencode({"query": SELECT}), {}, b""),
    ("GET", "/sparql?" + urlencode({"query": SELECT}), {"Accept": "text/csv"}, b""),
    ("GET", "/sparql?" + urlencode({"query": SELECT}),
     {"Accept": "application/sparql-results+xml;q=0.5, text/tab-separated-values"}, b""),
    ("GET", "/sparql?" + urlencode({"query": CONSTRUCT}), {"Accept": "text/turtle"}, b""),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}"}), {"Accept": "image/png"}, b""),
    ("GET", "/sparql?" + urlencode({"query": SELECT, "default-graph-uri": G}), {}, b""),
    ("GET", "/sparql?" + urlencode({"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": G}), {},
     b""),
    ("GET", "/sparql?" + urlencode({"query": "SELEKT nothing"}), {}, b""),
    ("GET", "/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"}), {}, b""),  # over the cap of 2
    ("GET", "/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}),
     {"Origin": "https://app.example"}, b""),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}"}), {"Origin": "https://elsewhere.example"}, b""),
    ("GET", "/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D", {}, b""),
    ("GET", "/sparql?query=ASK%20%7B%7D%E9%FF", {}, b""),
    ("GET", "/sparql?" + urlencode({"update": "CLEAR ALL"}), {}, b""),
    ("GET", "/sparql?" + urlencode({"query": "INSERT DATA { <a:a> <a:b> <a:c> }"}), {}, b""),
    ("GET", "/sparql?" + urlencode({"query": "ASK {" + "{" * 30 + "}" * 30 + "}"}), {}, b""),
    ("GET", "/sparql", {"Accept": "text/turtle"}, b""),
    ("GET", "/sparql", {"Accept": "text/html"}, b""),
    ("HEAD", "/sparql?" + urlencode({"query": SELECT}), {}, b""),
    ("OPTIONS", "/sparql", {"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}, b""),
    ("PUT", "/sparql", {}, b""),
    ("POST", "/sparql", {"Content-Type": FORM}, urlencode({"query": SELECT}).encode()),
    ("POST", "/sparql?" + urlencode({"default-graph-uri": G}), {"Content-Type": FORM + "; charset=UTF-8"},
     urlencode({"query": SELECT, "named-graph-uri": G}).encode()),
    ("POST", "/sparql", {"Content-Type": FORM}, urlencode({"update": "CLEAR ALL"}).encode()),
    ("POST", "/sparql", {"Content-Type": FORM}, urlencode({"queryx": SELECT}).encode()),
    ("POST", "/sparql", {"Content-Type": FORM}, b"query=ASK%20%7B%7D%E9%FF"),
    ("POST", "/sparql", {"Content-Type": FORM}, urlencode({"query": "x" * 5000}).encode()),  # over max_request_bytes
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, SELECT.encode()),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query; charset=utf-8", "Accept": "text/csv"},
     SELECT.encode()),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query; charset=latin-1"}, SELECT.encode()),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, b"ASK { \xff }"),
    ("POST", "/sparql", {"Content-Type": "application/sparql-update"}, b"CLEAR ALL"),
    ("POST", "/sparql", {"Content-Type": "text/plain"}, SELECT.encode()),
    ("POST", "/sparql", {}, b""),
    # Percent-encoding as clients write it, and as they should not.
    ("GET", "/sparql?" + urlencode({"query": ARABIC}), {}, b""),
    ("POST", "/sparql", {"Content-Type": FORM}, urlencode({"query": ARABIC}).encode()),
    ("POST", "/sparql", {"Content-Type": FORM}, b"query=" + ARABIC.replace(" ", "+").encode()),  # raw UTF-8
    ("POST", "/sparql", {"Content-Type": FORM}, b"&&query=ASK+%7B%7D&flag&=x"),
    ("POST", "/sparql", {"Content-Type": FORM}, b"query=ASK+%7B+FILTER(1=1)+%7D"),
    ("POST", "/sparql", {"Content-Type": FORM}, b"query=ASK+%7B+FILTER(%221%zz%22)+%7D%"),
    ("POST", "/sparql", {"Content-Type": FORM}, b"query=ASK+%7B+FILTER(%22a%0Ab%22)+%7D"),
    ("POST", "/sparql", {"Content-Type": FORM}, b"query=ASK+%7B+FILTER(%22a\nb%22)+%7D"),
    ("POST", "/sparql", {"Content-Type": FORM}, b"query=ASK+%7B+FILTER(%22%D8%22)+%7D"),
    ("POST", "/sparql", {"Content-Type": FORM}, b"query=ASK+%7B+FILTER(%22%D8+%A7%22)+%7D"),
    ("POST", "/sparql", {"Content-Type": FORM}, b"qu%65ry=ASK+%7B%7D"),
]


@pytest.fixture(scope="module", params=[(), ("https://app.example",), ("*",)],
                ids=["no-cors", "one-origin", "any-origin"])
def app(request, store_path):
    store = OxigraphStore(store_path, read_only=True)
    config = ServerConfig(title="kg test", workers=1, max_results=2, max_nesting=20, max_request_bytes=4096,
                          cors=request.param)
    app = create_app(store, config=config, executor=InlineJobExecutor(store))
    yield app
    close_app(app)
    store.close()


def _answer(wsgi, method: str, path: str, headers: dict[str, str], body: bytes):
    path, _, query = path.partition("?")
    reply = WsgiClient(wsgi).open(path, method=method, query_string=query, headers=headers, data=body)
    kept = sorted((k.lower(), v) for k, v in reply.headers.items() if k.lower() != "date")
    return reply.status, kept, reply.get_data()


@pytest.mark.parametrize(("method", "path", "headers", "body"), REQUESTS)
def test_the_fast_path_answers_what_the_flask_route_answers(app, method, path, headers, body):
    fast = app.wsgi_app
    assert isinstance(fast, SparqlFastPath)
    assert _answer(fast, method, path, headers, body) == _answer(fast.app, method, path, headers, body)


def test_ordinary_queries_never_reach_flask(app, monkeypatch):
    fast = app.wsgi_app
    reached = []
    inner = fast.app
    monkeypatch.setattr(fast, "app",
                        lambda environ, start: reached.append(environ["PATH_INFO"]) or inner(environ, start))
    for method, path, headers, body in REQUESTS[:3] + REQUESTS[21:23] + REQUESTS[27:29] + REQUESTS[34:37]:
        status, _, _ = _answer(fast, method, path, headers, body)
        assert status.startswith(("200", "507")), status  # 507: the fixture's cap of 2 rows
    assert reached == []
    _answer(fast, "GET", "/sparql", {}, b"")  # the service description is the route's
    assert reached == ["/sparql"]
