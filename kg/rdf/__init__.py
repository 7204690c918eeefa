"""RDF stage: typed records → one named graph per article, plus the ontology and shapes.

`article_graph(linked, run, iris)` goes under `iris.article_graph(doc)`,
`provenance_graph(linked, run, iris)` under `iris.provenance_graph` (the `*_triples` forms
of both give the same triples without building an rdflib Graph), and
`validate(graph_or_dataset)` checks either against ontology/shapes.ttl.
"""

from typing import Any

from kg.rdf.article import ENTITY_TYPES, article_graph, article_triples, provenance_graph, provenance_triples
from kg.rdf.iris import DEFAULT_BASE, Iris, ParsedIri, short_hash

_SHACL = ("ValidationReport", "Violation", "validate")


def __getattr__(name: str) -> Any:
    """The SHACL names load on first use: pyshacl and rdflib's SPARQL engine cost every
    `kg build` about 0.15 s of imports otherwise, for validation a build never runs."""
    if name in _SHACL:
        from kg.rdf import shacl

        return getattr(shacl, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "DEFAULT_BASE",
    "ENTITY_TYPES",
    "Iris",
    "ParsedIri",
    "ValidationReport",
    "Violation",
    "article_graph",
    "article_triples",
    "provenance_graph",
    "provenance_triples",
    "short_hash",
    "validate",
]
