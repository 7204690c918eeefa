"""The `kg-snapshots` folder of an Oxigraph store: published snapshots, markers and their clean-up.

A snapshot is a RocksDB checkpoint named by its creation time in ns, made under a temporary
name and renamed, so readers only ever see complete ones. `CLEAN` names the snapshot that
equals the primary after a clean close; `WRITER` holds the live writer's pid and start time.
Publishers delete old snapshots no reader leases (`kg.store.leases`). The protocol that uses
them is described in `kg.store.oxigraph_handles`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

from kg.store import leases, switch
from kg.store.base import StoreError

log = logging.getLogger(__name__)

SNAPSHOT_DIR = "kg-snapshots"
CLEAN_MARKER = "CLEAN"
WRITER_MARKER = "WRITER"
_TEMP_MAX_AGE = 3600.0
_LEASE_TRIES = 20


def is_lock_error(exc: OSError) -> bool:
    text = str(exc)
    return "While lock file" in text or "lock hold by" in text or "Resource temporarily unavailable" in text


def process_start(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux), or None where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        return stat.rsplit(")", 1)[1].split()[19]  # field 22; the name before ")" may hold spaces
    except (OSError, IndexError):
        return None


def checkpoint(db: ox.Store, target: Path) -> None:
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


class Snapshots:
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
        tmp.write_text(f"{pid} {process_start(pid) or ''}".strip(), encoding="ascii")
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
        if started is not None and process_start(pid) not in (None, started):
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
        checkpoint(db, tmp)
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
