"""The work the server hands to its worker processes, and how a worker does it.

A job is a small picklable description (query text, dataset, Accept header …); its `Outcome`
is a status, headers and the serialized body. The body is complete before the web process
answers, so a failure becomes a clean error status instead of a truncated 200. Small bodies
travel back inline; bigger ones are written to a file the web process streams and deletes.

Flask-free on purpose: this module runs in the workers (see `kg.server.workers`).

The result cap is enforced while serializing, through a writer that counts a marker every
row (or triple) writes and stops the serializer — and so the evaluation — as soon as the cap
is passed. Where the negotiated format marks each row exactly (TSV and CSV lines, XML's
`<result>`, N-Triples lines), or marks it at least once (JSON's `{`: rows, terms and a `{` in a
value all count), the result is written straight in that format: a result under the cap by
that count is served as written. Otherwise (Turtle, JSON-LD, …, or a JSON result with more
`{` than the cap: many thousands of rows), the query is evaluated again and written in a
line-based format first (TSV for solutions, N-Triples for triples), counted exactly, then
converted to the negotiated format by pyoxigraph's parsers and serializers (lossless; about
1.5× the cost of serializing directly, which small results no longer pay).
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.server import media
from kg.server.sparql_text import Refused, add_using, check_load, check_service
from kg.store.base import Store

#: Bodies up to this size come back through the pipe; bigger ones go through a file.
INLINE_BYTES = 512 * 1024
_SPOOL_BYTES = 8 * 1024 * 1024


@dataclass
class QueryJob:
    """A SPARQL query as the protocol received it."""

    query: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    accept: str | None = None
    base_iri: str | None = None
    head: bool = False
    allow_service: tuple[str, ...] = ()
    max_results: int = 0


@dataclass
class GraphGetJob:
    """Graph Store Protocol GET/HEAD of one graph (`graph=None`: the default graph)."""

    graph: str | None
    accept: str | None = None
    head: bool = False


@dataclass
class UpdateJob:
    """A SPARQL Update request."""

    update: str
    using_graphs: list[str] = field(default_factory=list)
    using_named_graphs: list[str] = field(default_factory=list)
    base_iri: str | None = None
    allow_service: tuple[str, ...] = ()


@dataclass
class GraphWriteJob:
    """Graph Store Protocol PUT/POST/DELETE of one graph (`graph=None`: the default graph)."""

    method: str
    graph: str | None
    #: The uploaded documents: (file path, media type); several for multipart/form-data.
    parts: list[tuple[str, str | None]] = field(default_factory=list)
    base_iri: str | None = None


class WorkerTask:
    """A read job defined outside this module (Linked Data pages): the worker calls `run`.

    Lets a higher module send its own work through the pool, under the same timeout, without
    this module importing it.
    """

    def run(self, store: Store) -> Outcome:  # pragma: no cover - interface
        raise NotImplementedError


Job = QueryJob | GraphGetJob | UpdateJob | GraphWriteJob | WorkerTask
WRITE_JOBS = (UpdateJob, GraphWriteJob)


@dataclass
class Outcome:
    """What the web process sends back: a body (inline or in `path`) or an error `message`."""

    status: int
    content_type: str | None = None
    body: bytes | None = None
    path: str | None = None
    #: Body length in bytes; -1 when unknown (HEAD).
    size: int = 0
    message: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    #: A picklable result for the web process to render (a `WorkerTask`'s answer), instead of a body.
    value: Any = None

    @classmethod
    def error(cls, status: int, message: str, **headers: str) -> Outcome:
        return cls(status, message=message, headers=dict(headers))


class ResultTooLarge(Exception):
    """The result has more rows/triples than the server's cap."""


