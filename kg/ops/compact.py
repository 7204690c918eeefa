"""`kg compact`, and the compaction at the end of a `kg build` that made the store.

The work is `OxigraphStore.compact` (`kg.store.compaction`: bulk-load every quad into a new
database, check it, switch it in). This module decides when and for which stores.

Why `kg build` compacts a store it created (with at least `BUILD_COMPACT_MIN` new articles):
a store written article by article is about 1.8x the size of the same quads loaded in bulk,
and compacting it costs about 8 s per 1,000 articles on this machine, well under 1% of the
build that wrote them (about 45 minutes for 1,000 news articles).

And why any build compacts a store grown `GROWTH` times past its size at the last
compaction (`kg-snapshots/COMPACTED`, also written when a build creates the store): what is
written after a compaction sits uncompressed, in small level-0 files that a short-lived
writer never merges (it closes before RocksDB's background compactions finish): 1,000
one-article adds took 7.5x the disk of the same quads loaded in bulk
(`benchmarks/store_size.py`). A compacted store is the size of a fresh load (1.01x), so
compacting whenever it grows past 1.3x its compacted size keeps it within 1.3x of a fresh
load. The trigger is geometric, so the cost per article stays flat with the store's size
(about one compaction every 40 one-article adds at 1,000 stored articles, each about 8 to
18 s; the run that trips it pays, the others nothing). A store made before this (no record)
compacts only when asked: `kg compact`, like SQLite's VACUUM. Stores under
`GROWTH_FLOOR` are left alone: small whatever their ratio.
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import Store, UnsupportedStoreError
from kg.store.compaction import Compacted
from kg.store.registry import parse_location

#: A build that created its store and added this many articles compacts it before closing.
BUILD_COMPACT_MIN = 100
#: A build compacts a store grown past this multiple of its size at the last compaction.
GROWTH = 1.3
#: ... and holds at least this many bytes: smaller ones are small whatever their ratio, and
#: compacting them does not pay (a compacted database has a fixed overhead of about 0.5 MB).
GROWTH_FLOOR = 8 << 20


def compact(store: Store) -> Compacted:
    """Rewrite the store's files compactly (same quads); `UnsupportedStoreError` for backends without files."""
    run = getattr(store, "compact", None)
    if run is None:
        raise UnsupportedStoreError(f"{store!r}: only Oxigraph folders can be compacted")
    return run()


def is_new_store(location: str | Path) -> bool:
    """True if `location` names an Oxigraph folder that holds no database yet (a build will create it)."""
    try:
        scheme, rest = parse_location(location)
    except ValueError:
        return False
    return scheme == "oxigraph" and not (Path(rest) / "CURRENT").is_file()


def compact_after_build(store: Store, *, created: bool, added: int, minimum: int = BUILD_COMPACT_MIN,
                        growth: float = GROWTH, floor: int = GROWTH_FLOOR) -> Compacted | None:
    """Compact at the end of a build if it created the store with `minimum` articles or more, or if
    the store grew past `growth` times its size at the last compaction (or at creation) and past
    `floor` bytes; else None.
    """
    state = getattr(store, "compaction_state", None)
    if state is None:
        return None
    now, last = state(record=created)
    if (created and added >= minimum) or (last is not None and now > max(growth * last, floor)):
        return compact(store)
    return None
