"""The embedded Oxigraph backend: a pyoxigraph on-disk `Store` (RocksDB) in a folder.

Design goal: the server keeps answering while a `kg build` writes into the same folder.

What pyoxigraph 0.5.13 offers: one read-write handle per folder (RocksDB's LOCK file, held by
a single process), and `Store.read_only(path)`, a *static* view of the folder as it was when
opened, documented as undefined behaviour while another process writes (the writer's
compactions delete files under it). The "secondary" mode of 0.4 (a reader that catches up
with a live primary) is gone, and there is no multi-statement transaction API.

So readers never open the live folder: writers *publish* snapshots (RocksDB checkpoints)
and readers follow them. How a handle opens, publishes, follows and lets go of snapshots is
`kg.store.oxigraph_handles`; the snapshot folder itself is `kg.store.snapshots`.

The price: readers lag writers by up to `publish_interval` + `refresh_interval` seconds, and
a reader may need write access to the folder (to publish a snapshot when none is current).

Atomicity: `replace_graph` is one SPARQL Update request (`DROP SILENT GRAPH; INSERT DATA`),
which Oxigraph applies in a single transaction; `add_to_graph` is one transactional `extend`;
`write_article` and `remove_articles` (from `Store`) are one Update request each. `load_files`
bulk-loads into a staging database and switches it in whole (`kg.store.switch`); nothing is
published while it loads.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

from kg.rdf.terms import PREFIXES, TEXT_HASH
from kg.store import compaction, formats, leases, switch
from kg.store.articles import StoreStats
from kg.store.base import (
    Store,
    StoreError,
)
from kg.store.oxigraph_handles import SnapshotHandles
from kg.store.snapshots import Snapshots, checkpoint
from kg.store.sparql_lexer import has_dataset_clause
from kg.store.term_text import is_blank_node, ntriples, quads

if TYPE_CHECKING:
    import rdflib

    from kg.store.base import QueryResult

def _bulk_load(db: ox.Store, paths: Sequence[Path], infos: Sequence[Any], to_graph: ox.NamedNode | None) -> None:
    for path, info in zip(paths, infos, strict=True):
        try:
            with formats.open_input(path) as stream:
                db.bulk_load(stream, info.rdf_format, to_graph=to_graph)
        except SyntaxError as exc:  # pyoxigraph names the position, not the file
            raise SyntaxError(f"{path}: {exc}") from exc
        except OSError as exc:
            if exc.filename is None and str(path) not in str(exc):
                raise OSError(f"while loading {path}: {exc}") from exc
            raise


def _stage(staging: Path, paths: Sequence[Path], infos: Sequence[Any], to_graph: ox.NamedNode | None) -> None:
    """Bulk-load `paths` into the database in `staging` (made if missing) and close it."""
    staged = ox.Store(str(staging))
    try:
        _bulk_load(staged, paths, infos, to_graph)
        staged.flush()
    finally:
        del staged  # closed (RocksDB syncs its files), even when the traceback outlives this frame


class OxigraphStore(SnapshotHandles, Store):
    """A kg store in a folder, or in memory when `path` is None.

    Writable handles hold the folder's lock; `read_only=True` handles follow published
    snapshots (`kg.store.oxigraph_handles`) and never block a writer.
    """

    transaction_aware = True
    snapshot_aware = True

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        publish_interval: float = 30.0,
        refresh_interval: float = 1.0,
        keep_snapshots: int = 1,
        snapshot_grace: float = 600.0,
        lease_linger: float = 60.0,
        lock_timeout: float = 5.0,
        recover_interval: float = 30.0,
        log_limit: int = 256 << 20,
    ) -> None:
        self.location = str(path) if path else "memory:"
        self.read_only = read_only
        self.publish_interval = publish_interval
        self.refresh_interval = refresh_interval
        self.keep_snapshots = max(keep_snapshots, 1)
        self.snapshot_grace = snapshot_grace
        self.lease_linger = lease_linger
        self.lock_timeout = lock_timeout
        self.recover_interval = recover_interval
        self.log_limit = log_limit
        self._reopening = False
        self._path = Path(path) if path else None
        self._snaps = Snapshots(self._path) if self._path else None
        self._lock = threading.RLock()
        self._dirty = False
        self._last_publish = time.monotonic()
        self._snapshot: str | None = None  # the snapshot a reader has open
        self._lease: leases.Lease | None = None  # its lease, if it has a lease file
        self._retired: list[tuple[float, leases.Lease]] = []  # leases of snapshots swapped away from
        self._next_refresh = 0.0
        self._next_recover = time.monotonic() + recover_interval
        self._db: ox.Store | None
        if self._path is None:
            self._db = ox.Store()
        elif read_only:
            self._db = self._open_reader()
        else:
            self._db = self._open_writer()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"OxigraphStore({self.location!r}, {mode})"
    # -- reads -----------------------------------------------------------------------------------

    def article_hash(self, graph_iri: str) -> str | None:
        quads = self._handle().quads_for_pattern(None, ox.NamedNode(TEXT_HASH), None, ox.NamedNode(graph_iri))
        for quad in quads:
            return quad.object.value
        return None

    def query(
        self,
        sparql: str,
        *,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
        union_default_graph: bool = True,
        base_iri: str | None = None,
    ) -> QueryResult:
        kwargs: dict[str, Any] = {"base_iri": base_iri} if base_iri else {}
        if default_graph_uris or named_graph_uris:
            kwargs["default_graph"] = [ox.NamedNode(u) for u in default_graph_uris or ()]
            kwargs["named_graphs"] = [ox.NamedNode(u) for u in named_graph_uris or ()]
        elif union_default_graph and not has_dataset_clause(sparql):
            kwargs["use_default_graph_as_union"] = True
        return self._handle().query(sparql, **kwargs)

    def dump(
        self, out: BinaryIO, fmt: str, graph_iri: str | None = None, *, gzip: bool = False,
        extra: Iterable[ox.Quad] = (),
    ) -> None:
        info, gz = formats.parse_format(fmt)
        db, lease = self._pinned()
        extra = list(extra)
        with formats.gzip_writer(out, gz or gzip) as stream:
            if extra:
                quads = formats.with_extra(
                    db.quads_for_pattern(None, None, None, graph_iri and ox.NamedNode(graph_iri)), extra)
                if info.supports_datasets:
                    ox.serialize(quads, stream, info.rdf_format, prefixes=PREFIXES)
                else:
                    ox.serialize((q.triple for q in quads), stream, info.rdf_format, prefixes=PREFIXES)
            elif graph_iri is not None:
                graph = ox.NamedNode(graph_iri)
                if info.supports_datasets:
                    quads = db.quads_for_pattern(None, None, None, graph)
                    ox.serialize(quads, stream, info.rdf_format, prefixes=PREFIXES)
                else:
                    db.dump(stream, info.rdf_format, from_graph=graph, prefixes=PREFIXES)
            elif info.supports_datasets:
                db.dump(stream, info.rdf_format, prefixes=PREFIXES)
            else:  # a triples format over the whole dataset: the union of all graphs, streamed
                triples = (q.triple for q in db.quads_for_pattern(None, None, None, None))
                ox.serialize(triples, stream, info.rdf_format, prefixes=PREFIXES)
        del lease  # the snapshot may go once nothing else reads it

    def graphs(self) -> list[str]:
        return sorted(
            g.value if isinstance(g, ox.NamedNode) else str(g) for g in self._handle().named_graphs()
        )

    def has_graph(self, graph_iri: str) -> bool:
        return bool(self._handle().contains_named_graph(ox.NamedNode(graph_iri)))

    def __len__(self) -> int:
        return len(self._handle())

    def stats(self) -> StoreStats:
        """`Store.stats` plus the folder: size on disk, published snapshots."""
        stats = super().stats()
        if self._path is None:
            return replace(stats, backend="memory")
        size = sum(f.stat().st_size for f in self._path.iterdir() if f.is_file())
        details = {"disk_bytes": size, "snapshots": len(self._snaps.names()) if self._snaps else 0,
                   "snapshot": self._snapshot or (self._snaps.latest() if self._snaps else None)}
        return replace(stats, details={**stats.details, **details})

    def as_rdflib_dataset(self) -> rdflib.Dataset:
        """An rdflib `Dataset` over this store via oxrdflib; its default graph is the union of all graphs.

        For read-only handles it stays on the snapshot current at the call.
        """
        from oxrdflib import OxigraphStore as OxrdflibStore
        from rdflib import Dataset

        db, lease = self._pinned()
        backend = OxrdflibStore(store=db)
        backend._kg_lease = lease  # type: ignore[attr-defined]  # the snapshot lives as long as the view
        return Dataset(store=backend, default_union=True)

    # -- writes ----------------------------------------------------------------------------------

    def write_article(self, graph_iri: str, triples: Iterable[tuple[Any, Any, Any]], *,
                      provenance_graph: str, provenance: Iterable[tuple[Any, Any, Any]],
                      replaces: Sequence[str] = ()) -> None:
        with self._lock:  # what `_surely_absent` saw stays true until the update is applied
            super().write_article(graph_iri, triples, provenance_graph=provenance_graph,
                                  provenance=provenance, replaces=replaces)

    def _surely_absent(self, subject: Any, graph: str | None) -> bool:
        if is_blank_node(subject):
            return False
        db = self._handle()
        node = ox.NamedNode(str(subject))
        if graph is None:
            return not db.contains_named_graph(node)
        return next(iter(db.quads_for_pattern(node, None, None, ox.NamedNode(graph))), None) is None

    def replace_graph(self, graph_iri: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        graph = str(ox.NamedNode(graph_iri))
        body = ntriples(triples)
        update = f"DROP SILENT GRAPH {graph}"
        if body:
            update += f" ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
        with self._lock:
            self._writable().update(update)  # one request = one transaction
            self._wrote()

    def add_to_graph(self, graph_iri: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        new = list(quads(triples, ox.NamedNode(graph_iri)))
        with self._lock:
            self._writable().extend(new)
            self._wrote()

    def remove_graph(self, graph_iri: str) -> None:
        with self._lock:
            self._writable().update(f"DROP SILENT GRAPH {ox.NamedNode(graph_iri)}")
            self._wrote()

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        with self._lock:
            self._writable().update(sparql, base_iri=base_iri)
            self._wrote()
    def load(self, path: Path, *, replace: bool = False, graph: str | None = None) -> None:
        """Import one RDF file in one transaction (see `load_files`)."""
        self.load_files([path], replace=replace, graph=graph)

    def load_files(self, paths: Sequence[Path], *, replace: bool = False, graph: str | None = None) -> None:
        """Import RDF files as one transaction: the old store, or all of them, whatever happens.

        The files are bulk-loaded into a staging database (a checkpoint of the store, or an
        empty one with `replace`), which is switched in only once complete (`kg.store.switch`):
        a syntax error, a write error or SIGKILL before the switch leaves the store as it was.
        """
        paths = [Path(p) for p in paths]
        infos = [formats.guess_format(p)[0] for p in paths]  # an unknown extension fails first
        to_graph = ox.NamedNode(graph) if graph else None
        with self._lock:
            db = self._writable()
            if self._path is None or self._snaps is None:  # in memory: load a copy, then swap
                staged = ox.Store()
                if not replace:
                    staged.extend(db.quads_for_pattern(None, None, None, None))
                _bulk_load(staged, paths, infos, to_graph)
                self._db = staged
                return
            staging = switch.staging_path(self._snaps.dir, time.time_ns())
            try:
                if not replace:
                    checkpoint(db, staging)
                del db
                _stage(staging, paths, infos, to_graph)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            self._switch_to(staging)
            if compaction.read_record(self._snaps.dir) is not None:  # bulk-loaded: the new baseline
                compaction.write_record(self._snaps.dir, compaction.database_bytes(self._path, logs=False))

    @property
    def compactable(self) -> bool:  # type: ignore[override]
        """A store in a folder can be rewritten compactly; one in memory has no files to rewrite."""
        return self._path is not None

    @property
    def multiprocess_aware(self) -> bool:  # type: ignore[override]
        """A store in a folder can be opened by other processes; one in memory lives in this handle only."""
        return self._path is not None

    def compact(self, *, before_switch: Callable[[Path], None] | None = None) -> compaction.Compacted:
        """Rewrite the database in bulk-loaded, compressed form; the same quads (`kg.store.compaction`).

        Under the write lock: every quad is bulk-loaded into a staging database, which is checked
        (count and digest) and switched in like a load (`kg.store.switch`), then published as
        a snapshot. An error or SIGKILL before the switch leaves the store as it was.
        `before_switch(staging)` runs once the checked database is closed (tests use it).
        """
        start = time.perf_counter()
        with self._lock:
            db = self._writable()
            if self._path is None or self._snaps is None:  # nothing on disk to compact
                return compaction.Compacted(len(db), 0, 0, time.perf_counter() - start)
            db.flush()
            before = compaction.database_bytes(self._path)
            staging = switch.staging_path(self._snaps.dir, time.time_ns())
            try:
                digest = compaction.rewrite(db, staging)
                del db
                if before_switch is not None:
                    before_switch(staging)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            self._switch_to(staging)
            after = compaction.database_bytes(self._path)
            compaction.write_record(self._snaps.dir, compaction.database_bytes(self._path, logs=False))
        return compaction.Compacted(digest.count, before, after, time.perf_counter() - start)

    def compaction_state(self, *, record: bool = False) -> tuple[int, int | None]:
        """The database's size now (flushed, log left out) and as recorded at the last compaction.

        `record=True` records the size now when nothing is recorded (a store just created).
        """
        with self._lock:
            db = self._writable()
            if self._path is None or self._snaps is None:
                return 0, None
            db.flush()
            now = compaction.database_bytes(self._path, logs=False)
            last = compaction.read_record(self._snaps.dir)
            if record and last is None:
                compaction.write_record(self._snaps.dir, now)
            return now, last


def open_memory(location: str = "", *, read_only: bool = False, **options: Any) -> OxigraphStore:
    """The `memory:` backend: an empty in-memory store (for tests and experiments)."""
    if location:
        raise StoreError(f"memory: takes no path (got {location!r})")
    store = OxigraphStore(None, **options)
    store.read_only = read_only
    return store
