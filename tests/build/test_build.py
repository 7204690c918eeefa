"""`kg build` in one process: batched NLP, the writer thread, and what each must not change."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg.build import build
from kg.build.work import run_started
from kg.rdf.iris import Iris
from kg.store import open_store
from kg.store.base import StoreError
from kg.store.oxigraph import OxigraphStore

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
IRIS = Iris("https://kg.example.org/")
STARTED = run_started({"SOURCE_DATE_EPOCH": "1700000000"})


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Seven small real articles: single long lines of the seeds."""
    root = tmp_path_factory.mktemp("corpus")
    lines = [line for p in sorted(SEEDS.glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if len(line) > 80]
    for i, line in enumerate(lines[:7]):
        (root / f"a{i}.txt").write_text(line + "\n", encoding="utf-8")
    return root


def nquads(store) -> list[str]:
    out = io.BytesIO()
    store.dump(out, "nq")
    return sorted(line for line in out.getvalue().decode("utf-8").splitlines() if line.strip())


def built(corpus: Path, **options) -> list[str]:
    with open_store("memory:") as store:
        report = build([corpus], store, iris=IRIS, started=STARTED, progress=False, **options)
        assert (report.added, report.errors) == (7, [])
        return nquads(store)


def test_batching_changes_no_quad(corpus):
    # An article's quads must not depend on the articles batched with it, or an interrupted or
    # incremental build would differ from a fresh one (see ArabicPipeline.annotate_many).
    one_by_one = built(corpus, batch_size=1)
    assert built(corpus, batch_size=16) == one_by_one
    assert built(corpus, batch_size=3) == one_by_one
    assert built(corpus, batch_chars=1) == one_by_one  # the character cap closes every batch at once


class FailingStore(OxigraphStore):
    """An in-memory store whose third article write fails."""

    def __init__(self) -> None:
        super().__init__(None)
        self.writes = 0

    def write_article(self, graph_iri, triples, **kwargs) -> None:
        self.writes += 1
        if self.writes == 3:
            raise StoreError("disk full (injected)")
        super().write_article(graph_iri, triples, **kwargs)


def test_a_store_error_in_the_writer_thread_stops_the_build_and_keeps_what_was_written(corpus):
    store = FailingStore()
    with pytest.raises(StoreError, match="disk full"):
        build([corpus], store, iris=IRIS, started=STARTED, progress=False, batch_size=2)
    ids = {row["id"].value for row in store.query(
        "SELECT ?id WHERE { ?a <https://w3id.org/kg-ar/ontology#articleId> ?id }")}
    assert ids == {"a0", "a1"}
    assert store.writes == 3  # nothing was written after the failure
