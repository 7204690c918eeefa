"""Writes over HTTP: SPARQL 1.1 Update at /update and the Graph Store HTTP Protocol at /store.

Both exist only when the server runs with `--enable-update`, and then only for requests with
`Authorization: Bearer <KG_TOKEN>` (compared in constant time). Without the option they answer
403, so a client learns why rather than meeting a 404.

Every write is one job for the single writer worker (`kg.server.workers`), which opens the
store read-write for that request only and publishes a snapshot when it closes: one
transaction per request, the write lock held for milliseconds, and `kg build` can still run
between requests (a write that meets a running build gets 503 with Retry-After).

Graph Store Protocol (indirect identification only): `?graph=IRI` or `?default`; GET/HEAD
(200, 404 for a missing graph), PUT (201 created / 204 replaced), POST (201 / 204 merged;
without a graph parameter it creates a new graph and answers 201 with its IRI in Location),
DELETE (204, 404). Bodies: any RDF syntax pyoxigraph parses, chosen by Content-Type, or several
documents in a multipart/form-data POST.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import tempfile
import uuid
from typing import IO

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg.server.config import ServerConfig
from kg.server.jobs import GraphGetJob, GraphWriteJob, UpdateJob
from kg.server.sparql import (
    ProtocolError,
    check_limits,
    check_utf8,
    echo,
    read_text_body,
    respond,
    text_response,
)
from kg.server.sparql_text import update_dataset_clauses
from kg.server.workers import JobExecutor

_FORM = "application/x-www-form-urlencoded"
_UPDATE_BODY = "application/sparql-update"
_COPY_CHUNK = 64 * 1024


def _authorize(config: ServerConfig) -> None:
    """403 when writes are off; 401 without the right bearer token."""
    if not config.enable_update or not config.token:
        raise ProtocolError(
            403, "this server is read-only; writes need `kg serve --enable-update` with KG_TOKEN set"
        )
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ProtocolError(
            401, "writes need an `Authorization: Bearer <token>` header", **{"WWW-Authenticate": 'Bearer realm="kg"'}
        )
    if not hmac.compare_digest(given.strip().encode("utf-8"), config.token.encode("utf-8")):
        raise ProtocolError(
            401, "the bearer token is not valid", **{"WWW-Authenticate": 'Bearer realm="kg", error="invalid_token"'}
        )


def _read_update() -> str:
    check_utf8(request.query_string, "query string")
    if request.mimetype == _FORM:
        check_utf8(request.get_data(cache=True), "form body")
        updates = request.form.getlist("update")
        if "query" in request.form:
            raise ProtocolError(400, "this is the update endpoint; send queries to /sparql")
    elif request.mimetype == _UPDATE_BODY:
        updates = [read_text_body()]
    else:
        raise ProtocolError(
            415,
            f"unsupported request body {request.mimetype or '(none)'!r}: POST either {_FORM} with "
            f"update=… or {_UPDATE_BODY} with the update as the body",
        )
    if len(updates) != 1:
        raise ProtocolError(400, "give exactly one `update` parameter")
    return updates[0]


def _graph_target() -> str | None:
    """The graph a Graph Store request names: an IRI, or None for `?default`."""
    graphs = request.args.getlist("graph")
    default = "default" in request.args
    if default and graphs or len(graphs) > 1:
        raise ProtocolError(400, "name one graph: either ?graph=IRI or ?default")
    if not default and not graphs:
        raise ProtocolError(400, "name the graph: ?graph=IRI or ?default")
    if not graphs:
        return None
    try:
        return ox.NamedNode(graphs[0]).value
    except ValueError as exc:  # reached the worker before, which answered 500
        raise ProtocolError(400, f"?graph={echo(graphs[0])} is not an absolute IRI: {exc}") from exc


def _save(stream: IO[bytes]) -> str:
    fd, path = tempfile.mkstemp(prefix="kg-upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(_COPY_CHUNK):
                out.write(chunk)
    except BaseException:
        os.unlink(path)
        raise
    return path


def _spool_body(limit: int) -> list[tuple[str, str | None]]:
    """Save the uploaded document(s) to temporary files (they can be large): [(path, media type)].

    A multipart/form-data POST (an HTML form's file field) may carry several documents.
    """
    request.max_content_length = limit
    request.max_form_memory_size = limit
    if request.mimetype != "multipart/form-data":
        return [(_save(request.stream), request.mimetype or None)]
    parts: list[tuple[str, str | None]] = []
    try:
        for upload in request.files.values():
            parts.append((_save(upload.stream), upload.mimetype or None))
    except BaseException:
        _remove([p for p, _ in parts])
        raise
    if not parts:
        raise ProtocolError(400, "the multipart/form-data request has no file part")
    return parts


def _remove(paths: list[str]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def update_blueprint(config: ServerConfig, executor: JobExecutor, *, name: str = "update") -> Blueprint:
    """A Blueprint with /update (SPARQL Update) and /store (Graph Store Protocol)."""
    bp = Blueprint(name, __name__)

    @bp.route("/update", methods=["POST"])
    def update() -> Response:
        try:
            _authorize(config)
            text = _read_update()
            using = request.args.getlist("using-graph-uri") + request.form.getlist("using-graph-uri")
            using_named = request.args.getlist("using-named-graph-uri") + request.form.getlist(
                "using-named-graph-uri"
            )
            if (using or using_named) and update_dataset_clauses(text):
                raise ProtocolError(
                    400, "give the dataset either as using-graph-uri/using-named-graph-uri or in the update "
                    "(USING, WITH), not both"
                )
            check_limits(text, config)
            job = UpdateJob(text, using, using_named, base_iri=request.base_url, allow_service=config.allow_service)
            return respond(executor.run(job, config.query_timeout))
        except ProtocolError as exc:
            return text_response(exc.status, exc.message, **exc.headers)

    @bp.route("/store", methods=["GET", "PUT", "POST", "DELETE"])
    def store() -> Response:
        try:
            _authorize(config)
            if request.method in ("GET", "HEAD"):
                read = GraphGetJob(_graph_target(), request.headers.get("Accept"), head=request.method == "HEAD")
                response = respond(executor.run(read, config.query_timeout))
                response.vary.add("Accept")
                return response
            created_iri = None
            if request.method == "POST" and not request.args:
                created_iri = f"{request.host_url}store/graph/{uuid.uuid4().hex}"
                graph = created_iri
            else:
                graph = _graph_target()
            parts = _spool_body(config.max_upload_bytes) if request.method != "DELETE" else []
            try:
                job = GraphWriteJob(request.method, graph, parts, base_iri=graph or request.base_url)
                response = respond(executor.run(job, config.query_timeout))
            finally:
                _remove([path for path, _ in parts])
            if created_iri and response.status_code == 201:
                response.headers["Location"] = created_iri
            return response
        except ProtocolError as exc:
            return text_response(exc.status, exc.message, **exc.headers)

    return bp
