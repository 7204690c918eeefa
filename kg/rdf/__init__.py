"""RDF stage: typed records → one named graph per article, plus the ontology and shapes.

`article_graph(linked, run, iris)` goes under `iris.article_graph(doc)`,
`provenance_graph(linked, run, iris)` under `iris.provenance_graph` (the `*_triples` forms
of both give the same triples without building an rdflib Graph), and
`validate(graph_or_dataset)` checks either against ontology/shapes.ttl.
"""

from kg.rdf.article import ENTITY_TYPES, article_graph, article_triples, provenance_graph, provenance_triples
from kg.rdf.iris import DEFAULT_BASE, Iris, ParsedIri, short_hash
from kg.rdf.shacl import ValidationReport, Violation, validate

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
