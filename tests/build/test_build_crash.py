"""`kg build` killed with SIGKILL while it writes: the store stays consistent and a re-run
converges to exactly the quads of a build that was never interrupted (SOURCE_DATE_EPOCH fixed).

The interrupted build replaces articles (a second version of the corpus), so kills land in
the writes that drop old graphs and their provenance, not only in plain additions.
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.build import build
from kg.build.work import run_started
from kg.rdf.iris import Iris
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EPOCH = "1700000000"
BASE = "https://kg.example.org/"
IRIS = Iris(BASE)
PROV = str(IRIS.provenance_graph_iri)
KILLS = 3
PROGRESS = re.compile(r"(?<!\d)([1-9]\d*) articles")


def seed_snippets(count: int) -> list[str]:
    """Small real articles: pairs of long lines from the seeds."""
    lines = [line for p in sorted(SEEDS.glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if len(line) > 60]
    return ["\n".join(lines[2 * i: 2 * i + 2]) + "\n" for i in range(count)]


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def nquads(location: Path) -> list[str]:
    with open_store(location, read_only=True) as store:
        out = io.BytesIO()
        store.dump(out, "nq")
    return sorted(line for line in out.getvalue().decode("utf-8").splitlines() if line.strip())


def assert_consistent(location: Path) -> int:
    """Every stored article has its provenance, no stale versions, no orphan provenance; returns the count."""
    with open_store(location, read_only=True) as store:
        rows = store.query("SELECT ?g ?id WHERE { GRAPH ?g { ?a <https://w3id.org/kg-ar/ontology#articleId> ?id } }")
        articles = {row["g"].value: row["id"].value for row in rows}
        assert len(set(articles.values())) == len(articles), f"stale versions left: {articles}"
        for graph in articles:
            assert store.has_provenance(graph, PROV), f"{graph} has no provenance"
        prov = f"GRAPH <{PROV}> {{ ?g <http://www.w3.org/ns/prov#wasGeneratedBy> ?act }}"
        described = {row["g"].value for row in store.query(f"SELECT ?g WHERE {{ {prov} }}")}
        assert described == set(articles), "provenance of graphs that are not stored"
        orphans = store.query(f"""SELECT ?act WHERE {{ GRAPH <{PROV}> {{
            ?act a <http://www.w3.org/ns/prov#Activity> FILTER NOT EXISTS {{ ?g <http://www.w3.org/ns/prov#wasGeneratedBy> ?act }} }} }}""")  # noqa: E501
        assert not list(orphans), "activities no stored graph came from"
    return len(articles)


class StderrWatch:
    """Reads a child's stderr in a thread and tells when the progress bar shows a written article."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.text = ""
        self._proc = proc
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while chunk := os.read(self._proc.stderr.fileno(), 4096):
            self.text += chunk.decode("utf-8", "replace")

    def wait_for_progress(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._proc.poll() is None:
            if PROGRESS.search(self.text):
                return True
            time.sleep(0.02)
        return False


def writing_time(command: list[str], store: Path, probe: Path, env: dict[str, str]) -> float:
    """Seconds from the first written article to the end of the same build, run on a copy.

    A fixed 0.8 s window stopped landing kills once builds got faster (regression: CI at
    107d4b9 finished every build before the kill), so the window is measured.
    """
    shutil.copytree(store, probe)
    run = [*command[:command.index("--store") + 1], str(probe), *command[command.index("--store") + 2:]]
    proc = subprocess.Popen(run, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    watch = StderrWatch(proc)
    assert watch.wait_for_progress(timeout=180), watch.text
    first = time.monotonic()
    proc.wait(timeout=300)
    assert proc.returncode == 0, watch.text
    return time.monotonic() - first


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> tuple[Path, Path]:
    """v1: eight articles; v2: three unchanged, five changed, two new."""
    root = tmp_path_factory.mktemp("corpora")
    texts = seed_snippets(15)
    v1 = {f"a{i}": texts[i] for i in range(8)}
    v2 = {**v1, **{f"a{i}": texts[i] + texts[i + 5] for i in range(3, 8)}, "a8": texts[13], "a9": texts[14]}
    return write_corpus(root / "v1", v1), write_corpus(root / "v2", v2)


def test_a_killed_build_reruns_to_exactly_the_uninterrupted_result(corpora, tmp_path):
    v1, v2 = corpora
    started = run_started({"SOURCE_DATE_EPOCH": EPOCH})
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    with open_store(clean) as store:
        assert build([v1], store, iris=IRIS, started=started, progress=False).added == 8
    shutil.copytree(clean, killed)  # both stores now hold v1
    with open_store(clean) as store:
        report = build([v2], store, iris=IRIS, started=started, progress=False)
        assert (report.added, report.replaced, report.unchanged) == (2, 5, 3)
    expected = nquads(clean)

    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    command = [sys.executable, "-m", "kg.cli", "build", str(v2), "--store", str(killed), "--base-iri", BASE]
    pristine = tmp_path / "pristine"
    shutil.copytree(killed, pristine)
    window = writing_time(command, pristine, tmp_path / "probe", env)
    rng = random.Random(20250117)
    kills = 0
    for _ in range(2 * KILLS):
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
        watch = StderrWatch(proc)
        landed = False
        try:
            progressed = watch.wait_for_progress(timeout=180)
            time.sleep(rng.uniform(0.0, 0.8 * window))  # somewhere in the writes or the snapshot publishing
        finally:
            if proc.poll() is None:
                proc.kill()
                landed = progressed
            proc.wait(timeout=60)
        assert proc.returncode in (0, -9), watch.text
        assert_consistent(killed)
        kills += landed
        if kills == KILLS:
            break
        if not landed:  # the build finished first: start again from v1 so there is work to cut short
            shutil.rmtree(killed)
            shutil.copytree(pristine, killed)
    assert kills >= 1, "no kill landed while the build was writing"

    done = subprocess.run([*command, "--quiet"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert assert_consistent(killed) == 10
    assert nquads(killed) == expected
