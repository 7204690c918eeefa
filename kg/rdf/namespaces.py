"""Namespaces used in kg's graphs, in one place so every stage spells them the same way."""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

#: Our ontology (ontology/kg.ttl).
KG = Namespace("https://w3id.org/kg-ar/ontology#")
#: The ontology document itself (owl:Ontology IRI, without the '#').
KG_ONTOLOGY = "https://w3id.org/kg-ar/ontology"
#: schema.org, https form (what rdflib binds `schema:` to by default).
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Namespace("http://www.w3.org/ns/shacl#")
#: ISO 639-3 language IRIs, the range NIF expects for nif:predLang.
LEXVO_ARA = Namespace("http://lexvo.org/id/iso639-3/")["ara"]

PREFIXES: dict[str, Namespace] = {
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
}


def _ontology_dir() -> Path:
    """Where ontology/ is: $KG_ONTOLOGY_DIR, else the source checkout, else ./ontology.

    The files sit at the repository root, outside the package, so a non-editable install
    (the Docker image runs `pip install .` in /app) finds them through the working directory.
    """
    env = os.environ.get("KG_ONTOLOGY_DIR")
    candidates = [Path(env)] if env else []
    candidates += [Path(__file__).resolve().parents[2] / "ontology", Path.cwd() / "ontology"]
    for candidate in candidates:
        if (candidate / "kg.ttl").is_file():
            return candidate
    return candidates[0]


#: Where the ontology and shapes live.
ONTOLOGY_DIR = _ontology_dir()
ONTOLOGY_PATH = ONTOLOGY_DIR / "kg.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"


def bind_prefixes(graph: Graph) -> Graph:
    """Bind our prefixes so serializations are readable; returns the graph for chaining."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


__all__ = [
    "DCTERMS",
    "ITSRDF",
    "KG",
    "KG_ONTOLOGY",
    "LEXVO_ARA",
    "NIF",
    "ONTOLOGY_PATH",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SEM",
    "SH",
    "SHAPES_PATH",
    "SKOS",
    "WD",
    "XSD",
    "bind_prefixes",
]
