"""RDF terms (rdflib's or pyoxigraph's) as SPARQL / N-Triples text, and as pyoxigraph terms.

Every backend writes terms it was handed by the builder (rdflib `URIRef`, `Literal`, `BNode`)
or by the server (pyoxigraph terms): the embedded store turns them into pyoxigraph terms or
into N-Triples for an Update; the remote store into pyoxigraph quads it serializes; both use
`sparql_triples` for the article writes of `kg.store.articles`. Blank nodes get labels local
to one request, so two requests never share a blank node by accident.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.rdf.terms import XSD_STRING

if TYPE_CHECKING:  # imported where used: the abstract store loads this module without pyoxigraph
    import pyoxigraph as ox

_IRI_TEXT = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\x00-\x20]*')
_LANG_TAG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")


def iri(value: object) -> str:
    """`<value>`, after checking it is an absolute IRI that needs no escaping."""
    text = str(value)
    if not _IRI_TEXT.fullmatch(text):
        raise ValueError(f"not an absolute IRI: {text!r}")
    return f"<{text}>"


def string_literal(value: str) -> str:
    """A SPARQL string literal (only backslash, quote, CR and LF need escaping)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def is_blank_node(term: Any) -> bool:
    """An rdflib BNode or a pyoxigraph BlankNode (the store accepts terms of either library)."""
    return type(term).__name__ in ("BNode", "BlankNode")


def term(value: Any, bnodes: dict[Any, str]) -> str:
    """An rdflib (or pyoxigraph) term as SPARQL text; blank nodes get labels local to one request."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(value, URIRef):
        return iri(value)
    if isinstance(value, Literal):
        text = string_literal(str(value))
        if value.language:
            if not _LANG_TAG.fullmatch(value.language):
                raise ValueError(f"bad language tag {value.language!r}")
            return f"{text}@{value.language}"
        if value.datatype is not None and str(value.datatype) != XSD_STRING:
            return f"{text}^^{iri(value.datatype)}"
        return text
    if isinstance(value, BNode) or type(value).__name__ == "BlankNode":
        return bnodes.setdefault(value, f"_:b{len(bnodes)}")
    if type(value).__module__.startswith("pyoxigraph"):  # NamedNode / Literal print as N-Triples
        return str(value)
    raise ValueError(f"cannot write {type(value).__name__} {value!r} as an RDF term")


def sparql_triples(triples: Iterable[tuple[Any, Any, Any]], bnodes: dict[Any, str] | None = None) -> str:
    """Triples as the body of an INSERT DATA block; raises ValueError on a term RDF cannot hold."""
    from rdflib import URIRef

    labels: dict[Any, str] = {} if bnodes is None else bnodes
    # An article repeats its subjects and predicates many times: check and format each IRI once.
    known: dict[URIRef, str] = {}

    def text(value: Any) -> str:
        if type(value) is URIRef:
            if (done := known.get(value)) is None:
                done = known[value] = iri(value)
            return done
        return term(value, labels)

    return "\n".join(f"{text(s)} {text(p)} {text(o)} ." for s, p, o in triples)


# -- rdflib → pyoxigraph -------------------------------------------------------------------------


def to_oxigraph(value: Any, bnodes: dict[Any, ox.BlankNode]) -> Any:
    """Convert an rdflib term; blank nodes become fresh pyoxigraph ones (same rdflib node → same)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        if value not in bnodes:
            bnodes[value] = ox.BlankNode()
        return bnodes[value]
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype is not None:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
        return value
    raise TypeError(f"cannot store {type(value).__name__} {value!r} as an RDF term")


def ntriples(triples: Iterable[tuple[Any, Any, Any]]) -> str:
    """The triples as SPARQL/N-Triples text (pyoxigraph's spelling); blank nodes labelled per request."""
    import pyoxigraph as ox
    from rdflib import BNode

    labels: dict[Any, str] = {}

    def text(value: Any) -> str:
        if isinstance(value, BNode | ox.BlankNode):
            return labels.setdefault(value, f"_:b{len(labels)}")
        return str(to_oxigraph(value, {}))

    return "\n".join(f"{text(s)} {text(p)} {text(o)} ." for s, p, o in triples)


def quads(triples: Iterable[tuple[Any, Any, Any]], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The triples as pyoxigraph quads in `graph`, lazily (the same rdflib blank node, the same node)."""
    import pyoxigraph as ox

    bnodes: dict[Any, ox.BlankNode] = {}
    for s, p, o in triples:
        yield ox.Quad(to_oxigraph(s, bnodes), to_oxigraph(p, bnodes), to_oxigraph(o, bnodes), graph)


__all__ = ["iri", "is_blank_node", "ntriples", "quads", "sparql_triples", "string_literal", "term", "to_oxigraph"]
