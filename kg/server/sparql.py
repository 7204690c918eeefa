"""The SPARQL 1.1 Protocol endpoint as an embeddable Flask Blueprint (read-only).

Like rdflib-endpoint's router, the blueprint is separate from the standalone app so any Flask
app can mount it over any `Store`. Results are serialized by pyoxigraph's own serializers and
chosen by the `Accept` header (q-values honoured by werkzeug).

A result is serialized completely before the response starts, into a spooled temporary file
(memory up to `SPOOL_BYTES`, then disk): an evaluation error can still become a 500 with a
message instead of a truncated 200, and memory stays bounded.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO

from flask import Blueprint, Response, request
from markupsafe import escape
from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, QueryTriples, RdfFormat

from kg.store.base import Store, looks_like_update, uses_service

SPOOL_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024

#: (media type offered, pyoxigraph format); the first is the default.
RESULTS_OFFERS: list[tuple[str, QueryResultsFormat]] = [
    ("application/sparql-results+json", QueryResultsFormat.JSON),
    ("application/sparql-results+xml", QueryResultsFormat.XML),
    ("text/csv", QueryResultsFormat.CSV),
    ("text/tab-separated-values", QueryResultsFormat.TSV),
    ("application/json", QueryResultsFormat.JSON),
]
GRAPH_OFFERS: list[tuple[str, RdfFormat]] = [
    ("text/turtle", RdfFormat.TURTLE),
    ("application/n-triples", RdfFormat.N_TRIPLES),
    ("application/ld+json", RdfFormat.JSON_LD),
    ("application/rdf+xml", RdfFormat.RDF_XML),
    ("text/plain", RdfFormat.N_TRIPLES),
]

_FORM = "application/x-www-form-urlencoded"
_QUERY_BODY = "application/sparql-query"
_UPDATE_BODY = "application/sparql-update"
_READ_ONLY = "this SPARQL endpoint is read-only: SPARQL Update is not accepted"
_NO_SERVICE = "federated queries (SERVICE) are disabled on this endpoint"


class ProtocolError(Exception):
    """A request the protocol rejects; becomes a plain-text response with `status`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _text(status: int, message: str, **headers: str) -> Response:
    return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain", headers=headers)


def _content_type(media_type: str) -> str:
    if media_type.startswith("text/") and "charset" not in media_type:
        return f"{media_type}; charset=utf-8"
    return media_type


def _read_request() -> tuple[str | None, list[str], list[str]]:
    """(query, default-graph-uri list, named-graph-uri list) from a GET or POST, per the protocol."""
    default_graphs = request.args.getlist("default-graph-uri")
    named_graphs = request.args.getlist("named-graph-uri")
    if request.method == "GET" or request.method == "HEAD":
        if "update" in request.args:
            raise ProtocolError(403, _READ_ONLY)
        queries = request.args.getlist("query")
    elif request.mimetype == _FORM:
        if "update" in request.form:
            raise ProtocolError(403, _READ_ONLY)
        queries = request.form.getlist("query")
        default_graphs += request.form.getlist("default-graph-uri")
        named_graphs += request.form.getlist("named-graph-uri")
        if not queries:
            raise ProtocolError(400, "missing `query` parameter in the form")
    elif request.mimetype == _QUERY_BODY:
        queries = [request.get_data(as_text=True)]
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


def _negotiate(offers: list[tuple[str, object]]) -> tuple[str, object]:
    """The offer the client prefers; the first one when it sends no Accept header; else 406."""
    accept = request.accept_mimetypes
    if not request.headers.get("Accept"):
        return offers[0]
    chosen = accept.best_match([media for media, _ in offers])
    if chosen is None:
        raise ProtocolError(
            406,
            "none of the accepted media types can be produced; this result is available as "
            + ", ".join(dict.fromkeys(media for media, _ in offers)),
        )
    return next(offer for offer in offers if offer[0] == chosen)


def _spooled(result: QuerySolutions | QueryBoolean | QueryTriples, fmt: object) -> tuple[IO[bytes], int]:
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    try:
        result.serialize(spool, fmt)  # type: ignore[arg-type]
    except BaseException:
        spool.close()
        raise
    size = spool.tell()
    spool.seek(0)
    return spool, size  # type: ignore[return-value]


