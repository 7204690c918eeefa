"""The per-article work of `kg build`: Documents → the triples to write. Pure and picklable.

`process_batch` reads nothing but its arguments (the NLP pipeline's factory and the linking
`Resources` among them), and
returns plain data, so the same function runs in the calling process, in a worker process or
on a dask worker, and the single writer stores whatever comes back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kg.build.errors import ModelLoadError
from kg.extract import extract_facts
from kg.link.resources import Resources
from kg.rdf.article import article_triples, provenance_triples
from kg.rdf.facts import facts_triples
from kg.rdf.iris import Iris
from kg.rdf.terms import KG, SCHEMA
from kg.types import Document, InputError, RunInfo

Triple = tuple[Any, Any, Any]

# Stanza's pipeline (and the confidence hook kg installs on it) keeps per-call state, so one
# process annotates one text at a time even when a dask worker runs several tasks in threads.
_ANNOTATE = threading.Lock()


#: The article metadata as `kg.rdf.article` writes it: predicate → Document field.
META_PREDICATES = {f"{SCHEMA}headline": "title", f"{SCHEMA}url": "url",
                   f"{SCHEMA}datePublished": "published", f"{KG}sourceOutlet": "source"}


def metadata_of(doc: Document) -> dict[str, str]:
    """The article's metadata fields that are set, as the lexical forms the graph stores."""
    values = {name: getattr(doc, name) for name in META_PREDICATES.values()}
    return {name: value.isoformat() if hasattr(value, "isoformat") else value
            for name, value in values.items() if value}


@dataclass(frozen=True)
class ArticleWrite:
    """What the writer stores for one article: its named graph and its provenance."""

    doc_id: str
    origin: str
    text_hash: str
    graph_iri: str
    triples: list[Triple]
    provenance: list[Triple]
    tokens: int
    mentions: int
    metadata: tuple[tuple[str, str], ...] = ()  # `metadata_of(doc)`, to tell a metadata-only change


def process_batch(docs: list[Document], run: RunInfo, iris: Iris, pipeline_factory: Callable[[], Any],
                  resources: Resources | None = None) -> list[ArticleWrite | InputError]:
    """NLP → link → extract → RDF for a batch of articles; a failure is an InputError naming its file.

    The NLP runs in one batched Stanza call (`ArabicPipeline.annotate_many`); if that fails,
    each article is annotated on its own, so a bad article fails alone. `run.model` is filled
    in from the pipeline that actually annotated the texts, so the provenance names the models
    a (possibly remote) worker used. `resources` (default: the process's `Resources.default()`)
    link and extract; the default one travels to a remote worker as that worker's own default.
    """
    resources = resources or Resources.default()
    try:
        pipeline = pipeline_factory()
    except Exception as exc:
        raise ModelLoadError(f"cannot load the NLP models: {type(exc).__name__}: {exc}") from exc
    run = dataclasses.replace(run, model=pipeline.name)
    annotated: list[Any]
    with _ANNOTATE:
        _apply_thread_setting()
        try:
            annotated = pipeline.annotate_many(list(docs))
        except Exception:
            annotated = [_annotate_one(pipeline, doc) for doc in docs]
    return [_finish(doc, ann, run, iris, resources) for doc, ann in zip(docs, annotated, strict=True)]


def _annotate_one(pipeline: Any, doc: Document) -> Any:
    """One article's annotation, or the InputError that names it (the caller holds _ANNOTATE)."""
    try:
        return pipeline.annotate(doc)
    except Exception as exc:  # one bad article must not stop the run
        return InputError(doc.origin, f"processing failed: {type(exc).__name__}: {exc}")


def _finish(doc: Document, annotated: Any, run: RunInfo, iris: Iris, resources: Resources) -> ArticleWrite | InputError:
    """Link → extract → RDF for one annotated article."""
    if isinstance(annotated, InputError):
        return annotated
    try:
        linked = resources.linker.link(annotated)
        graph = article_triples(linked, run, iris, resources.kb)
        graph += facts_triples(linked, extract_facts(linked, resources=resources), iris, resources=resources,
                               batch=run.started)
        provenance = provenance_triples(linked, run, iris)
    except Exception as exc:  # one bad article must not stop the run
        return InputError(doc.origin, f"processing failed: {type(exc).__name__}: {exc}")
    return ArticleWrite(doc.id, doc.origin, doc.text_hash, str(iris.article_graph_iri(doc)),
                        list(graph), list(provenance), len(annotated.tokens), len(annotated.mentions),
                        tuple(sorted(metadata_of(doc).items())))


def _apply_thread_setting() -> None:
    """Honour KG_THREADS in the calling thread: torch's (OpenMP) thread count is per thread."""
    wanted = os.environ.get("KG_THREADS")
    torch = sys.modules.get("torch")
    if wanted and wanted.isdigit() and int(wanted) > 0 and torch is not None:
        if torch.get_num_threads() != int(wanted):
            torch.set_num_threads(int(wanted))


def run_started(environ: Mapping[str, str] = os.environ) -> str:
    """The run's start time for PROV: `SOURCE_DATE_EPOCH` if set, else now (UTC, seconds).

    SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) makes two
    builds of the same input give identical quads, provenance included.
    """
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise ValueError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, not {epoch!r}")
        when = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    else:
        when = dt.datetime.now(dt.UTC)
    return when.replace(microsecond=0).isoformat()


__all__ = ["ArticleWrite", "process_batch", "run_started"]