class _Sink(io.RawIOBase):
    """Keeps a body in memory up to `INLINE_BYTES`, then moves it to the file at `path`."""

    def __init__(self, path: str | None) -> None:
        super().__init__()
        self._path = path
        self._memory: io.BytesIO | None = io.BytesIO()
        self._file: BinaryIO | None = None
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        n = len(data)
        self.size += n
        if self._memory is not None:
            self._memory.write(data)
            if self._memory.tell() > INLINE_BYTES and self._path is not None:
                self._file = open(self._path, "wb")  # noqa: SIM115 - closed in finish()
                self._file.write(self._memory.getbuffer())
                self._memory = None
        else:
            assert self._file is not None
            self._file.write(data)
        return n

    def finish(self, status: int, content_type: str, headers: dict[str, str] | None = None) -> Outcome:
        if self._file is not None:
            self._file.close()
            return Outcome(status, content_type, path=self._path, size=self.size, headers=headers or {})
        assert self._memory is not None
        return Outcome(status, content_type, body=self._memory.getvalue(), size=self.size, headers=headers or {})

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
            os.unlink(self._file.name)
            self._file = None

    def reset(self) -> None:
        """Forget what was written: start again, empty."""
        self.discard()
        self._memory = io.BytesIO()
        self.size = 0


class _Tally(io.RawIOBase):
    """Passes writes through, counting `marker`; raises `ResultTooLarge` once it passed `limit`."""

    def __init__(self, out: BinaryIO | io.RawIOBase, limit: int, marker: bytes = b"\n") -> None:
        super().__init__()
        self._out = out
        self._limit = limit
        self._marker = marker
        self._tail = b""  # a marker may straddle two writes
        self.count = 0
        self.tripped = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        data = bytes(data)
        if len(self._marker) == 1:
            self.count += data.count(self._marker)
        else:
            seen = self._tail + data
            self.count += seen.count(self._marker)
            self._tail = seen[1 - len(self._marker):]
        if self.count > self._limit:
            self.tripped = True
            raise ResultTooLarge
        return self._out.write(data)  # type: ignore[return-value]


#: Formats written straight through a `_Tally`: (marker, how many times it occurs besides the
#: rows', whether each row writes it exactly once). TSV escapes newlines in values and XML
#: escapes `<`; CSV quotes values that hold a newline; JSON's `{` opens each row but also the
#: document, its head and results, every term, and may occur in a value (an upper bound only).
_MARKERS: dict[Any, tuple[bytes, int, bool]] = {
    ox.QueryResultsFormat.TSV: (b"\n", 1, True),
    ox.QueryResultsFormat.XML: (b"<result>", 0, True),
    ox.QueryResultsFormat.CSV: (b"\n", 1, False),
    ox.QueryResultsFormat.JSON: (b"{", 3, False),
    ox.RdfFormat.N_TRIPLES: (b"\n", 0, True),
    ox.RdfFormat.N_QUADS: (b"\n", 0, True),
}


def _too_large(max_results: int, what: str) -> Outcome:
    return Outcome.error(
        507,
        f"the result has more than {max_results} {what}, the most this endpoint returns; add "
        f"LIMIT {max_results} (or less) to the query, or download the data from /dump.nq.gz",
        **{"X-KG-Max-Results": str(max_results)},
    )


def _serialize_capped(result: Any, fmt: Any, sink: _Sink, max_results: int, again: Any = None) -> None:
    """Serialize `result` into `sink` in `fmt`, refusing results over `max_results` (0: no cap).

    `again()` evaluates the query anew, for when a count in `fmt` was not conclusive; without
    it such a format takes the line-based detour at once.
    """
    triples = isinstance(result, ox.QueryTriples)
    if not max_results or isinstance(result, ox.QueryBoolean):
        result.serialize(sink, fmt)
        return
    marker = _MARKERS.get(fmt)
    if marker is not None and (marker[2] or again is not None):
        seq, extra, exact = marker
        tally = _Tally(sink, max_results + extra, seq)
        try:
            _guarded(lambda: result.serialize(tally, fmt), tally)
            return
        except ResultTooLarge:
            if exact:
                raise
        sink.reset()  # perhaps over the cap: count exactly
        result = again()
    line_format = ox.RdfFormat.N_TRIPLES if triples else ox.QueryResultsFormat.TSV
    max_lines = max_results if triples else max_results + 1  # TSV has a header line
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as spool:
        cap = _Tally(spool, max_lines)  # type: ignore[arg-type]
        _guarded(lambda: result.serialize(cap, line_format), cap)
        spool.seek(0)
        if triples:
            ox.serialize(ox.parse(spool, ox.RdfFormat.N_TRIPLES), sink, fmt)
        else:
            ox.parse_query_results(spool, ox.QueryResultsFormat.TSV).serialize(sink, fmt)  # type: ignore[union-attr]


