"""SERVICE is a server-side request forgery hole unless allowlisted: loopback canaries prove it."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from kg.server.config import ServerConfig


class Canary:
    """A loopback SPARQL endpoint that counts the requests it gets and answers one row."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                hits.append(self.rfile.read(length).decode("utf-8", "replace") or self.path)
                body = json.dumps(
                    {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "canary"}}]}}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/sparql"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def canaries():
    allowed, forbidden = Canary(), Canary()
    yield allowed, forbidden
    allowed.close()
    forbidden.close()


def _attempts(url: str) -> list[str]:
    """Ways of naming `url` in a SERVICE clause, including ones a naive text check misses."""
    base, _, last = url.rpartition("/")
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?x }} }}",
        f"PREFIX c: <{base}/> SELECT * WHERE {{ SERVICE c:{last} {{ ?s ?p ?x }} }}",
        f"BASE <{base}/> SELECT * WHERE {{ SERVICE <{last}> {{ ?s ?p ?x }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?x }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }} }} }}",
        f"ASK {{ SERVICE <{url}> {{ ?s ?p ?x }} }}",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?x }} }}",
        # `<?b)SERVICE#>` looks like an IRI to a regex; to the grammar it is `<`, SERVICE and a comment.
        f"SELECT * WHERE {{ BIND(1 AS ?a) BIND(2 AS ?b) FILTER(?a<?b)SERVICE#>\n <{url}> {{ ?s ?p ?x }} }}",
        # … and with a quote in a real IRI, a regex that does not know IRIs sees a string instead.
        f"SELECT * WHERE {{ BIND(<http://a'b> AS ?a) FILTER(1<2)SERVICE#'>\n <{url}> {{ ?s ?p ?x }} }}",
    ]


def test_service_is_refused_by_default_and_never_called(client, canaries):
    canary, _ = canaries
    for query in _attempts(canary.url):
        reply = client.post_query("/sparql", query)
        assert reply.status == 403, (query, reply.status, reply.text)
        assert "SERVICE" in reply.text
    assert canary.hits == []


def test_the_word_service_in_a_string_is_fine(client):
    rows = client.select('SELECT ?x WHERE { BIND("customer SERVICE <http://127.0.0.1:1/>" AS ?x) }')
    assert rows[0]["x"]["value"].startswith("customer")


def test_allowlisted_endpoint_is_called_and_others_are_not(store_path, start_server, canaries):
    allowed, forbidden = canaries
    client = start_server(store_path, ServerConfig(workers=1, allow_service=(allowed.url,)))
    hits_before = len(allowed.hits)
    rows = client.select(f"SELECT ?x WHERE {{ SERVICE <{allowed.url}> {{ ?s ?p ?x }} }}")
    assert [r["x"]["value"] for r in rows] == ["canary"]
    assert len(allowed.hits) > hits_before and "?x" in allowed.hits[-1]
    prefixed = allowed.url.rpartition("/")
    rows = client.select(f"PREFIX c: <{prefixed[0]}/> SELECT ?x WHERE {{ SERVICE c:{prefixed[2]} {{ ?s ?p ?x }} }}")
    assert [r["x"]["value"] for r in rows] == ["canary"]

    # Every attempt is a working SERVICE call when its endpoint is allowed (so the refusals above
    # and below are real), except a variable endpoint, which is never allowed.
    for query in _attempts(allowed.url):
        hits_before = len(allowed.hits)
        reply = client.post_query("/sparql", query)
        if "SERVICE ?e" in query:
            assert reply.status == 403 and "variable" in reply.text
        else:
            assert reply.status == 200, (query, reply.text)
            assert len(allowed.hits) > hits_before, query

    for query in _attempts(forbidden.url):
        reply = client.post_query("/sparql", query)
        assert reply.status == 403, (query, reply.status, reply.text)
    mixed = f"SELECT * WHERE {{ SERVICE <{allowed.url}> {{ ?s ?p ?x }} SERVICE <{forbidden.url}> {{ ?s ?p ?y }} }}"
    assert client.post_query("/sparql", mixed).status == 403
    assert forbidden.hits == []
