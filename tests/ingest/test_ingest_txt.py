"""`.txt` articles: good files, and one InputError for each kind of bad file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ingest_helpers import MEETING, TREATY, only_document, only_error, read_all

from kg.types import Document, InputError


def test_txt_article_is_read_exactly(write) -> None:
    text = f"{TREATY}\n\n  {MEETING}  \n"  # inner and trailing whitespace are part of the article
    path = write("bazeshkian-moscow.txt", text)
    doc = only_document(read_all(path))
    assert doc.id == "bazeshkian-moscow"
    assert doc.text == text
    assert doc.origin == str(path)
    assert (doc.title, doc.url, doc.published, doc.source) == (None, None, None, None)
    start = doc.text.index("بوتين")
    assert doc.text[start : start + 5] == "بوتين"


def test_utf8_bom_is_stripped(write) -> None:
    path = write("bom.txt", b"\xef\xbb\xbf" + TREATY.encode("utf-8"))
    assert only_document(read_all(path)).text == TREATY


def test_text_is_nfc_normalized(write) -> None:
    # Alef + combining hamza above / below, as some keyboards and PDF extractors produce them.
    decomposed = "ا\u0654علن الكرملين توقيع الاتفاق مع ا\u0655يران"
    doc = only_document(read_all(write("decomposed.txt", decomposed)))
    assert doc.text == "أعلن الكرملين توقيع الاتفاق مع إيران"
    assert doc.text != decomposed


def test_crlf_line_endings_are_kept(write) -> None:
    text = f"{TREATY}\r\n{MEETING}\r\n"
    assert only_document(read_all(write("crlf.txt", text))).text == text


def test_uppercase_extension_is_read(write) -> None:
    assert only_document(read_all(write("TASS.TXT", TREATY))).id == "TASS"


def test_not_utf8_reports_byte_offset(write) -> None:
    prefix = "موسكو - ".encode()
    # The same sentence saved as Windows-1256, the usual way Arabic text ends up not UTF-8.
    path = write("cp1256.txt", prefix + MEETING.encode("cp1256"))
    error = only_error(read_all(path))
    assert error.origin == str(path)
    assert "not valid UTF-8" in error.reason
    assert f"byte offset {len(prefix)} " in error.reason


def test_byte_offset_counts_the_bom(write) -> None:
    path = write("bom-bad.txt", b"\xef\xbb\xbf" + b"ab\xff")
    assert "byte offset 5 " in only_error(read_all(path)).reason


def test_binary_file_is_rejected(write) -> None:
    path = write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    error = only_error(read_all(path))
    assert "NUL byte at byte offset 8" in error.reason
    assert "binary" in error.reason


@pytest.mark.parametrize(("content", "reason"), [("", "empty file"), (" \n\t\r\n ", "only whitespace")])
def test_empty_or_whitespace_file(write, content: str, reason: str) -> None:
    assert reason in only_error(read_all(write("empty.txt", content))).reason


def test_bom_only_file_is_empty(write) -> None:
    assert "empty" in only_error(read_all(write("bom-only.txt", b"\xef\xbb\xbf"))).reason


def test_file_over_max_bytes_reports_size_and_limit(write) -> None:
    path = write("long.txt", TREATY * 10)
    size = len((TREATY * 10).encode("utf-8"))
    error = only_error(read_all(path, max_bytes=1000))
    assert f"{size:,} bytes" in error.reason
    assert "1,000 bytes" in error.reason


def test_file_of_exactly_max_bytes_is_accepted(write) -> None:
    path = write("exact.txt", TREATY)
    assert isinstance(only_document(read_all(path, max_bytes=len(TREATY.encode()))), Document)


def test_unreadable_file_is_reported_and_the_run_goes_on(write, monkeypatch) -> None:
    bad = write("a-locked.txt", TREATY)
    good = write("b-open.txt", MEETING)
    real_open = Path.open

    def fake_open(self: Path, *args, **kwargs):
        if self == bad:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", fake_open)
    records = read_all(bad.parent)
    assert records[0] == InputError(str(bad), "cannot read file: Permission denied")
    assert isinstance(records[1], Document) and records[1].origin == str(good)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_with_real_permissions(write) -> None:
    path = write("locked.txt", TREATY)
    path.chmod(0)
    try:
        assert "Permission denied" in only_error(read_all(path)).reason
    finally:
        path.chmod(0o644)
