"""The durable ingest queue: acknowledged records survive a crash and are built in arrival order."""

from __future__ import annotations

import contextlib
import json
import time

from kg.build.queue import ArticleQueue, QueueConsumer
from kg.rdf.iris import Iris
from kg.store import open_store

IRIS = Iris("https://kg.example.org/")
# Composed sentences.
TEXTS = ["التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء.",
         "افتتح وزير الثقافة المغربي معرض الكتاب الدولي في الرباط.",
         "زار رئيس الوزراء العراقي العاصمة الفرنسية باريس أمس."]
IDS = "SELECT ?id WHERE { ?a <https://w3id.org/kg-ar/ontology#articleId> ?id } ORDER BY ?id"


def test_tickets_sort_in_arrival_order_and_records_are_on_disk_when_put_returns(tmp_path):
    queue = ArticleQueue(tmp_path / "q")
    tickets = [queue.put({"id": f"a{i}", "text": "نص"}) for i in range(50)]
    assert queue.pending() == tickets == sorted(tickets)
    again = ArticleQueue(tmp_path / "q")  # a new process after a crash sees them all
    assert again.pending() == tickets and again.record(tickets[7])["id"] == "a7"
    assert again.status(tickets[3]) == {"state": "queued", "ticket": tickets[3], "ahead": 3}
    assert again.status("../../etc/passwd") is None and again.status("0-nope") is None


def test_records_acknowledged_before_a_crash_are_built_after_a_restart(tmp_path):
    queue = ArticleQueue(tmp_path / "q")
    tickets = [queue.put({"id": f"t{i}", "text": text}) for i, text in enumerate(TEXTS)]
    # The server died here: nothing consumed. A new server starts a consumer on the same folder.
    with open_store("memory:") as store:
        consumer = QueueConsumer(ArticleQueue(tmp_path / "q"), lambda: contextlib.nullcontext(store), iris=IRIS)
        consumer.build_tickets(queue.pending())
        assert [r["id"].value for r in store.query(IDS)] == ["t0", "t1", "t2"]
        done = [queue.status(t) for t in tickets]
        assert [d["state"] for d in done] == ["done"] * 3 and queue.pending() == []
        assert done[0]["iri"].startswith("https://kg.example.org/article/")
        assert any(e["label"] == "القاهرة" for e in done[0]["entities"]), done[0]


def test_a_record_built_but_not_yet_dropped_is_built_again_without_doubling(tmp_path):
    queue = ArticleQueue(tmp_path / "q")
    ticket = queue.put({"id": "x", "text": TEXTS[0]})
    with open_store("memory:") as store:
        consumer = QueueConsumer(queue, lambda: contextlib.nullcontext(store), iris=IRIS)
        consumer.build_tickets([ticket])
        # The crash came after the outcome was written and before the pending record was dropped.
        (queue.pending_dir / f"{ticket}.json").write_text(json.dumps({"id": "x", "text": TEXTS[0]}), encoding="utf-8")
        before = len(store)
        consumer.build_tickets(queue.pending())
        assert len(store) == before and queue.pending() == [] and queue.status(ticket)["state"] == "done"


def test_the_consumer_thread_builds_what_arrives_until_closed(tmp_path):
    queue = ArticleQueue(tmp_path / "q")
    with open_store("memory:") as store:
        consumer = QueueConsumer(queue, lambda: contextlib.nullcontext(store), iris=IRIS).start()
        try:
            tickets = [queue.put({"id": f"c{i}", "text": text}) for i, text in enumerate(TEXTS)]
            deadline = time.monotonic() + 120
            while queue.pending() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert [queue.status(t)["state"] for t in tickets] == ["done"] * 3
        finally:
            consumer.close()
