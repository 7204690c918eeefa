"""`kg watch`: keep a store in step with a folder: new and changed files are built, deleted ones removed.

News arrives as files dropped into a folder by a scraper, every few minutes. The watcher first
brings the store up to date with the folder (a normal build: unchanged articles are skipped), then
waits for file-system events (watchfiles: inotify, FSEvents, or polling) and, for each settled
burst of them:

1. removes the articles of deleted files, first (a file renamed over another must not lose the
   article it now holds to the deletion of its old name);
2. builds the new and changed files (a changed sidecar `NAME.json` rebuilds `NAME.txt`/`NAME.html`)
   and removes the articles a changed file no longer holds (a line deleted from a `.jsonl`);
3. hands the round to `maintain` (the CLI passes the compaction policy of `kg.ops.compact`: a
   watcher is one long-lived writer, and a store written article by article grows to about twice
   the size of the same quads loaded in bulk unless it is compacted now and then);
4. publishes a snapshot, so that `kg serve` on the same store answers with them within its
   refresh interval (about a second), without waiting for the writer's periodic publish.

It keeps, in memory, which article ids each file gave, since a deleted file cannot be read to
find out: ids come from the readers (`kg.ingest`), one file at a time. Only articles read from
this folder since the watcher started are ever removed by it; articles from elsewhere (other
folders, feeds) are left alone, also when a file of the same id is deleted here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.build.runner import build
from kg.build.writer import BuildReport
from kg.ingest.discover import SIDECAR_OF, SIDECAR_SUFFIX, kind_of
from kg.ingest.reader import read_corpus
from kg.rdf.iris import Iris
from kg.store.base import Store
from kg.types import Document, InputError

log = logging.getLogger(__name__)


@dataclass
class Round:
    """What one burst of changes did (or the first sync, `initial`)."""

    initial: bool
    report: BuildReport
    removed: int = 0
    files: int = 0
    seconds: float = 0.0
    removed_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        what = "initial sync" if self.initial else f"{self.files} file(s) changed"
        return f"{what}: {self.report.summary()}; {self.removed} removed ({self.seconds:.1f}s)"


class FolderIndex:
    """Which article ids each file of the folder gave, and which file each id came from."""

    def __init__(self) -> None:
        self.ids: dict[Path, set[str]] = {}
        self.owner: dict[str, Path] = {}

    def read(self, path: Path, max_bytes: int) -> Iterator[Document | InputError]:
        """Read one article file, record its ids; a duplicate of another file's id is an error."""
        found: set[str] = set()
        for record in read_corpus([path], max_bytes=max_bytes):
            if isinstance(record, Document):
                other = self.owner.get(record.id)
                if other is not None and other != path and other in self.ids:
                    record = InputError(record.origin, f"duplicate id {record.id!r}, already used by {other}; "
                                                       "rename the file or give the article a unique id")
                else:
                    found.add(record.id)
            yield record
        self.forget(path)
        self.ids[path] = found
        for doc_id in found:
            self.owner[doc_id] = path

    def forget(self, path: Path) -> set[str]:
        """Drop a file; its ids that no other file holds now."""
        ids = self.ids.pop(path, set())
        for doc_id in ids:
            if self.owner.get(doc_id) == path:
                del self.owner[doc_id]
        return ids


def article_files(root: Path) -> list[Path]:
    """The files under `root` the watcher reads, in path order (hidden files and folders left out)."""
    found = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not path.is_file():
            continue
        if kind_of(path) is not None:
            found.append(path)
    return found


def _article_of(path: Path) -> Path | None:
    """The article file a changed path stands for: itself, or the `.txt`/`.html` of a sidecar."""
    if any(part.startswith(".") for part in path.parts[-1:]):
        return None
    if kind_of(path) is not None:
        return path
    if path.suffix == SIDECAR_SUFFIX:
        for suffix in SIDECAR_OF:
            if path.with_suffix(suffix).is_file():
                return path.with_suffix(suffix)
    return None


