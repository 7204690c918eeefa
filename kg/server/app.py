"""The standalone web app: the SPARQL endpoint, the dumps, Linked Data pages and the query UI.

`create_app` only wires blueprints together, so the same endpoint can be mounted in another
Flask app, and tests can build an app over any store.
"""

from __future__ import annotations

import dataclasses

from flask import Flask, Response, request
from werkzeug.exceptions import MethodNotAllowed, RequestEntityTooLarge

from kg.server.config import ServerConfig
from kg.server.cors import cors_headers
from kg.server.describe import describe_blueprint
from kg.server.dumps import dumps_blueprint
from kg.server.explore import explore_blueprint
from kg.server.ingest_api import ingest_blueprint
from kg.server.linked_data import linked_data_blueprint, resolve_base
from kg.server.reconcile import reconcile_blueprint
from kg.server.search import search_blueprint
from kg.server.sparql import sparql_blueprint, text_response
from kg.server.sparql_fast import SparqlFastPath
from kg.server.ui import ui_blueprint
from kg.server.update import update_blueprint
from kg.server.workers import JobExecutor, executor_for
from kg.store.base import Store


def create_app(
    store: Store,
    *,
    title: str | None = None,
    base_iri: str | None = None,
    config: ServerConfig | None = None,
    executor: JobExecutor | None = None,
) -> Flask:
    """A Flask app serving `store`: `/sparql`, `/dump.<fmt>[.gz]`, the UI at `/`, Linked Data pages
    for the IRIs under `base_iri` (default: $KG_BASE_IRI, else `kg build`'s), and — only with
    `config.enable_update` and its token — `/update` and `/store`; with `config.enable_ingest`,
    `/api/articles` (a queue consumer thread builds what is posted).

    Queries run in worker processes (`kg.server.workers`, started at the first query) unless the
    store lives in memory. `app.extensions["kg.executor"]` holds them: call `close_app(app)`.
    """
    cfg = config or ServerConfig()
    if title is not None and title != cfg.title:
        cfg = dataclasses.replace(cfg, title=title)
    run = executor or executor_for(store, workers=cfg.workers, writes=cfg.enable_update)
    app = Flask("kg.server")
    app.config["KG_TITLE"] = cfg.title
    app.config["MAX_CONTENT_LENGTH"] = cfg.max_request_bytes  # /store raises it for its uploads
    app.config["MAX_FORM_MEMORY_SIZE"] = cfg.max_request_bytes
    app.extensions["kg.store"] = store
    app.extensions["kg.config"] = cfg
    app.extensions["kg.executor"] = run
    app.register_blueprint(sparql_blueprint(store, config=cfg, executor=run))
    app.register_blueprint(update_blueprint(cfg, run))
    app.register_blueprint(describe_blueprint(store, base=resolve_base(base_iri), title=cfg.title))
    app.register_blueprint(dumps_blueprint(store))
    _plain_errors(app)
    app.after_request(_no_sniffing)
    if cfg.cors:
        _cors(app, cfg)
    app.register_blueprint(linked_data_blueprint(store, base=base_iri, executor=run, timeout=cfg.query_timeout))
    app.register_blueprint(explore_blueprint(store, base=resolve_base(base_iri)))
    app.register_blueprint(ui_blueprint(base=base_iri))
    ingest, app.extensions["kg.ingest"] = ingest_blueprint(store, cfg, base_iri=resolve_base(base_iri))
    app.register_blueprint(ingest)
    app.register_blueprint(search_blueprint(store, base=base_iri))
    app.register_blueprint(reconcile_blueprint(store, base=base_iri, config=cfg))
    app.wsgi_app = SparqlFastPath(app.wsgi_app, cfg, run)  # type: ignore[method-assign]
    return app


def close_app(app: Flask) -> None:
    """Stop the app's ingest queue consumer and query workers (idempotent)."""
    consumer = app.extensions.get("kg.ingest")
    if consumer is not None:
        consumer.close()
    executor = app.extensions.get("kg.executor")
    if executor is not None:
        executor.close()
    search = app.extensions.pop("kg.search", None)
    if search is not None:
        search.close()


def _plain_errors(app: Flask) -> None:
    """Size and method errors as short text: SPARQL clients show the body to their users."""

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(exc: RequestEntityTooLarge) -> Response:
        limit = request.max_content_length
        return text_response(413, f"the request body is larger than this server accepts ({limit} bytes)")

    @app.errorhandler(MethodNotAllowed)
    def bad_method(exc: MethodNotAllowed) -> Response:
        allowed = ", ".join(exc.valid_methods or [])
        return text_response(405, f"{request.method} is not allowed here; use {allowed}", Allow=allowed)


def _no_sniffing(response: Response) -> Response:
    """`nosniff` on every response: error pages echo request input, and no body is meant to be sniffed."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


def _cors(app: Flask, cfg: ServerConfig) -> None:
    """CORS for the configured origins (`*`: any). Preflights get Flask's automatic OPTIONS answer."""

    @app.after_request
    def add_cors(response: Response) -> Response:
        # The CORS headers depend on the request's Origin (present, listed, absent): a cache
        # must not hand one origin's answer to another, whatever this request carried.
        response.vary.add("Origin")
        for name, value in cors_headers(cfg, request.headers.get("Origin"), request.method):
            response.headers[name] = value
        return response
