"""The SPARQL 1.1 Protocol over real HTTP: methods, content negotiation, errors, datasets."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
import rdflib
from server_helpers import LABEL, QUADS, G

SELECT_LABELS = f"SELECT ?s ?l WHERE {{ ?s <{LABEL}> ?l }} ORDER BY ?l"
ARABIC = {"فلاديمير بوتين", "القاهرة", "شخص"}


def _labels(bindings) -> set[str]:
    return {b["l"]["value"] for b in bindings}


def test_get_defaults_to_sparql_json(client):
    reply = client.get("/sparql", {"query": SELECT_LABELS})
    assert reply.status == 200
    assert reply.content_type == "application/sparql-results+json"
    data = reply.json()
    assert data["head"]["vars"] == ["s", "l"]
    assert _labels(data["results"]["bindings"]) == ARABIC
    assert {b["l"].get("xml:lang") for b in data["results"]["bindings"]} == {"ar"}


def test_post_form(client):
    reply = client.post_form("/sparql", {"query": SELECT_LABELS})
    assert reply.status == 200 and _labels(reply.json()["results"]["bindings"]) == ARABIC


def test_post_sparql_query_body(client):
    reply = client.post_query("/sparql", SELECT_LABELS)
    assert reply.status == 200 and _labels(reply.json()["results"]["bindings"]) == ARABIC


def test_plain_json_accept(client):
    reply = client.get("/sparql", {"query": SELECT_LABELS}, accept="application/json")
    assert reply.status == 200 and reply.content_type == "application/json"
    assert _labels(reply.json()["results"]["bindings"]) == ARABIC


def test_accept_xml(client):
    reply = client.get("/sparql", {"query": SELECT_LABELS}, accept="application/sparql-results+xml")
    assert reply.status == 200 and reply.content_type.startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    literals = ET.fromstring(reply.body).findall(".//r:literal", ns)
    assert {lit.text for lit in literals} == ARABIC


def test_accept_csv(client):
    reply = client.get("/sparql", {"query": SELECT_LABELS}, accept="text/csv")
    assert reply.status == 200 and reply.content_type.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(reply.text)))
    assert {r["l"] for r in rows} == ARABIC


def test_accept_tsv(client):
    reply = client.get("/sparql", {"query": SELECT_LABELS}, accept="text/tab-separated-values")
    assert reply.status == 200 and reply.content_type.startswith("text/tab-separated-values")
    lines = reply.text.splitlines()
    assert lines[0] == "?s\t?l" and '"القاهرة"@ar' in reply.text


def test_q_values_are_honoured(client):
    accept = "application/sparql-results+json;q=0.2, text/csv;q=0.9, application/sparql-results+xml;q=0.5"
    reply = client.get("/sparql", {"query": SELECT_LABELS}, accept=accept)
    assert reply.content_type.startswith("text/csv")


def test_browser_accept_gets_json(client):
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    reply = client.get("/sparql", {"query": SELECT_LABELS}, accept=accept)
    assert reply.status == 200 and reply.content_type in (
        "application/xml",
        "application/sparql-results+json",
    )


def test_406_when_nothing_acceptable(client):
    reply = client.get("/sparql", {"query": SELECT_LABELS}, accept="image/png")
    assert reply.status == 406
    assert "application/sparql-results+json" in reply.text


def test_ask(client):
    reply = client.get("/sparql", {"query": 'ASK { ?s ?p "القاهرة"@ar }'})
    assert reply.status == 200 and reply.json()["boolean"] is True


def test_construct_as_turtle(client):
    query = f"CONSTRUCT {{ ?s <{LABEL}> ?l }} WHERE {{ ?s <{LABEL}> ?l }}"
    reply = client.get("/sparql", {"query": query})
    assert reply.status == 200 and reply.content_type.startswith("text/turtle")
    g = rdflib.Graph().parse(data=reply.text, format="turtle")
    assert {str(o) for o in g.objects()} == ARABIC
    assert rdflib.Literal("فلاديمير بوتين", lang="ar") in set(g.objects())


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own JSON-LD parser
@pytest.mark.parametrize(
    "accept,fmt",
    [("application/n-triples", "nt"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")],
)
def test_construct_other_formats(client, accept, fmt):
    query = f"CONSTRUCT WHERE {{ ?s <{LABEL}> ?l }}"
    reply = client.post_query("/sparql", query, accept=accept)
    assert reply.status == 200 and reply.content_type.startswith(accept)
    g = rdflib.Graph().parse(data=reply.body, format=fmt)
    assert {str(o) for o in g.objects()} == ARABIC


def test_construct_406(client):
    reply = client.get("/sparql", {"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, accept="text/csv")
    assert reply.status == 406 and "text/turtle" in reply.text


def test_malformed_query_is_400_with_the_parser_message(client):
    reply = client.get("/sparql", {"query": "SELECT ?s WHERE { ?s ?p }"})
    assert reply.status == 400
    assert reply.content_type.startswith("text/plain")
    assert "malformed SPARQL query" in reply.text and "error at 1:" in reply.text


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.get("/sparql", {"query": "INSERT DATA { <http://a> <http://b> <http://c> }"}),
        lambda c: c.get("/sparql", {"update": "INSERT DATA { <http://a> <http://b> <http://c> }"}),
        lambda c: c.post_form("/sparql", {"update": "DROP ALL"}),
        lambda c: c.post_query("/sparql", "PREFIX ex: <http://e/>\nDELETE WHERE { ?s ?p ?o }"),
        lambda c: c.request("POST", "/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"}),
    ],
)
def test_updates_are_refused(client, send):
    reply = send(client)
    assert reply.status == 403 and "read-only" in reply.text
    assert client.get("/sparql", {"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}).json()["results"][
        "bindings"
    ][0]["n"]["value"] == str(QUADS)


def test_federated_queries_are_refused(client):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:8890/sparql> { ?s ?p ?o } }"
    reply = client.get("/sparql", {"query": query})
    assert reply.status == 403 and "SERVICE" in reply.text


def test_unsupported_post_body_is_415(client):
    reply = client.request("POST", "/sparql", b"{}", {"Content-Type": "application/json"})
    assert reply.status == 415


def test_two_queries_is_400(client):
    reply = client.get("/sparql", [("query", "ASK {}"), ("query", "ASK {}")])
    assert reply.status == 400


def test_default_graph_is_the_union_of_all_graphs(client):
    assert _labels(client.select(SELECT_LABELS)) == ARABIC


def test_default_graph_uri(client):
    assert _labels(client.select(SELECT_LABELS, **{"default-graph-uri": G + "a2"})) == {"القاهرة"}


def test_default_graph_uri_in_post_form(client):
    fields = [("query", SELECT_LABELS), ("default-graph-uri", G + "a1"), ("default-graph-uri", G + "a2")]
    reply = client.post_form("/sparql", fields)
    assert _labels(reply.json()["results"]["bindings"]) == {"القاهرة", "فلاديمير بوتين"}


def test_named_graph_uri(client):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = client.select(query, **{"named-graph-uri": G + "a1"})
    assert [r["g"]["value"] for r in rows] == [G + "a1"]
    assert {r["g"]["value"] for r in client.select(query)} == {G + "a1", G + "a2"}


def test_invalid_graph_uri_is_400(client):
    reply = client.get("/sparql", {"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert reply.status == 400


def test_from_clause_is_respected(client):
    query = f"SELECT ?l FROM <{G}a1> WHERE {{ ?s <{LABEL}> ?l }}"
    assert _labels(client.select(query)) == {"فلاديمير بوتين"}


def test_service_description(client):
    reply = client.get("/sparql")
    assert reply.status == 200 and reply.content_type.startswith("text/turtle")
    g = rdflib.Graph().parse(data=reply.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = g.value(predicate=rdflib.RDF.type, object=sd.Service)
    assert str(g.value(service, sd.endpoint)) == client.base + "/sparql"
    assert (service, sd.feature, sd.UnionDefaultGraph) in g


def test_browser_without_query_gets_a_form(client):
    reply = client.get("/sparql", accept="text/html,*/*;q=0.8")
    assert reply.status == 200 and reply.content_type.startswith("text/html")
    assert "<form" in reply.text


def test_index_links_sparql_and_dumps(client):
    reply = client.get("/")
    assert reply.status == 200
    for link in ("/sparql", "/dump.ttl", "/dump.nq.gz", "/dump.trig"):
        assert f'href="{link}"' in reply.text
