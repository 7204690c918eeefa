"""Triples: the RDF stage's ordered set, and its rdflib view."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kg.rdf.triples import Triples

A = URIRef("https://kg.example.org/entity/person/0123456789abcdef")
LABEL = (A, RDFS.label, Literal("فلاديمير بوتين", lang="ar"))
SCORE = (A, URIRef("https://w3id.org/kg-ar/ontology#linkConfidence"), Literal(0.9, datatype=XSD.double))


def test_keeps_the_first_order_and_drops_repeats() -> None:
    t = Triples([SCORE])
    t.add(LABEL)
    t.add(SCORE)
    t += [LABEL, SCORE]
    assert list(t) == [SCORE, LABEL]
    assert len(t) == 2
    assert LABEL in t


def test_literals_that_rdf_tells_apart_stay_apart() -> None:
    """The same text in Arabic, untagged, and typed are three triples, as in an rdflib Graph."""
    t = Triples([(A, RDFS.label, Literal("بوتين", lang="ar")), (A, RDFS.label, Literal("بوتين")),
                 (A, RDFS.label, Literal("بوتين", datatype=XSD.token))])
    assert len(t) == 3 == len(t.graph())


def test_graph_has_the_same_triples_and_kg_prefixes() -> None:
    g = Triples([LABEL, SCORE]).graph()
    assert set(g) == {LABEL, SCORE}
    assert dict(g.namespaces())["kg"] == URIRef("https://w3id.org/kg-ar/ontology#")