def _iter_file(f: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := f.read(_CHUNK):
            yield chunk
    finally:
        f.close()


def run_query(
    store: Store,
    query: str,
    default_graphs: list[str],
    named_graphs: list[str],
    *,
    head: bool = False,
    federation: bool = False,
) -> Response:
    """Evaluate `query` and answer with the negotiated serialization."""
    if looks_like_update(query):
        raise ProtocolError(403, _READ_ONLY)
    if not federation and uses_service(query):
        raise ProtocolError(403, _NO_SERVICE)
    try:
        result = store.query(query, default_graph_uris=default_graphs, named_graph_uris=named_graphs)
    except SyntaxError as exc:
        raise ProtocolError(400, f"malformed SPARQL query: {exc}") from exc
    except ValueError as exc:  # e.g. an invalid default-graph-uri
        raise ProtocolError(400, str(exc)) from exc
    offers = GRAPH_OFFERS if isinstance(result, QueryTriples) else RESULTS_OFFERS
    media_type, fmt = _negotiate(offers)  # type: ignore[arg-type]
    if head:
        return Response(status=200, content_type=_content_type(media_type))
    try:
        body, size = _spooled(result, fmt)
    except (OSError, RuntimeError, ValueError) as exc:
        raise ProtocolError(500, f"query evaluation failed: {exc}") from exc
    response = Response(_iter_file(body), content_type=_content_type(media_type), direct_passthrough=True)
    response.content_length = size
    response.vary.add("Accept")
    return response


def service_description(endpoint: str, title: str) -> str:
    """A SPARQL 1.1 Service Description of this endpoint, in Turtle."""
    result_formats = [
        f.iri
        for f in (
            QueryResultsFormat.JSON,
            QueryResultsFormat.XML,
            QueryResultsFormat.CSV,
            QueryResultsFormat.TSV,
        )
    ]
    result_formats += [
        f.iri for f in (RdfFormat.TURTLE, RdfFormat.N_TRIPLES, RdfFormat.JSON_LD, RdfFormat.RDF_XML)
    ]
    formats = ",\n        ".join(f"<{iri}>" for iri in result_formats)
    title_literal = title.replace("\\", "\\\\").replace('"', '\\"')
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<{endpoint}> a sd:Service ;
    dcterms:title "{title_literal}" ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat {formats} .
"""


def _form_page(endpoint: str, title: str) -> str:
    example = "SELECT ?s ?label WHERE {\n  ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label\n} LIMIT 25"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} – SPARQL</title></head>
<body>
<h1>{escape(title)} SPARQL endpoint</h1>
<form method="get" action="{escape(endpoint)}">
<textarea name="query" rows="12" cols="90" dir="auto">{escape(example)}</textarea><br>
<button type="submit">Run</button>
</form>
<p>The default graph is the union of all graphs. Read-only.</p>
</body></html>
"""


def sparql_blueprint(
    store: Store, *, path: str = "/sparql", name: str = "sparql", title: str = "kg", federation: bool = False
) -> Blueprint:
    """A Blueprint serving the SPARQL 1.1 Protocol (queries only) for `store` at `path`.

    `federation=False` refuses SERVICE clauses: pyoxigraph would otherwise send HTTP requests
    anywhere a visitor asks (including hosts only the server can reach) and echo the replies.
    """
    bp = Blueprint(name, __name__)

    @bp.route(path, methods=["GET", "POST"])
    def sparql() -> Response:
        try:
            query, default_graphs, named_graphs = _read_request()
            if query is None:
                if _negotiate([("text/turtle", None), ("text/html", None)])[0] == "text/html":
                    return Response(_form_page(request.base_url, title), mimetype="text/html")
                return Response(
                    service_description(request.base_url, title), content_type=_content_type("text/turtle")
                )
            return run_query(
                store,
                query,
                default_graphs,
                named_graphs,
                head=request.method == "HEAD",
                federation=federation,
            )
        except ProtocolError as exc:
            return _text(exc.status, exc.message)

    return bp
