"""Rewriting an Oxigraph database compactly: what `kg compact` does to the RocksDB files.

Why: a store written article by article is about twice the size of the same quads loaded in
bulk (issue 16, item 6). pyoxigraph 0.5 configures RocksDB to compress only levels 2 and
below (`compression_per_level` in the store's OPTIONS file: none, none, LZ4 …), and cannot
be told otherwise, so a small or medium store written by transactions sits uncompressed in
levels 0 and 1; `Store.optimize()` merges files but leaves them on those levels. The bulk
loader writes compressed bottom-level files instead. So compacting is: bulk-load every quad
into a fresh database beside the store, check it holds exactly the same quads, and switch it
in (`kg.store.switch`, the crash-safe swap `kg load` uses). Like SQLite's VACUUM: run when
the user asks (`kg compact`).

The check: the quad count and an order-independent digest of the quads (the sum, modulo
2**256, of each quad's BLAKE2b hash of its N-Quads text), taken once over the quads as they
are read from the store and once over what the new database returns. Streaming both ways,
so memory stays flat whatever the store's size; the new database needs the store's size
again on disk until the switch.

`kg-snapshots/COMPACTED` records the database's size (write-ahead log left out) after the
last compaction, or when a build created the store: `kg.ops.compact` compares it with the
size now to decide when a build should compact again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

_MOD = 1 << 256
RECORD = "COMPACTED"


class CompactionError(RuntimeError):
    """The rewritten database does not hold the store's quads (nothing was switched)."""


@dataclass(frozen=True)
class Compacted:
    """What `OxigraphStore.compact` did: quads kept and the database files' size before and after (bytes)."""

    quads: int
    bytes_before: int
    bytes_after: int
    seconds: float

    def summary(self) -> str:
        return (f"{self.quads} quads, {self.bytes_before / 2**20:.1f} MiB -> {self.bytes_after / 2**20:.1f} MiB "
                f"in {self.seconds:.1f} s")


@dataclass
class Digest:
    """Count and order-independent hash of a stream of quads (fed with `through`)."""

    count: int = 0
    total: int = 0

    def add(self, quad: ox.Quad) -> None:
        h = hashlib.blake2b(str(quad).encode("utf-8"), digest_size=32).digest()
        self.total = (self.total + int.from_bytes(h, "big")) % _MOD
        self.count += 1

    def through(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        for quad in quads:
            self.add(quad)
            yield quad

    @classmethod
    def of(cls, quads: Iterable[ox.Quad]) -> Digest:
        digest = cls()
        for quad in quads:
            digest.add(quad)
        return digest


def database_bytes(folder: Path, *, logs: bool = True) -> int:
    """Size of the RocksDB files directly in `folder` (kg's subfolders and hard-linked snapshots not counted).

    `logs=False` leaves out the write-ahead log (`*.log`) and the info logs (`LOG*`), which
    come and go with opens and closes.
    """
    total = 0
    with os.scandir(folder) as entries:
        for e in entries:
            if logs or not (e.name.endswith(".log") or e.name.startswith("LOG")):
                with contextlib.suppress(FileNotFoundError):  # RocksDB compacts in the background
                    total += e.stat(follow_symlinks=False).st_size if e.is_file(follow_symlinks=False) else 0
    return total


def read_record(snapshots: Path) -> int | None:
    """The size recorded in `COMPACTED`, or None (never compacted, or unreadable)."""
    try:
        return int((snapshots / RECORD).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def write_record(snapshots: Path, size: int) -> None:
    snapshots.mkdir(parents=True, exist_ok=True)
    tmp = snapshots / f".{RECORD}.{os.getpid()}"
    tmp.write_text(str(size), encoding="ascii")
    os.replace(tmp, snapshots / RECORD)


def rewrite(db: ox.Store, target: Path) -> Digest:
    """Bulk-load every quad of `db` into a new database in `target`, check it, and close it.

    Raises `CompactionError` when the new database's quads differ from those read (the caller
    deletes `target`).
    """
    source = Digest()
    staged = ox.Store(str(target))
    try:
        staged.bulk_extend(source.through(db.quads_for_pattern(None, None, None, None)))
        staged.flush()
        written = Digest.of(staged.quads_for_pattern(None, None, None, None))
    finally:
        del staged  # closed: RocksDB has synced its files
    if (written.count, written.total) != (source.count, source.total):
        raise CompactionError(f"{target}: the rewritten database holds {written.count} quads "
                              f"(digest {written.total:x}), the store {source.count} ({source.total:x})")
    return source
