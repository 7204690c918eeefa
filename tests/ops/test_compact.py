"""When kg compacts: on request for Oxigraph folders, and at the end of a build that created the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.ops.compact import BUILD_COMPACT_MIN, compact, compact_after_build, is_new_store
from kg.store.base import UnsupportedStoreError
from kg.store.oxigraph import OxigraphStore
from kg.store.registry import open_store


def _store(path: Path, graphs: int = 5) -> OxigraphStore:
    store = OxigraphStore(path)
    for g in range(graphs):
        store.replace_graph(f"https://kg.example.org/graph/{g}",
                            [(URIRef(f"https://kg.example.org/e{g}"), URIRef("https://kg.example.org/p"),
                              Literal("نص"))])
    return store


def test_a_folder_without_a_database_is_new_and_one_with_a_database_is_not(tmp_path):
    assert is_new_store(tmp_path / "store")
    assert is_new_store(f"oxigraph:{tmp_path / 'store'}")
    _store(tmp_path / "store").close()
    assert not is_new_store(tmp_path / "store")
    assert not is_new_store("memory:")


def test_compact_refuses_a_store_without_files_in_one_error():
    with open_store("memory:") as store, pytest.raises(UnsupportedStoreError, match="only Oxigraph folders"):
        compact(store)


def test_a_build_compacts_only_a_store_it_created_with_enough_articles(tmp_path):
    store = _store(tmp_path / "store")
    try:
        assert compact_after_build(store, created=False, added=10_000) is None
        assert compact_after_build(store, created=True, added=BUILD_COMPACT_MIN - 1) is None
        done = compact_after_build(store, created=True, added=5, minimum=5)
        assert done is not None and done.quads == len(store) == 5
    finally:
        store.close()


def test_a_build_compacts_a_store_grown_past_its_size_at_the_last_compaction(tmp_path):
    store = _store(tmp_path / "store")
    try:
        assert compact_after_build(store, created=True, added=5) is None  # small: only its size recorded
        now, recorded = store.compaction_state()
        assert recorded == now > 0
        assert compact_after_build(store, created=False, added=1, floor=0, growth=1.5) is None  # not grown
        for g in range(5, 400):
            store.replace_graph(f"https://kg.example.org/graph/{g}",
                                [(URIRef(f"https://kg.example.org/e{g}"), URIRef("https://kg.example.org/p"),
                                  Literal(f"نص طويل بعض الشيء رقم {g} " * 5))])
        grown, _ = store.compaction_state()
        assert grown > 1.5 * recorded
        # under the floor (the size moves a little as RocksDB flushes, so far under it): left alone
        assert compact_after_build(store, created=False, added=1, floor=100 * grown, growth=1.5) is None
        done = compact_after_build(store, created=False, added=1, floor=0, growth=1.5)
        assert done is not None and done.quads == len(store)
        after, recorded_after = store.compaction_state()
        assert recorded_after == after  # the new baseline
    finally:
        store.close()


def test_a_store_never_compacted_nor_created_by_a_build_is_left_alone(tmp_path):
    store = _store(tmp_path / "store", graphs=300)
    try:
        assert compact_after_build(store, created=False, added=1) is None
        assert store.compaction_state()[1] is None
    finally:
        store.close()
