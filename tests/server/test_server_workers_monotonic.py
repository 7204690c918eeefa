"""Reads never go back in time across the server's query workers.

Each read worker follows what writers publish on its own timer (`refresh_interval`), so two
workers can stand on different snapshots for a moment. A client whose query was answered from
the newer one must not see the article vanish on its next query because that one went to the
other worker: the pool remembers the newest snapshot any worker answered from, and a worker
behind it refreshes before its job.
"""

from __future__ import annotations

import rdflib

from kg.server.jobs import QueryJob
from kg.server.workers import WorkerPool
from kg.store.oxigraph import OxigraphStore

EX = "http://example.org/"
IDS = "SELECT ?s WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } }"


def _add(path, name: str) -> None:
    with OxigraphStore(path) as writer:  # closing publishes a snapshot
        writer.replace_graph(EX + "graph/" + name, [(rdflib.URIRef(EX + name), rdflib.URIRef(EX + "p"),
                                                      rdflib.Literal(name))])


def _subjects(pool: WorkerPool, epoch: int) -> set[str]:
    outcome = pool.run(QueryJob(IDS, accept="text/tab-separated-values"), 60, epoch)
    assert outcome.status == 200, outcome.message
    return {line.strip("<>") for line in outcome.body.decode().splitlines()[1:]}


def test_a_query_after_one_that_saw_an_article_sees_it_too_on_another_worker(tmp_path):
    path = tmp_path / "kg"
    _add(path, "first")
    # an hour between timed refreshes: only what the pool tells them moves the workers
    pool = WorkerPool(str(path), size=2, mode="read", options={"refresh_interval": 3600})
    try:
        assert _subjects(pool, 0) == {EX + "first"}  # worker A
        assert _subjects(pool, 0) == {EX + "first"}  # worker B: both stand on the first snapshot
        _add(path, "later")
        assert _subjects(pool, 1) == {EX + "first", EX + "later"}  # A, told of a write, refreshes
        # B was told of no write and its timer is an hour away; A has answered from a newer snapshot
        assert _subjects(pool, 0) == {EX + "first", EX + "later"}
    finally:
        pool.close()
