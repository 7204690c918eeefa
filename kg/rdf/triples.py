"""An ordered set of triples: what the RDF stage hands to the store.

The build writes each article's triples once and never queries them, so an rdflib `Graph`
(a Memory store keeping three indexes, and fourteen prefixes bound per graph) cost more than
the triples themselves: about a tenth of a build's time beyond Stanza. `Triples` keeps only
insertion order and uniqueness; `graph()` gives an rdflib Graph for callers that want one
(SHACL validation, tests, serializing).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rdflib import Graph

from kg.rdf.namespaces import bind_prefixes

Triple = tuple[Any, Any, Any]


class Triples:
    """Triples without duplicates, in the order first added (so output is deterministic)."""

    __slots__ = ("_items",)

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._items: dict[Triple, None] = dict.fromkeys(triples)

    def add(self, triple: Triple) -> None:
        self._items[triple] = None

    def __iadd__(self, other: Iterable[Triple]) -> Triples:
        self._items.update(dict.fromkeys(other))
        return self

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, triple: object) -> bool:
        return triple in self._items

    def graph(self) -> Graph:
        """The same triples as an rdflib Graph with kg's prefixes bound."""
        g = bind_prefixes(Graph())
        g.addN((s, p, o, g) for s, p, o in self._items)
        return g


__all__ = ["Triple", "Triples"]
