"""RDF stage: typed records → one named graph per article, plus the ontology and shapes.

`article_graph(linked, run, iris)` goes under `iris.article_graph_iri(doc)`,
`provenance_graph(linked, run, iris)` under `iris.provenance_graph_iri` (the `*_triples` forms
of both give the same triples without building an rdflib Graph), and
`validate(graph_or_dataset)` checks either against ontology/shapes.ttl. The IRIs and prefixes
themselves are declared in `kg.rdf.terms`.

Every name loads on first use: `kg.rdf.terms` is imported by the store and the server, which
must not pay for rdflib (or pyshacl, about 0.15 s of every `kg build`) just to spell an IRI.
"""

import importlib
from typing import Any

_WHERE = {
    "ENTITY_TYPES": "kg.rdf.article",
    "article_graph": "kg.rdf.article",
    "article_triples": "kg.rdf.article",
    "provenance_graph": "kg.rdf.article",
    "provenance_triples": "kg.rdf.article",
    "DEFAULT_BASE": "kg.rdf.iris",
    "Iris": "kg.rdf.iris",
    "ParsedIri": "kg.rdf.iris",
    "short_hash": "kg.rdf.iris",
    "ValidationReport": "kg.rdf.shacl",
    "Violation": "kg.rdf.shacl",
    "validate": "kg.rdf.shacl",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
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
