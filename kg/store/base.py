"""The store interface every backend implements, and the errors it raises.

The builder, the CLI and the server only talk to `Store`, so a remote SPARQL backend can be
added later without touching them. Query results are pyoxigraph's result objects
(`QuerySolutions`, `QueryBoolean`, `QueryTriples`): they serialize themselves into every
SPARQL results format, so no layer above needs hand-written serializers.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    import rdflib
    from pyoxigraph import QueryBoolean, QuerySolutions, QueryTriples

    QueryResult = QuerySolutions | QueryBoolean | QueryTriples

#: Namespace of the kg ontology.
KG = "https://w3id.org/kg-ar/ontology#"
#: The article graph's hash of the text it was built from (lets `kg build` skip unchanged articles).
TEXT_HASH = KG + "textHash"

#: Prefixes used when serializing Turtle/TriG, so dumps are readable.
PREFIXES = {
    "kg": KG,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
}


class StoreError(Exception):
    """Base class of the store's own errors."""


class StoreLockedError(StoreError, OSError):
    """Another process holds the store's write lock (Oxigraph allows one writer)."""


class ReadOnlyStoreError(StoreError, PermissionError):
    """A write was attempted on a store opened read-only."""


class StoreNotFoundError(StoreError, FileNotFoundError):
    """A read-only open of a store that does not exist (readers never create stores)."""


class UnsupportedStoreError(StoreError, ValueError):
    """The location names a backend that does not exist or is not implemented yet."""


class Store(ABC):
    """An RDF dataset: one named graph per article plus shared graphs (provenance, ontology).

    Writes are per graph. `replace_graph` is atomic, so a reader never sees half an article
    and a crash leaves either the old or the new version. Malformed SPARQL raises `SyntaxError`.
    """

    #: Where the store lives, as given to `open_store`.
    location: str
    #: True if writes are refused.
    read_only: bool

    # -- reads ---------------------------------------------------------------------------------

    @abstractmethod
    def article_hash(self, graph_iri: str) -> str | None:
        """The kg:textHash stored in that article graph, or None if the article is not stored."""

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
        union_default_graph: bool = True,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a SPARQL 1.1 query.

        Without dataset arguments (and without FROM in the query) the default graph is the union
        of all graphs, so `SELECT * { ?s ?p ?o }` sees everything. `default_graph_uris` /
        `named_graph_uris` are the SPARQL protocol's `default-graph-uri` / `named-graph-uri`:
        when either is given the dataset is exactly what they name. `base_iri` resolves relative
        IRIs (without it they are a syntax error).
        """

    @abstractmethod
    def dump(self, out: BinaryIO, fmt: str, graph_iri: str | None = None, *, gzip: bool = False) -> None:
        """Stream the store (or one graph) to `out` in constant memory.

        `fmt` is a format name from `kg.store.formats` (`ttl`, `nt`, `nq`, `trig`, `jsonld`); a
        `.gz` suffix (`ttl.gz`) or `gzip=True` compresses. Triple formats over the whole store
        write the union of all graphs (a triple stored in two graphs is written twice).
        """

    @abstractmethod
    def graphs(self) -> list[str]:
        """The names of the named graphs."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of quads."""

    @abstractmethod
    def as_rdflib_dataset(self) -> rdflib.Dataset:
        """An rdflib view of the store, for tools that need rdflib (SHACL validation)."""

    # -- writes --------------------------------------------------------------------------------

    @abstractmethod
    def replace_graph(self, graph_iri: str, triples: rdflib.Graph) -> None:
        """Atomically make `triples` the whole content of the named graph `graph_iri`."""

    @abstractmethod
    def add_to_graph(self, graph_iri: str, triples: rdflib.Graph) -> None:
        """Add `triples` to the named graph (atomically), keeping what is there."""

    @abstractmethod
    def remove_graph(self, graph_iri: str) -> None:
        """Delete a named graph and its triples."""

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply a SPARQL 1.1 Update request in one transaction (the server's /update and /store).

        Malformed updates raise `SyntaxError`. In updates the default graph is the store's real
        default graph, not the union of all graphs.
        """
        raise NotImplementedError(f"{type(self).__name__} does not support SPARQL Update")

    @abstractmethod
    def load(self, path: Path, *, replace: bool = False, graph: str | None = None) -> None:
        """Import an RDF file (.ttl .nt .nq .trig .jsonld .rdf, optionally .gz).

        Triples formats go to the default graph, or to `graph` if given. `replace` empties the
        whole store first.
        """

    # -- lifecycle -----------------------------------------------------------------------------

    def publish(self) -> None:  # noqa: B027 - optional hook, a no-op for most backends
        """Make committed writes visible to readers in other processes (no-op if they already are)."""

    def refresh(self) -> None:  # noqa: B027 - optional hook
        """Catch up with what writers have published (read-only handles; no-op otherwise)."""

    @abstractmethod
    def close(self) -> None:
        """Release the store (and its write lock). Idempotent."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- SPARQL text helpers ---------------------------------------------------------------------------
# pyoxigraph exposes no parsed-query object, so two questions are answered on the query text with
# comments, strings and IRIs blanked out (they are the only places a keyword can hide).

_NOISE = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                  | '''(?:[^'\\]|\\.|'(?!''))*'''
                  | "(?:[^"\\\n]|\\.)*"
                  | '(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)""",
    re.VERBOSE | re.DOTALL,
)
_FROM = re.compile(r"(?<![\w:?$])FROM(?![\w:])", re.IGNORECASE)
_UPDATE = re.compile(
    r"""^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)\s*)*
        (?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:])""",
    re.IGNORECASE | re.VERBOSE,
)


def sparql_skeleton(text: str) -> str:
    """The query with comments removed and every string/IRI emptied (`""`, `<>`)."""

    def blank(m: re.Match[str]) -> str:
        if m.group("comment") is not None:
            return " "
        return '""' if m.group("string") is not None else "<>"

    return _NOISE.sub(blank, text)


def has_dataset_clause(sparql: str) -> bool:
    """True if the query has FROM / FROM NAMED (then it chooses its own default graph)."""
    return _FROM.search(sparql_skeleton(sparql)) is not None


def looks_like_update(sparql: str) -> bool:
    """True if the text is a SPARQL Update request (INSERT, DELETE, LOAD, DROP …), not a query."""
    return _UPDATE.match(sparql_skeleton(sparql)) is not None
