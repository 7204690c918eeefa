"""What a Linked Data page or RDF description reads from the store, in SPARQL.

`LinkedData` maps IRIs to server paths and names, and reads one resource's Concise Bounded
Description as RDF; its page half (triples, mentions, articles and related facts turned into
the view model of `views`) is `PageReads` in `page`. Every IRI that goes into a query passes
through `query_terms.sparql_ref` (pyoxigraph validates it), so a request path cannot inject SPARQL.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions, RdfFormat, Triple
from pyoxigraph import parse as parse_rdf
from pyoxigraph import serialize as serialize_rdf

from kg.rdf.iris import DEFAULT_BASE, Iris
from kg.rdf.namespaces import ONTOLOGY_PATH
from kg.rdf.terms import KG, NIF, PREFIXES, RDFS_LABEL
from kg.server.linked_data.page import RDF_EXTENSIONS, PageReads
from kg.server.linked_data.query_terms import sparql_ref
from kg.server.linked_data.views import Term, safe_href
from kg.store.base import Store
from kg.store.formats import FORMATS

__all__ = ["INCOMING_LIMIT", "RDF_EXTENSIONS", "LinkedData", "resolve_base"]

#: Incoming links in the RDF of one resource; past this the response says it was capped.
INCOMING_LIMIT = 10_000


def resolve_base(base: str | None = None) -> str:
    """The base IRI: `base`, else `$KG_BASE_IRI` (as `kg build`), else kg's default."""
    resolved = base or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE
    Iris(resolved)  # validates: an absolute IRI ending in '/' or '#'
    return resolved


def _ontology_labels(path: Path = ONTOLOGY_PATH) -> dict[str, dict[str, str]]:
    """rdfs:label by language for every term of the ontology (empty if the file is missing)."""
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    try:
        with open(path, "rb") as f:
            for triple in parse_rdf(f, RdfFormat.TURTLE):
                if (
                    triple.predicate.value == RDFS_LABEL
                    and isinstance(triple.subject, NamedNode)
                    and isinstance(triple.object, Literal)
                ):
                    labels[triple.subject.value][triple.object.language or ""] = triple.object.value
    except (OSError, SyntaxError):
        pass
    return dict(labels)


class LinkedData(PageReads):
    """Reads what a page or an RDF description of one resource needs from the store."""

    def __init__(self, store: Store, base: str, *, ontology_path: Path = ONTOLOGY_PATH) -> None:
        self.store = store
        self.base = base
        self.iris = Iris(base)
        self.ontology = _ontology_labels(ontology_path)
        self._prefixes = sorted(PREFIXES.items(), key=lambda x: -len(x[1]))

    # -- IRIs and paths ----------------------------------------------------------------------------

    def iri_for_path(self, path: str) -> str | None:
        """The IRI a server path (`entity/person/<h>`, no leading '/') names, if it is a valid IRI."""
        iri = self.base + path
        try:
            NamedNode(iri)
        except ValueError:
            return None
        return iri

    def local_path(self, iri: str) -> str | None:
        """`/entity/person/<h>` for an IRI under the base (a NIF fragment is kept), else None."""
        if not iri.startswith(self.base):
            return None
        rest = iri[len(self.base) :]
        return "/" + rest if rest else None

    def href(self, iri: str) -> str | None:
        """Where a link to `iri` should point: this server for our IRIs, else the IRI itself."""
        return self.local_path(iri) or safe_href(iri)

    def curie(self, iri: str) -> str:
        """A short name: `kg:Person`, or the path of one of our IRIs (`entity/person/<h>`)."""
        if iri.startswith(self.base) and len(iri) > len(self.base):
            return iri[len(self.base) :]
        for prefix, ns in self._prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def term(self, iri: str) -> Term:
        labels = self.ontology.get(iri, {})
        return Term(iri, self.curie(iri), labels.get("en"), labels.get("ar"), self.href(iri))

    # -- queries -----------------------------------------------------------------------------------

    def _select(self, sparql: str) -> QuerySolutions:
        result = self.store.query(sparql)
        assert isinstance(result, QuerySolutions)
        return result

    def exists(self, iri: str) -> bool:
        """True if the store says anything about `iri` (as subject, object or graph name)."""
        r = sparql_ref(iri)
        result = self.store.query(
            f"ASK {{ {{ {r} ?p ?o }} UNION {{ ?s ?p {r} }} UNION {{ GRAPH {r} {{ ?s ?p ?o }} }} }}"
        )
        return bool(result)

    def describe(self, iri: str) -> tuple[list[Triple], bool]:
        """The resource across all graphs: its triples, links to it, and for an article its NIF text.

        Returns (triples, whether incoming links were capped at INCOMING_LIMIT). Blank-node
        objects are followed one level, as in a Concise Bounded Description.
        """
        r = sparql_ref(iri)
        seen: dict[Triple, None] = {}

        def add(sparql: str) -> int:
            n = 0
            for triple in self.store.query(sparql):  # type: ignore[union-attr]
                seen.setdefault(triple, None)
                n += 1
            return n

        add(
            f"CONSTRUCT {{ {r} ?p ?o . ?o ?p2 ?o2 }} WHERE {{ {r} ?p ?o OPTIONAL {{ ?o ?p2 ?o2 FILTER isBlank(?o) }} }}"
        )
        incoming = add(
            f"CONSTRUCT {{ ?s ?p {r} }} WHERE {{ SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {r} }}"
            f" LIMIT {INCOMING_LIMIT + 1} }}"
        )
        add(
            f"CONSTRUCT {{ ?ctx ?p ?o . ?s ?p2 ?o2 }} WHERE {{ ?ctx <{KG}article> {r} . "
            f"{{ ?ctx ?p ?o }} UNION {{ ?s <{NIF}referenceContext> ?ctx . ?s ?p2 ?o2 }} }}"
        )
        subject = NamedNode(iri)
        ordered = sorted(seen, key=lambda t: (t.subject != subject, str(t)))  # stable output, resource first
        return ordered, incoming > INCOMING_LIMIT

    def serialize(self, triples: list[Triple], ext: str) -> bytes:
        """`triples` in the format named by `ext` (ttl, nt, jsonld, rdf), prefixes declared."""
        fmt = FORMATS[ext].rdf_format
        prefixes = None if fmt == RdfFormat.N_TRIPLES else dict((p, ns) for p, ns in self._prefixes)
        return serialize_rdf(triples, format=fmt, prefixes=prefixes) or b""
