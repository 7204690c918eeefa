"""Validate kg graphs against ontology/shapes.ttl with pyshacl.

Used by tests and by the pipeline to catch stage bugs (bad offsets, missing labels) before
they reach the store. Validation runs on the union of all named graphs, because that is what
queries see: an entity typed in one article graph and labelled in another is fine.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import NamedTuple

from pyshacl import validate as _pyshacl_validate
from rdflib import ConjunctiveGraph, Graph
from rdflib.term import Node

from kg.rdf.namespaces import ONTOLOGY_PATH, RDF, SH, SHAPES_PATH, bind_prefixes


class Violation(NamedTuple):
    """One failed constraint: the node, the property path (may be ""), and what is wrong."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus} {self.path}: {self.message}" if self.path else f"{self.focus}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""

    def __bool__(self) -> bool:
        return self.conforms


@functools.cache
def shapes_graph() -> Graph:
    """The SHACL shapes, parsed once per process (parsing costs more than validating one article)."""
    return Graph().parse(SHAPES_PATH, format="turtle")


@functools.cache
def ontology_graph() -> Graph:
    """The kg ontology, parsed once per process."""
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def _union(data: Graph) -> Graph:
    """A plain Graph with the triples of every named graph (or of the single graph)."""
    union = Graph()
    if isinstance(data, ConjunctiveGraph):  # also rdflib.Dataset, a subclass
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    return union


def validate(
    data_graph: Graph,
    *,
    inference: str = "none",
    with_ontology: bool = True,
) -> ValidationReport:
    """Check `data_graph` (a Graph, Dataset or ConjunctiveGraph) against kg's shapes.

    The data is copied into one union graph, so the caller's graph is never touched. With
    `with_ontology` the ontology's triples join that copy, so rdfs:subClassOf lets
    sh:targetClass kg:Person reach a node typed only kg:Official. `inference` is pyshacl's
    ("none", "rdfs", "owlrl", ...); off by default because it is slow and our graphs state
    their types explicitly.
    """
    work = _union(data_graph)
    if with_ontology:
        work += ontology_graph()
    conforms, results, text = _pyshacl_validate(
        work,
        shacl_graph=shapes_graph(),
        inference=inference,
        inplace=True,
        allow_warnings=False,
    )
    assert isinstance(results, Graph)
    bind_prefixes(results)
    violations = sorted(_violation(results, r) for r in results.subjects(RDF.type, SH.ValidationResult))
    return ValidationReport(conforms=bool(conforms), violations=violations, text=str(text))


def _violation(results: Graph, result: Node) -> Violation:
    def show(node: Node | None) -> str:
        if node is None:
            return ""
        n3 = getattr(node, "n3", None)
        return n3(results.namespace_manager) if n3 is not None else str(node)

    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    if messages:
        message = messages[0]
    else:
        component = results.value(result, SH.sourceConstraintComponent)
        message = show(component)
    value = results.value(result, SH.value)
    if value is not None:
        shown = show(value)  # may be a whole article text: keep messages one line long
        message = f"{message} (value: {shown[:80] + '…' if len(shown) > 80 else shown})"
    return Violation(str(focus) if focus is not None else "", show(path), message)


__all__ = ["ValidationReport", "Violation", "ontology_graph", "shapes_graph", "validate"]