class Watcher:
    """Sync `root` into `store`, then follow its changes until `stop` is set."""

    def __init__(self, root: Path, store: Store, *, iris: Iris, build_options: dict[str, Any] | None = None,
                 max_bytes: int = 5_000_000, on_round: Callable[[Round], None] = lambda r: None,
                 on_error: Callable[[InputError], None] = lambda e: None, debounce_ms: int = 300,
                 maintain: Callable[[bool, BuildReport], None] = lambda initial, report: None) -> None:
        self.root = Path(root).resolve()
        self.store = store
        self.iris = iris
        self.build_options = dict(build_options or {})
        self.max_bytes = max_bytes
        self.on_round = on_round
        self.on_error = on_error
        self.debounce_ms = debounce_ms
        self.maintain = maintain  # (initial, report) after each round's writes, before its publish
        self.index = FolderIndex()
        self.ready = threading.Event()  # set once the initial sync is stored and watching has begun

    def run(self, stop: threading.Event | None = None) -> None:
        import watchfiles

        stop = stop or threading.Event()
        self.sync(article_files(self.root), initial=True)
        watching = watchfiles.watch(self.root, stop_event=stop, debounce=self.debounce_ms, step=50,
                                    raise_interrupt=False, yield_on_timeout=True, rust_timeout=500)
        for changes in watching:
            self.ready.set()
            if changes:
                self.apply(changes)
            if stop.is_set():
                break

    def apply(self, changes: Iterable[tuple[Any, str]]) -> Round:
        """One settled burst of (Change, path) events: deletions first, then builds."""
        import watchfiles

        gone: set[Path] = set()
        touched: set[Path] = set()
        for change, name in changes:
            path = Path(name)
            if change == watchfiles.Change.deleted:
                # A file, or a folder moved away or deleted whole (one event for all its files).
                gone.update(p for p in self.index.ids if p == path or path in p.parents)
                if (article := _article_of(path)) is not None and article.is_file():
                    touched.add(article)  # a deleted sidecar: its article loses the metadata
            elif path.is_dir():  # a folder moved in: one event, its files need reading
                if not any(part.startswith(".") for part in path.relative_to(self.root).parts):
                    touched.update(article_files(path))
            elif (article := _article_of(path)) is not None:
                touched.add(article)
        touched = {p for p in touched if p.is_file()}
        gone -= touched  # deleted and written again within the burst: a change
        return self.sync(sorted(touched), gone=sorted(gone))

    def sync(self, paths: list[Path], *, gone: Iterable[Path] = (), initial: bool = False) -> Round:
        started = time.perf_counter()
        gone = list(gone)
        removed: list[str] = []
        for path in gone:
            removed += self._remove({i for i in self.index.forget(path) if i not in self.index.owner})
        before = {p: set(self.index.ids.get(p, ())) for p in paths}

        def records() -> Iterator[Document | InputError]:
            for path in paths:
                yield from self.index.read(path, self.max_bytes)

        report = build([], self.store, iris=self.iris, records=records(), max_bytes=self.max_bytes,
                       on_error=self.on_error, progress=False, **self.build_options)
        for path, ids in before.items():
            dropped = ids - self.index.ids.get(path, set())
            removed += self._remove({i for i in dropped if i not in self.index.owner})
        self.maintain(initial, report)
        self.store.publish()  # a no-op on backends without snapshots (`Store.publish`)
        done = Round(initial, report, removed=len(removed), files=len(paths) + len(gone),
                     seconds=time.perf_counter() - started, removed_ids=removed)
        self.on_round(done)
        return done

    def _remove(self, ids: Iterable[str]) -> list[str]:
        removed = []
        for doc_id in sorted(ids):
            graphs = self.store.article_graphs(doc_id)
            if graphs:
                self.store.remove_articles(graphs, provenance_graph=str(self.iris.provenance_graph_iri))
                removed.append(doc_id)
        return removed
