"""The SPARQL 1.1 Protocol query endpoint as an embeddable Flask Blueprint (read-only).

Like rdflib-endpoint's router, the blueprint is separate from the standalone app so any Flask
app can mount it over any `Store`. This module only speaks HTTP: it reads the protocol's
parameters, refuses what must never reach the engine (updates, absurd nesting), and hands a
`QueryJob` to a `JobExecutor` — worker processes with a hard timeout in `kg serve` (see
`kg.server.workers`). Results are serialized by pyoxigraph and chosen by the `Accept` header
with q-values (werkzeug), in the worker, which is the first to know the kind of result.

Statuses: 400 malformed query (parser message) or bad parameters; 403 updates and refused
SERVICE; 406 no acceptable format; 413 body over the size limit; 415 unsupported body;
500 engine failure or crash (the server survives); 503 timeout or all workers busy;
507 more results than `--max-results` (never truncated).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox
from flask import Blueprint, Response, request
from markupsafe import escape

from kg.rdf.terms import DCTERMS, RDF_TYPE, SD
from kg.server import media
from kg.server.config import ServerConfig
from kg.server.jobs import Outcome, QueryJob
from kg.server.media import GRAPH_OFFERS, RESULTS_OFFERS
from kg.server.workers import InlineJobExecutor, JobExecutor
from kg.store.base import Store
from kg.store.sparql_lexer import looks_like_update, nesting_depth, query_size

__all__ = ["GRAPH_OFFERS", "RESULTS_OFFERS", "ProtocolError", "respond", "sparql_blueprint"]

_CHUNK = 64 * 1024
_FORM = "application/x-www-form-urlencoded"
_QUERY_BODY = "application/sparql-query"
_UPDATE_BODY = "application/sparql-update"
_READ_ONLY = (
    "this SPARQL endpoint is read-only: SPARQL Update is not accepted here "
    "(a server started with --enable-update takes updates at /update, with its token)"
)


class ProtocolError(Exception):
    """A request the protocol rejects; becomes a plain-text response with `status`."""

    def __init__(self, status: int, message: str, **headers: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def text_response(status: int, message: str, **headers: str) -> Response:
    """A plain-text error or status message.

    Messages echo parts of the request (a parser error quotes the query): `nosniff` stops a
    browser from ever rendering one as HTML, and `echo` escapes what they quote.
    """
    response = Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain", headers=headers)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def echo(value: str, limit: int = 500) -> str:
    """Request input quoted in a message: HTML-escaped (inert even where sniffing is on), and cut short."""
    from html import escape as html_escape

    text = value if len(value) <= limit else value[:limit] + "…"
    return html_escape(text, quote=True)


def check_utf8(raw: bytes, where: str) -> None:
    """400 unless `raw` (a query string or form body) is UTF-8 once its %-escapes are decoded.

    werkzeug decodes both with replacement characters: `%E9%FF` would reach the engine as
    two U+FFFD and be answered; the SPARQL protocol's robustness tests expect a 400.
    """
    from urllib.parse import parse_qsl

    try:
        parse_qsl(raw.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"the {where} is not valid UTF-8 (after %-decoding): {exc.reason} "
                                 f"at byte {exc.start}") from exc


class _FileBody:
    """Streams a result file the worker wrote; the file is unlinked as soon as it is open."""

    def __init__(self, path: str) -> None:
        self._file: IO[bytes] | None = open(path, "rb")  # noqa: SIM115 - closed in close()
        os.unlink(path)

    def __iter__(self) -> Iterator[bytes]:
        while self._file is not None and (chunk := self._file.read(_CHUNK)):
            yield chunk
        self.close()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def respond(outcome: Outcome) -> Response:
    """The HTTP response for a job's outcome."""
    if outcome.message is not None:
        return text_response(outcome.status, outcome.message, **outcome.headers)
    if outcome.path is not None:
        response = Response(_FileBody(outcome.path), status=outcome.status, direct_passthrough=True)
    else:
        response = Response(outcome.body or b"", status=outcome.status)
    if outcome.content_type:
        response.headers["Content-Type"] = outcome.content_type
    elif outcome.status == 204:
        response.headers.remove("Content-Type")
    if outcome.size < 0:
        response.headers.remove("Content-Length")  # a HEAD reply: the length is not known
    elif outcome.status != 204:
        response.content_length = outcome.size
    response.headers.update(outcome.headers)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def read_text_body() -> str:
    """The request body as UTF-8 text (the protocol's only encoding): 415/400 otherwise."""
    charset = request.mimetype_params.get("charset")
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise ProtocolError(415, f"the body must be UTF-8, not {charset}")
    try:
        return request.get_data(cache=True).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"the body is not valid UTF-8: {exc}") from exc


def _read_request() -> tuple[str | None, list[str], list[str]]:
    """(query, default-graph-uri list, named-graph-uri list) from a GET or POST, per the protocol."""
    default_graphs = request.args.getlist("default-graph-uri")
    named_graphs = request.args.getlist("named-graph-uri")
    check_utf8(request.query_string, "query string")
    if request.method in ("GET", "HEAD"):
        if "update" in request.args:
            raise ProtocolError(403, _READ_ONLY)
        queries = request.args.getlist("query")
    elif request.mimetype == _FORM:
        check_utf8(request.get_data(cache=True), "form body")  # request.form then parses the cached body
        if "update" in request.form:
            raise ProtocolError(403, _READ_ONLY)
        queries = request.form.getlist("query")
        default_graphs += request.form.getlist("default-graph-uri")
        named_graphs += request.form.getlist("named-graph-uri")
        if not queries:
            raise ProtocolError(400, "missing `query` parameter in the form")
    elif request.mimetype == _QUERY_BODY:
        queries = [read_text_body()]
    elif request.mimetype == _UPDATE_BODY:
        raise ProtocolError(403, _READ_ONLY)
    else:
        raise ProtocolError(
            415,
            f"unsupported request body {request.mimetype or '(none)'!r}: POST either "
            f"{_FORM} with query=… or {_QUERY_BODY} with the query as the body",
        )
    if len(queries) > 1:
        raise ProtocolError(400, "give exactly one `query` parameter")
    return (queries[0] if queries else None), default_graphs, named_graphs


