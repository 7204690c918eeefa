"""Dumps over real HTTP (streamed, gzip), and a server that follows a concurrent writer."""

from __future__ import annotations

import gzip

import pyoxigraph as ox
import pytest
import rdflib
from server_helpers import LABEL, QUADS, G

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
MEDIA = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
}


def _description_size(client) -> int:
    """Triples in the dataset description a whole-store dump ends with (see test_server_describe)."""
    return len(list(ox.parse(client.get("/.well-known/void", accept="application/n-triples").body,
                             ox.RdfFormat.N_TRIPLES)))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_dump(client, fmt):
    reply = client.get(f"/dump.{fmt}")
    assert reply.status == 200 and reply.content_type.startswith(MEDIA[fmt])
    assert reply.headers.get("transfer-encoding") == "chunked"  # streamed, no Content-Length
    quads = list(ox.parse(reply.body, FORMATS[fmt]))
    assert len(quads) == QUADS + _description_size(client)
    assert ox.Literal("فلاديمير بوتين", language="ar") in {q.object for q in quads}
    if FORMATS[fmt].supports_datasets:
        assert {q.graph_name for q in quads} == {
            ox.NamedNode(G + "a1"),
            ox.NamedNode(G + "a2"),
            ox.DefaultGraph(),
            ox.NamedNode("https://kg.example.org/.well-known/void"),
        }


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig"])
def test_dump_gzip_round_trip(client, fmt):
    reply = client.get(f"/dump.{fmt}.gz")
    assert reply.status == 200 and reply.content_type == "application/gzip"
    assert f'filename="kg.{fmt}.gz"' in reply.headers["content-disposition"]
    plain = client.get(f"/dump.{fmt}").body
    unpacked = gzip.decompress(reply.body)
    assert len(list(ox.parse(unpacked, FORMATS[fmt]))) == QUADS + _description_size(client)
    if fmt in ("nt", "nq"):
        assert sorted(unpacked.splitlines()) == sorted(plain.splitlines())


def test_dump_one_graph(client):
    reply = client.get("/dump.ttl", {"graph": G + "a2"})
    g = rdflib.Graph().parse(data=reply.text, format="turtle")
    assert {str(o) for o in g.objects(None, rdflib.RDFS.label)} == {"القاهرة"}


def test_dump_bad_graph_and_unknown_format(client):
    assert client.get("/dump.ttl", {"graph": "not an iri"}).status == 400
    assert client.get("/dump.xlsx").status == 404
    assert client.get("/dump.turtle").status == 404


def test_server_follows_a_concurrent_writer(live_pair):
    """The server keeps answering while another handle writes; it sees what the writer publishes."""
    writer, client = live_pair
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert client.select(count)[0]["n"]["value"] == "0"

    g = rdflib.Graph()
    g.add(
        (
            rdflib.URIRef("https://kg.example.org/entity/person/x"),
            rdflib.RDFS.label,
            rdflib.Literal("فلاديمير بوتين", lang="ar"),
        )
    )
    writer.replace_graph(G + "live", g)
    assert client.select(count)[0]["n"]["value"] == "0"  # committed, not yet published
    writer.publish()
    rows = client.select(f"SELECT ?l WHERE {{ ?s <{LABEL}> ?l }}")
    assert [r["l"]["value"] for r in rows] == ["فلاديمير بوتين"]
    lines = client.get("/dump.nq").text.splitlines()
    assert [line for line in lines if not line.endswith("/.well-known/void> .")] == [
        f'<https://kg.example.org/entity/person/x> <{LABEL}> "فلاديمير بوتين"@ar <{G}live> .'
    ]


def test_dump_etag_and_last_modified(client):
    first = client.get("/dump.ttl")
    etag = first.headers["etag"]
    assert etag.startswith('"') and first.headers["cache-control"] == "no-cache"
    assert first.headers["last-modified"].endswith(" GMT")
    again = client.get("/dump.ttl")
    assert again.headers["etag"] == etag and again.body == first.body  # a snapshot never changes
    assert client.get("/dump.nt").headers["etag"] != etag  # per format …
    assert client.get("/dump.ttl.gz").headers["etag"] != etag  # … per compression …
    assert client.get("/dump.ttl", {"graph": G + "a1"}).headers["etag"] != etag  # … and per graph


def test_conditional_get_is_304_without_a_body(client):
    etag = client.get("/dump.nq.gz").headers["etag"]
    reply = client.request("GET", "/dump.nq.gz", None, {"If-None-Match": etag})
    assert reply.status == 304 and reply.body == b"" and reply.headers["etag"] == etag
    assert client.request("GET", "/dump.nq.gz", None, {"If-None-Match": '"other"'}).status == 200
    modified = client.get("/dump.nq").headers["last-modified"]
    assert client.request("GET", "/dump.nq", None, {"If-Modified-Since": modified}).status == 304
    old = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert client.request("GET", "/dump.nq", None, {"If-Modified-Since": old}).status == 200


def test_dump_of_a_missing_graph_is_404(client):
    reply = client.get("/dump.nt", {"graph": G + "nowhere"})
    assert reply.status == 404 and "no graph" in reply.text
