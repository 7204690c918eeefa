"""Run the app under waitress, a production WSGI server that needs no C extensions.

Waitress's threads only speak HTTP; queries run in the worker processes of
`kg.server.workers`, so many readers are served at once and a runaway query is killed without
touching the others. The web process opens the store read-only (for dumps): the server follows
the snapshots a concurrent `kg build` publishes and never holds the write lock, except for the
milliseconds of each write when it runs with `--enable-update`.

`serve()` (what `kg serve` runs) adds acceptor processes (`kg.server.acceptors`) that take the
connections off waitress's listening socket and answer the SPARQL endpoint's ordinary queries
themselves, handing every other request to waitress: a query then costs one process, not three
(issue 16 item 5). `create_server` alone, for embedding and tests, is waitress only.
"""

from __future__ import annotations

import dataclasses
import signal
import threading
from pathlib import Path
from typing import Any

from waitress import create_server as _waitress_server

from kg.server.acceptors import AcceptorPool
from kg.server.app import close_app, create_app
from kg.server.config import ServerConfig
from kg.server.workers import LazyJobExecutor
from kg.store.base import Store
from kg.store.registry import open_store, redact_location


def create_server(
    store: Store,
    *,
    host: str | None = None,
    port: int | None = None,
    threads: int | None = None,
    title: str | None = None,
    config: ServerConfig | None = None,
    base_iri: str | None = None,
) -> Any:
    """A waitress server for `store`, bound but not yet running (`port=0` picks a free port).

    `host`, `port`, `threads` and `title` override `config`'s. `close_server(server)` stops it
    and its query workers.
    """
    cfg = config or ServerConfig()
    given = {"host": host, "port": port, "threads": threads, "title": title}
    cfg = dataclasses.replace(cfg, **{k: v for k, v in given.items() if v is not None})
    host, port, threads = cfg.host, cfg.port, cfg.threads
    app = create_app(store, config=cfg, base_iri=base_iri)
    server = _waitress_server(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="kg",
        max_request_body_size=max(cfg.max_request_bytes, cfg.max_upload_bytes) + 1,
    )
    server.kg_app = app
    return server


def close_server(server: Any) -> None:
    """Stop accepting connections and stop the query workers."""
    server.close()
    acceptors = getattr(server, "kg_acceptors", None)
    if acceptors is not None:
        acceptors.close()
    app = getattr(server, "kg_app", None)
    if app is not None:
        close_app(app)


def url_for(host: str, port: int) -> str:
    """The base URL a browser should use for a bound host/port."""
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def _summary(cfg: ServerConfig) -> str:
    parts = [
        f"query timeout {cfg.query_timeout:g} s",
        f"{cfg.workers} query workers",
        f"max {cfg.max_results} results" if cfg.max_results else "no result cap",
        "updates ON at /update and /store (bearer token)" if cfg.enable_update else "read-only",
        f"SERVICE allowed to {', '.join(cfg.allow_service)}" if cfg.allow_service else "SERVICE off",
    ]
    if cfg.cors:
        parts.append(f"CORS for {', '.join(cfg.cors)}")
    return "; ".join(parts)


def serve(
    store_location: str | Path,
    host: str | None = None,
    port: int | None = None,
    threads: int | None = None,
    config: ServerConfig | None = None,
) -> None:
    """Serve the store at `store_location` until interrupted (Ctrl-C or SIGTERM).

    `host`, `port` and `threads` override `config`'s (default: `ServerConfig`'s)."""
    shown = redact_location(store_location)  # a remote store's URL may carry a password
    cfg = config or ServerConfig()
    given = {"host": host, "port": port, "threads": threads}
    cfg = dataclasses.replace(cfg, **{k: v for k, v in given.items() if v is not None})
    store = open_store(store_location, read_only=True)
    server = None
    try:
        server = create_server(store, config=cfg)
        executor = server.kg_app.extensions["kg.executor"]
        if isinstance(executor, LazyJobExecutor):
            executor.start()  # fail now, not at the first query, if workers cannot open the store
            # The SPARQL endpoint's ordinary requests are answered by processes that accept the
            # connections themselves (`kg.server.acceptors`); the query workers behind waitress
            # run the rest (Linked Data pages, writes, what the acceptors hand over).
            options = {"refresh_interval": store.refresh_interval} if store.snapshot_aware else {}
            pool = AcceptorPool(server, store.location, cfg, size=cfg.workers, options=options)
            server.kg_acceptors = pool
            executor.on_write = pool.bump_epoch
        base = url_for(cfg.host, server.effective_port)
        print(f"kg: serving {shown} at {base} (SPARQL endpoint: {base}sparql)", flush=True)
        print(f"kg: {_summary(cfg)}", flush=True)
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _interrupt)  # docker stop: clean up the workers too
        try:
            server.run()
        except KeyboardInterrupt:
            pass
    finally:
        if server is not None:
            close_server(server)
        store.close()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