def _guarded(serialize: Any, cap: _Tally) -> None:
    try:
        serialize()
    except BaseException:
        if cap.tripped:
            raise ResultTooLarge from None
        raise


# -- reads ---------------------------------------------------------------------------------------


def run_query(store: Store, job: QueryJob, result_path: str | None = None) -> Outcome:
    """Evaluate a query job against `store` (a worker's read-only handle)."""
    try:
        check_service(job.query, job.allow_service)
    except Refused as exc:
        return Outcome.error(exc.status, str(exc))
    def evaluate() -> Any:
        return store.query(
            job.query,
            default_graph_uris=job.default_graphs,
            named_graph_uris=job.named_graphs,
            base_iri=job.base_iri,
        )

    try:
        result = evaluate()
    except SyntaxError as exc:
        return Outcome.error(400, f"malformed SPARQL query: {exc}")
    except ValueError as exc:  # e.g. an invalid default-graph-uri
        return Outcome.error(400, str(exc))
    except RuntimeError as exc:  # parsed, but Oxigraph cannot evaluate it (e.g. an unknown custom function)
        return Outcome.error(400, f"the query cannot be evaluated: {exc}")
    except OSError as exc:  # includes a SERVICE endpoint that failed during planning
        return Outcome.error(500, f"query evaluation failed: {exc}")
    offers = media.GRAPH_OFFERS if isinstance(result, ox.QueryTriples) else media.RESULTS_OFFERS
    try:
        media_type, fmt = media.choose(job.accept, offers)  # type: ignore[arg-type]
    except media.NotAcceptable as exc:
        return Outcome.error(406, str(exc))
    content_type = media.content_type(media_type)
    if job.head:
        return Outcome(200, content_type, body=b"", size=-1)  # HEAD: length unknown
    sink = _Sink(result_path)
    try:
        _serialize_capped(result, fmt, sink, job.max_results, evaluate)
    except ResultTooLarge:
        sink.discard()
        what = "triples" if isinstance(result, ox.QueryTriples) else "rows"
        return _too_large(job.max_results, what)
    except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
        sink.discard()
        return Outcome.error(500, f"query evaluation failed: {exc}")
    return sink.finish(200, content_type)


def _graph_exists(store: Store, graph: str | None) -> bool:
    if graph is None:
        return True
    return store.has_graph(graph)


def get_graph(store: Store, job: GraphGetJob, result_path: str | None = None) -> Outcome:
    """One graph in the negotiated RDF format; 404 if a named graph does not exist."""
    if not _graph_exists(store, job.graph):
        return Outcome.error(404, f"no graph <{job.graph}> in this store")
    try:
        media_type, fmt = media.choose(job.accept, media.GRAPH_OFFERS)  # type: ignore[arg-type]
    except media.NotAcceptable as exc:
        return Outcome.error(406, str(exc))
    content_type = media.content_type(media_type)
    if job.head:
        return Outcome(200, content_type, body=b"", size=-1)  # HEAD: length unknown
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    if job.graph is None:
        result = store.query(query, union_default_graph=False)
    else:
        result = store.query(query, default_graph_uris=[job.graph], named_graph_uris=[])
    sink = _Sink(result_path)
    result.serialize(sink, fmt)  # type: ignore[union-attr]
    return sink.finish(200, content_type)


