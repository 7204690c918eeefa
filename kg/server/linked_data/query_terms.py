"""Terms in and out of the SPARQL that Linked Data runs: IRIs checked before they go in, literals read out.

Every IRI that goes into a query passes through `sparql_ref` (pyoxigraph validates it), so a
request path cannot inject SPARQL.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode


def as_int(term: object) -> int | None:
    if isinstance(term, Literal):
        try:
            return int(term.value)
        except ValueError:
            return None
    return None


def as_float(term: object) -> float | None:
    if isinstance(term, Literal):
        try:
            return float(term.value)
        except ValueError:
            return None
    return None


def as_str(term: object) -> str | None:
    return term.value if isinstance(term, Literal | NamedNode) else None


def sparql_ref(iri: str) -> str:
    """`<iri>` for a SPARQL query, refusing anything that is not a valid IRI (no injection)."""
    return f"<{NamedNode(iri).value}>"
