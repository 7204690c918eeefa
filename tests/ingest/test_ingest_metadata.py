"""Metadata for plain text: a sidecar `NAME.json` or a front-matter block gives a `.txt` its title,
URL, date and outlet; bad metadata costs one line and the metadata, never the article."""

from __future__ import annotations

import json
from datetime import date

import pytest
from ingest_helpers import MEETING, TALKS, TREATY, only_document, only_error, read_all

from kg.ingest import ReadStats, read_corpus
from kg.rdf.article import article_graph
from kg.rdf.iris import Iris
from kg.rdf.namespaces import NIF
from kg.types import (
    AnnotatedDocument,
    Document,
    Entity,
    InputError,
    LinkedDocument,
    Mention,
    RunInfo,
    Sentence,
)

FRONT = (
    "---\n"
    "title: \"بوتين وبزشكيان يوقعان معاهدة\"\n"
    "url: https://example.org/news/1\n"
    "# the outlet, as it names itself\n"
    "published: 2025-01-17T10:30:00+03:00\n"
    "\n"
    "source: 'وكالة الأنباء'\n"
    "---\n"
)


def sidecar(**values: object) -> str:
    return json.dumps(values, ensure_ascii=False)


def split(records: list[Document | InputError]) -> tuple[list[InputError], Document]:
    docs = [r for r in records if isinstance(r, Document)]
    assert len(docs) == 1, records
    return [r for r in records if isinstance(r, InputError)], docs[0]


def test_sidecar_gives_the_article_its_metadata(write) -> None:
    article = write("news/a.txt", TREATY)
    write("news/a.json", sidecar(title="عنوان", url="https://example.org/a", published="2025-01-17",
                                 source="رويترز"))
    doc = only_document(read_all(article.parent))
    assert (doc.id, doc.text) == ("a", TREATY)
    assert (doc.title, doc.url, doc.published, doc.source) == (
        "عنوان", "https://example.org/a", date(2025, 1, 17), "رويترز")


def test_sidecar_datetime_keeps_the_date_as_written(write) -> None:
    write("a.json", sidecar(published="2025-01-17T23:30:00Z"))
    doc = only_document(read_all(write("a.txt", TREATY)))  # the .txt named alone still finds its sidecar
    assert doc.published == date(2025, 1, 17) and doc.title is None


def test_front_matter_is_metadata_and_not_article_text(write) -> None:
    doc = only_document(read_all(write("a.txt", FRONT + MEETING)))
    assert doc.text == MEETING
    assert (doc.title, doc.url, doc.published, doc.source) == (
        "بوتين وبزشكيان يوقعان معاهدة", "https://example.org/news/1", date(2025, 1, 17), "وكالة الأنباء")


def test_front_matter_with_crlf_and_bom(write) -> None:
    content = ("\ufeff" + FRONT + MEETING).replace("\n", "\r\n").encode("utf-8")
    doc = only_document(read_all(write("a.txt", content)))
    assert doc.text == MEETING.replace("\n", "\r\n") and doc.published == date(2025, 1, 17)


def test_offsets_into_the_stored_text_give_the_mention_back(write) -> None:
    # What NIF stores (nif:isString) is Document.text; a mention's offsets must slice it exactly,
    # and must be where the article itself puts the name, not shifted by the front matter.
    doc = only_document(read_all(write("a.txt", FRONT + MEETING)))
    name = "فلاديمير بوتين"
    start = MEETING.index(name)
    assert doc.text[start : start + len(name)] == name
    plain = only_document(read_all(write("b.txt", MEETING)))
    assert plain.text.index(name) == doc.text.index(name)


def test_nif_offsets_slice_the_stored_text_of_a_front_matter_article(write) -> None:
    doc = only_document(read_all(write("a.txt", FRONT + MEETING)))
    name = "فلاديمير بوتين"
    start = doc.text.index(name)
    mention = Mention(start, start + len(name), name, name, "PER", 0.99, 0)
    annotated = AnnotatedDocument(doc, (Sentence(0, 0, len(doc.text)),), (), (mention,), "test")
    linked = LinkedDocument(annotated, (Entity(key=name, kind="Person", label=name),))
    g = article_graph(linked, RunInfo("0", "test", "2025-01-17T00:00:00+00:00"), Iris())
    stored = str(next(g.objects(None, NIF.isString)))
    assert stored == MEETING  # the front matter is not stored as article text
    spans = [(int(b), int(e)) for n in g.subjects(NIF.anchorOf, None)
             for b in g.objects(n, NIF.beginIndex) for e in g.objects(n, NIF.endIndex)]
    assert [stored[b:e] for b, e in spans] == [name]