# -- writes --------------------------------------------------------------------------------------


def run_update(store: Store, job: UpdateJob) -> Outcome:
    """Apply a SPARQL Update through `store`'s writable handle (one transaction)."""
    try:
        check_service(job.update, job.allow_service, update=True)
        check_load(job.update)
        text = add_using(job.update, job.using_graphs, job.using_named_graphs)
    except Refused as exc:
        return Outcome.error(exc.status, str(exc))
    except ValueError as exc:  # an invalid using-graph-uri
        return Outcome.error(400, f"invalid graph IRI: {exc}")
    try:
        store.update(text, base_iri=job.base_iri)
    except SyntaxError as exc:
        return Outcome.error(400, f"malformed SPARQL update: {exc}")
    except RuntimeError as exc:  # e.g. CREATE GRAPH of a graph that exists, DROP of one that does not
        return Outcome.error(400, f"SPARQL update failed: {exc}")
    except OSError as exc:
        return Outcome.error(500, f"SPARQL update failed: {exc}")
    return Outcome(204)


def _triples_text(path: str, media_type: str | None, base_iri: str | None) -> str:
    """The uploaded graph as N-Triples (pyoxigraph parses and serializes); ValueError if unusable."""
    fmt = ox.RdfFormat.from_media_type(media_type or "")
    if fmt is None:
        raise LookupError(f"unsupported media type {media_type!r}")
    out = io.BytesIO()
    with open(path, "rb") as f:
        quads = ox.parse(f, fmt, base_iri=base_iri)

        def triples() -> Any:
            for quad in quads:
                if not isinstance(quad.graph_name, ox.DefaultGraph):
                    raise ValueError("the body names graphs; a Graph Store request carries one graph's triples")
                yield quad.triple

        ox.serialize(triples(), out, ox.RdfFormat.N_TRIPLES)
    return out.getvalue().decode("utf-8")


def write_graph(store: Store, job: GraphWriteJob) -> Outcome:
    """Graph Store Protocol PUT (replace), POST (merge) or DELETE, each one transaction."""
    target = "DEFAULT" if job.graph is None else f"GRAPH {ox.NamedNode(job.graph)}"
    existed = _graph_exists(store, job.graph)
    if job.method == "DELETE":
        if not existed:
            return Outcome.error(404, f"no graph <{job.graph}> in this store")
        store.update(f"DROP {target}")
        return Outcome(204)
    try:
        body = "".join(_triples_text(path, media_type, job.base_iri) for path, media_type in job.parts)
    except LookupError as exc:
        return Outcome.error(415, f"{exc}; send Turtle, N-Triples, RDF/XML, JSON-LD, N-Quads or TriG")
    except (SyntaxError, ValueError) as exc:
        return Outcome.error(400, f"the request body is not valid RDF: {exc}")
    data = body if job.graph is None else f"GRAPH {ox.NamedNode(job.graph)} {{\n{body}\n}}"
    steps = []
    if job.method == "PUT":
        steps.append(f"DROP SILENT {target}")
    if job.graph is not None:
        steps.append(f"CREATE SILENT {target}")
    if body.strip():
        steps.append(f"INSERT DATA {{\n{data}\n}}")
    store.update(" ;\n".join(steps))
    return Outcome(201 if not existed else 204)


def execute(store: Store, job: Job, result_path: str | None = None) -> Outcome:
    """Run any job; read jobs need a readable store, write jobs a writable one."""
    if isinstance(job, QueryJob):
        return run_query(store, job, result_path)
    if isinstance(job, GraphGetJob):
        return get_graph(store, job, result_path)
    if isinstance(job, WorkerTask):
        return job.run(store)  # reads only (a Linked Data page)
    outcome = run_update(store, job) if isinstance(job, UpdateJob) else write_graph(store, job)
    if outcome.status < 300:
        from kg.server.search_sync import graphs_written, sync_after_write

        sync_after_write(store, graphs_written(job))  # the search index follows the write
    return outcome
