"""What a backend can do is declared on `Store` (rdflib-style flags and methods with a default),
never probed with `hasattr`: who can open the store besides this handle, and how a graph is found."""

from __future__ import annotations

from store_doubles import ListingStore
from store_helpers import article, graph_iri

from kg.store import open_store
from kg.store.oxigraph import OxigraphStore


def test_a_store_in_a_folder_can_be_opened_by_other_processes_and_one_in_memory_cannot(tmp_path):
    with OxigraphStore(tmp_path / "store") as writer:
        assert writer.multiprocess_aware
    with OxigraphStore(tmp_path / "store", read_only=True) as reader:
        assert reader.multiprocess_aware
    with open_store("memory:") as memory:
        assert not memory.multiprocess_aware


def test_has_graph_finds_a_named_graph_and_nothing_else(putin_article):
    with open_store("memory:") as store:
        store.replace_graph(graph_iri("a1"), putin_article)
        assert store.has_graph(graph_iri("a1"))
        assert not store.has_graph(graph_iri("a2"))
        store.remove_graph(graph_iri("a1"))
        assert not store.has_graph(graph_iri("a1"))


def test_the_default_has_graph_answers_from_the_list_of_graphs():
    with ListingStore() as store:
        store.replace_graph(graph_iri("a1"), article("a1", "سامي الحداد", text_hash="h1"))
        assert store.has_graph(graph_iri("a1")) and not store.has_graph(graph_iri("a2"))
        assert store.listed == 2


def test_an_oxigraph_store_looks_a_graph_up_without_listing_them():
    with ListingStore() as store:
        store.replace_graph(graph_iri("a1"), article("a1", "سامي الحداد", text_hash="h1"))
        found = OxigraphStore.has_graph(store, graph_iri("a1")), OxigraphStore.has_graph(store, graph_iri("a2"))
        assert found == (True, False) and store.listed == 0
