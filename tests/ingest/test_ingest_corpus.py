"""Walking folders, ordering, skipping, duplicate ids and run statistics for `read_corpus`."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest
from ingest_helpers import MEETING, TALKS, TREATY, only_error, read_all

from kg.ingest import ReadStats, read_corpus
from kg.types import Document, InputError


def make_tree(write) -> None:
    write("b/2025/01/17-treaty.txt", TREATY)
    write("a.txt", MEETING)
    write("b/2025/01/16-talks.txt", TALKS)
    write("b/feed.jsonl", json.dumps({"id": "feed-treaty", "text": TREATY}, ensure_ascii=False) + "\n")
    write("b/README.md", "# not an article")
    write("b/.hidden.txt", TREATY)
    write(".git/notes.txt", TREATY)
    write("b/.cache/old.txt", TREATY)


def test_nested_folders_are_walked_sorted_and_hidden_entries_skipped(write, tmp_path: Path) -> None:
    make_tree(write)
    stats = ReadStats()
    records = list(read_corpus([tmp_path], stats=stats))
    assert all(isinstance(r, Document) for r in records), records
    assert [r.origin for r in records] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b/2025/01/16-talks.txt"),
        str(tmp_path / "b/2025/01/17-treaty.txt"),
        f"{tmp_path / 'b/feed.jsonl'}:1",
    ]
    assert stats.skipped == [str(tmp_path / "b/README.md")]
    assert (stats.files, stats.documents, stats.errors) == (4, 4, 0)


def test_order_does_not_depend_on_creation_order(tmp_path: Path) -> None:
    names = ["z.txt", "m/b.txt", "a.txt", "m/a.txt", "k.txt"]
    runs = []
    for n, order in enumerate([names, list(reversed(names))]):
        root = tmp_path / f"run{n}"
        for name in order:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(TREATY + name, encoding="utf-8")
        runs.append([os.path.relpath(r.origin, root) for r in read_corpus([root])])
    assert runs[0] == runs[1] == ["a.txt", "k.txt", "m/a.txt", "m/b.txt", "z.txt"]


def test_paths_are_read_in_the_order_given(write, tmp_path: Path) -> None:
    second = write("b.txt", TREATY)
    first = write("z/a.txt", MEETING)
    assert [r.origin for r in read_all(first.parent, second)] == [str(first), str(second)]


def test_skipped_files_are_logged_at_debug(write, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write("a.txt", TREATY)
    write("photo.jpg", b"\xff\xd8\xff")
    with caplog.at_level(logging.DEBUG, logger="kg.ingest"):
        read_all(tmp_path)
    assert "skipped 1 file(s)" in caplog.text
    assert "photo.jpg" in caplog.text


def test_a_file_given_twice_is_read_once(write, tmp_path: Path) -> None:
    path = write("a.txt", TREATY)
    assert len(read_all(path, tmp_path, path)) == 1


def test_missing_path(tmp_path: Path) -> None:
    error = only_error(read_all(tmp_path / "nowhere"))
    assert error.reason == "no such file or folder"


def test_explicit_file_with_unsupported_extension_is_an_error(write) -> None:
    path = write("article.md", TREATY)
    assert "unsupported file type '.md'" in only_error(read_all(path)).reason


def test_duplicate_id_is_reported_for_the_later_article(write, tmp_path: Path) -> None:
    first = write("a/tass-17.txt", TREATY)
    second = write("b/tass-17.txt", MEETING)
    feed = write("c.jsonl", json.dumps({"id": "tass-17", "text": TALKS}, ensure_ascii=False) + "\n")
    doc, dup_file, dup_line = read_all(tmp_path)
    assert isinstance(doc, Document) and doc.origin == str(first)
    assert dup_file == InputError(
        str(second),
        f"duplicate id 'tass-17', already used by {first}; rename the file or give the article a unique id",
    )
    assert isinstance(dup_line, InputError) and dup_line.origin == f"{feed}:1"


def test_duplicate_default_ids_within_jsonl(write) -> None:
    # "x-2" is line 2's default id; line 1 claims it first.
    rows = [{"id": "x-2", "text": TREATY}, {"text": MEETING}]
    path = write("x.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    doc, dup = read_all(path)
    assert isinstance(doc, Document) and isinstance(dup, InputError)
    assert "duplicate id 'x-2'" in dup.reason


def test_unlistable_folder_is_reported_and_the_run_goes_on(write, tmp_path: Path, monkeypatch) -> None:
    write("a.txt", TREATY)
    locked = tmp_path / "locked"
    write("locked/b.txt", MEETING)
    write("open/c.txt", TALKS)
    real_scandir = os.scandir

    def fake_scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    stats = ReadStats()
    records = list(read_corpus([tmp_path], stats=stats))
    errors = [r for r in records if isinstance(r, InputError)]
    assert errors == [InputError(str(locked), "cannot list folder: Permission denied")]
    assert sorted(Path(r.origin).name for r in records if isinstance(r, Document)) == ["a.txt", "c.txt"]
    assert (stats.documents, stats.errors) == (2, 1)


def test_stats_count_errors(write, tmp_path: Path) -> None:
    write("a.txt", TREATY)
    write("b.txt", "")
    write("c.jsonl", '{"text": 1}\n' + json.dumps({"text": MEETING}, ensure_ascii=False) + "\n")
    write("d.csv", "id,text\n")
    stats = ReadStats()
    list(read_corpus([tmp_path], stats=stats))
    assert (stats.files, stats.documents, stats.errors, len(stats.skipped)) == (3, 2, 2, 1)


def test_max_bytes_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        read_all(tmp_path, max_bytes=0)


def test_reading_is_lazy(write, tmp_path: Path) -> None:
    write("a.txt", TREATY)
    records = read_corpus([tmp_path])
    assert next(records).id == "a"  # type: ignore[union-attr]


# Issue 15, probe 6: symlink loops and dangling links were skipped silently.
def test_symlink_loops_and_dangling_links_are_named_one_line_each(write, tmp_path: Path) -> None:
    article = write("news/a.txt", TREATY)
    (tmp_path / "news/self").symlink_to("self")  # a link to itself: ELOOP
    (tmp_path / "news/up").symlink_to("..", target_is_directory=True)  # a folder link back up the tree
    (tmp_path / "news/gone.txt").symlink_to("missing.txt")
    (tmp_path / "news/alias.txt").symlink_to("a.txt")  # a good link is read as a file
    records = read_all(tmp_path / "news")
    documents = [r.origin for r in records if isinstance(r, Document)]
    errors = {Path(e.origin).name: e.reason for e in records if isinstance(e, InputError)}
    assert documents == [str(article)]  # the alias is the same file, read once
    assert set(errors) == {"self", "up", "gone.txt"}
    assert "loop" in errors["self"] and "loop" in errors["up"]
    assert "dangling" in errors["gone.txt"] and "missing.txt" in errors["gone.txt"]
    assert all("\n" not in str(e) for e in records if isinstance(e, InputError))
