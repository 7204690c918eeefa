"""SHACL: the builder's graphs conform; each kind of broken record is reported."""

from __future__ import annotations

import pytest
from rdf_fixtures import MOSCOW, PAIRS, PUTIN, make_linked
from rdflib import Dataset, Graph, Literal, URIRef

from kg.rdf import namespaces as ns
from kg.rdf.article import article_graph, provenance_triples
from kg.rdf.iris import Iris
from kg.rdf.namespaces import KG, NIF, RDF, RDFS
from kg.rdf.shacl import ValidationReport, Violation, validate
from kg.types import LinkedDocument, RunInfo


@pytest.fixture
def graph(linked: LinkedDocument, run: RunInfo, iris: Iris) -> Graph:
    return article_graph(linked, run, iris)


@pytest.fixture
def mention(linked: LinkedDocument, iris: Iris) -> URIRef:
    return iris.mention(linked.document, PAIRS[2][0])  # فلاديمير بوتين


def paths_at(report: ValidationReport, focus: URIRef) -> set[str]:
    return {v.path for v in report.violations if v.focus == str(focus)}


def test_built_graph_conforms(graph: Graph) -> None:
    report = validate(graph)
    assert report.conforms, report.text
    assert report.violations == []


def test_dataset_of_named_graphs_conforms(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    ds = Dataset()
    ds.graph(iris.article_graph_iri(linked.document)).__iadd__(article_graph(linked, run, iris))
    ds.graph(iris.provenance_graph_iri).__iadd__(provenance_triples(linked, run, iris))
    report = validate(ds)
    assert report.conforms, report.text


def test_validation_leaves_the_input_alone(graph: Graph) -> None:
    before = len(graph)
    validate(graph)
    assert len(graph) == before


def test_mention_without_end_index(graph: Graph, mention: URIRef) -> None:
    graph.remove((mention, NIF.endIndex, None))
    report = validate(graph)
    assert not report.conforms
    assert "nif:endIndex" in paths_at(report, mention)
    assert all(isinstance(v, Violation) for v in report.violations)
    assert any(str(v).startswith(f"{mention} nif:endIndex: ") for v in report.violations)


def test_person_without_arabic_label(graph: Graph, iris: Iris) -> None:
    putin = iris.entity(PUTIN)
    graph.remove((putin, RDFS.label, None))
    graph.add((putin, RDFS.label, Literal("Vladimir Putin", lang="en")))
    report = validate(graph)
    assert not report.conforms
    assert paths_at(report, putin) == {"rdfs:label"}


def test_official_is_checked_as_a_person_through_the_ontology(graph: Graph) -> None:
    """A node typed only kg:Official is still a kg:Person for the shapes (rdfs:subClassOf)."""
    official = URIRef("https://kg.example.org/entity/official/0123456789abcdef")
    graph.add((official, RDF.type, KG.Official))
    graph.add((official, RDFS.label, Literal("Dmitry Peskov", lang="en")))
    assert paths_at(validate(graph), official) == {"rdfs:label"}
    assert validate(graph, with_ontology=False).conforms


def test_bad_ner_type_and_confidence(graph: Graph, mention: URIRef) -> None:
    graph.set((mention, KG.nerType, Literal("GPE")))
    graph.set((mention, KG.confidence, Literal(1.5, datatype=ns.XSD.double)))
    assert paths_at(validate(graph), mention) == {"kg:nerType", "kg:confidence"}


def test_anchor_that_is_not_the_text_slice(graph: Graph, mention: URIRef) -> None:
    graph.set((mention, NIF.anchorOf, Literal("بوتين")))
    report = validate(graph)
    assert not report.conforms
    assert any("anchorOf" in v.message for v in report.violations if v.focus == str(mention))


def test_end_before_begin_and_offsets_past_the_text(graph: Graph, mention: URIRef) -> None:
    graph.set((mention, NIF.endIndex, Literal(10, datatype=ns.XSD.nonNegativeInteger)))
    assert "nif:beginIndex" in paths_at(validate(graph), mention)
    graph.set((mention, NIF.endIndex, Literal(10_000, datatype=ns.XSD.nonNegativeInteger)))
    messages = [v.message for v in validate(graph).violations if v.focus == str(mention)]
    assert any("within" in m for m in messages)


def test_article_with_two_text_hashes_and_a_string_date(
    graph: Graph, linked: LinkedDocument, iris: Iris
) -> None:
    article = iris.article(linked.document)
    graph.add((article, KG.textHash, Literal("0" * 64)))
    graph.set((article, ns.SCHEMA.datePublished, Literal("11 أكتوبر 2024")))
    assert paths_at(validate(graph), article) == {"kg:textHash", "schema:datePublished"}


def test_mention_pointing_at_two_entities(graph: Graph, mention: URIRef, iris: Iris) -> None:
    graph.add((mention, ns.ITSRDF.taIdentRef, iris.entity(MOSCOW)))
    assert paths_at(validate(graph), mention) == {"itsrdf:taIdentRef"}


def test_union_of_graphs_is_what_is_validated(run: RunInfo, iris: Iris) -> None:
    """A label in another named graph satisfies the shape, as it does for SPARQL queries."""
    linked = make_linked()
    ds = Dataset()
    g = article_graph(linked, run, iris)
    putin = iris.entity(PUTIN)
    label = (putin, RDFS.label, Literal(PUTIN.label, lang="ar"))
    g.remove(label)
    ds.graph(iris.article_graph_iri(linked.document)).__iadd__(g)
    assert not validate(ds).conforms
    ds.graph(URIRef("https://kg.example.org/graph/labels")).add(label)
    assert validate(ds).conforms


def test_context_end_index_must_be_the_text_length(graph: Graph, linked: LinkedDocument, iris: Iris) -> None:
    context = iris.context(linked.document)
    graph.set((context, NIF.endIndex, Literal(3, datatype=ns.XSD.nonNegativeInteger)))
    messages = [v.message for v in validate(graph).violations if v.focus == str(context)]
    assert any("length" in m for m in messages)


def test_graph_read_back_from_oxigraph_still_conforms(linked, run, iris):
    """Regression: Oxigraph stores xsd:nonNegativeInteger as xsd:integer and oxrdflib returns
    simple literals as xsd:string; shapes written for the in-memory graph rejected both."""
    from kg.store.registry import open_store

    store = open_store("memory:")
    store.replace_graph(str(iris.article_graph_iri(linked.document)), article_graph(linked, run, iris))
    report = validate(store.as_rdflib_dataset())
    assert report.conforms, report.text
