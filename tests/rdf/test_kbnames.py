"""Entities linked to the KB carry its English name and, for places, its coordinates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdf_fixtures import RUN, TEXT, make_linked
from rdflib import BNode, Literal

from kg.link.kb import KBEntry, KnowledgeBase, default_kb
from kg.rdf.article import article_graph
from kg.rdf.iris import Iris
from kg.rdf.kbnames import wkt_point
from kg.rdf.namespaces import GEO, RDF, RDFS, WGS84_POS, XSD
from kg.rdf.shacl import validate
from kg.types import Entity, LinkedDocument, Mention

# A composed KB (not the shipped one), so the coordinates are the test's own input.
CITY = KBEntry(id="city:XX-testville", kind="City", qid=None, labels_ar=("موسكو",),
               labels_en=("Testville", "Test Town"), lat=55.75222, lon=37.61556)
PERSON = KBEntry(id="person:XX-someone", kind="Person", qid=None, labels_ar=("فلاديمير بوتين",),
                 labels_en=("Someone Else",))
NOWHERE = KBEntry(id="city:XX-nowhere", kind="City", qid=None, labels_ar=("بوتين",), labels_en=("Nowhere",))
KB = KnowledgeBase((CITY, PERSON, NOWHERE))


def _entity(entry: KBEntry) -> Entity:
    return Entity.of_kb(entry.id, entry.kind, entry.labels_ar[0])


def _linked(pairs: list[tuple[str, Entity]]) -> LinkedDocument:
    """The fixture article with one mention of each surface, referring to the given entity."""
    mentions = []
    for surface, entity in pairs:
        start = TEXT.find(surface)
        mentions.append(Mention(start=start, end=start + len(surface), text=surface, label=surface,
                                ner_type="LOC" if entity.kind in ("City", "Country") else "PER",
                                confidence=0.9, sentence=0))
    return make_linked(list(zip(mentions, [e for _, e in pairs], strict=True)))


@pytest.fixture
def graph_and_iris():
    iris = Iris()
    linked = _linked([("موسكو", _entity(CITY)), ("فلاديمير بوتين", _entity(PERSON)),
                      ("مسعود بزشكيان", Entity(key="مسعود بزشكيان", kind="Person", label="مسعود بزشكيان"))])
    return article_graph(linked, RUN, iris, kb=KB), iris


def test_linked_entity_gets_its_first_english_label_beside_the_arabic(graph_and_iris) -> None:
    g, iris = graph_and_iris
    person = iris.entity(_entity(PERSON))
    assert set(g.objects(person, RDFS.label)) == {
        Literal("فلاديمير بوتين", lang="ar"), Literal("Someone Else", lang="en"),
    }


def test_unlinked_entity_has_only_its_arabic_label(graph_and_iris) -> None:
    g, iris = graph_and_iris
    node = iris.entity(Entity(key="مسعود بزشكيان", kind="Person", label="مسعود بزشكيان"))
    assert set(g.objects(node, RDFS.label)) == {Literal("مسعود بزشكيان", lang="ar")}


def test_city_with_coordinates_gets_lat_long_and_a_wkt_point(graph_and_iris) -> None:
    g, iris = graph_and_iris
    city = iris.entity(_entity(CITY))
    assert g.value(city, WGS84_POS.lat) == Literal(Decimal("55.75222"), datatype=XSD.decimal)
    assert g.value(city, WGS84_POS.long) == Literal(Decimal("37.61556"), datatype=XSD.decimal)
    geometry = g.value(city, GEO.hasGeometry)
    assert geometry == iris.geometry(_entity(CITY))
    assert (geometry, RDF.type, GEO.Geometry) in g
    assert g.value(geometry, GEO.asWKT) == Literal("POINT(37.61556 55.75222)", datatype=GEO.wktLiteral)
    assert Literal("Testville", lang="en") in set(g.objects(city, RDFS.label))


def test_person_and_city_without_coordinates_get_no_point() -> None:
    iris = Iris()
    g = article_graph(_linked([("فلاديمير بوتين", _entity(PERSON)), ("موسكو", _entity(NOWHERE))]), RUN, iris, kb=KB)
    assert Literal("Nowhere", lang="en") in set(g.objects(iris.entity(_entity(NOWHERE)), RDFS.label))
    assert not set(g.triples((None, WGS84_POS.lat, None)))
    assert not set(g.triples((None, GEO.hasGeometry, None)))


def test_graph_with_english_labels_and_points_conforms_and_has_no_blank_nodes(graph_and_iris) -> None:
    g, _ = graph_and_iris
    report = validate(g)
    assert report.conforms, report.text
    assert not [t for t in g if any(isinstance(x, BNode) for x in t)]


def test_malformed_wkt_and_out_of_range_latitude_are_violations(graph_and_iris) -> None:
    g, iris = graph_and_iris
    city = iris.entity(_entity(CITY))
    geometry = iris.geometry(_entity(CITY))
    g.set((geometry, GEO.asWKT, Literal("POINT(37.6)", datatype=GEO.wktLiteral)))
    g.set((city, WGS84_POS.lat, Literal(Decimal("95.0"), datatype=XSD.decimal)))
    report = validate(g)
    assert not report.conforms
    assert {str(v.focus) for v in report.violations} >= {str(city), str(geometry)}


def test_geometry_iri_under_a_hash_base_has_one_hash() -> None:
    iri = str(Iris("https://kg.example.org/data#").geometry(_entity(CITY)))
    assert iri.count("#") == 1 and iri.endswith("/geometry")


def test_wkt_point_puts_longitude_first() -> None:
    assert wkt_point(-33.9, 18.4) == "POINT(18.4 -33.9)"


def test_an_entity_linked_to_the_shipped_kb_gets_its_english_name() -> None:
    entry = next(e for e in default_kb().of_kind("Country") if e.labels_en and e.labels_ar)
    linked = _linked([("موسكو", Entity.of_kb(entry.id, "Country", entry.labels_ar[0]))])
    iris = Iris()
    g = article_graph(linked, RUN, iris)
    node = iris.entity(Entity.of_kb(entry.id, "Country", entry.labels_ar[0]))
    assert Literal(entry.labels_en[0], lang="en") in set(g.objects(node, RDFS.label))
