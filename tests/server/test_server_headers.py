"""Headers and encodings of issue 15 (probes 9 and 11): nosniff and escaped echoes on every
error page, `Vary: Origin` whenever CORS is on, and 400 for a query that is not UTF-8."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from kg.server.config import ServerConfig

SCRIPT = "<script>alert(1)</script>"

ERROR_PAGES = {
    "a Linked Data IRI nobody knows": "/entity/person/" + quote(SCRIPT),
    "a Linked Data page nobody knows": "/page/person/" + quote(SCRIPT),
    "an unknown dump format": "/dump." + quote(SCRIPT),
    "a dump of a graph that is no IRI": "/dump.nt?graph=" + quote(SCRIPT),
    "a dump of a missing graph": "/dump.nt?graph=" + quote("https://kg.example.org/graph/none'\"&"),
    "an unknown route": "/no/such/" + quote(SCRIPT),
    "a malformed query": "/sparql?query=" + quote("SELECT " + SCRIPT),
}


# Issue 15, probe 9: 404s echoed the path as text/plain without nosniff.
@pytest.mark.parametrize("path", ERROR_PAGES.values(), ids=ERROR_PAGES.keys())
def test_every_error_page_is_nosniff_and_echoes_nothing_a_browser_would_run(client, path):
    reply = client.get(path)
    assert reply.status >= 400
    assert reply.headers.get("x-content-type-options") == "nosniff"
    assert "<script" not in reply.text.lower()
    assert '"&' not in reply.text  # quotes and ampersands of the input come back escaped


def test_a_wrong_method_is_nosniff_too(client):
    reply = client.request("PUT", "/sparql", b"x", {"Content-Type": "text/plain"})
    assert reply.status == 405 and reply.headers.get("x-content-type-options") == "nosniff"


# Issue 15, probe 9: `Vary: Origin` was sent only when the origin matched.
@pytest.mark.parametrize("cors", [("https://yasgui.example",), ("*",)])
def test_vary_origin_whenever_cors_is_on(store_path, start_server, cors):
    client = start_server(store_path, ServerConfig(workers=1, cors=cors))
    for origin in (None, "https://yasgui.example", "https://elsewhere.example"):
        reply = client.request("GET", "/sparql?query=ASK%7B%7D", None, {"Origin": origin} if origin else {})
        assert reply.status == 200
        assert "Origin" in reply.headers.get("vary", ""), (origin, reply.headers)


def test_no_vary_origin_without_cors(client):
    assert "Origin" not in client.get("/sparql?query=ASK%7B%7D").headers.get("vary", "")


# Issue 15, probe 11: non-UTF-8 bytes in a query were decoded lossily and answered 200.
def test_a_query_that_is_not_utf8_is_a_400(client):
    reply = client.request("GET", "/sparql?query=ASK%7B%7D%E9%FF", None, {})
    assert reply.status == 400 and "UTF-8" in reply.text
    reply = client.request("POST", "/sparql", b"query=ASK%7B%7D%FF%FE",
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert reply.status == 400 and "UTF-8" in reply.text
    reply = client.request("POST", "/sparql", b"query=ASK{}\xff", {"Content-Type": "application/x-www-form-urlencoded"})
    assert reply.status == 400


def test_utf8_queries_still_pass(client):
    arabic = 'ASK { FILTER("بوتين" != "") }'
    assert client.get("/sparql", {"query": arabic}).status == 200
    assert client.post_form("/sparql", {"query": arabic}).status == 200
