"""`POST /api/articles`: add an article to the running server's store through kg's pipeline.

Off unless `kg serve --enable-ingest`, and then only for `Authorization: Bearer <KG_TOKEN>`, as
the Graph Store Protocol. The body is one JSON object of the `.jsonl` record shape (`text`, and
optionally `id`, `title`, `url`, `published`, `source`), checked at once (400 with the reason).
A valid record is written to the durable queue (`kg.build.queue`) before the answer:

* `202 Accepted` with `Location: /api/articles/<ticket>` and a JSON body naming the ticket,
  the article's id and IRI and the queue position; `GET /api/articles/<ticket>` then says
  `queued`, or `done` with what was found (mentions, entities by type and label), or `failed`
  with the reason;
* with `?wait=SECONDS` (at most 60) the answer waits that long for the build, and is `201
  Created` with the same body as the status once done (still 202 if it was not done in time).

The consumer thread builds queued records in arrival order, in batches, in this process (the
NLP models load on the first article), opening the store read-write per batch.
"""

from __future__ import annotations

import hmac
import json
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, request

from kg.build.queue import ArticleQueue, QueueConsumer, document_for
from kg.rdf.iris import Iris
from kg.server.config import ServerConfig
from kg.store.base import Store

MAX_WAIT = 60.0


def _json(status: int, body: dict[str, Any], **headers: str) -> Response:
    return Response(json.dumps(body, ensure_ascii=False), status=status, mimetype="application/json",
                    headers=headers)


def _error(status: int, message: str, **headers: str) -> Response:
    return _json(status, {"error": message}, **headers)


def _refused(config: ServerConfig) -> Response | None:
    """403 when ingest is off; 401 without the right bearer token; None when the request may go on."""
    if not config.enable_ingest or not config.token:
        return _error(403, "article ingest is off; it needs `kg serve --enable-ingest` with KG_TOKEN set")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    challenge = {"WWW-Authenticate": 'Bearer realm="kg"'}
    if scheme.lower() != "bearer" or not given.strip():
        return _error(401, "ingest needs an `Authorization: Bearer <token>` header", **challenge)
    if not hmac.compare_digest(given.strip().encode("utf-8"), config.token.encode("utf-8")):
        return _error(401, "the bearer token is not valid", **challenge)
    return None


def store_opener(store: Store):
    """Open the store read-write for one batch where other processes can (`Store.multiprocess_aware`:
    a folder, a remote endpoint), or lend the app's own handle (in memory)."""
    if not store.multiprocess_aware:
        return lambda: nullcontext(store)
    location = store.location

    def open_writable() -> AbstractContextManager[Store]:
        from kg.store.registry import open_store

        return open_store(location)

    return open_writable


def ingest_blueprint(store: Store, config: ServerConfig, *, base_iri: str) -> tuple[Blueprint, QueueConsumer | None]:
    """The /api/articles routes and, when ingest is on, the started consumer (close it with the app)."""
    bp = Blueprint("ingest", __name__)
    iris = Iris(base_iri)
    queue: ArticleQueue | None = None
    consumer: QueueConsumer | None = None
    if config.enable_ingest:
        folder = config.ingest_queue or f"{store.location}-ingest-queue"
        queue = ArticleQueue(Path(folder))
        consumer = QueueConsumer(queue, store_opener(store), iris=iris).start()

    @bp.route("/api/articles", methods=["POST"])
    def post_article() -> Response:
        if (refused := _refused(config)) is not None:
            return refused
        assert queue is not None
        if request.mimetype != "application/json":
            return _error(415, f"send the article as application/json, not {request.mimetype or '(none)'!r}")
        try:
            record = json.loads(request.get_data(cache=False).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return _error(400, f"the body is not JSON: {exc}")
        try:
            wait = min(float(request.args.get("wait", 0)), MAX_WAIT)
        except ValueError:
            return _error(400, "wait must be a number of seconds")
        try:
            doc = document_for(record, "check")  # the same rules as a .jsonl line, before it is queued
        except ValueError as exc:
            return _error(400, str(exc))
        ticket = queue.put(record)
        if "id" not in record and not record.get("url"):
            doc = document_for(record, ticket)
        where = f"/api/articles/{ticket}"
        accepted = {"state": "queued", "ticket": ticket, "id": doc.id, "iri": str(iris.article(doc)),
                    "ahead": max(0, len(queue.pending()) - 1), "status": where}
        deadline = time.monotonic() + max(wait, 0.0)
        while time.monotonic() < deadline:
            status = queue.status(ticket)
            if status is not None and status.get("state") != "queued":
                return _json(201 if status["state"] == "done" else 422, status, Location=where)
            time.sleep(0.1)
        return _json(202, accepted, Location=where)

    @bp.route("/api/articles/<ticket>", methods=["GET"])
    def article_status(ticket: str) -> Response:
        if (refused := _refused(config)) is not None:
            return refused
        assert queue is not None
        status = queue.status(ticket)
        if status is None:
            return _error(404, f"no queued article {ticket!r}")
        return _json(200, status)

    return bp, consumer
