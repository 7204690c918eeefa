"""`OxigraphStore.compact` rewrites the database in bulk-loaded form and loses nothing (issue 16, item 6)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef
from store_helpers import article, graph_iri

from kg.store import open_store
from kg.store.base import StoreLockedError
from kg.store.compaction import CompactionError, Digest, database_bytes, rewrite
from kg.store.oxigraph import OxigraphStore
from kg.store.oxigraph_handles import CLOSE_LOG_LIMIT, KEEP_INFO_LOGS
from kg.store.switch import STAGING_PREFIX

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 120


def _fill(store: OxigraphStore, count: int = ARTICLES) -> None:
    """Article graphs written one transaction each, as `kg build` writes them, plus default-graph quads."""
    for i in range(count):
        store.replace_graph(graph_iri(f"a{i}"), article(f"a{i}", f"شخص رقم {i}", text_hash=f"h{i}", extra=20))
    store.add_to_graph("https://kg.example.org/graph/misc", [
        (URIRef("https://kg.example.org/entity/x"), URIRef("https://kg.example.org/p"), BNode()),
        (URIRef("https://kg.example.org/entity/x"), URIRef("https://kg.example.org/q"), Literal("نص", lang="ar")),
    ])
    store.update('INSERT DATA { <https://kg.example.org/d> <https://kg.example.org/p> "default graph" }')


def _sorted_nquads(store: OxigraphStore) -> list[bytes]:
    out = io.BytesIO()
    store.dump(out, "nq")
    return sorted(out.getvalue().splitlines())


@pytest.fixture
def written(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    store = OxigraphStore(path)
    _fill(store)
    store.close()
    return path


def _staging_left(path: Path) -> list[str]:
    return [n for n in os.listdir(path / "kg-snapshots") if n.startswith(STAGING_PREFIX)]


def test_compact_keeps_every_quad_byte_for_byte_and_shrinks_a_store_written_article_by_article(written):
    store = OxigraphStore(written)
    before = _sorted_nquads(store)
    done = store.compact()
    after = _sorted_nquads(store)
    store.close()
    assert after == before
    assert done.quads == len(before)
    assert done.bytes_after < done.bytes_before
    reopened = OxigraphStore(written)
    assert _sorted_nquads(reopened) == before
    reopened.close()
    assert _staging_left(written) == []


def test_the_compacted_store_is_written_to_and_compacted_again(written):
    store = OxigraphStore(written)
    store.compact()
    store.replace_graph(graph_iri("new"), article("new", "اسم جديد", text_hash="hn"))
    expected = _sorted_nquads(store)
    assert store.compact().quads == len(expected)
    assert _sorted_nquads(store) == expected
    store.close()


def test_readers_follow_the_compacted_store_and_read_only_opens_work_after(written):
    store = OxigraphStore(written)
    reader = OxigraphStore(written, read_only=True, refresh_interval=0.0)
    expected = _sorted_nquads(reader)
    old_snapshot = reader.snapshot
    store.compact()
    assert _sorted_nquads(reader) == expected  # refreshed onto the new snapshot, or still on the old one
    assert reader.snapshot != old_snapshot
    store.close()
    served = open_store(str(written), read_only=True)  # as `kg serve` opens it
    assert _sorted_nquads(served) == expected
    assert len(list(served.query("SELECT ?s WHERE { ?s a <https://w3id.org/kg-ar/ontology#Person> }"))) == ARTICLES
    served.close()
    reader.close()


def test_a_failure_before_the_switch_leaves_the_old_store_and_no_staging_folder(written):
    store = OxigraphStore(written)
    expected = _sorted_nquads(store)
    seen: list[Path] = []

    def fail(staging: Path) -> None:
        seen.append(staging)
        assert (staging / "CURRENT").is_file()  # the new database is complete at this point
        raise RuntimeError("simulated failure before the switch")

    with pytest.raises(RuntimeError, match="simulated"):
        store.compact(before_switch=fail)
    assert seen and not seen[0].exists()
    assert _sorted_nquads(store) == expected
    store.replace_graph(graph_iri("after"), article("after", "بعد", text_hash="ha"))  # still writable
    store.close()
    reopened = OxigraphStore(written, read_only=True)
    assert len(_sorted_nquads(reopened)) > len(expected)
    reopened.close()


def test_a_second_writer_is_refused_while_compacting(written):
    store = OxigraphStore(written)
    refused: list[str] = []
    code = textwrap.dedent(f"""
        from kg.store.oxigraph import OxigraphStore
        from kg.store.base import StoreLockedError
        try:
            OxigraphStore({str(written)!r}, lock_timeout=0.5)
        except StoreLockedError as exc:
            print("refused:", exc)
    """)

    def try_writers(staging: Path) -> None:
        with pytest.raises(StoreLockedError):
            OxigraphStore(written, lock_timeout=0.2)  # this process
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
        refused.append(proc.stdout)

    store.compact(before_switch=try_writers)
    store.close()
    assert refused[0].startswith("refused:"), refused


def test_a_compaction_killed_before_the_switch_leaves_the_store_readable_and_whole(written):
    store = OxigraphStore(written)
    expected = _sorted_nquads(store)
    store.close()
    code = textwrap.dedent(f"""
        import os, signal
        from kg.store.oxigraph import OxigraphStore
        store = OxigraphStore({str(written)!r})
        store.compact(before_switch=lambda staging: os.kill(os.getpid(), signal.SIGKILL))
    """)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120)
    assert proc.returncode == -9
    assert _staging_left(written)  # the killed run's new database, not switched in
    reader = OxigraphStore(written, read_only=True)
    assert _sorted_nquads(reader) == expected
    reader.close()
    store = OxigraphStore(written)  # the next writer publishes and collects the orphan
    assert _sorted_nquads(store) == expected
    store.close()
    assert _staging_left(written) == []


def test_rewrite_refuses_a_database_that_does_not_hold_the_same_quads(written, tmp_path, monkeypatch):
    store = OxigraphStore(written)
    real_add = Digest.add
    calls = {"n": 0}

    def skewed(self, quad):  # the digest of what was read back differs from what was written
        calls["n"] += 1
        real_add(self, quad)
        if calls["n"] == 1:
            self.count += 1

    monkeypatch.setattr(Digest, "add", skewed)
    with pytest.raises(CompactionError, match="holds"):
        rewrite(store.oxigraph, tmp_path / "target")
    store.close()


def test_a_closing_writer_deletes_a_large_write_ahead_log(tmp_path):
    path = tmp_path / "store"
    store = OxigraphStore(path, log_limit=0)
    while store._log_bytes() <= CLOSE_LOG_LIMIT:
        _fill(store, 40)
    store.close()
    logs = sum(e.stat().st_size for e in os.scandir(path) if e.name.endswith(".log"))
    assert logs < CLOSE_LOG_LIMIT // 10
    assert database_bytes(path) > 0
    reader = OxigraphStore(path, read_only=True)
    assert len(reader) > 0
    reader.close()


def test_writers_opened_and_closed_many_times_keep_only_the_newest_rotated_info_logs(tmp_path):
    path = tmp_path / "store"
    for i in range(KEEP_INFO_LOGS + 4):
        store = OxigraphStore(path)
        store.replace_graph(graph_iri(f"a{i}"), article(f"a{i}", "اسم", text_hash=f"h{i}"))
        store.close()
    old = [n for n in os.listdir(path) if n.startswith("LOG.old.")]
    assert 0 < len(old) <= KEEP_INFO_LOGS
    assert (path / "LOG").is_file()
