"""Linked Data reads as worker jobs: a page or an RDF description is built in a query worker.

Why. A page takes a dozen SPARQL reads (labels, mentions, articles, related facts); built in the
web process they ran outside the worker pool, with no timeout and under the web process's GIL:
50 clients on one page slowed every other request, an ASK included, to seconds (issue 15,
probe 8). As a `WorkerTask` the whole build (resolving the path, every read, serializing the
RDF) runs in a worker under `--query-timeout`, like any query, and a runaway page is killed.

What comes back is an `Answer`: the resolved IRI and the page model (rendered by the web
process, which knows the request's script root) or the serialized RDF, plus the name of the
store snapshot every read came from, which the web process's cache keys on.

Flask-free on purpose: this runs in the workers.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from kg.server.explore.extras import page_extras
from kg.server.jobs import Outcome, WorkerTask
from kg.server.linked_data.reads import LinkedData
from kg.server.linked_data.views import Page
from kg.store.base import Store

#: What a task is asked for: the IRI a path names, its HTML page model, or its RDF.
WANTS = ("resolve", "page", "rdf")


@dataclass(frozen=True)
class Answer:
    """A task's result. `iri` is None when no candidate path names a stored resource (404)."""

    iri: str | None = None
    path: str | None = None
    #: The RDF extension the path carried (`.ttl` …), or None.
    ext: str | None = None
    page: Page | None = None
    rdf: bytes | None = None
    #: The extension `rdf` is serialized in.
    rdf_ext: str | None = None
    #: Incoming links were capped at INCOMING_LIMIT in `rdf`.
    truncated: bool = False
    #: The snapshot all reads came from; None if unknown or if the store moved on meanwhile.
    snapshot: str | None = None
    #: A page's extra sections (statements, views, reports: `kg.server.explore.extras`).
    extra: dict = field(default_factory=dict)


@dataclass
class LinkedDataTask(WorkerTask):
    """Resolve `candidates` (server paths, each with the RDF extension it may carry) under `base`
    to the first stored resource, then build what `want` says."""

    base: str
    want: str
    candidates: list[tuple[str, str | None]] = field(default_factory=list)
    #: For `want="rdf"` when the path has no extension: the negotiated one (None: none acceptable).
    fallback_ext: str | None = None

    def run(self, store: Store) -> Outcome:
        if self.want not in WANTS:
            return Outcome.error(400, f"unknown Linked Data request {self.want!r}")
        ld = _linked_data(store, self.base)
        found = _resolve(ld, self.candidates)
        before = store.snapshot  # after the first read, which may have moved the handle on
        if found is None:
            return Outcome(404, value=Answer(snapshot=before))
        iri, path, ext = found
        answer = Answer(iri=iri, path=path, ext=ext)
        if self.want == "page":
            model = ld.page(iri)
            answer = Answer(iri=iri, path=path, ext=ext, page=model, extra=page_extras(ld, iri, model.kind))
        elif self.want == "rdf" and (ext or self.fallback_ext):
            rdf_ext = ext or self.fallback_ext
            assert rdf_ext is not None
            triples, truncated = ld.describe(iri)
            answer = Answer(iri=iri, path=path, ext=ext, rdf=ld.serialize(triples, rdf_ext), rdf_ext=rdf_ext,
                            truncated=truncated)
        return Outcome(200, value=_with_snapshot(answer, _same(before, store.snapshot)))


def _same(before: str | None, after: str | None) -> str | None:
    return before if before == after else None


def _with_snapshot(answer: Answer, snapshot: str | None) -> Answer:
    return dataclasses.replace(answer, snapshot=snapshot)


def _resolve(ld: LinkedData, candidates: list[tuple[str, str | None]]) -> tuple[str, str, str | None] | None:
    for path, ext in candidates:
        iri = ld.iri_for_path(path)
        if iri is not None and ld.exists(iri):
            return iri, path, ext
    return None


#: One LinkedData per (store handle, base) in this process: it parses the ontology once.
_READERS: dict[tuple[int, str], LinkedData] = {}


def _linked_data(store: Store, base: str) -> LinkedData:
    key = (id(store), base)
    ld = _READERS.get(key)
    if ld is None or ld.store is not store:
        if len(_READERS) > 16:
            _READERS.clear()
        ld = _READERS[key] = LinkedData(store, base)
    return ld
