"""`.jsonl` corpora: every field, default ids, and one InputError per bad line without stopping the file."""

from __future__ import annotations

import json
from datetime import date

import pytest
from ingest_helpers import MEETING, TALKS, TREATY, only_document, only_error, read_all

from kg.types import Document, InputError


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def test_all_fields(write) -> None:
    path = write(
        "rt.jsonl",
        line(
            id="rt-2025-01-17-treaty",
            text=TREATY,
            title="بوتين وبزشكيان يوقعان معاهدة الشراكة",
            url="https://arabic.rt.com/world/1634567-treaty/",
            published="2025-01-17",
            source="RT Arabic",
            section="العالم",  # unknown fields are ignored
        ),
    )
    doc = only_document(read_all(path))
    assert doc == Document(
        id="rt-2025-01-17-treaty",
        text=TREATY,
        origin=f"{path}:1",
        title="بوتين وبزشكيان يوقعان معاهدة الشراكة",
        url="https://arabic.rt.com/world/1634567-treaty/",
        published=date(2025, 1, 17),
        source="RT Arabic",
    )


def test_default_ids_use_stem_and_line_number_and_skip_blank_lines(write) -> None:
    path = write("corpus.jsonl", line(text=TREATY) + "\n   \n" + line(text=MEETING))
    docs = read_all(path)
    assert [(d.id, d.origin) for d in docs] == [  # type: ignore[union-attr]
        ("corpus-1", f"{path}:1"),
        ("corpus-4", f"{path}:4"),
    ]


def test_integer_id_and_empty_optional_fields(write) -> None:
    doc = only_document(read_all(write("a.jsonl", line(id=17, text=TALKS, title="", published=None))))
    assert (doc.id, doc.title, doc.published) == ("17", None, None)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-01-17T10:30:00+03:00", date(2025, 1, 17)),
        ("2025-01-17T23:30:00Z", date(2025, 1, 17)),  # the date as written, not converted
        ("2025-01-17 08:00", date(2025, 1, 17)),
    ],
)
def test_published_datetime_becomes_date(write, published: str, expected: date) -> None:
    doc = only_document(read_all(write("a.jsonl", line(text=TREATY, published=published))))
    assert doc.published == expected


def test_bom_and_crlf(write) -> None:
    content = "\ufeff" + line(text=TREATY).replace("\n", "\r\n") + line(text=MEETING).replace("\n", "\r\n")
    docs = read_all(write("windows.jsonl", content.encode("utf-8")))
    assert [d.text for d in docs] == [TREATY, MEETING]  # type: ignore[union-attr]


def test_text_from_escapes_is_nfc_normalized(write) -> None:
    # ensure_ascii escapes everything: the decomposed hamza only appears after JSON decoding.
    raw = json.dumps({"text": "ا\u0654علن الكرملين", "title": "ا\u0655يران"}) + "\n"
    doc = only_document(read_all(write("escaped.jsonl", raw)))
    assert (doc.text, doc.title) == ("أعلن الكرملين", "إيران")


def test_a_bad_line_does_not_stop_the_next_good_line(write) -> None:
    path = write("mixed.jsonl", line(text=TREATY) + '{"text": "موسكو" "id": 3}\n' + line(text=MEETING))
    first, bad, last = read_all(path)
    assert isinstance(first, Document) and first.text == TREATY
    assert bad == InputError(f"{path}:2", "invalid JSON: Expecting ',' delimiter (column 18)")
    assert isinstance(last, Document) and last.text == MEETING and last.id == "mixed-3"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (json.dumps([TREATY]), 'line is a JSON array, not an object with a "text" field'),
        (json.dumps(TREATY, ensure_ascii=False), "line is a JSON string, not an object"),
        (json.dumps({"body": TREATY}, ensure_ascii=False), 'missing the required "text" field'),
        (json.dumps({"text": 42}), '"text" must be a string, got a JSON number'),
        (json.dumps({"text": None}), '"text" is null'),
        (json.dumps({"text": ""}), '"text" is empty'),
        (json.dumps({"text": " \n "}), '"text" contains only whitespace'),
        (json.dumps({"text": "بوتين\u0000"}), "NUL character"),
        (json.dumps({"text": "بوتين \ud83d"}), "unpaired surrogate"),
        (json.dumps({"text": TREATY, "title": ["a"]}), '"title" must be a string, got a JSON array'),
        (json.dumps({"text": TREATY, "id": True}), '"id" must be a string or an integer, got a JSON boolean'),
        (json.dumps({"text": TREATY, "id": " "}), '"id" is empty'),
        (
            json.dumps({"text": TREATY, "published": "17/01/2025"}),
            "not an ISO 8601 date or datetime: '17/01/2025'",
        ),
        (json.dumps({"text": TREATY, "published": "2025-02-30"}), "not an ISO 8601 date"),
        (json.dumps({"text": TREATY, "published": 20250117}), '"published" must be an ISO 8601 string'),
        ("{", "invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
    ],
)
def test_bad_line(write, raw: str, reason: str) -> None:
    path = write("bad.jsonl", raw + "\n" + line(text=TALKS))
    error, good = read_all(path)
    assert isinstance(error, InputError), error
    assert error.origin == f"{path}:1"
    assert reason in error.reason
    assert isinstance(good, Document) and good.id == "bad-2"


def test_line_not_utf8_reports_offset_in_line(write) -> None:
    prefix = b'{"text": "'
    path = write("cp1256.jsonl", line(text=TREATY).encode() + prefix + MEETING.encode("cp1256") + b'"}\n')
    good, error = read_all(path)
    assert isinstance(good, Document)
    assert isinstance(error, InputError) and error.origin == f"{path}:2"
    assert f"not valid UTF-8 at byte offset {len(prefix)} of the line" in error.reason


def test_binary_jsonl_is_one_error(write) -> None:
    path = write("dump.jsonl", b"SQLite format 3\x00" + b"\x01\x02\n" * 50)
    assert "binary" in only_error(read_all(path)).reason


def test_line_over_max_bytes_is_skipped_and_reading_goes_on(write) -> None:
    long_line = line(text=TREATY * 40)
    size = len(long_line.encode("utf-8")) - 1
    path = write("long.jsonl", line(text=TREATY) + long_line + line(text=MEETING))
    first, error, last = read_all(path, max_bytes=2000)
    assert isinstance(error, InputError) and error.origin == f"{path}:2"
    assert f"line is {size:,} bytes, over the limit of 2,000 bytes" in error.reason
    assert isinstance(first, Document) and isinstance(last, Document) and last.id == "long-3"


def test_the_limit_is_per_line_not_per_file(write) -> None:
    path = write("big.jsonl", "".join(line(text=TREATY) for _ in range(50)))
    assert path.stat().st_size > 2000
    docs = read_all(path, max_bytes=2000)
    assert len(docs) == 50 and all(isinstance(d, Document) for d in docs)


def test_last_line_without_newline(write) -> None:
    doc = only_document(read_all(write("a.jsonl", line(text=TREATY).rstrip("\n"))))
    assert doc.text == TREATY
