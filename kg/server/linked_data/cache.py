"""Linked Data answers cached per store snapshot, each built once however many clients ask.

Why. A page is a dozen SPARQL reads; 50 clients on one popular page would otherwise run them
50 times over and fill the worker pool, so a concurrent ASK waits behind them (issue 15,
probe 8). Pages only change when the store does, and readers see the store through published
snapshots whose names never repeat (`Store.snapshot`): an answer keyed by (request, snapshot)
is exact, never stale. When the store publishes a new snapshot, everything cached for older
ones is dropped at the next lookup.

Single flight. While one request builds an answer, others for the same key wait for it (up to
their timeout) instead of building it again: a cold popular page costs one build.

Only answers whose reads all came from the snapshot the web process sees now are kept (a
worker may lag behind by its refresh interval); stores without snapshots (memory, remote)
are not cached at all. Bounded by entries and by bytes (LRU).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from kg.store.base import Store

V = TypeVar("V")


@dataclass(frozen=True)
class Built(Generic[V]):
    """What a build produced: the value, the snapshot it was read from (None: unknown, do not
    cache) and its size in bytes (for the cache's budget)."""

    value: V
    snapshot: str | None
    size: int = 0


class _Flight(Generic[V]):
    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: V | None = None


def current_snapshot(store: Store) -> str | None:
    """The snapshot readers of `store` see now (after catching up), or None if it has none."""
    if not store.snapshot_aware:
        return None
    store.refresh()
    return store.snapshot


class SnapshotCache(Generic[V]):
    """Values by (key, snapshot), built once per key and snapshot; see the module docstring."""

    def __init__(self, *, max_entries: int = 512, max_bytes: int = 64 << 20) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._flights: dict[tuple[Hashable, str], _Flight[V]] = {}
        self._snapshot: str | None = None
        self._bytes = 0
        self._lock = threading.Lock()
        #: Counters, for tests and logs: answers served from the cache, and builds run.
        self.hits = 0
        self.builds = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(
        self, key: Hashable, snapshot: str | None, build: Callable[[], Built[V]], *, wait: float, busy: V
    ) -> V:
        """The value for `key` under `snapshot`, from the cache, from a build already running
        (waiting at most `wait` s, else `busy`), or from `build()`."""
        if snapshot is None:
            with self._lock:
                self.builds += 1
            return build().value
        with self._lock:
            if snapshot != self._snapshot:  # the store changed: nothing cached can be served again
                self._entries.clear()
                self._bytes = 0
                self._snapshot = snapshot
            cached = self._entries.get(key)
            if cached is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return cached[0]
            flight = self._flights.get((key, snapshot))
            leader = flight is None
            if flight is None:
                flight = self._flights[(key, snapshot)] = _Flight()
                self.builds += 1
        if not leader:
            if flight.done.wait(wait) and flight.value is not None:
                return flight.value
            return busy
        try:
            built = build()
            flight.value = built.value
        finally:
            with self._lock:
                del self._flights[(key, snapshot)]
            flight.done.set()
        self._keep(key, snapshot, built)
        return built.value

    def _keep(self, key: Hashable, snapshot: str, built: Built[V]) -> None:
        if built.snapshot != snapshot or built.size > self.max_bytes // 8:
            return
        with self._lock:
            if snapshot != self._snapshot:
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._entries[key] = (built.value, built.size)
            self._bytes += built.size
            while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
                _, (_, size) = self._entries.popitem(last=False)
                self._bytes -= size
