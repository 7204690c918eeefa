"""Choosing a backend from a location, and registering new ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import UnsupportedStoreError, open_store, register
from kg.store.oxigraph import OxigraphStore
from kg.store.registry import backends, get_backend, parse_location


@pytest.mark.parametrize(
    "location,expected",
    [
        ("data/kg", ("oxigraph", "data/kg")),
        ("/abs/kg", ("oxigraph", "/abs/kg")),
        ("oxigraph:data/kg", ("oxigraph", "data/kg")),
        ("OXIGRAPH:/abs", ("oxigraph", "/abs")),
        ("memory:", ("memory", "")),
        (r"C:\data\kg", ("oxigraph", r"C:\data\kg")),
        (Path("weird:name"), ("oxigraph", "weird:name")),
    ],
)
def test_parse_location(location, expected):
    assert parse_location(location) == expected


def test_plain_path_and_scheme_open_oxigraph(tmp_path):
    with open_store(tmp_path / "a") as a, open_store(f"oxigraph:{tmp_path / 'b'}") as b:
        assert isinstance(a, OxigraphStore) and isinstance(b, OxigraphStore)
        assert (tmp_path / "a" / "CURRENT").exists() and (tmp_path / "b" / "CURRENT").exists()


def test_remote_sparql_is_reserved_with_a_clear_error():
    with pytest.raises(UnsupportedStoreError, match="not implemented yet"):
        open_store("sparql+http://localhost:7878/query")
    with pytest.raises(ValueError):  # callers may catch ValueError
        open_store("sparql+https://example.org/sparql")
    with pytest.raises(UnsupportedStoreError, match="not implemented yet"):
        open_store("http://virtuoso:8890/sparql")


def test_unknown_scheme():
    with pytest.raises(UnsupportedStoreError, match="unknown store scheme 'ftp'"):
        open_store("ftp://example.org/kg")


def test_register_lazy_backend(tmp_path):
    register("test-lazy", "kg.store.oxigraph:open_memory")
    try:
        assert "test-lazy" in backends()
        store = open_store("test-lazy:")
        assert isinstance(store, OxigraphStore) and len(store) == 0
        assert get_backend("test-lazy") is get_backend("memory")
    finally:
        from kg.store import registry

        registry._BACKENDS.pop("test-lazy", None)
