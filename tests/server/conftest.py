"""A live kg server on 127.0.0.1 (waitress in a background thread) over a small Arabic store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from server_helpers import Client, write_store

from kg.server.config import ServerConfig
from kg.server.serve import close_server, create_server
from kg.store.oxigraph import OxigraphStore

#: Tests run on a small machine: two query workers unless a test asks for more.
TEST_CONFIG = ServerConfig(title="kg test", workers=2)


def _start(store, config: ServerConfig = TEST_CONFIG, threads: int = 4) -> tuple[object, threading.Thread]:
    server = create_server(store, host="127.0.0.1", port=0, threads=threads, config=config)
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    return server, thread


def _stop(server, thread) -> None:
    """Stop the loop thread before closing its sockets (closing under `select` raises EBADF there)."""
    server.task_dispatcher.shutdown()
    channels = list(server._map.values())
    server._map.clear()  # the loop runs while its map is not empty …
    server.pull_trigger()  # … and this wakes it from select
    thread.join(timeout=5)
    for channel in channels:
        if channel is not server and channel is not server.trigger:
            channel.close()
    close_server(server)


@pytest.fixture(scope="module")
def start_server():
    """`start_server(path, config, threads=4) -> Client`: a live server over a read-only handle of
    the store at `path`; every server started is stopped (workers included) after the module."""
    running = []

    def start(path, config: ServerConfig = TEST_CONFIG, threads: int = 4) -> Client:
        store = OxigraphStore(path, read_only=True)
        server, thread = _start(store, config, threads)
        running.append((server, thread, store))
        client = Client("127.0.0.1", server.effective_port)
        client.server = server  # tests that look at the worker processes
        return client

    yield start
    for server, thread, store in running:
        _stop(server, thread)
        store.close()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return write_store(tmp_path_factory)


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
