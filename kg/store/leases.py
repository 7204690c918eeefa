"""Reader leases on snapshot folders: advisory `flock` locks on a `<snapshot>.lease` file.

A reader holds a shared lock on the lease of the snapshot it reads; a writer deletes a
superseded snapshot only while it holds the exclusive lock, so it never deletes one that is
being read, and it need not wait a grace period to find out. The OS drops the locks of a
process that dies, so a killed reader pins nothing.

`flock` locks belong to an open file description, not to a process: a reader and a writer in
one process (tests, `kg serve` beside a build thread) exclude each other as two processes do.
Where `fcntl` is missing (Windows) leases are unavailable and callers fall back to time-based
collection.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

AVAILABLE = fcntl is not None
SUFFIX = ".lease"


def lease_path(snapshot: Path) -> Path:
    return snapshot.with_name(snapshot.name + SUFFIX)


def create(snapshot: Path) -> None:
    """Make the lease file of a snapshot that is not yet visible (before its folder is renamed in)."""
    if AVAILABLE:
        lease_path(snapshot).touch()


class Lease:
    """A shared lock on one snapshot's lease file, held until `release()` or garbage collection."""

    def __init__(self, fd: int, snapshot: Path) -> None:
        self._fd: int | None = fd
        self.snapshot = snapshot

    @classmethod
    def acquire(cls, snapshot: Path) -> Lease | None:
        """Lease `snapshot`, or None if it is gone or being deleted (the caller picks a newer one).

        A snapshot made without a lease file (by an older kg, or where leases are unavailable)
        also gives None; `has_lease` tells the two apart.
        """
        if not AVAILABLE:
            return None
        path = lease_path(snapshot)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            # A writer may have deleted the snapshot between our open and our lock: the lease
            # we hold would then be on an unlinked file. Check it is still the one in the folder.
            if os.fstat(fd).st_ino != os.stat(path).st_ino or not snapshot.is_dir():
                raise FileNotFoundError(path)
        except OSError:
            os.close(fd)
            return None
        return cls(fd, snapshot)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)  # closing the last descriptor drops the lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __del__(self) -> None:
        self.release()


def has_lease(snapshot: Path) -> bool:
    return AVAILABLE and lease_path(snapshot).is_file()


@contextlib.contextmanager
def exclusive(snapshot: Path) -> Iterator[bool]:
    """Yield True while holding the exclusive lock on `snapshot`'s lease (no reader on it), else False."""
    try:
        fd = os.open(lease_path(snapshot), os.O_RDONLY)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)