def test_a_text_that_only_starts_with_a_dash_rule_is_not_front_matter(write) -> None:
    text = "--- " + MEETING  # a dash rule on the same line as prose is no fence
    doc = only_document(read_all(write("a.txt", text)))
    assert doc.text == text and doc.published is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "invalid JSON"),
        ('["2025-01-17"]', "not an object"),
        (sidecar(published="17/01/2025"), "not an ISO 8601 date"),
        (sidecar(date="2025-01-17"), "unknown key 'date'"),
        (sidecar(title=7), '"title" must be a string'),
    ],
)
def test_bad_sidecar_is_one_line_and_the_article_is_read_without_it(write, content: str, reason: str) -> None:
    article = write("a.txt", TREATY)
    bad = write("a.json", content)
    stats = ReadStats()
    errors, doc = split(list(read_corpus([article.parent], stats=stats)))
    assert len(errors) == 1 and errors[0].origin == str(bad), errors
    assert reason in errors[0].reason and "\n" not in str(errors[0])
    assert "a.txt is read without this metadata" in errors[0].reason
    assert doc.text == TREATY and (doc.title, doc.published) == (None, None)
    assert (stats.documents, stats.errors) == (1, 1)


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("---\ndate: 2025-01-17\n---\n", "line 2: unknown key 'date'"),
        ("---\npublished: yesterday\n---\n", "not an ISO 8601 date"),
        ("---\npublished: 2025-01-17\npublished: 2025-01-18\n---\n", "line 3: 'published' given twice"),
    ],
)
def test_bad_front_matter_is_one_line_and_the_block_is_still_not_text(write, front: str, reason: str) -> None:
    path = write("a.txt", front + TALKS)
    errors, doc = split(read_all(path))
    assert len(errors) == 1 and errors[0].origin == str(path)
    assert reason in errors[0].reason and "read without this metadata" in errors[0].reason
    assert doc.text == TALKS and doc.published is None


def test_a_block_with_prose_lines_is_reported_and_the_file_kept_whole(write) -> None:
    text = "---\n" + MEETING + "\n---\n" + TALKS  # a "---" rule above and below prose: no words lost
    errors, doc = split(read_all(write("a.txt", text)))
    assert "line 2: expected 'key: value'" in errors[0].reason and "read as it is" in errors[0].reason
    assert doc.text == text and doc.published is None


def test_sidecar_values_are_nfc_like_the_text(write) -> None:
    write("a.json", json.dumps({"title": "ا\u0654علن", "source": "  رويترز "}))
    doc = only_document(read_all(write("a.txt", TREATY)))
    assert (doc.title, doc.source) == ("أعلن", "رويترز")


def test_unclosed_front_matter_leaves_the_file_as_it_is(write) -> None:
    text = "---\ntitle: x\n" + TALKS
    errors, doc = split(read_all(write("a.txt", text)))
    assert "no closing '---' line" in errors[0].reason
    assert doc.text == text and doc.title is None


def test_front_matter_without_article_is_an_error(write) -> None:
    err = only_error(read_all(write("a.txt", "---\ntitle: x\n---\n\n")))
    assert err.reason == "no article text after the front matter"


def test_front_matter_wins_over_a_sidecar_and_the_sidecar_is_named(write) -> None:
    path = write("a.txt", FRONT + MEETING)
    side = write("a.json", sidecar(published="2020-01-01"))
    errors, doc = split(read_all(path))
    assert [e.origin for e in errors] == [str(side)] and "front matter" in errors[0].reason
    assert doc.published == date(2025, 1, 17)


def test_sidecar_json_is_not_read_as_an_article(write) -> None:
    write("a.txt", TREATY)
    write("a.json", sidecar(published="2025-01-17"))
    write("b.jsonl", json.dumps({"text": TALKS, "id": "b"}) + "\n")
    stats = ReadStats()
    docs = list(read_corpus([write("c.txt", MEETING).parent], stats=stats))
    assert sorted(d.id for d in docs if isinstance(d, Document)) == ["a", "b", "c"]
    assert all(isinstance(d, Document) for d in docs)
    assert stats.skipped == []  # a sidecar is read with its .txt, not skipped as an unknown file


def test_a_lone_json_file_in_a_folder_is_skipped_not_read(write) -> None:
    stray = write("news/export.json", json.dumps({"text": TREATY}))
    write("news/a.txt", MEETING)
    stats = ReadStats()
    docs = list(read_corpus([stray.parent], stats=stats))
    assert [d.id for d in docs] == ["a"]  # type: ignore[union-attr]
    assert stats.skipped == [str(stray)]


def test_a_json_file_named_explicitly_is_refused_with_the_reason(write) -> None:
    write("a.txt", TREATY)
    err = only_error(read_all(write("a.json", sidecar(published="2025-01-17"))))
    assert "not an article" in err.reason and "sidecar" in err.reason
