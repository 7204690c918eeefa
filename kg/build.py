"""`kg build`: ingest → nlp → link → extract → rdf → store, one article at a time.

Each article is written as one atomic graph replacement, so an interrupted build leaves
every article either fully old or fully new. An article whose text hash is already stored
is skipped before any NLP runs: rebuilding an unchanged corpus adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import __version__
from kg.extract import extract_facts
from kg.ingest import read_corpus
from kg.link.resolve import link
from kg.rdf.article import article_graph, provenance_triples
from kg.rdf.facts import facts_graph
from kg.rdf.iris import Iris
from kg.rdf.namespaces import KG
from kg.types import Document, InputError, RunInfo

KG_ARTICLE_ID = str(KG.articleId)


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


def build(paths: Iterable[Path], store, *, iris: Iris, pipeline_factory: Callable,
          max_bytes: int = 5_000_000, on_error: Callable[[InputError], None] = lambda e: None,
          progress: bool = True) -> BuildReport:
    """Add the articles under `paths` to `store`. The NLP pipeline loads only if an article needs it."""
    report = BuildReport()
    run = None
    pipeline = None
    nlp_started = time.perf_counter()
    bar = _progress(progress)
    try:
        for item in read_corpus(list(paths), max_bytes=max_bytes):
            if isinstance(item, InputError):
                report.errors.append(item)
                on_error(item)
                continue
            doc: Document = item
            graph_iri = iris.article_graph(doc)
            stored = store.article_hash(graph_iri)
            # earlier versions of this article (same id, other text, so another IRI when it has no URL)
            previous = [g for g in _graphs_of_article(store, doc.id) if g != str(graph_iri)]
            if stored == doc.text_hash:
                for g in previous:  # left over by a run killed between the two writes below
                    store.remove_graph(g)
                report.unchanged += 1
                bar.update(1)
                continue
            if pipeline is None:
                pipeline = pipeline_factory()
                nlp_started = time.perf_counter()
                run = RunInfo(__version__, pipeline.name,
                              dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat())
            try:
                annotated = pipeline.annotate(doc)
                linked = link(annotated)
                graph = article_graph(linked, run, iris)
                graph += facts_graph(linked, extract_facts(linked), iris)
            except Exception as exc:  # one bad article must not stop the run
                err = InputError(doc.origin, f"processing failed: {type(exc).__name__}: {exc}")
                report.errors.append(err)
                on_error(err)
                continue
            store.replace_graph(graph_iri, graph)
            for g in previous:
                store.remove_graph(g)
            store.add_to_graph(iris.provenance_graph, provenance_triples(linked, run, iris))
            if stored is None and not previous:
                report.added += 1
            else:
                report.replaced += 1
            report.tokens += len(annotated.tokens)
            report.mentions += len(annotated.mentions)
            bar.update(1)
            bar.set_postfix_str(f"{report.tokens / max(time.perf_counter() - nlp_started, 1e-9):.0f} tok/s")
    finally:
        bar.close()
    return report


def _graphs_of_article(store, article_id: str) -> list[str]:
    literal = json.dumps(article_id)  # a JSON string is a valid SPARQL string literal
    rows = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a <{KG_ARTICLE_ID}> {literal} }} }}")
    return [row["g"].value for row in rows]


def _progress(enabled: bool):
    from tqdm import tqdm

    return tqdm(unit=" articles", disable=not enabled, leave=False, dynamic_ncols=True)
