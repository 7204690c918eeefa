"""The small file `kg serve`'s acceptor processes and their parent share (`kg.server.acceptor`).

Why a file. The acceptors are separate programs (`python -m kg.server.acceptor`, started
without fork from a threaded parent), so they share state as a memory-mapped file: the number
of writes the server made (each process refreshes its store handle when it has fallen behind),
the newest snapshot any process answered from (monotonic reads: a process behind it refreshes
before its query), and when each process's current query started (the parent kills one that
overruns and whose watchdog did not act). One mapping, no system call on the common path.
"""

from __future__ import annotations

import contextlib
import fcntl
import mmap
import os
import struct
from collections.abc import Iterator

_SNAPSHOT_BYTES = 240
_NEWEST = 16  # offset of the newest snapshot's name
_SLOTS = _NEWEST + _SNAPSHOT_BYTES


class SharedState:
    """The file the parent and its acceptors share: write count, newest snapshot, busy-since per process.

    Layout: 8 bytes write count, 8 bytes version of the newest snapshot's name, `_SNAPSHOT_BYTES`
    for that name (NUL-padded), then one double per process: the `time.monotonic()` its current
    query started, 0 when idle (CLOCK_MONOTONIC is one clock for every process of the machine).
    Writers take a file lock; the name is read without one, as a seqlock (the version is odd
    while a writer is at work, and a read that saw it change is retried), so the common query
    makes no system call here.
    """

    def __init__(self, path: str, slots: int) -> None:
        self.path = path
        size = _SLOTS + 8 * slots
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.fstat(self._fd).st_size < size:
            os.ftruncate(self._fd, size)
        self._map = mmap.mmap(self._fd, size)
        self.slots = slots

    def epoch(self) -> int:
        return int(struct.unpack_from("Q", self._map, 0)[0])

    def bump_epoch(self) -> None:
        with self._locked():
            struct.pack_into("Q", self._map, 0, self.epoch() + 1)

    def newest(self) -> bytes:
        """The newest snapshot's name any process answered from (UTF-8, b"" before the first)."""
        while True:
            before = struct.unpack_from("Q", self._map, 8)[0]
            raw = self._map[_NEWEST:_SLOTS]
            if not before & 1 and struct.unpack_from("Q", self._map, 8)[0] == before:
                return raw.rstrip(b"\0")

    def saw(self, snapshot: str | None) -> None:
        """Record that a process answered from `snapshot`, if it is newer than any before."""
        raw = (snapshot or "").encode("utf-8")
        if not raw or len(raw) > _SNAPSHOT_BYTES or raw <= self.newest():
            return
        with self._locked():
            if raw > self.newest():
                version = struct.unpack_from("Q", self._map, 8)[0]
                struct.pack_into("Q", self._map, 8, version + 1)
                self._map[_NEWEST:_SLOTS] = raw.ljust(_SNAPSHOT_BYTES, b"\0")
                struct.pack_into("Q", self._map, 8, version + 2)

    def busy_since(self, slot: int) -> float:
        return float(struct.unpack_from("d", self._map, _SLOTS + 8 * slot)[0])

    def set_busy(self, slot: int, since: float) -> None:
        struct.pack_into("d", self._map, _SLOTS + 8 * slot, since)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        fcntl.lockf(self._fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.lockf(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        self._map.close()
        os.close(self._fd)
