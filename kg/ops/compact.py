"""`kg compact`, and the compaction at the end of a `kg build` that made the store.

The work is `OxigraphStore.compact` (`kg.store.compaction`: bulk-load every quad into a new
database, check it, switch it in). This module decides when and for which stores.

Why `kg build` compacts a store it created (with at least `BUILD_COMPACT_MIN` new articles):
a store written article by article is about 1.8x the size of the same quads loaded in bulk,
and compacting it costs about 8 s per 1,000 articles on this machine, well under 1% of the
build that wrote them (about 45 minutes for 1,000 news articles).

And why any build compacts a store grown `GROWTH` times past its size at the last
compaction (`kg-snapshots/COMPACTED`, also written when a build creates the store): what is
written later is not compressed, and RocksDB's own compactions of it rewrite the compacted
files uncompressed too (pyoxigraph's `compression_per_level` leaves the base level
uncompressed, and a small store's base level is its bottom one): within some 25 one-article
adds a compacted store is back at 1.8x a fresh load. A trigger below 1.8x would then compact
every few dozen adds whatever the store's size, a cost per add that grows with the store
(1.3x: 70 compactions in 1,000 adds at up to 1,000 articles); at 2x the trigger is geometric
(new data must reach about a ninth of the store), so the cost per article stays flat (24
compactions, 38 s in 1,000 adds; `benchmarks/store_size.py`). The store then stays under
about 2x a fresh load; `kg compact` brings it to 1.01x on request. A store made before this
(no record) compacts only when asked, like SQLite's VACUUM. Stores under `GROWTH_FLOOR` are
left alone: small whatever their ratio.
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import Store, UnsupportedStoreError
from kg.store.compaction import Compacted
from kg.store.registry import parse_location

#: A build that created its store and added this many articles compacts it before closing.
BUILD_COMPACT_MIN = 100
#: A build compacts a store grown past this multiple of its size at the last compaction.
GROWTH = 2.0
#: ... and holds at least this many bytes: smaller ones are small whatever their ratio, and
#: compacting them does not pay (a compacted database has a fixed overhead of about 0.5 MB).
GROWTH_FLOOR = 8 << 20


def compact(store: Store) -> Compacted:
    """Rewrite the store's files compactly (same quads); `UnsupportedStoreError` for backends without files."""
    if not store.compactable:
        raise UnsupportedStoreError(f"{store!r}: only Oxigraph folders can be compacted")
    return store.compact()  # type: ignore[attr-defined]  # the backends that declare `compactable`


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
    if not store.compactable:
        return None
    now, last = store.compaction_state(record=created)  # type: ignore[attr-defined]
    if (created and added >= minimum) or (last is not None and now > max(growth * last, floor)):
        return compact(store)
    return None
