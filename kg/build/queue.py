"""A durable queue of articles on disk, and the thread that builds what it holds, in arrival order.

`POST /api/articles` (`kg.server.ingest_api`) must answer at once, and a burst of a hundred
posts must be built in the order they came, by the same pipeline as `kg build`, without losing
one that was acknowledged if the server dies. So a post is written to disk before it is
acknowledged, and built later by one consumer thread:

* `ArticleQueue.put` writes the record as `pending/<ticket>.json` (to a temporary name, fsynced,
  renamed, the folder fsynced): once `put` returns, the record survives a crash or a power cut.
  Tickets are the arrival time in nanoseconds (strictly increasing within a process) plus a
  random suffix, so sorting the names gives the arrival order, also across restarts.
* `QueueConsumer` takes the pending records in ticket order, builds them in batches with
  `kg.build.build` (unchanged articles skipped, one transaction per article), writes each one's
  outcome to `done/<ticket>.json` and only then deletes its pending file. A crash in between
  leaves the record pending: it is built again on restart, which writes nothing new (the
  article is already stored, unchanged), so nothing acknowledged is lost and nothing doubles.
* The store is opened read-write for each batch and closed after it (which publishes a
  snapshot): as the server's `/update` worker does, so `kg build` or `kg watch` can still take
  the store between batches; a store held by another writer is retried every few seconds.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from kg.build.runner import build
from kg.ingest.jsonl import record_document
from kg.rdf.iris import Iris
from kg.rdf.terms import KG
from kg.store.base import Store, StoreLockedError
from kg.types import Document, InputError

log = logging.getLogger(__name__)

_ENTITIES = """\
SELECT ?e (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STRAFTER(STR(?type), "{kg}"); separator=" ") AS ?types)
       (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH <{graph}> {{
  ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e . ?e a ?type .
  OPTIONAL {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(LANG(?l) = "ar") }}
  FILTER(STRSTARTS(STR(?type), "{kg}"))
}} }} GROUP BY ?e ORDER BY DESC(?n) ?label"""
_MENTIONS = """SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH <{graph}> {{
  ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e }} }}"""


class ArticleQueue:
    """Records waiting to be built (`pending/`) and what became of them (`done/`), one file each."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.pending_dir = self.folder / "pending"
        self.done_dir = self.folder / "done"
        self.pending_dir.mkdir(parents=True, exist_ok=True)
        self.done_dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._last = 0
        self.arrived = threading.Event()  # set by put(), so the consumer wakes at once

    def put(self, record: dict[str, Any]) -> str:
        """Store one record durably; its ticket. Returns only once the record is on disk."""
        with self._lock:
            stamp = max(time.time_ns(), self._last + 1)
            self._last = stamp
        ticket = f"{stamp:020d}-{uuid.uuid4().hex[:8]}"
        _write_durably(self.pending_dir / f"{ticket}.json", record)
        self.arrived.set()
        return ticket

    def pending(self) -> list[str]:
        """Tickets waiting, oldest first."""
        return sorted(p.stem for p in self.pending_dir.glob("*.json"))

    def record(self, ticket: str) -> dict[str, Any]:
        return json.loads((self.pending_dir / f"{ticket}.json").read_text(encoding="utf-8"))

    def finish(self, ticket: str, outcome: dict[str, Any]) -> None:
        """Record the outcome, then drop the pending record (in that order: a crash between keeps it)."""
        _write_durably(self.done_dir / f"{ticket}.json", outcome)
        with contextlib.suppress(FileNotFoundError):
            (self.pending_dir / f"{ticket}.json").unlink()

    def status(self, ticket: str) -> dict[str, Any] | None:
        """The outcome of a ticket, `{"state": "queued", "ahead": n}` while it waits, None if unknown."""
        if not _TICKET_CHARS.issuperset(ticket) or not ticket:
            return None
        done = self.done_dir / f"{ticket}.json"
        if done.is_file():
            return json.loads(done.read_text(encoding="utf-8"))
        waiting = self.pending()
        if ticket in waiting:
            return {"state": "queued", "ticket": ticket, "ahead": waiting.index(ticket)}
        return None


