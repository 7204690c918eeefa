"""Parallel builds store exactly what an in-process build stores: a real dask LocalCluster
(two worker processes) and `kg build --workers 2`, compared quad for quad (SOURCE_DATE_EPOCH fixed)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# The optional extra (`kg[dask]`) first: without it the module skips instead of failing to import.
distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")

from click.testing import CliRunner  # noqa: E402

from kg.build import build  # noqa: E402
from kg.build.work import run_started  # noqa: E402
from kg.cli import main  # noqa: E402
from kg.nlp.pipeline import get_pipeline  # noqa: E402
from kg.rdf.iris import Iris  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EPOCH = "1700000000"
STARTED = run_started({"SOURCE_DATE_EPOCH": EPOCH})
BASE = "https://kg.example.org/"
BROKEN = "هذا المقال يكسر المعالج"  # the fault-injecting pipeline fails on texts containing this

# Dask workers cannot import this test module; ship its functions by value instead.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


class _Faulty:
    """The real pipeline, except that it fails on one marked article."""

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline
        self.name = pipeline.name

    def annotate(self, doc):
        if BROKEN in doc.text:
            raise RuntimeError("injected fault")
        return self.pipeline.annotate(doc)

    def annotate_many(self, docs):
        if any(BROKEN in doc.text for doc in docs):  # the batch fails; kg retries article by article
            raise RuntimeError("injected fault")
        return self.pipeline.annotate_many(docs)


def faulty_pipeline() -> _Faulty:
    return _Faulty(get_pipeline())


def seed_snippets(count: int) -> list[str]:
    """Small real articles: pairs of long lines from the seeds (a build takes seconds, not minutes)."""
    lines = [line for p in sorted(SEEDS.glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if len(line) > 60]
    return ["\n".join(lines[2 * i: 2 * i + 2]) + "\n" for i in range(count)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """good/: four .txt articles and a .jsonl of two (one with a URL); bad.txt fails in the NLP stage."""
    root = tmp_path_factory.mktemp("corpus")
    good = root / "good"
    good.mkdir()
    texts = seed_snippets(6)
    for i, text in enumerate(texts[:4]):
        (good / f"a{i}.txt").write_text(text, encoding="utf-8")
    records = [{"id": "feed-1", "text": texts[4], "url": "https://news.example/1"}, {"id": "feed-2", "text": texts[5]}]
    (good / "feed.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                     encoding="utf-8")
    (root / "bad.txt").write_text(f"{BROKEN}. التقى الرئيس في القاهرة.\n", encoding="utf-8")
    return root


def nquads(store) -> list[str]:
    out = io.BytesIO()
    store.dump(out, "nq")
    return sorted(line for line in out.getvalue().decode("utf-8").splitlines() if line.strip())


@pytest.fixture(scope="module")
def in_process(corpus) -> list[str]:
    """The reference: today's in-process build of the same corpus."""
    with open_store("memory:") as store:
        errors = []
        report = build([corpus], store, iris=Iris(BASE), pipeline_factory=faulty_pipeline, started=STARTED,
                       on_error=errors.append, progress=False)
        assert (report.added, len(errors)) == (6, 1), report.summary()
        return nquads(store)


class RecordingStore(OxigraphStore):
    """An in-memory store that remembers the order articles were written in."""

    def __init__(self) -> None:
        super().__init__(None)
        self.written: list[str] = []

    def write_article(self, graph_iri, triples, **kwargs) -> None:
        triples = list(triples)
        self.written += [str(o) for _, p, o in triples if str(p).endswith("#articleId")]
        super().write_article(graph_iri, triples, **kwargs)


def test_a_dask_cluster_builds_exactly_what_one_process_builds(corpus, in_process, tmp_path):
    from kg.build.dask_executor import DaskExecutor

    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                 dashboard_address="127.0.0.1:0") as cluster,
        distributed.Client(cluster) as client,
    ):
        executor = DaskExecutor(client, pipeline_factory=faulty_pipeline, slots=2)
        store = RecordingStore()
        errors = []
        # Batches of 2 articles, 2 batches in flight: the window moves, and the batches differ from the reference's.
        report = build([corpus], store, iris=Iris(BASE), pipeline_factory=faulty_pipeline, executor=executor,
                       started=STARTED, on_error=errors.append, progress=False, batch_size=2)
        # The same cluster through the CLI's --dask-scheduler (its models are loaded by now).
        cli_store = tmp_path / "cli"
        cli = CliRunner().invoke(main, ["build", str(corpus / "good"), "--store", str(cli_store), "--base-iri", BASE,
                                        "--dask-scheduler", cluster.scheduler_address, "--quiet"],
                                 env={"SOURCE_DATE_EPOCH": EPOCH})
        # The models were loaded once in each worker process (by the plugin), not once per article.
        loads = client.run(lambda: __import__("kg.nlp.pipeline").nlp.pipeline._cached.cache_info().misses)
        pids = set(client.run(os.getpid).values())
    assert cli.exit_code == 0, cli.output
    with open_store(cli_store, read_only=True) as built:
        assert nquads(built) == in_process
    assert report.added == 6 and report.tokens > 0
    assert [str(e) for e in errors] == [f"{corpus / 'bad.txt'}: processing failed: RuntimeError: injected fault"]
    assert store.written == ["a0", "a1", "a2", "a3", "feed-1", "feed-2"]  # input order, one writer
    assert sorted(loads.values()) == [1, 1] and os.getpid() not in pids
    assert nquads(store) == in_process


def test_kg_build_workers_2_matches_and_rebuilds_nothing(corpus, in_process, tmp_path):
    store = tmp_path / "store"
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus / "good"), "--store", str(store),
               "--base-iri", BASE, "--workers", "2", "--quiet"]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "6 added, 0 replaced, 0 unchanged, 0 failed" in proc.stdout
    with open_store(store, read_only=True) as built:
        assert nquads(built) == in_process
    again = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert "0 added, 0 replaced, 6 unchanged" in again.stdout, again.stderr


def test_workers_and_a_scheduler_exclude_each_other(corpus, tmp_path):
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(tmp_path / "s"), "--workers", "2",
                                       "--dask-scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "exclude each other" in result.output
