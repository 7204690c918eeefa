"""Swapping a store folder's database for a staged one, so that a load is one transaction.

`kg load a.nq b.ttl` must leave either the old store or the whole new one, whatever happens:
a syntax error in `b.ttl`, a full disk, SIGKILL. pyoxigraph has no transaction that spans
files, and its bulk loader (the only fast way in for big files) commits as it goes. So a load
writes into a *staging* database, a private folder inside `kg-snapshots/` (a checkpoint of
the current store, or an empty one with `--replace`), and only a complete staging database
is switched in:

1. the staging database is closed (RocksDB has synced its files);
2. a `SWITCH` marker listing the staging folder and its files is written and renamed into
   place: **this rename is the commit point**;
3. the store's own RocksDB files are replaced by the staged ones (renames within one file
   system, so no data is copied and a full disk cannot stop it), then the marker goes.

A process killed before step 2 leaves the old database untouched and an orphan staging
folder (deleted by the next publisher once its process is gone: `is_orphan`). One killed during step 3 leaves the
marker, and whoever opens the folder next finishes the switch first (`finish`), which is
idempotent: it deletes the store's files that are not in the list and moves in those still
in the staging folder. An `flock` on `SWITCH.lock` keeps two openers from finishing at once.

The store's `LOCK` file and its subfolders (`kg-snapshots`) stay where they are: the lock
belongs to the folder, the snapshots to the readers.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

MARKER = "SWITCH"
STAGING_PREFIX = ".tmp-load-"
_KEEP = frozenset({"LOCK"})


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _exclusive(snapshots: Path) -> Iterator[None]:
    """Hold `SWITCH.lock` exclusively (a no-op where `flock` is missing)."""
    snapshots.mkdir(parents=True, exist_ok=True)
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(snapshots / f"{MARKER}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def staging_path(snapshots: Path, stamp: int) -> Path:
    return snapshots / f"{STAGING_PREFIX}{stamp}-{os.getpid()}"


def is_orphan(snapshots: Path, name: str) -> bool:
    """True for a staging folder whose process is gone and that no pending switch needs.

    RocksDB builds a checkpoint in `<target>.tmp` and renames it: a load killed while it
    checkpointed leaves `.tmp-load-<stamp>-<pid>.tmp`, an orphan too.
    """
    if not name.startswith(STAGING_PREFIX) or committed(snapshots):
        return False
    try:
        pid = int(name.removesuffix(".tmp").rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def commit(store: Path, snapshots: Path, staging: Path) -> None:
    """Make the closed database in `staging` the store's own (steps 2 and 3 of the module docstring).

    The caller has closed its handle on `store` and keeps other kg writers out (its WRITER marker).
    """
    files = sorted(e.name for e in os.scandir(staging) if e.is_file(follow_symlinks=False) and e.name not in _KEEP)
    if "CURRENT" not in files:
        raise OSError(f"{staging}: the staged database is incomplete (no CURRENT file)")
    with _exclusive(snapshots):
        tmp = snapshots / f".{MARKER}.{os.getpid()}"
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump({"staging": staging.name, "files": files}, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, snapshots / MARKER)  # the commit point
        _fsync_dir(snapshots)
        _roll_forward(store, snapshots)


def committed(snapshots: Path) -> bool:
    """True while a committed switch is not finished (its marker is there)."""
    return (snapshots / MARKER).is_file()


def finish(store: Path) -> bool:
    """Complete a switch that a killed process committed but did not finish. True if there was one."""
    snapshots = store / "kg-snapshots"
    if not (snapshots / MARKER).is_file():
        return False
    with _exclusive(snapshots):
        return _roll_forward(store, snapshots)


def _roll_forward(store: Path, snapshots: Path) -> bool:
    """Replace the store's files by the staged ones named in the marker (caller holds the lock)."""
    marker = snapshots / MARKER
    try:
        plan = json.loads(marker.read_text(encoding="utf-8"))
        staging, files = snapshots / plan["staging"], set(plan["files"])
    except FileNotFoundError:
        return False  # another process finished it while we waited for the lock
    except (ValueError, KeyError, TypeError) as exc:
        raise OSError(f"{marker}: unreadable switch marker ({exc}); the staged database is in "
                      f"{snapshots}/{STAGING_PREFIX}*") from exc
    for entry in os.scandir(store):
        if entry.is_file(follow_symlinks=False) and entry.name not in files and entry.name not in _KEEP:
            os.unlink(entry.path)
    for name in sorted(files, key=lambda n: n == "CURRENT"):  # CURRENT last: it names the MANIFEST
        source = staging / name
        if source.exists():
            os.replace(source, store / name)
    _fsync_dir(store)
    marker.unlink()
    _fsync_dir(snapshots)
    shutil.rmtree(staging, ignore_errors=True)
    return True
