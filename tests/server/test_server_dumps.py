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


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_dump(client, fmt):
    reply = client.get(f"/dump.{fmt}")
    assert reply.status == 200 and reply.content_type.startswith(MEDIA[fmt])
    assert reply.headers.get("transfer-encoding") == "chunked"  # streamed, no Content-Length
    quads = list(ox.parse(reply.body, FORMATS[fmt]))
    assert len(quads) == QUADS
    assert ox.Literal("فلاديمير بوتين", language="ar") in {q.object for q in quads}
    if FORMATS[fmt].supports_datasets:
        assert {q.graph_name for q in quads} == {
            ox.NamedNode(G + "a1"),
            ox.NamedNode(G + "a2"),
            ox.DefaultGraph(),
        }


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig"])
def test_dump_gzip_round_trip(client, fmt):
    reply = client.get(f"/dump.{fmt}.gz")
    assert reply.status == 200 and reply.content_type == "application/gzip"
    assert f'filename="kg.{fmt}.gz"' in reply.headers["content-disposition"]
    plain = client.get(f"/dump.{fmt}").body
    unpacked = gzip.decompress(reply.body)
    assert len(list(ox.parse(unpacked, FORMATS[fmt]))) == QUADS
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
    assert client.get("/dump.nq").body.count(b"\n") == 1