_TICKET_CHARS = frozenset("0123456789abcdef-")


def _write_durably(path: Path, obj: dict[str, Any]) -> None:
    tmp = path.with_name(f".tmp-{path.name}")
    with tmp.open("w", encoding="utf-8") as out:
        json.dump(obj, out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    tmp.replace(path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def document_for(record: dict[str, Any], ticket: str) -> Document:
    """The Document of a queued record; ValueError says why it is not one (as for a `.jsonl` line).

    Without an `id` the article is named by its URL, else by its ticket: post the same article
    twice without either and it is stored twice.
    """
    default = record.get("url") if isinstance(record.get("url"), str) and record.get("url") else f"api-{ticket}"
    return record_document(record, origin=f"api:{ticket}", default_id=default)


class QueueConsumer:
    """One thread that builds the queue's records into the store, oldest first, until closed."""

    def __init__(self, queue: ArticleQueue, open_store: Callable[[], AbstractContextManager[Store]], *,
                 iris: Iris, batch: int = 16, retry_seconds: float = 3.0,
                 build_options: dict[str, Any] | None = None) -> None:
        self.queue = queue
        self.open_store = open_store
        self.iris = iris
        self.batch = batch
        self.retry_seconds = retry_seconds
        self.build_options = dict(build_options or {})
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kg-ingest-queue", daemon=True)

    def start(self) -> QueueConsumer:
        self._thread.start()
        return self

    def close(self, timeout: float = 60.0) -> None:
        self._stop.set()
        self.queue.arrived.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            tickets = self.queue.pending()[: self.batch]
            if not tickets:
                self.queue.arrived.wait(1.0)
                self.queue.arrived.clear()
                continue
            try:
                self.build_tickets(tickets)
            except StoreLockedError as exc:
                log.info("ingest queue: the store is busy (%s); retrying in %.0fs", exc, self.retry_seconds)
                self._stop.wait(self.retry_seconds)
            except Exception:  # noqa: BLE001 - keep the queue (and the records) for the next try
                log.exception("ingest queue: a batch failed; it stays queued")
                self._stop.wait(self.retry_seconds)

    def build_tickets(self, tickets: list[str]) -> None:
        """Build these queued records (in order) and record each outcome."""
        docs: dict[str, Document] = {}
        outcomes: dict[str, dict[str, Any]] = {}
        for ticket in tickets:
            try:
                docs[ticket] = document_for(self.queue.record(ticket), ticket)
            except (ValueError, OSError) as exc:  # checked when posted; a damaged file is still reported
                outcomes[ticket] = {"state": "failed", "ticket": ticket, "error": str(exc)}
        errors: dict[str, str] = {}

        def records() -> Iterator[Document | InputError]:
            yield from docs.values()

        def failed(err: InputError) -> None:
            errors[err.origin.removeprefix("api:")] = err.reason

        with self.open_store() as store:
            report = build([], store, iris=self.iris, records=records(), on_error=failed, progress=False,
                           **self.build_options)
            for ticket, doc in docs.items():
                outcomes[ticket] = (
                    {"state": "failed", "ticket": ticket, "id": doc.id, "error": errors[ticket]}
                    if ticket in errors else self._found(store, ticket, doc))
        log.info("ingest queue: %d article(s): %s", len(tickets), report.summary())
        for ticket in tickets:
            self.queue.finish(ticket, outcomes[ticket])

    def _found(self, store: Store, ticket: str, doc: Document) -> dict[str, Any]:
        graph = str(self.iris.article_graph_iri(doc))
        entities = [{"entity": row["e"].value, "label": row["label"].value if row["label"] else None,
                     "types": sorted(row["types"].value.split()), "mentions": int(row["n"].value)}
                    for row in store.query(_ENTITIES.format(graph=graph, kg=KG))]
        [count] = list(store.query(_MENTIONS.format(graph=graph)))
        return {"state": "done", "ticket": ticket, "id": doc.id, "iri": str(self.iris.article(doc)),
                "graph": graph, "mentions": int(count["n"].value), "entities": entities}