def check_limits(text: str, config: ServerConfig) -> None:
    """400 for a request nested deeper than `max_nesting` or bigger than `max_query_size`.

    Oxigraph recurses over both (its parser over the nesting, its optimizer and evaluator over
    flat chains too); `kg.server.deep_stack` gives it a stack that what passes cannot exhaust.
    """
    if config.max_nesting and (depth := nesting_depth(text)) > config.max_nesting:
        raise ProtocolError(
            400,
            f"the request nests {{ }}, ( ) or [ ] {depth} levels deep; this endpoint accepts at most "
            f"{config.max_nesting}",
        )
    if config.max_query_size and (size := query_size(text)) > config.max_query_size:
        raise ProtocolError(
            400,
            f"the request has {size} terms, operators and keywords; this endpoint accepts at most "
            f"{config.max_query_size} (kg serve --max-query-size)",
        )


def service_description(endpoint: str, config: ServerConfig, update_endpoint: str | None = None) -> list[ox.Triple]:
    """A SPARQL 1.1 Service Description of this endpoint (and of /update when writes are on)."""
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    a = ox.NamedNode(RDF_TYPE)
    service = ox.NamedNode(endpoint)
    triples = [
        ox.Triple(service, a, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, ox.NamedNode(DCTERMS + "title"), ox.Literal(config.title)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
    ]
    if config.allow_service:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    formats = dict.fromkeys(fmt for _, fmt in RESULTS_OFFERS + GRAPH_OFFERS)  # type: ignore[operator]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(media.FORMAT_IRIS[f])) for f in formats]
    if update_endpoint:
        updates = ox.NamedNode(update_endpoint)
        triples += [
            ox.Triple(updates, a, sd("Service")),
            ox.Triple(updates, sd("endpoint"), updates),
            ox.Triple(updates, sd("supportedLanguage"), sd("SPARQL11Update")),
        ]
    return triples


def _form_page(endpoint: str, title: str) -> str:
    example = "SELECT ?s ?label WHERE {\n  ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label\n} LIMIT 25"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} – SPARQL</title></head>
<body>
<form method="get" action="search" role="search"><input type="search" name="q" dir="auto" aria-label="Search entities"
 placeholder="ابحث عن اسم · Search a name"> <button type="submit">Search</button></form>
<h1>{escape(title)} SPARQL endpoint</h1>
<form method="get" action="{escape(endpoint)}">
<textarea name="query" rows="12" cols="90" dir="auto">{escape(example)}</textarea><br>
<button type="submit">Run</button>
</form>
<p>The default graph is the union of all graphs. Read-only.</p>
</body></html>
"""


def _describe_service(config: ServerConfig) -> Response:
    offers: list[tuple[str, object]] = [(m, f) for m, f in GRAPH_OFFERS] + [("text/html", None)]
    try:
        media_type, fmt = media.choose(request.headers.get("Accept"), offers)
    except media.NotAcceptable as exc:
        raise ProtocolError(406, str(exc)) from exc
    if fmt is None:
        return Response(_form_page(request.base_url, config.title), mimetype="text/html")
    update_url = request.host_url + "update" if config.enable_update else None
    triples = service_description(request.base_url, config, update_url)
    body = ox.serialize(
        triples, format=fmt, prefixes={"sd": SD, "dcterms": DCTERMS}  # type: ignore[arg-type]
    )
    response = Response(body, content_type=media.content_type(media_type))
    response.vary.add("Accept")
    return response


def sparql_blueprint(
    store: Store,
    *,
    path: str = "/sparql",
    name: str = "sparql",
    title: str | None = None,
    config: ServerConfig | None = None,
    executor: JobExecutor | None = None,
) -> Blueprint:
    """A Blueprint serving the SPARQL 1.1 Protocol (queries only) for `store` at `path`.

    `executor` runs the queries; by default they run in the request thread (no hard timeout),
    `create_app` passes worker processes. SERVICE is refused unless `config.allow_service`
    lists the endpoint: pyoxigraph would otherwise send HTTP requests anywhere a visitor asks
    (including hosts only the server can reach) and echo the replies.
    """
    cfg = config or ServerConfig()
    if title is not None and title != cfg.title:
        cfg = dataclasses.replace(cfg, title=title)
    bp = Blueprint(name, __name__)
    run = executor or InlineJobExecutor(store)

    @bp.route(path, methods=["GET", "POST"])
    def sparql() -> Response:
        try:
            query, default_graphs, named_graphs = _read_request()
            if query is None:
                return _describe_service(cfg)
            if looks_like_update(query):
                raise ProtocolError(403, _READ_ONLY)
            check_limits(query, cfg)
            job = QueryJob(
                query,
                default_graphs,
                named_graphs,
                accept=request.headers.get("Accept"),
                base_iri=request.base_url,
                head=request.method == "HEAD",
                allow_service=cfg.allow_service,
                max_results=cfg.max_results,
            )
            response = respond(run.run(job, cfg.query_timeout))
            response.vary.add("Accept")
            return response
        except ProtocolError as exc:
            return text_response(exc.status, exc.message, **exc.headers)

    return bp
