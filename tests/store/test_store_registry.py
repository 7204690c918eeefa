"""Choosing a backend from a location, and registering new ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import UnsupportedStoreError, open_store, register
from kg.store.oxigraph import OxigraphStore
from kg.store.registry import backends, get_backend, parse_location, redact_location


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


@pytest.mark.parametrize(
    "location,scheme",
    [
        ("sparql+http://localhost:8890/sparql", "sparql+http"),
        ("SPARQL+HTTPS://example.org/sparql", "sparql+https"),
        ("http://virtuoso:8890/sparql", "http"),
        ("https://example.org/sparql?update=/update", "https"),
    ],
)
def test_remote_sparql_schemes_pick_the_http_backend(location, scheme):
    from kg.store import sparql_http

    assert parse_location(location) == (scheme, location.split(":", 1)[1])
    assert get_backend(scheme).__module__ == sparql_http.__name__


def test_remote_store_that_cannot_be_reached_is_an_os_error():
    """Live endpoints are tested in test_sparql_http.py (Virtuoso); here nothing listens on port 9."""
    from kg.store.sparql_http import RemoteStoreError

    with pytest.raises(RemoteStoreError, match=r"cannot reach SPARQL endpoint http://127\.0\.0\.1:9/sparql"):
        open_store("sparql+http://127.0.0.1:9/sparql", read_only=True)
    with pytest.raises(ValueError, match="expected sparql\\+http://HOST"):
        open_store("sparql+http:no-slashes")


def test_passwords_in_locations_are_redacted():
    assert redact_location("sparql+http://kg:s3cret@host:8890/sparql") == "sparql+http://kg:***@host:8890/sparql"
    assert redact_location("sparql+http://kg@host/sparql") == "sparql+http://kg@host/sparql"
    assert redact_location("data/kg") == "data/kg"
    with pytest.raises(UnsupportedStoreError) as info:
        open_store("ftp://kg:s3cret@example.org/kg")
    assert "s3cret" not in str(info.value)


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

        registry.BACKENDS.unregister("test-lazy")
