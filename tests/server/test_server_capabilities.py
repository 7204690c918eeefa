"""The server asks the store what it can do through `Store`'s declared capabilities, never `hasattr`:
`multiprocess_aware` picks worker processes or the app's own handle, `has_graph` answers whether a
graph exists (with the base class's default for backends without a lookup of their own), and
`snapshot` gives the dumps their validators."""

from __future__ import annotations

import pytest
from server_helpers import TRIG, G
from store_doubles import ListingStore, OwnHandleStore

from kg.server.app import close_app, create_app
from kg.server.config import ServerConfig
from kg.server.ingest_api import store_opener
from kg.server.workers import InlineJobExecutor, LazyJobExecutor, executor_for
from kg.store import open_store
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore

TOKEN = "capabilities-token-31c9"


def _loaded(store: Store, tmp_path) -> Store:
    data = tmp_path / "data.trig"
    data.write_text(TRIG, encoding="utf-8")
    store.load(data)
    return store


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "store"
    with OxigraphStore(path) as writer:
        _loaded(writer, tmp_path)
    return path


def test_a_store_in_memory_is_served_and_written_through_its_own_handle():
    with open_store("memory:") as store:
        executor = executor_for(store, workers=2)
        assert isinstance(executor, InlineJobExecutor)
        with store_opener(store)() as writable:
            assert writable is store


def test_a_store_in_a_folder_is_served_by_workers_and_written_through_a_handle_of_its_own(folder):
    with OxigraphStore(folder, read_only=True) as store:
        executor = executor_for(store, workers=2)
        try:
            assert isinstance(executor, LazyJobExecutor)
        finally:
            executor.close()
        with store_opener(store)() as writable:
            assert writable is not store and writable.location == store.location and not writable.read_only


def test_the_declared_flag_not_the_location_decides(folder):
    with OwnHandleStore(folder, read_only=True) as store:
        assert store.location == str(folder)
        assert isinstance(executor_for(store, workers=2), InlineJobExecutor)
        with store_opener(store)() as writable:
            assert writable is store


def test_a_graph_is_found_through_the_default_has_graph_of_a_backend_that_only_lists(tmp_path):
    store = _loaded(ListingStore(), tmp_path)
    config = ServerConfig(workers=1, enable_update=True, token=TOKEN)
    app = create_app(store, config=config, executor=InlineJobExecutor(store))
    client = app.test_client()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    try:
        one = client.get("/dump.nt", query_string={"graph": G + "a1"})
        assert one.status_code == 200 and "فلاديمير بوتين" in one.get_data(as_text=True)
        assert client.get("/dump.nt", query_string={"graph": G + "nowhere"}).status_code == 404
        stored = client.get("/store", query_string={"graph": G + "a2"}, headers={**auth, "Accept": "text/turtle"})
        assert stored.status_code == 200 and "القاهرة" in stored.get_data(as_text=True)
        assert client.get("/store", query_string={"graph": G + "nowhere"}, headers=auth).status_code == 404
        assert store.listed == 4
    finally:
        close_app(app)
        store.close()


def test_a_store_without_snapshots_sends_dumps_without_validators(tmp_path, folder):
    with open_store("memory:") as memory, OxigraphStore(folder, read_only=True) as reader:
        for store, validated in ((_loaded(memory, tmp_path), False), (reader, True)):
            assert (store.snapshot is not None) is validated
            app = create_app(store, config=ServerConfig(workers=1), executor=InlineJobExecutor(store))
            try:
                reply = app.test_client().get("/dump.ttl")
                assert reply.status_code == 200
                assert ("ETag" in reply.headers, "Last-Modified" in reply.headers) == (validated, validated)
            finally:
                close_app(app)
