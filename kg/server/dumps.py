"""Whole-store dumps over HTTP (`/dump.ttl`, `/dump.nq.gz` …), streamed in constant memory.

A whole-store dump ends with the dataset's VoID/DCAT description (`kg.server.describe`), in its
own named graph; a one-graph dump (`?graph=`) is that graph alone.

pyoxigraph's serializers *push* bytes into a file object while a WSGI response is *pulled* by
the server, so a producer thread writes into a small bounded queue that the response iterates.
The queue's bound is the memory bound; a slow client slows the serializer down, and a client
that goes away makes the next write fail, which stops the dump.

Caching: a read-only store serves one published snapshot at a time, and a snapshot never
changes, so its name (a nanosecond timestamp) makes a strong `ETag` (with the format and graph)
and an exact `Last-Modified`. Conditional GETs (`If-None-Match`, `If-Modified-Since`) get 304
without the store being read. Stores without snapshots (writers, `memory:`) send neither.
"""

from __future__ import annotations

import hashlib
import io
import queue
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import BinaryIO

from flask import Blueprint, Response, current_app, request
from pyoxigraph import NamedNode

from kg.server.sparql import echo, text_response
from kg.store import formats
from kg.store.base import Store
from kg.store.describe import as_quads

_DONE = object()


class _QueueWriter(io.RawIOBase):
    """A write-only raw stream that hands each write to a bounded queue."""

    def __init__(self, chunks: queue.Queue[object], cancelled: threading.Event) -> None:
        super().__init__()
        self._chunks = chunks
        self._cancelled = cancelled

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = bytes(data)
        _put(self._chunks, chunk, self._cancelled)
        return len(chunk)


def _put(chunks: queue.Queue[object], item: object, cancelled: threading.Event) -> None:
    while True:
        if cancelled.is_set():
            raise BrokenPipeError("the client stopped reading")
        try:
            chunks.put(item, timeout=0.25)
            return
        except queue.Full:
            continue


def iter_stream(
    produce: Callable[[BinaryIO], None], *, chunk_size: int = 64 * 1024, max_chunks: int = 8
) -> Iterator[bytes]:
    """Run `produce(stream)` in a thread and yield what it writes, in chunks of about `chunk_size`.

    At most `max_chunks` chunks wait in memory. The thread starts on the first `next()`, so an
    iterator that is never consumed (a HEAD request) costs nothing. An error in `produce` is
    raised from the iterator after the bytes written before it.
    """
    chunks: queue.Queue[object] = queue.Queue(maxsize=max_chunks)
    cancelled = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            with io.BufferedWriter(_QueueWriter(chunks, cancelled), buffer_size=chunk_size) as stream:
                produce(stream)  # type: ignore[arg-type]
        except BaseException as exc:  # handed to the consumer
            errors.append(exc)
        finally:
            try:
                _put(chunks, _DONE, cancelled)
            except BrokenPipeError:
                pass

    thread = threading.Thread(target=run, name="kg-dump", daemon=True)
    thread.start()
    try:
        while (item := chunks.get()) is not _DONE:
            yield item  # type: ignore[misc]
        if errors and not cancelled.is_set():
            raise errors[0]
    finally:
        cancelled.set()


def _validators(store: Store, spec: str, graph_iri: str | None) -> tuple[str, datetime] | None:
    """(ETag, Last-Modified) of the dump from the store's current snapshot, or None without one."""
    store.refresh()
    snapshot = store.snapshot
    if not snapshot or not str(snapshot).isdigit():
        return None
    # A whole-store dump ends with the dataset description, which names this site's URLs.
    scope = graph_iri or "all " + request.url_root
    graph = hashlib.sha256(scope.encode("utf-8")).hexdigest()[:16]
    modified = datetime.fromtimestamp(int(snapshot) // 1_000_000_000, tz=UTC)
    return f"{snapshot}-{spec}-{graph}", modified


def dump_response(store: Store, spec: str, graph_iri: str | None = None) -> Response:
    """A streamed response with the store (or one graph) in format `spec` (`ttl`, `nq.gz` …).

    Conditional requests are answered 304 before anything is serialized.
    """
    validators = _validators(store, spec, graph_iri)
    if validators is not None:
        etag, modified = validators
        probe = Response(status=200)
        probe.set_etag(etag)
        probe.last_modified = modified
        probe.make_conditional(request.environ)
        if probe.status_code == 304:
            return probe
    response = _streamed(store, spec, graph_iri)
    if validators is not None:
        response.set_etag(validators[0])
        response.last_modified = validators[1]
    response.headers["Cache-Control"] = "no-cache"  # revalidate: a new snapshot may be out
    return response


def _description() -> list:
    """The dataset's VoID/DCAT description for a whole-store dump (`kg.server.describe`), if served."""
    descriptions = current_app.extensions.get("kg.descriptions")
    if descriptions is None:
        return []
    site = request.url_root
    return list(as_quads(descriptions.triples(site), descriptions.info(site)))


def _streamed(store: Store, spec: str, graph_iri: str | None) -> Response:
    info, gz = formats.parse_format(spec)
    filename = f"kg.{info.name}" + (".gz" if gz else "")
    extra = _description() if graph_iri is None else []

    def produce(stream: BinaryIO) -> None:
        store.dump(stream, info.name, graph_iri, gzip=gz, extra=extra)

    if gz:
        response = Response(iter_stream(produce), mimetype="application/gzip", direct_passthrough=True)
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        content_type = info.media_type + ("; charset=utf-8" if info.media_type.startswith("text/") else "")
        response = Response(iter_stream(produce), content_type=content_type, direct_passthrough=True)
        response.headers["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def dumps_blueprint(store: Store, *, name: str = "dumps") -> Blueprint:
    """A Blueprint serving `/dump.<format>[.gz]`; `?graph=IRI` dumps one named graph."""
    bp = Blueprint(name, __name__)

    @bp.get("/dump.<spec>")
    def dump(spec: str) -> Response:
        if spec.removesuffix(".gz") not in formats.DUMPABLE:
            return text_response(404, f"no dump format {echo(spec)!r}; try "
                                 + ", ".join(f"/dump.{n}" for n in formats.DUMPABLE) + " (each also .gz)")
        graph = request.args.get("graph") or None
        if graph is not None:
            try:
                NamedNode(graph)
            except ValueError as exc:
                return text_response(400, f"invalid graph IRI {echo(graph)!r}: {exc}")
            if not store.has_graph(graph):
                return text_response(404, f"no graph <{echo(graph)}> in this store")
        return dump_response(store, spec, graph)

    return bp
