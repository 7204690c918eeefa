"""`kg build`: ingest → (nlp → link → extract → rdf, anywhere) → store, written by one process.

The per-article work (`kg.build.work.process_batch`) runs on a pluggable executor
(`kg.build.executors`): in this process by default, or on dask workers. This module decides
what needs work and hands the results to the writer (`kg.build.writer`):

* An article whose text hash is already stored (with its provenance) is skipped before any
  work is sent out: rebuilding an unchanged corpus adds nothing and loads no models.
* Articles that need work go out in batches (`batch_size` articles, at most `batch_chars`
  characters), so Stanza tags many short articles in one call; results are written in input
  order by one writer thread of the calling process (so the store's work overlaps the next
  batch's NLP), with at most `executor.slots` batches in flight, so memory stays flat
  however large the corpus.
* Each article is written in ONE transaction (`Store.write_article`): its graph, its
  provenance, and the removal of its earlier versions with the provenance only they had. A
  build killed at any moment leaves every article entirely old or entirely new, and re-running
  it finishes the job. With SOURCE_DATE_EPOCH set, the result is the same quads as a build
  that was never interrupted.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import __version__
from kg.build.errors import ModelLoadError
from kg.build.executors import BuildExecutor, InProcessExecutor
from kg.build.work import ArticleWrite, process_batch, run_started
from kg.build.writer import BuildReport, OrderedWriter, Unchanged, find_unchanged, forget_stale, write_result
from kg.ingest import read_corpus
from kg.link.resources import Resources
from kg.rdf.iris import Iris
from kg.store.base import Store
from kg.store.search_index import kept_in_step
from kg.types import Document, InputError, RunInfo


@dataclass
class _Batch:
    """Articles sent out together; `future` is None until the batch is submitted."""

    docs: list[Document] = field(default_factory=list)
    chars: int = 0
    future: Any = None
    tokens: int = 0  # of all its articles, once its results are in
    _results: list[ArticleWrite | InputError | None] | None = None

    def result(self, index: int) -> ArticleWrite | InputError:
        """Article `index`'s result; waits for the batch. Raises ModelLoadError."""
        if self._results is None:
            try:
                self._results = self.future.result()
            except ModelLoadError:
                raise
            except Exception as exc:  # the worker died, the task was lost, the result did not unpickle
                why = f"processing failed on a worker: {type(exc).__name__}: {exc}"
                self._results = [InputError(doc.origin, why) for doc in self.docs]
            self.tokens = sum(r.tokens for r in self._results if isinstance(r, ArticleWrite))
        result = self._results[index]
        self._results[index] = None  # written once: let it go
        assert result is not None, "an article's result was asked for twice"
        return result


@dataclass(frozen=True)
class _Work:
    batch: _Batch
    index: int


def build(paths: Iterable[Path], store: Store, *, iris: Iris, pipeline_factory: Callable[[], Any] | None = None,
          resources: Resources | None = None, executor: BuildExecutor | None = None, max_bytes: int = 5_000_000,
          on_error: Callable[[InputError], None] = lambda e: None, progress: bool = True,
          started: str | None = None, batch_size: int = 16, batch_chars: int = 60_000,
          records: Iterable[Document | InputError] | None = None) -> BuildReport:
    """Add the articles under `paths` to `store`; models load only if an article needs them.

    `records`: articles read elsewhere (a feed, a watched folder), built after those under `paths`.

    `pipeline_factory` must be picklable for remote executors (a module-level function, or
    the default `kg.build.pipelines.PipelineFactory()`, which carries the parse setting). `started` is the run's PROV
    start time (default: SOURCE_DATE_EPOCH, else now). `resources`: the KB, gazetteer and linker the
    articles are linked and extracted with (default: each process's `Resources.default()`).
    Raises ModelLoadError if the models cannot load.
    """
    from kg.build.pipelines import PipelineFactory

    factory = pipeline_factory or PipelineFactory()
    executor = executor or InProcessExecutor()
    run = RunInfo(__version__, "", started or run_started())
    prov_graph = str(iris.provenance_graph_iri)
    report = BuildReport()
    bar = _progress(progress)
    # (time, tokens) once the first batch is done (models loaded by then); its own tokens are not
    # counted, since its articles are written in a burst, all computed before the first write.
    rate_from: tuple[float, int] | None = None
    pending: deque[InputError | Unchanged | _Work] = deque()
    in_flight = 0  # batches submitted and not yet handed to the writer
    batch = _Batch()

    def submit() -> None:
        nonlocal batch, in_flight
        if batch.docs:
            batch.future = executor.submit(process_batch, batch.docs, run, iris, factory, resources)
            in_flight += 1
            batch = _Batch()

    def fail(err: InputError) -> None:
        report.errors.append(err)
        on_error(err)

    def finish(entry: InputError | Unchanged | _Work) -> None:
        """Store one entry (in the writer thread, in input order)."""
        nonlocal rate_from
        if isinstance(entry, InputError):
            fail(entry)
        elif isinstance(entry, Unchanged):
            forget_stale(store, entry.doc_id, entry.graph_iri, prov_graph, search)
            report.unchanged += 1
        else:
            result = entry.batch.result(entry.index)
            if isinstance(result, InputError):
                fail(result)
            else:
                write_result(store, result, prov_graph, report, fail, search)
                if rate_from is None:
                    rate_from = (time.perf_counter(), report.tokens - result.tokens + entry.batch.tokens)
                elif report.tokens > rate_from[1] and (elapsed := time.perf_counter() - rate_from[0]) > 0:
                    bar.set_postfix_str(f"{(report.tokens - rate_from[1]) / elapsed:.0f} tok/s")
        bar.update(1)

    # The search index beside the store follows each write (kg.store.search_index).
    search_index = kept_in_step(store)
    search = search_index.__enter__()
    writer = OrderedWriter(finish, depth=2 * batch_size + 16)

    def drain(final: bool) -> None:
        nonlocal in_flight
        # Unchanged articles queue behind slow work, but not without bound.
        while pending:
            head = pending[0]
            crowded = len(pending) >= 4 * executor.slots * batch_size + 16
            if isinstance(head, _Work):
                if head.batch.future is None:
                    if not (final or crowded):
                        return
                    submit()
                if not (final or crowded or in_flight >= executor.slots):
                    return
                if head.index == len(head.batch.docs) - 1:
                    in_flight -= 1  # the batch's last article: the writer has all of it
            writer.put(pending.popleft())

    try:
        inputs = read_corpus(list(paths), max_bytes=max_bytes)
        for item in inputs if records is None else itertools.chain(inputs, records):
            if isinstance(item, InputError):
                pending.append(item)
            elif (entry := find_unchanged(store, item, iris, prov_graph)) is not None:
                pending.append(entry)
            else:
                pending.append(_Work(batch, len(batch.docs)))
                batch.docs.append(item)
                batch.chars += len(item.text)
                if len(batch.docs) >= batch_size or batch.chars >= batch_chars:
                    submit()
            drain(final=False)
        drain(final=True)
    except BaseException:
        writer.close(reraise=False)  # what was handed over is still written; the first error wins
        raise
    else:
        writer.close()
    finally:
        bar.close()
        search_index.__exit__(None, None, None)
    return report


def _progress(enabled: bool):
    from tqdm import tqdm

    return tqdm(unit=" articles", disable=not enabled, leave=False, dynamic_ncols=True)


__all__ = ["BuildReport", "build"]
