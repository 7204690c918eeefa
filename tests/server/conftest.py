"""A live kg server on 127.0.0.1 (waitress in a background thread) over a small Arabic store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from server_helpers import TRIG, Client

from kg.server.serve import create_server
from kg.store.oxigraph import OxigraphStore


def _start(store) -> tuple[object, threading.Thread]:
    server = create_server(store, host="127.0.0.1", port=0, threads=4, title="kg test")
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    return server, thread


def _stop(server, thread) -> None:
    server.close()
    server.task_dispatcher.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """A store written once and closed, as `kg build` leaves it."""
    path = tmp_path_factory.mktemp("kg") / "store"
    data = path.parent / "data.trig"
    data.write_text(TRIG, encoding="utf-8")
    with OxigraphStore(path) as writer:
        writer.load(data)
    return path


@pytest.fixture(scope="module")
def client(store_path):
    """A client of a server over a read-only handle of `store_path`."""
    store = OxigraphStore(store_path, read_only=True)
    server, thread = _start(store)
    try:
        yield Client("127.0.0.1", server.effective_port)
    finally:
        _stop(server, thread)
        store.close()


@pytest.fixture
def live_pair(tmp_path):
    """(writer store, client of a server reading the same folder) for concurrency tests."""
    path = tmp_path / "store"
    writer = OxigraphStore(path, publish_interval=3600)
    reader = OxigraphStore(path, read_only=True, refresh_interval=0)
    server, thread = _start(reader)
    try:
        yield writer, Client("127.0.0.1", server.effective_port)
    finally:
        _stop(server, thread)
        reader.close()
        writer.close()
