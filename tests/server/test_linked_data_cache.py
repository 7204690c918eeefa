"""The Linked Data snapshot cache: one build per key and snapshot, dropped when the snapshot changes."""

from __future__ import annotations

import threading

from kg.server.linked_data.cache import Built, SnapshotCache


def _builder(value: str, snapshot: str | None, calls: list[str], gate: threading.Event | None = None):
    def build() -> Built[str]:
        calls.append(value)
        if gate is not None:
            gate.wait(5)
        return Built(value, snapshot, len(value))

    return build


def test_a_value_is_built_once_per_snapshot_and_rebuilt_when_the_snapshot_changes():
    cache: SnapshotCache[str] = SnapshotCache()
    calls: list[str] = []
    assert cache.get("k", "s1", _builder("v1", "s1", calls), wait=1, busy="busy") == "v1"
    assert cache.get("k", "s1", _builder("again", "s1", calls), wait=1, busy="busy") == "v1"
    assert calls == ["v1"] and cache.hits == 1
    assert cache.get("k", "s2", _builder("v2", "s2", calls), wait=1, busy="busy") == "v2"
    assert calls == ["v1", "v2"] and len(cache) == 1  # the s1 entry went with its snapshot


def test_without_a_snapshot_nothing_is_kept():
    cache: SnapshotCache[str] = SnapshotCache()
    calls: list[str] = []
    for _ in range(3):
        cache.get("k", None, _builder("v", None, calls), wait=1, busy="busy")
    assert len(calls) == 3 and len(cache) == 0


def test_an_answer_read_from_another_snapshot_is_served_but_not_kept():
    """A worker that lags behind the web process's snapshot: its answer is not cached under the newer one."""
    cache: SnapshotCache[str] = SnapshotCache()
    calls: list[str] = []
    assert cache.get("k", "s2", _builder("old", "s1", calls), wait=1, busy="busy") == "old"
    assert cache.get("k", "s2", _builder("new", "s2", calls), wait=1, busy="busy") == "new"
    assert calls == ["old", "new"]


def test_concurrent_requests_for_one_key_share_one_build():
    cache: SnapshotCache[str] = SnapshotCache()
    calls: list[str] = []
    gate = threading.Event()
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(
            cache.get("k", "s", _builder("v", "s", calls, gate), wait=5, busy="busy")))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join()
    assert results == ["v"] * 8 and calls == ["v"]


def test_a_waiter_gives_up_after_its_wait_with_the_busy_answer():
    cache: SnapshotCache[str] = SnapshotCache()
    gate = threading.Event()
    leader = threading.Thread(target=lambda: cache.get("k", "s", _builder("v", "s", [], gate), wait=5, busy="b"))
    leader.start()
    try:
        while not cache._flights:  # the leader is building
            pass
        assert cache.get("k", "s", _builder("x", "s", []), wait=0.05, busy="busy") == "busy"
    finally:
        gate.set()
        leader.join()


def test_the_cache_stays_within_its_entry_and_byte_budgets():
    cache: SnapshotCache[str] = SnapshotCache(max_entries=3, max_bytes=800)
    for i in range(10):
        cache.get(i, "s", _builder("x" * 90, "s", []), wait=1, busy="busy")
    assert len(cache) == 3
    cache.get("big", "s", _builder("y" * 500, "s", []), wait=1, busy="busy")  # over max_bytes / 8: not kept
    assert "big" not in cache._entries
