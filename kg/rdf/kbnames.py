"""What the KB knows of a linked entity, written beside what the article says of it.

An entity linked to a KB entry (`Entity.kb_id`) gets the entry's English name
(`rdfs:label "…"@en`) and, for a place whose entry has coordinates from a source, the point
twice: W3C Basic Geo `wgs84_pos:lat`/`long` (what most Linked Data clients read) and a
GeoSPARQL geometry with a WKT point (what GeoSPARQL stores index and map views draw). The
geometry has a minted IRI (`Iris.geometry`), not a blank node, so the same article built twice
gives identical triples and a replaced article graph takes its geometry with it.

Every entity node is repeated in each article graph that mentions it, so these triples are too:
they come from the KB, not from the article, and are identical in each copy.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Literal, URIRef

from kg.link.kb import KBEntry, KnowledgeBase, default_kb
from kg.rdf.iris import Iris
from kg.rdf.namespaces import GEO, RDF, RDFS, WGS84_POS, XSD
from kg.rdf.triples import Triples
from kg.types import Entity

#: Kinds that are places (the only ones given coordinates).
PLACE_KINDS = frozenset({"Place", "Country", "City"})


def kb_entry(entity: Entity, kb: KnowledgeBase | None = None) -> KBEntry | None:
    """The KB entry an entity is linked to, or None for an entity the linker did not resolve."""
    if entity.kb_id is None:
        return None
    return (kb or default_kb()).get(entity.kb_id)


def _decimal(value: float) -> Literal:
    """A coordinate as xsd:decimal, written as the source's float prints (no binary noise)."""
    return Literal(Decimal(repr(float(value))), datatype=XSD.decimal)


def wkt_point(lat: float, lon: float) -> str:
    """A WKT point in GeoSPARQL's default CRS (CRS84): longitude first, then latitude."""
    return f"POINT({Decimal(repr(float(lon)))} {Decimal(repr(float(lat)))})"


def add_kb_names(g: Triples, iris: Iris, entity: Entity, node: URIRef, kb: KnowledgeBase | None = None) -> None:
    """Add the KB's English label and (places) coordinates of `entity` to `g` at `node`."""
    entry = kb_entry(entity, kb)
    if entry is None:
        return
    for name in entry.labels_en[:1]:
        g.add((node, RDFS.label, Literal(name, lang="en")))
    if entity.kind not in PLACE_KINDS or entry.lat is None or entry.lon is None:
        return
    if not (-90 <= entry.lat <= 90 and -180 <= entry.lon <= 180):
        raise ValueError(f"KB entry {entry.id}: coordinates {entry.lat}, {entry.lon} out of range")
    g.add((node, WGS84_POS.lat, _decimal(entry.lat)))
    g.add((node, WGS84_POS.long, _decimal(entry.lon)))
    geometry = iris.geometry(entity)
    g.add((node, GEO.hasGeometry, geometry))
    g.add((geometry, RDF.type, GEO.Geometry))
    g.add((geometry, GEO.asWKT, Literal(wkt_point(entry.lat, entry.lon), datatype=GEO.wktLiteral)))


__all__ = ["PLACE_KINDS", "add_kb_names", "kb_entry", "wkt_point"]
