"""The store interface every backend implements, its capability flags, and the errors it raises.

The builder, the CLI and the server only talk to `Store`, so a remote SPARQL backend can be
added later without touching them. Query results are pyoxigraph's result objects
(`QuerySolutions`, `QueryBoolean`, `QueryTriples`): they serialize themselves into every
SPARQL results format, so no layer above needs hand-written serializers.

What a backend can do is said by class attributes, as rdflib's `Store` does
(`context_aware`, `transaction_aware`, …), never found out with `hasattr`. The article-level
operations (`write_article`, `remove_articles`, `article_graphs`, `stats`) are kg's data
model, not the interface: they come from `kg.store.articles`, in plain SPARQL 1.1 over
`query` and `update`, so every backend that runs SPARQL Update inherits them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kg.store.articles import ArticleMethods

if TYPE_CHECKING:
    import rdflib
    from pyoxigraph import Quad, QueryBoolean, QuerySolutions, QueryTriples

    QueryResult = QuerySolutions | QueryBoolean | QueryTriples


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


class Store(ArticleMethods, ABC):
    """An RDF dataset: one named graph per article plus shared graphs (provenance, ontology).

    Writes are per graph. `replace_graph` is atomic, so a reader never sees half an article
    and a crash leaves either the old or the new version. Malformed SPARQL raises `SyntaxError`.
    """

    #: Where the store lives, as given to `open_store`.
    location: str
    #: True if writes are refused.
    read_only: bool

    # Capabilities, in the style of rdflib's `Store` (class attributes a backend overrides).
    #: Named graphs (quads), not only a default graph. Every kg backend has them.
    context_aware: bool = True
    #: One `update` request is applied in one transaction, so `write_article` is atomic.
    transaction_aware: bool = False
    #: Read-only handles follow what writers publish, catching up every `refresh_interval`
    #: seconds; processes serving the same location should open it with that interval too.
    snapshot_aware: bool = False
    #: Seconds between a read-only handle's checks for newer snapshots (when `snapshot_aware`).
    refresh_interval: float | None = None
    #: The store's files can be rewritten compactly (`compact()`, `compaction_state()`: kg.ops.compact).
    compactable: bool = False
    #: Other processes can open the store by its `location` (a folder, a remote endpoint), so the
    #: server answers from worker processes and ingests through a handle of its own. False for a
    #: store that only this handle sees (`memory:`): the server then uses this very handle.
    multiprocess_aware: bool = False

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
    def dump(
        self, out: BinaryIO, fmt: str, graph_iri: str | None = None, *, gzip: bool = False,
        extra: Iterable[Quad] = (),
    ) -> None:
        """Stream the store (or one graph) to `out` in constant memory.

        `fmt` is a format name from `kg.store.formats` (`ttl`, `nt`, `nq`, `trig`, `jsonld`); a
        `.gz` suffix (`ttl.gz`) or `gzip=True` compresses. Triple formats over the whole store
        write the union of all graphs (a triple stored in two graphs is written twice).

        `extra` quads (the dataset description, `kg.store.describe`) are written after the
        store's, in the same document; a stored graph named like one of theirs is left out, so a
        dump loaded back and dumped again carries one description, the fresh one.
        """

    @abstractmethod
    def graphs(self) -> list[str]:
        """The names of the named graphs."""

    def has_graph(self, graph_iri: str) -> bool:
        """True if the store holds a named graph of that name.

        This default lists the graphs; backends that can look one up directly (Oxigraph) override it.
        """
        return graph_iri in self.graphs()

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

    @property
    def backend(self) -> str:
        """A short name of the backend, for `kg status`."""
        return type(self).__name__.removesuffix("Store").lower() or "store"

    @abstractmethod
    def load(self, path: Path, *, replace: bool = False, graph: str | None = None) -> None:
        """Import an RDF file (.ttl .nt .nq .trig .jsonld .rdf, optionally .gz).

        Triples formats go to the default graph, or to `graph` if given. `replace` empties the
        whole store first.
        """

    def load_files(self, paths: Sequence[Path], *, replace: bool = False, graph: str | None = None) -> None:
        """Import several RDF files; `replace` empties the store before the first.

        Backends that can make this one transaction (Oxigraph) override it; this default loads
        the files one after the other, each as `load` does.
        """
        for i, path in enumerate(paths):
            self.load(path, replace=replace and i == 0, graph=graph)

    # -- lifecycle -----------------------------------------------------------------------------

    def publish(self) -> None:  # noqa: B027 - optional hook, a no-op for most backends
        """Make committed writes visible to readers in other processes (no-op if they already are)."""

    def refresh(self) -> None:  # noqa: B027 - optional hook
        """Catch up with what writers have published (read-only handles; no-op otherwise)."""

    @property
    def snapshot(self) -> str | None:
        """The published snapshot this handle reads, named so that each new one has a new name
        that sorts after the older ones; None where there is none (writers, memory stores, remote
        stores). Caches key on it; the server's workers compare them so reads never go back."""
        return None

    @abstractmethod
    def close(self) -> None:
        """Release the store (and its write lock). Idempotent."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
