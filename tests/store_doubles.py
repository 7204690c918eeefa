"""Backends for tests of `Store`'s declared capabilities, shared by tests/store and tests/server.

They are real `OxigraphStore`s that differ in one declared capability only, so a test can check
that the code asks the declaration (never `hasattr`) and falls back to the base class's default."""

from __future__ import annotations

from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore


class ListingStore(OxigraphStore):
    """A backend without a graph lookup of its own: `has_graph` is the base class's, which lists
    the graphs; `listed` counts how often it did."""

    has_graph = Store.has_graph

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.listed = 0

    def graphs(self) -> list[str]:
        self.listed += 1
        return super().graphs()


class OwnHandleStore(OxigraphStore):
    """A backend in a folder that declares no other process may open it."""

    multiprocess_aware = False
