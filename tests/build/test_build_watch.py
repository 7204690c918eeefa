"""The watcher keeps a store in step with a folder: new and changed files built, deleted ones removed."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from kg.build.watch import Watcher, article_files
from kg.ops.compact import compact_after_build
from kg.rdf.iris import Iris
from kg.store import open_store

IRIS = Iris("https://kg.example.org/")
FIXTURES = Path(__file__).resolve().parents[1] / "ingest" / "fixtures" / "html"
# Composed sentences.
A = "التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء.\n"
B = "افتتح وزير الثقافة المغربي معرض الكتاب الدولي في الرباط.\n"
ARTICLES = """PREFIX kg: <https://w3id.org/kg-ar/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?id ?date WHERE { ?a kg:articleId ?id OPTIONAL { ?a schema:datePublished ?date } } ORDER BY ?id"""


def articles(store) -> dict[str, str | None]:
    return {r["id"].value: r["date"].value if r["date"] else None for r in store.query(ARTICLES)}


def until(condition, seconds: float = 60.0):
    """Wait (bounded) for `condition()` to be true; its last value either way."""
    deadline = time.monotonic() + seconds
    while not (value := condition()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return value


@pytest.fixture
def watching(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    rounds, errors = [], []
    stop = threading.Event()
    with open_store("memory:") as store:
        watcher = Watcher(folder, store, iris=IRIS, debounce_ms=100, on_round=rounds.append,
                          on_error=errors.append)
        thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
        thread.start()
        try:
            assert watcher.ready.wait(120), "the initial sync did not finish"
            yield folder, store, rounds, errors
        finally:
            stop.set()
            thread.join(30)
            assert not thread.is_alive(), "the watcher did not stop"


def test_the_folder_is_synced_first_then_new_changed_and_deleted_files_follow(watching):
    folder, store, rounds, errors = watching
    assert rounds[0].initial and rounds[0].report.added == 1 and articles(store) == {"a": None}
    (folder / "b.txt").write_text(B, encoding="utf-8")
    assert until(lambda: "b" in articles(store)), rounds
    (folder / "a.json").write_text('{"published": "2024-03-05"}', encoding="utf-8")  # a sidecar: metadata only
    assert until(lambda: articles(store).get("a") == "2024-03-05"), rounds
    (folder / "b.txt").unlink()
    assert until(lambda: set(articles(store)) == {"a"}), rounds
    assert errors == []


def test_pages_and_jsonl_lines_come_and_go_with_their_files(watching):
    folder, store, rounds, errors = watching
    shutil.copy(FIXTURES / "composed-rtl-br-menu.html", folder / "page.html")
    (folder / "batch.jsonl").write_text(
        f'{{"id": "j1", "text": "{A.strip()}"}}\n{{"id": "j2", "text": "{B.strip()}"}}\n', encoding="utf-8")
    assert until(lambda: {"page", "j1", "j2"} <= set(articles(store))), rounds
    (folder / "batch.jsonl").write_text(f'{{"id": "j2", "text": "{B.strip()}"}}\n', encoding="utf-8")
    assert until(lambda: "j1" not in articles(store)), rounds  # the line deleted from the file
    assert {"page", "j2"} <= set(articles(store))
    (folder / "page.html").rename(folder / "moved.html")
    assert until(lambda: "moved" in articles(store) and "page" not in articles(store)), rounds
    assert errors == []


def test_hidden_and_unreadable_kinds_are_ignored(watching):
    folder, store, rounds, _ = watching
    count = len(rounds)
    (folder / ".draft.txt").write_text(B, encoding="utf-8")
    (folder / "notes.md").write_text(B, encoding="utf-8")
    time.sleep(1.0)
    assert set(articles(store)) == {"a"}
    assert all(r.report.added == 0 for r in rounds[count:])


def test_a_folder_moved_in_or_out_brings_or_takes_its_articles(watching, tmp_path):
    folder, store, rounds, errors = watching
    outside = tmp_path / "incoming"
    (outside / "sub").mkdir(parents=True)
    (outside / "sub" / "c.txt").write_text(B, encoding="utf-8")
    (outside / "d.txt").write_text(A.replace("الأردني", "السعودي"), encoding="utf-8")
    outside.rename(folder / "incoming")
    assert until(lambda: {"c", "d"} <= set(articles(store))), rounds
    (folder / "incoming").rename(tmp_path / "gone")
    assert until(lambda: set(articles(store)) == {"a"}), rounds
    assert errors == []


def test_each_round_is_handed_to_maintain_with_whether_it_was_the_first_sync(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    seen: list[tuple[bool, int]] = []
    with open_store("memory:") as store:
        watcher = Watcher(folder, store, iris=IRIS,
                          maintain=lambda initial, report: seen.append((initial, report.added)))
        watcher.sync(article_files(folder), initial=True)
        (folder / "b.txt").write_text(B, encoding="utf-8")
        watcher.sync([folder / "b.txt"])
    assert seen == [(True, 1), (False, 1)]


def test_a_watcher_that_compacts_its_store_between_rounds_goes_on_writing_to_it(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    compacted = []

    def maintain(initial, report):  # the CLI's policy, with the minimum lowered to one article
        compacted.append(compact_after_build(store, created=initial, added=report.added, minimum=1))

    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    try:
        watcher = Watcher(folder, store, iris=IRIS, maintain=maintain)
        watcher.sync(article_files(folder), initial=True)
        (folder / "b.txt").write_text(B, encoding="utf-8")
        watcher.sync([folder / "b.txt"])
        assert compacted[0] is not None and compacted[1] is None  # compacted once; the second round is small
        assert set(articles(store)) == {"a", "b"}
    finally:
        store.close()
    with open_store(f"oxigraph:{tmp_path / 'store'}") as again:
        assert set(articles(again)) == {"a", "b"}
