"""How an Oxigraph store handle opens, publishes, follows snapshots and lets go (`SnapshotHandles`).

The reasons are in `kg.store.oxigraph`: one read-write handle per folder, and read-only
handles that are only well defined on a folder nobody writes.

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
from pathlib import Path

import pyoxigraph as ox

from kg.store import leases, switch
from kg.store.base import ReadOnlyStoreError, StoreError, StoreLockedError, StoreNotFoundError
from kg.store.snapshots import Snapshots, is_lock_error

log = logging.getLogger(__name__)

#: A closing writer that leaves more write-ahead log than this deletes it (`_drop_stale_log`).
CLOSE_LOG_LIMIT = 1 << 20
#: A closing writer keeps this many of RocksDB's rotated info logs (`_drop_old_info_logs`).
KEEP_INFO_LOGS = 2


class SnapshotHandles:
    """The handle side of `OxigraphStore`: open, publish, follow, reopen and close (a mixin).

    `OxigraphStore.__init__` sets the attributes below and opens the first handle with
    `_open_writer` or `_open_reader`.
    """

    location: str
    read_only: bool
    publish_interval: float
    refresh_interval: float
    keep_snapshots: int
    snapshot_grace: float
    lease_linger: float
    lock_timeout: float
    recover_interval: float
    log_limit: int
    _path: Path | None
    _snaps: Snapshots | None
    _lock: threading.RLock
    _db: ox.Store | None
    _dirty: bool
    _reopening: bool
    _last_publish: float
    _snapshot: str | None
    _lease: leases.Lease | None
    _retired: list[tuple[float, leases.Lease]]
    _next_refresh: float
    _next_recover: float

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
                if not is_lock_error(exc):
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
            if is_lock_error(exc):
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

    # -- reopening -------------------------------------------------------------------------------

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
                if not is_lock_error(exc) or time.monotonic() >= deadline:
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
                    try:
                        self._drop_stale_log()
                        self._drop_old_info_logs()
                    finally:
                        self._snaps.release_writer()

    def _drop_old_info_logs(self) -> None:
        """Delete RocksDB's rotated info logs (`LOG.old.*`) but the newest `KEEP_INFO_LOGS`.

        Every open renames the text log `LOG` to `LOG.old.<time>`, and pyoxigraph lets RocksDB
        keep 1,000 of them: after 1,000 one-article builds they took 122 MB beside 39 MB of data
        (`benchmarks/store_size.py`). They are diagnostics only; RocksDB never reads them.
        """
        assert self._path is not None
        with os.scandir(self._path) as entries:
            old = sorted((e.name for e in entries if e.name.startswith("LOG.old.")), key=lambda n: (len(n), n))
        for name in old[: max(len(old) - KEEP_INFO_LOGS, 0)]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._path / name)

    def _drop_stale_log(self) -> None:
        """Open and close the folder once more if the closed writer left over `CLOSE_LOG_LIMIT` bytes of log.

        RocksDB deletes its write-ahead log files only when it opens (see `_trim_log`), so a
        closed store keeps every log its writer wrote since opening: 24 MB beside 43 MB of data
        after a 1,000-article build. Everything was flushed at close, so opening again only
        deletes them (about 0.1 s). Small logs (a one-article build's) are left to the next
        opener, to keep short runs short. A lock still held by a query result skips this.
        """
        assert self._path is not None
        if self._log_bytes() <= CLOSE_LOG_LIMIT:
            return
        try:
            db = ox.Store(str(self._path))
        except OSError as exc:
            log.info("%s: write-ahead log left for the next opener: %s", self._path, exc)
            return
        del db
