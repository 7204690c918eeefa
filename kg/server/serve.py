"""Run the app under waitress, a production WSGI server that needs no C extensions.

The store is opened read-only: the server follows the snapshots a concurrent `kg build`
publishes (see `kg.store.oxigraph`) and never holds the write lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from waitress import create_server as _waitress_server

from kg.server.app import create_app
from kg.store.base import Store
from kg.store.registry import open_store


def create_server(
    store: Store, *, host: str = "127.0.0.1", port: int = 8000, threads: int = 8, title: str = "kg"
) -> Any:
    """A waitress server for `store`, bound but not yet running (`port=0` picks a free port)."""
    return _waitress_server(create_app(store, title=title), host=host, port=port, threads=threads, ident="kg")


def url_for(host: str, port: int) -> str:
    """The base URL a browser should use for a bound host/port."""
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def serve(store_location: str | Path, host: str = "127.0.0.1", port: int = 8000, threads: int = 8) -> None:
    """Serve the store at `store_location` until interrupted."""
    store = open_store(store_location, read_only=True)
    try:
        server = create_server(store, host=host, port=port, threads=threads, title=f"kg – {store_location}")
        base = url_for(host, server.effective_port)
        print(f"kg: serving {store_location} at {base} (SPARQL endpoint: {base}sparql)", flush=True)
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
    finally:
        store.close()
