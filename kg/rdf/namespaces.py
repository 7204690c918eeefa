"""kg's namespaces as rdflib objects, for the stages that build rdflib graphs; and where ontology/ is.

The IRIs are declared in `kg.rdf.terms` (plain strings); this module only wraps them.
"""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.rdf import terms

#: Our ontology (ontology/kg.ttl); the IRIs themselves are declared in `kg.rdf.terms`.
KG = Namespace(terms.KG)
#: The ontology document itself (owl:Ontology IRI, without the '#').
KG_ONTOLOGY = terms.KG_ONTOLOGY
SCHEMA = Namespace(terms.SCHEMA)
NIF = Namespace(terms.NIF)
ITSRDF = Namespace(terms.ITSRDF)
SEM = Namespace(terms.SEM)
ORG = Namespace(terms.ORG)
WD = Namespace(terms.WD)
SH = Namespace(terms.SH)
WGS84_POS = Namespace(terms.WGS84_POS)
GEO = Namespace(terms.GEO)
#: ISO 639-3 language IRIs, the range NIF expects for nif:predLang.
LEXVO_ARA = Namespace(terms.LEXVO_ISO639_3)["ara"]

# rdflib's own closed namespaces for the W3C vocabularies (tests/rdf/test_terms.py checks that
# they spell kg.rdf.terms' IRIs).
_RDFLIB = {"prov": PROV, "dcterms": DCTERMS, "skos": SKOS, "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}

#: `kg.rdf.terms.PREFIXES` as rdflib namespaces.
PREFIXES: dict[str, Namespace] = {
    prefix: _RDFLIB.get(prefix) or Namespace(iri) for prefix, iri in terms.PREFIXES.items()  # type: ignore[misc]
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
    "GEO",
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
    "WGS84_POS",
    "XSD",
    "bind_prefixes",
]
