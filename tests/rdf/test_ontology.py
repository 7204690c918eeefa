"""The ontology and shapes files: they parse, every kg: term is documented in Arabic and
English, and every kg: term the builder or the shapes use is declared."""

from __future__ import annotations

import pytest
from rdf_fixtures import RUN, make_linked
from rdflib import Graph, Literal, URIRef

from kg.rdf.article import article_graph, provenance_triples
from kg.rdf.iris import Iris
from kg.rdf.namespaces import KG, OWL, RDF, RDFS, SH, SKOS
from kg.rdf.shacl import ontology_graph, shapes_graph

DECLARATIONS = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
    SKOS.ConceptScheme,
}


def kg_terms(g: Graph) -> set[URIRef]:
    return {
        s
        for s, _, t in g.triples((None, RDF.type, None))
        if isinstance(s, URIRef) and s.startswith(KG) and t in DECLARATIONS
    }


def kg_iris_used(g: Graph) -> set[URIRef]:
    return {term for triple in g for term in triple if isinstance(term, URIRef) and term.startswith(KG)}


def test_ontology_declares_the_required_terms() -> None:
    terms = kg_terms(ontology_graph())
    required = {
        "Person", "Official", "Organization", "Place", "Country", "City", "Meeting", "Treaty", "Post",
        "NewsArticle", "Mention", "OtherEntity",
        "holdsPost", "postIn", "participant", "meetingPlace", "meetingDate", "meetingStatus",
        "treatyParty", "treatyStatus", "signingDate", "textHash", "nerType", "confidence",
        "extractionSource", "linkConfidence", "sourceOutlet",
    }  # fmt: skip
    assert {KG[name] for name in required} <= terms


@pytest.mark.parametrize("term", sorted(kg_terms(ontology_graph())), ids=lambda t: t.removeprefix(str(KG)))
def test_every_term_has_arabic_and_english_label_and_comment(term: URIRef) -> None:
    g = ontology_graph()
    for prop in (RDFS.label, RDFS.comment):
        languages = {o.language for o in g.objects(term, prop) if isinstance(o, Literal)}
        assert {"ar", "en"} <= languages, f"{term} {prop}"
        for value in g.objects(term, prop):
            assert str(value).strip(), f"{term} has an empty {prop}"


def test_every_kg_iri_in_the_ontology_is_declared() -> None:
    """Catches typos such as kg:hodsPost in a domain or subclass axiom."""
    assert kg_iris_used(ontology_graph()) <= kg_terms(ontology_graph())


def test_builder_uses_only_declared_terms() -> None:
    iris = Iris()
    linked = make_linked()
    used = kg_iris_used(article_graph(linked, RUN, iris)) | kg_iris_used(
        provenance_triples(linked, RUN, iris)
    )
    assert used
    assert used <= kg_terms(ontology_graph())


def test_shapes_use_only_declared_terms_and_parse() -> None:
    shapes = shapes_graph()
    assert set(shapes.subjects(RDF.type, SH.NodeShape))
    assert kg_iris_used(shapes) <= kg_terms(ontology_graph())


def test_ontology_header() -> None:
    g = ontology_graph()
    ontologies = set(g.subjects(RDF.type, OWL.Ontology))
    assert ontologies == {URIRef("https://w3id.org/kg-ar/ontology")}
