"""Every namespace IRI and prefix kg writes or reads, declared once, as plain strings.

The store, the server, the dumps and the Wikidata enrichment all spell IRIs from here, so
the prefixes a dump declares are the prefixes its data uses. Plain strings (not rdflib
`Namespace` objects) keep this module free of imports: the store and the server load it
without rdflib. `kg.rdf.namespaces` wraps the same strings as rdflib namespaces for the
stages that build rdflib graphs.
"""

from __future__ import annotations

#: Our ontology (ontology/kg.ttl).
KG = "https://w3id.org/kg-ar/ontology#"
#: The ontology document itself (owl:Ontology IRI, without the '#').
KG_ONTOLOGY = "https://w3id.org/kg-ar/ontology"
#: schema.org, https form (what rdflib binds `schema:` to by default).
SCHEMA = "https://schema.org/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITSRDF = "http://www.w3.org/2005/11/its/rdf#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"
SH = "http://www.w3.org/ns/shacl#"
#: W3C Basic Geo (WGS84 lat/long), for places whose KB entry has coordinates.
WGS84_POS = "http://www.w3.org/2003/01/geo/wgs84_pos#"
#: OGC GeoSPARQL 1.1, for the same coordinates as a WKT point (what GeoSPARQL stores index).
GEO = "http://www.opengis.net/ont/geosparql#"
#: ISO 639-3 language IRIs, the range NIF expects for nif:predLang.
LEXVO_ISO639_3 = "http://lexvo.org/id/iso639-3/"
#: SPARQL 1.1 Service Description (the endpoint's description of itself).
SD = "http://www.w3.org/ns/sparql-service-description#"
#: W3C's IRIs for media formats (`sd:resultFormat`, `sd:inputFormat`).
FORMATS = "http://www.w3.org/ns/formats/"
#: VoID and DCAT 3: the dataset's description of itself (`/.well-known/void`, every whole dump).
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
#: IANA's media-type IRIs, DCAT's recommended values for dcat:mediaType / dcat:compressFormat.
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"

#: Prefixes written into Turtle/TriG (dumps, pages, rdflib serializations): every namespace of
#: kg's own data. Order is the order they are declared in a dump.
PREFIXES: dict[str, str] = {
    "kg": KG,
    "schema": SCHEMA,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "sem": SEM,
    "org": ORG,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WD,
    "wgs84_pos": WGS84_POS,
    "geo": GEO,
    "void": VOID,
    "dcat": DCAT,
}

# -- single terms several layers use ----------------------------------------------------------

RDF_TYPE = RDF + "type"
RDFS_LABEL = RDFS + "label"
OWL_SAME_AS = OWL + "sameAs"
XSD_STRING = XSD + "string"
#: The article graph's hash of the text it was built from (lets `kg build` skip unchanged articles).
TEXT_HASH = KG + "textHash"
#: The article's id as the builder read it (file name or JSONL `id`): what `kg remove` accepts.
ARTICLE_ID = KG + "articleId"


def sparql_prefixes(*names: str) -> str:
    """`PREFIX name: <iri>` lines for the named prefixes of `PREFIXES`, for SPARQL text."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names)


__all__ = [
    "ARTICLE_ID",
    "DCTERMS",
    "FORMATS",
    "DCAT",
    "GEO",
    "IANA_MEDIA_TYPES",
    "ITSRDF",
    "KG",
    "KG_ONTOLOGY",
    "LEXVO_ISO639_3",
    "NIF",
    "ORG",
    "OWL",
    "OWL_SAME_AS",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RDFS_LABEL",
    "RDF_TYPE",
    "SCHEMA",
    "SD",
    "SEM",
    "SH",
    "SKOS",
    "TEXT_HASH",
    "VOID",
    "WD",
    "WGS84_POS",
    "XSD",
    "XSD_STRING",
    "sparql_prefixes",
]
