"""The single writer of `kg build`: stores each article's result, in input order, and counts.

Results arrive from any executor; one thread of the calling process writes them, so the store
has one writer whatever runs the NLP, and the store's work overlaps the next batch's NLP.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kg.build.work import META_PREDICATES, ArticleWrite, metadata_of
from kg.rdf.iris import Iris
from kg.rdf.terms import TEXT_HASH
from kg.store.base import Store
from kg.store.search_index import SearchIndex
from kg.types import Document, InputError


@dataclass
class BuildReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    tokens: int = 0
    mentions: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def summary(self) -> str:
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{len(self.errors)} failed; {self.mentions} mentions in {self.tokens} tokens")


@dataclass(frozen=True)
class Unchanged:
    doc_id: str
    graph_iri: str


class OrderedWriter:
    """One thread that stores entries in the order given while the caller prepares the next batch.

    The store's work (Oxigraph releases the GIL while it applies an update) then overlaps with
    the NLP of the following articles. The queue is bounded, so memory stays flat. After an
    error the thread drops what is queued; `put` and `close` raise that error in the caller.
    """

    _STOP = object()

    def __init__(self, handle: Callable[[Any], None], *, depth: int) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._handle = handle
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-build-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (entry := self._queue.get()) is not self._STOP:
            if self.error is None:
                try:
                    self._handle(entry)
                except BaseException as exc:  # handed to the caller's thread
                    self.error = exc

    def put(self, entry: Any) -> None:
        while True:
            if self.error is not None:
                raise self.error
            try:
                self._queue.put(entry, timeout=0.2)
                return
            except queue.Full:
                continue

    def close(self, *, reraise: bool = True) -> None:
        """Wait until everything queued is stored (or dropped after an error)."""
        self._queue.put(self._STOP)  # the thread keeps taking entries, so this cannot block for long
        self._thread.join()
        if reraise and self.error is not None:
            raise self.error


def find_unchanged(store: Store, doc: Document, iris: Iris, prov_graph: str) -> Unchanged | None:
    """An `Unchanged` if the article's text and metadata are stored with its provenance; None if it needs work.

    The metadata is compared too: a sidecar corrected after a build (a date, a title) leaves the
    text, and so its hash, as it was, yet the article must be written again with it.
    """
    graph_iri = str(iris.article_graph_iri(doc))
    if (store.article_hash(graph_iri) == doc.text_hash and store.has_provenance(graph_iri, prov_graph)
            and stored_metadata(store, graph_iri) == metadata_of(doc)):
        return Unchanged(doc.id, graph_iri)
    return None


def stored_metadata(store: Store, graph_iri: str) -> dict[str, str]:
    """The metadata of the article stored in `graph_iri` (same shape as `metadata_of`)."""
    values = " ".join(f"<{p}>" for p in META_PREDICATES)
    rows = store.query(f"SELECT ?p ?o WHERE {{ GRAPH <{graph_iri}> {{ ?a <{TEXT_HASH}> ?h ; ?p ?o "
                       f"VALUES ?p {{ {values} }} }} }}")
    return {META_PREDICATES[row["p"].value]: row["o"].value for row in rows}


def forget_stale(store: Store, doc_id: str, graph_iri: str, prov_graph: str,
                 index: SearchIndex | None = None) -> None:
    """Remove versions of an unchanged article stored under another IRI (older kg builds left them).

    The search `index` forgets them too, and learns the article if it missed it (a build killed
    between the store's write and the index's).
    """
    stale = [g for g in store.article_graphs(doc_id) if g != graph_iri]
    if stale:
        store.remove_articles(stale, provenance_graph=prov_graph)
    if index is not None:
        if stale:
            index.remove_graphs(stale)
        if not index.has_graph(graph_iri):
            index.index_graph_from(store, graph_iri)


def write_result(store: Store, result: ArticleWrite, prov_graph: str, report: BuildReport,
           fail: Callable[[InputError], None], index: SearchIndex | None = None) -> None:
    stored = store.article_hash(result.graph_iri)
    if (stored == result.text_hash and store.has_provenance(result.graph_iri, prov_graph)
            and stored_metadata(store, result.graph_iri) == dict(result.metadata)):
        # written earlier in this run (the same text twice in the input)
        forget_stale(store, result.doc_id, result.graph_iri, prov_graph, index)
        report.unchanged += 1
        return
    # earlier versions of this article (same id, other text: another IRI when it has no URL)
    previous = [g for g in store.article_graphs(result.doc_id) if g != result.graph_iri]
    try:
        store.write_article(result.graph_iri, result.triples, provenance_graph=prov_graph,
                            provenance=result.provenance, replaces=previous)
    except (ValueError, SyntaxError) as exc:  # a term the store refuses; nothing was written
        fail(InputError(result.origin, f"cannot store: {exc}"))
        return
    if index is not None:  # after the store's write: a crash in between is mended by the next build
        index.write_graph(result.graph_iri, result.triples, replaces=previous)
    if stored is None and not previous:
        report.added += 1
    else:
        report.replaced += 1
    report.tokens += result.tokens
    report.mentions += result.mentions


__all__ = ["BuildReport", "OrderedWriter", "Unchanged", "find_unchanged", "forget_stale", "write_result"]
