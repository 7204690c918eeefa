"""The embedded Oxigraph backend: a pyoxigraph on-disk `Store` (RocksDB) in a folder.

Design goal: the server keeps answering while a `kg build` writes into the same folder.

What pyoxigraph 0.5.13 offers: one read-write handle per folder (RocksDB's LOCK file, held by
a single process), and `Store.read_only(path)`, a *static* view of the folder as it was when
opened, documented as undefined behaviour while another process writes (the writer's
compactions delete files under it). The "secondary" mode of 0.4 (a reader that catches up
with a live primary) is gone, and there is no multi-statement transaction API.

So readers never open the live folder. Writers *publish* snapshots and readers follow them:

* `Store.backup()` makes a RocksDB checkpoint: a consistent, committed, point-in-time copy made
  of hard links (milliseconds, almost no disk until the primary compacts). A writer publishes
  one into `<store>/kg-snapshots/<time_ns>` when it opens (if the last snapshot is not
  current), every `publish_interval` seconds while writing, and when it closes. Each is built
  under a temporary name and renamed, so readers only ever see complete snapshots.
* A read-only handle opens the newest snapshot with `Store.read_only` (well defined: nobody
  writes to a snapshot) and, at most every `refresh_interval` seconds, swaps to a newer one.
  Queries already running keep their old handle; every query sees one consistent state.
* While it reads a snapshot, a reader holds a shared lock on the snapshot's lease file
  (`kg.store.leases`), and keeps holding it `lease_linger` seconds after swapping away (query
  results still being read use the old handle) and for as long as a dump or an rdflib view
  made from it lives.
* After a clean close the writer leaves a `CLEAN` marker naming the snapshot that equals the
  primary; while open it leaves its pid (and start time, so a reused pid is not mistaken for
  it) in `WRITER`. A reader that finds no `CLEAN` and no live writer (one was killed) takes
  the lock for a moment and publishes a fresh snapshot itself. The pid check matters: every
  failed RocksDB open rotates the store's LOG file.
* Old snapshots are deleted by publishers: the newest `keep_snapshots` are kept, and any other
  that no reader holds a lease on. Snapshots without a lease file (made by an older kg, or on
  systems without `flock`) are kept until `snapshot_grace` seconds after they were superseded.
  Without leases a 10,000-article build left 4.4 GB of superseded snapshots beside 0.4 GB of
  data: each pins the SST files compaction has since replaced.

Write-ahead log: RocksDB as pyoxigraph 0.5 sets it up deletes no log file while the database
is open, so a writer whose log passes `log_limit` bytes reopens its handle at the next publish
(`_trim_log`), which deletes them.

The price: readers lag writers by up to `publish_interval` + `refresh_interval` seconds, and
a reader may need write access to the folder (to publish a snapshot when none is current).

Atomicity: `replace_graph` is one SPARQL Update request (`DROP SILENT GRAPH; INSERT DATA`),
which Oxigraph applies in a single transaction; `add_to_graph` is one transactional `extend`;
`write_article` and `remove_articles` (from `Store`) are one Update request each. `load_files`
bulk-loads into a staging database and switches it in whole (`kg.store.switch`); nothing is
published while it loads.

Crashes: a writer killed with SIGKILL loses nothing it committed (RocksDB replays its log on
the next open) and leaves no lock behind (the OS drops a dead process's file lock). What it
leaves is harmless: a stale `WRITER` marker (its process is gone), no `CLEAN` marker (so the
next opener publishes a current snapshot) and perhaps a half-made `.tmp-*` snapshot (never
read, deleted after an hour). A killed reader holds no lease: the OS drops its locks.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

from kg.rdf.terms import PREFIXES, TEXT_HASH
from kg.store import formats, leases, switch
from kg.store.articles import StoreStats
from kg.store.base import (
    ReadOnlyStoreError,
    Store,
    StoreError,
    StoreLockedError,
    StoreNotFoundError,
)
from kg.store.sparql_lexer import has_dataset_clause
from kg.store.term_text import is_blank_node, ntriples, quads

if TYPE_CHECKING:
    import rdflib

    from kg.store.base import QueryResult

log = logging.getLogger(__name__)

SNAPSHOT_DIR = "kg-snapshots"
CLEAN_MARKER = "CLEAN"
WRITER_MARKER = "WRITER"
_TEMP_MAX_AGE = 3600.0
_LEASE_TRIES = 20


def _is_lock_error(exc: OSError) -> bool:
    text = str(exc)
    return "While lock file" in text or "lock hold by" in text or "Resource temporarily unavailable" in text


def _process_start(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux), or None where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        return stat.rsplit(")", 1)[1].split()[19]  # field 22; the name before ")" may hold spaces
    except (OSError, IndexError):
        return None


def _checkpoint(db: ox.Store, target: Path) -> None:
    """A RocksDB checkpoint of `db` in the new folder `target` (hard links where it can)."""
    try:
        db.backup(str(target))
    except OSError as exc:
        # RocksDB lists the live files, then links them: a compaction in between (right after
        # a bulk load, say) deletes one, and the link fails. A second listing is current.
        if "No such file" not in str(exc) and not isinstance(exc, FileNotFoundError):
            raise
        log.info("%s: a file went away during the checkpoint (%s); retrying once", target, exc)
        shutil.rmtree(target, ignore_errors=True)
        db.backup(str(target))


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


class _Snapshots:
    """The `kg-snapshots` folder inside a store: complete snapshots are named by creation time (ns)."""

    def __init__(self, store_path: Path) -> None:
        self.dir = store_path / SNAPSHOT_DIR
        self.marker = self.dir / CLEAN_MARKER
        self.writer = self.dir / WRITER_MARKER

    def names(self) -> list[str]:
        try:
            entries = os.listdir(self.dir)
        except FileNotFoundError:
            return []
        return sorted(e for e in entries if e.isdigit())

    def latest(self) -> str | None:
        names = self.names()
        return names[-1] if names else None

    def path(self, name: str) -> Path:
        return self.dir / name

    def is_clean(self) -> bool:
        """True if the newest snapshot is known to equal the primary (a writer closed cleanly after it)."""
        if switch.committed(self.dir):  # a load's switch still to finish: the primary is newer
            return False
        try:
            marked = self.marker.read_text(encoding="ascii").strip()
        except OSError:
            return False
        return bool(marked) and marked == self.latest()

    def mark_clean(self, name: str) -> None:
        tmp = self.dir / f".{CLEAN_MARKER}.{os.getpid()}"
        tmp.write_text(name, encoding="ascii")
        os.replace(tmp, self.marker)

    def unmark_clean(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.marker.unlink()

    def claim_writer(self) -> None:
        """Record this process as the writer, so others need not probe RocksDB's lock.

        The marker holds the pid and, where the OS tells, the process's start time: a writer
        killed with SIGKILL leaves its marker behind, and its pid may be reused later.
        """
        self.dir.mkdir(exist_ok=True)
        pid = os.getpid()
        tmp = self.dir / f".{WRITER_MARKER}.{pid}"
        tmp.write_text(f"{pid} {_process_start(pid) or ''}".strip(), encoding="ascii")
        os.replace(tmp, self.writer)

    def release_writer(self) -> None:
        if self.writer_pid() == os.getpid():
            with contextlib.suppress(FileNotFoundError):
                self.writer.unlink()

    def _writer_record(self) -> tuple[int, str | None] | None:
        try:
            fields = self.writer.read_text(encoding="ascii").split()
            return int(fields[0]), (fields[1] if len(fields) > 1 else None)
        except (OSError, ValueError, IndexError):
            return None

    def writer_pid(self) -> int | None:
        record = self._writer_record()
        return record[0] if record else None

    def live_writer(self) -> int | None:
        """The pid of a kg writer that is still running, or None (none, or it was killed).

        Probing the lock by opening the store is not free: every failed RocksDB open rotates
        the store's LOG file. This check avoids it whenever a kg writer is known to be alive.
        """
        record = self._writer_record()
        if record is None:
            return None
        pid, started = record
        if pid == os.getpid() or os.name == "nt":  # os.kill(pid, 0) is not a probe on Windows
            return pid
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        if started is not None and _process_start(pid) not in (None, started):
            return None  # the writer died and its pid now belongs to another process
        return pid

    def create(self, db: ox.Store) -> str:
        """Checkpoint `db` into a new snapshot (with its lease file); only the final rename makes it visible."""
        self.dir.mkdir(exist_ok=True)
        latest = self.latest()
        stamp = time.time_ns()
        if latest is not None and stamp <= int(latest):
            stamp = int(latest) + 1
        name = f"{stamp:020d}"
        tmp = self.dir / f".tmp-{name}-{os.getpid()}"
        _checkpoint(db, tmp)
        leases.create(self.dir / name)
        os.rename(tmp, self.dir / name)
        return name

    def lease_latest(self) -> tuple[str, leases.Lease | None] | None:
        """The newest snapshot and a lease on it (None for snapshots made without a lease file).

        A publisher may delete the snapshot we just listed (a newer one appeared): try again.
        """
        for _ in range(_LEASE_TRIES):
            name = self.latest()
            if name is None:
                return None
            snapshot = self.path(name)
            lease = leases.Lease.acquire(snapshot)
            if lease is not None:
                return name, lease
            if not leases.has_lease(snapshot) and snapshot.is_dir():
                return name, None
        raise StoreError(f"{self.dir}: snapshots are being replaced faster than they can be opened")

    def collect(self, keep: int, grace: float) -> None:
        """Delete snapshots beyond the newest `keep` that no reader leases.

        Snapshots without a lease file go once they were superseded more than `grace` s ago.
        """
        now = time.time_ns()
        names = self.names()
        for older, newer in zip(names[: max(len(names) - keep, 0)], names[1:], strict=False):
            snapshot = self.path(older)
            if leases.has_lease(snapshot):
                with leases.exclusive(snapshot) as unread:
                    if unread:  # no reader, and none can start while we hold the lock
                        shutil.rmtree(snapshot, ignore_errors=True)
                        leases.lease_path(snapshot).unlink(missing_ok=True)
            elif now - int(newer) > grace * 1e9:
                shutil.rmtree(snapshot, ignore_errors=True)
        with contextlib.suppress(FileNotFoundError):
            for entry in os.scandir(self.dir):
                stale = time.time() - entry.stat().st_mtime > _TEMP_MAX_AGE
                if switch.is_orphan(self.dir, entry.name):  # a killed `kg load`'s staging database
                    stale = True
                if entry.name.startswith(".tmp-") and stale:
                    shutil.rmtree(entry.path, ignore_errors=True)
                elif entry.name.endswith(leases.SUFFIX) and stale:
                    # left by a publisher killed between deleting a snapshot and its lease
                    if not (self.dir / entry.name.removesuffix(leases.SUFFIX)).exists():
                        Path(entry.path).unlink(missing_ok=True)


class OxigraphStore(Store):
    """A kg store in a folder, or in memory when `path` is None.

    Writable handles hold the folder's lock; `read_only=True` handles follow published
    snapshots (see the module docstring) and never block a writer.
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
        self._snaps = _Snapshots(self._path) if self._path else None
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

    # -- opening ---------------------------------------------------------------------------------

    def _open_writer(self) -> ox.Store:
        assert self._path is not None and self._snaps is not None
        # RocksDB creates the store folder but not its parents (`--store data/kg` on a fresh checkout)
        self._path.parent.mkdir(parents=True, exist_ok=True)
        if (pid := self._snaps.live_writer()) is not None:
            # Checked before touching RocksDB: a writer briefly lets go of its lock to trim its log.
            raise StoreLockedError(f"{self._path} is locked by kg process {pid} (a running `kg build` "
                                   "or `kg load`?); Oxigraph allows one writer at a time")
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                switch.finish(self._path)  # a `kg load` killed while switching in its data
                db = ox.Store(str(self._path))
                break
            except OSError as exc:
                if not _is_lock_error(exc):
                    raise
                pid = self._snaps.live_writer()
                if pid is not None or time.monotonic() >= deadline:
                    holder = f"kg process {pid}" if pid is not None else "another process"
                    raise StoreLockedError(
                        f"{self._path} is locked by {holder} (a running `kg build` or `kg load`?); "
                        "Oxigraph allows one writer at a time"
                    ) from exc
                time.sleep(0.5)  # probably a reader publishing a snapshot: it takes a moment
        self._snaps.claim_writer()
        clean = self._snaps.is_clean()
        self._snaps.unmark_clean()  # from now on the primary may run ahead of the snapshots
        if not clean:
            self._publish(db)
        return db

    def _open_reader(self) -> ox.Store:
        assert self._path is not None and self._snaps is not None
        if not (self._path / "CURRENT").is_file():
            raise StoreNotFoundError(f"no Oxigraph store at {self._path}")
        locked = False
        if not self._snaps.is_clean():
            locked = self._snaps.live_writer() is not None or not self._publish_as_reader()
        deadline = time.monotonic() + self.lock_timeout
        while (leased := self._snaps.lease_latest()) is None and locked and time.monotonic() < deadline:
            time.sleep(0.1)  # a writer that just opened publishes its first snapshot at once
        if leased is None:
            if locked:
                raise StoreLockedError(
                    f"{self._path} is being written by another process that has not published "
                    "a snapshot yet; retry in a moment"
                )
            # No snapshot could be made (e.g. no write permission): a static view of the folder.
            log.warning("%s: no snapshot available, reading the store folder directly", self._path)
            return ox.Store.read_only(str(self._path))
        name, lease = leased
        db = ox.Store.read_only(str(self._snaps.path(name)))
        self._snapshot, self._lease = name, lease
        self._next_refresh = time.monotonic() + self.refresh_interval
        return db

    def _publish_as_reader(self) -> bool:
        """Briefly take the write lock to publish a current snapshot. False if a writer holds it."""
        assert self._path is not None and self._snaps is not None
        try:
            switch.finish(self._path)
            db = ox.Store(str(self._path))
        except OSError as exc:
            if _is_lock_error(exc):
                return False
            log.warning("%s: cannot open for a snapshot: %s", self._path, exc)
            return True
        try:
            name = self._snaps.create(db)
            self._snaps.mark_clean(name)
            self._snaps.collect(self.keep_snapshots, self.snapshot_grace)
        finally:
            del db  # releases the lock
        return True

    # -- snapshots -------------------------------------------------------------------------------

    def _publish(self, db: ox.Store) -> None:
        assert self._snaps is not None
        self._snaps.create(db)
        self._dirty = False
        self._last_publish = time.monotonic()
        self._snaps.collect(self.keep_snapshots, self.snapshot_grace)

    def _log_bytes(self) -> int:
        """Size of RocksDB's write-ahead log files in the store folder."""
        assert self._path is not None
        with os.scandir(self._path) as entries:
            return sum(e.stat().st_size for e in entries if e.name.endswith(".log") and e.is_file())

    def _trim_log(self) -> None:
        """Reopen the handle once the write-ahead log has outgrown `log_limit` (caller holds `_lock`).

        RocksDB, as pyoxigraph 0.5 configures it, deletes no log file while the database stays
        open, flushed or not: a 10,000-article build left 1 GB of them beside 0.7 GB of data,
        and a build killed after hours would replay them all on the next open (15 s per 450 MB
        here). Opening again deletes them: about a second after a flush. The WRITER marker stays
        ours meanwhile, so other kg processes do not take the lock in between (`_open_writer`).
        Query results still open on the old handle keep its lock; we wait `lock_timeout` for them.
        """
        if self.log_limit <= 0 or self._path is None or self._db is None or self._log_bytes() <= self.log_limit:
            return
        self._db.flush()
        self._reopening = True
        self._db = None  # the last reference, unless a query result still holds the old handle
        try:
            self._db = self._reopen("trim its log")
        finally:
            self._reopening = False

    def publish(self) -> None:
        """Publish a snapshot now if anything was written since the last one."""
        with self._lock:
            if self.read_only or self._snaps is None or not self._dirty:
                return
            self._publish(self._handle())
            self._trim_log()

    def refresh(self) -> None:
        """Swap to the newest published snapshot (read-only handles)."""
        if not self.read_only or self._snaps is None or self._snapshot is None:
            return
        with self._lock:
            self._next_refresh = time.monotonic() + self.refresh_interval
            latest = self._snaps.latest()
            now = time.monotonic()
            if (
                latest == self._snapshot
                and now >= self._next_recover
                and not self._snaps.is_clean()
                and self._snaps.live_writer() is None
            ):
                # Nothing new, not clean, and no live writer: one was killed before closing.
                # The lock is free; publish its last committed state.
                self._next_recover = now + self.recover_interval
                if self._publish_as_reader():
                    latest = self._snaps.latest()
            if latest is None or latest == self._snapshot:
                return
            leased = self._snaps.lease_latest()
            if leased is None or leased[0] == self._snapshot:
                return
            name, lease = leased
            try:
                db = ox.Store.read_only(str(self._snaps.path(name)))
            except OSError as exc:  # damaged or unreadable; try again next time
                log.warning("%s: cannot open snapshot %s: %s", self._path, name, exc)
                return
            if self._lease is not None:
                self._retired.append((time.monotonic() + self.lease_linger, self._lease))
            self._db, self._snapshot, self._lease = db, name, lease
            self._expire_leases()

    def _expire_leases(self) -> None:
        """Drop our hold on snapshots swapped away from `lease_linger` s ago.

        A dump or rdflib view still reading one keeps its own reference, so the lock stays
        until that ends too.
        """
        now = time.monotonic()
        with self._lock:
            self._retired = [(until, lease) for until, lease in self._retired if until > now]

    @property
    def snapshot(self) -> str | None:
        """Name of the snapshot a read-only handle is reading (None for writers and memory stores)."""
        return self._snapshot

    # -- handle access ---------------------------------------------------------------------------

    def _handle(self) -> ox.Store:
        if self._snapshot is not None and time.monotonic() >= self._next_refresh:
            self.refresh()
        if self._retired:
            self._expire_leases()
        db = self._db
        if db is None and self._reopening:
            with self._lock:  # held by `_trim_log` until the new handle is in place
                db = self._db
        if db is None:
            raise StoreError(f"{self.location}: store is closed")
        return db

    def _pinned(self) -> tuple[ox.Store, leases.Lease | None]:
        """The handle and the lease that keeps its snapshot on disk: hold both while reading."""
        with self._lock:
            return self._handle(), self._lease

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise ReadOnlyStoreError(f"{self.location} was opened read-only")
        return self._handle()

    def _wrote(self) -> None:
        self._dirty = True
        if self._snaps is not None and time.monotonic() - self._last_publish >= self.publish_interval:
            self.publish()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store (for callers that need its full API).

        Do not keep it across writes: a writer replaces its handle when it trims its log.
        """
        return self._handle()

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
                quads = formats.with_extra(db.quads_for_pattern(None, None, None, graph_iri and ox.NamedNode(graph_iri)), extra)
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
                    _checkpoint(db, staging)
                del db
                _stage(staging, paths, infos, to_graph)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            self._switch_to(staging)

    def _switch_to(self, staging: Path) -> None:
        """Replace the store's database by the closed one in `staging` (caller holds `_lock`)."""
        assert self._path is not None and self._snaps is not None
        self._reopening = True
        try:
            self._db = None
            # Wait until no query result holds the old handle (it could still write), then commit.
            probe = self._reopen("switch to the loaded data")
            del probe
            try:
                switch.commit(self._path, self._snaps.dir, staging)
            except Exception as exc:
                if not switch.committed(self._snaps.dir):  # failed before the commit point: debris
                    shutil.rmtree(staging, ignore_errors=True)
                    self._db = self._reopen("reopen it after a failed load")
                    raise
                # committed: `_reopen` finishes the switch (or the next open will)
                log.warning("%s: finishing the switch to the loaded data after: %s", self._path, exc)
            self._db = self._reopen("open the loaded data")
        finally:
            self._reopening = False
        self._dirty = True
        self._publish(self._db)

    def _reopen(self, doing: str) -> ox.Store:
        """Open the store folder again after this handle let go of it, waiting `lock_timeout` for stragglers."""
        assert self._path is not None and self._snaps is not None
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                switch.finish(self._path)
                return ox.Store(str(self._path))
            except OSError as exc:
                if not _is_lock_error(exc) or time.monotonic() >= deadline:
                    self._snaps.release_writer()  # closed: let the next writer in
                    raise StoreError(
                        f"{self._path}: cannot reopen the store to {doing} ({exc}); everything "
                        "written is committed: open it again (query results kept open while "
                        "writing hold the old handle)") from exc
                time.sleep(0.05)

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """Publish what was written, mark the snapshot current and release the lock."""
        with self._lock:
            db = self._db
            if db is None:
                return
            writer = not self.read_only and self._snaps is not None
            try:
                if writer:
                    assert self._snaps is not None
                    if self._dirty or self._snaps.latest() is None:
                        self._publish(db)
                    latest = self._snaps.latest()
                    if latest is not None:
                        self._snaps.mark_clean(latest)
                    db.flush()
            finally:
                self._db = None
                self._snapshot = None
                self._lease, self._retired = None, []  # dumps and views still reading keep theirs
                del db  # the last reference: RocksDB releases the lock
                if writer:
                    assert self._snaps is not None
                    self._snaps.release_writer()


def open_memory(location: str = "", *, read_only: bool = False, **options: Any) -> OxigraphStore:
    """The `memory:` backend: an empty in-memory store (for tests and experiments)."""
    if location:
        raise StoreError(f"memory: takes no path (got {location!r})")
    store = OxigraphStore(None, **options)
    store.read_only = read_only
    return store
