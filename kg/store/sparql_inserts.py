"""SPARQL Update operations that insert quads, in pieces a SPARQL server (Virtuoso) accepts.

Virtuoso's parser gives up near 5000 triples in one `INSERT DATA` block and refuses blank nodes
there, so plain triples go out in `INSERT DATA` operations of `TRIPLES_PER_OPERATION`, and
triples with blank nodes in `INSERT { … } WHERE {}` operations, each group of triples linked by
blank nodes whole in one (a template's blank nodes are fresh per operation).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pyoxigraph as ox

#: Triples per INSERT DATA operation (Virtuoso's parser gives up near 5000) and per request.
TRIPLES_PER_OPERATION = 2_000
#: Triples per `INSERT {…} WHERE {}` operation (blank nodes); slow on Virtuoso, so small.
BNODE_TRIPLES_PER_OPERATION = 200


def insert_operations(
    quads: Iterable[ox.Quad], graph_term: Callable[[ox.NamedNode | ox.DefaultGraph], str | None]
) -> Iterator[tuple[int, str]]:
    """(triple count, operation) for INSERTs of `quads`, streamed; blank-node groups stay whole.

    `graph_term` says how an operation names a graph: `<iri>`, or None for the default graph.
    """

    def operation(key: str, lines: list[str]) -> str:
        body = "\n".join(lines)
        return "INSERT DATA {\n" + (f"GRAPH {key} {{\n{body}\n}}" if key else body) + "\n}"

    plain: dict[str, list[str]] = {}
    blank: list[ox.Quad] = []
    for quad in quads:
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            blank.append(quad)
            continue
        key = graph_term(quad.graph_name) or ""
        lines = plain.setdefault(key, [])
        lines.append(f"{quad.subject} {quad.predicate} {quad.object} .")
        if len(lines) >= TRIPLES_PER_OPERATION:
            yield len(lines), operation(key, lines)
            plain[key] = []
    for key, lines in plain.items():
        if lines:
            yield len(lines), operation(key, lines)
    # Virtuoso refuses blank nodes in INSERT DATA; a template's blank nodes are fresh per
    # operation, so each group of quads linked by blank nodes goes into one operation.
    for group in bnode_groups(blank, BNODE_TRIPLES_PER_OPERATION):
        by_graph: dict[str, list[str]] = {}
        for quad in group:
            key = graph_term(quad.graph_name) or ""
            by_graph.setdefault(key, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
        parts = [f"GRAPH {k} {{\n{chr(10).join(v)}\n}}" if k else "\n".join(v) for k, v in by_graph.items()]
        yield len(group), "INSERT {\n" + "\n".join(parts) + "\n} WHERE {}"


def bnode_groups(quads: list[ox.Quad], size: int) -> Iterator[list[ox.Quad]]:
    """Quads linked by shared blank nodes (same graph) kept together, packed into lists of ~`size`."""
    parent: dict[Any, Any] = {}

    def find(x: Any) -> Any:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for q in quads:
        nodes = [(q.graph_name, t) for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)]
        for other in nodes[1:]:
            parent[find(nodes[0])] = find(other)
        find(nodes[0])
    groups: dict[Any, list[ox.Quad]] = {}
    for q in quads:
        first = q.subject if isinstance(q.subject, ox.BlankNode) else q.object
        groups.setdefault(find((q.graph_name, first)), []).append(q)
    batch: list[ox.Quad] = []
    for group in groups.values():
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch
