"""Random and mutated input files: every file or line becomes a storable Document or one clear error (issue 15, item 8).

Hypothesis writes folders of `.txt` files (random bytes, or Arabic text with mutated front
matter and sidecar `.json`) and `.jsonl` files (valid records mutated field by field and byte
by byte: wrong types, surrogate escapes, NUL, control characters, long lines, truncation, BOMs,
CR/LF mixes). `read_corpus` must yield, never raise; each error names its input in one line;
each Document keeps its invariants (non-empty text, no NUL, valid UTF-8, NFC for .txt) and
goes through kg's RDF stage and into a store as `kg build` would write it (no NLP: no
mentions), so nothing the reader accepts is refused later for want of an IRI or a literal.

Bounded and derandomized (tests/conftest.py profiles); KG_FUZZ_SCALE multiplies the examples.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import read_corpus
from kg.rdf.article import article_triples, provenance_triples
from kg.rdf.iris import Iris
from kg.store.oxigraph import OxigraphStore
from kg.types import AnnotatedDocument, Document, InputError, LinkedDocument, RunInfo

pytestmark = pytest.mark.fuzz

SCALE = float(os.environ.get("KG_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=int(120 * SCALE), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
IRIS = Iris()
RUN = RunInfo(tool_version="0.0-fuzz", model="kg-ar-fuzz", started="2025-01-17T10:00:00+00:00")
ARABIC = "اجتمع وزير الخارجية المصري مع نظيره السعودي في الرياض يوم الأحد لبحث العلاقات الثنائية."

_text = st.text(max_size=80)  # any code point, surrogates included (JSON can escape them)
_value = st.one_of(
    st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True), _text,
    st.sampled_from(["2025-01-17", "2025-02-30", "2025-01-17T10:00:00+03:00", "17/01/2025", "", " ",
                     "https://news.example.com/a b", "javascript:alert(1)", "http://", "https://e/\u202e",
                     "<>", "\x00", "\ud800", "http://ex.org/" + "x" * 3000]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
_KEYS = st.sampled_from(["id", "text", "title", "url", "published", "source", "extra", "TEXT", ""])


@st.composite
def jsonl_line(draw) -> bytes:
    record: dict[str, object] = {"id": draw(st.one_of(st.text(max_size=20), st.integers(), st.none())),
                                 "text": draw(st.one_of(st.just(ARABIC), _text))}
    for _ in range(draw(st.integers(0, 4))):
        record[draw(_KEYS)] = draw(_value)
    line = json.dumps(record, ensure_ascii=draw(st.booleans()), allow_nan=True).encode("utf-8", "surrogatepass")
    return _mutate(draw, line)


def _mutate(draw, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(buf)))
        op = draw(st.sampled_from(["cut", "insert", "replace", "none", "none"]))
        if op == "cut":
            del buf[at:]
        elif op == "insert":
            buf[at:at] = draw(st.sampled_from([b"\x00", b"\xff", b"\xef\xbb\xbf", b"\r", b"\n", b"\\u0000",
                                               b"\\ud83d", b'"', b"{", b"}", b",", b"\xd8", "\u2028".encode()]))
        elif op == "replace" and at < len(buf):
            buf[at] = draw(st.integers(0, 255))
    return bytes(buf)


@st.composite
def txt_file(draw) -> tuple[bytes, bytes | None]:
    """(the .txt bytes, the sidecar .json bytes or None)."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=300)), None
    body = draw(st.one_of(st.just(ARABIC), _text)).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        lines = [f"{draw(_KEYS)}: {draw(_value)}" for _ in range(draw(st.integers(0, 4)))]
        body = ("---\n" + "\n".join(lines) + draw(st.sampled_from(["\n---\n", "\n", "\r\n---\r\n"]))).encode(
            "utf-8", "surrogatepass") + body
    sidecar = None
    if draw(st.booleans()):
        meta = {draw(_KEYS): draw(_value) for _ in range(draw(st.integers(0, 4)))}
        sidecar = _mutate(draw, json.dumps(meta, allow_nan=True).encode("utf-8", "surrogatepass"))
    return _mutate(draw, body), sidecar


@st.composite
def corpora(draw) -> dict[bytes, bytes]:
    """File names (bytes: not always UTF-8) and contents."""
    files: dict[bytes, bytes] = {}
    for i in range(draw(st.integers(1, 4))):
        text, sidecar = draw(txt_file())
        name = draw(st.sampled_from([f"a{i}", f"خبر {i}", f"x.{i}", f"-{i}", f"a{i} (copy)", f"\u200fb{i}"])).encode()
        if draw(st.integers(0, 9)) == 0:
            name += draw(st.sampled_from([b"\xff", b"\xd8", b"\xed\xa0\x80", b"\xc0\xaf"]))
        files[name + b".txt"] = text
        if sidecar is not None:
            files[name + b".json"] = sidecar
    for i in range(draw(st.integers(0, 2))):
        sep = draw(st.sampled_from([b"\n", b"\r\n", b"\n\n", b"\r"]))
        stem = f"feed{i}".encode() + (b"\xfe" if draw(st.integers(0, 9)) == 0 else b"")
        files[stem + b".jsonl"] = sep.join(draw(st.lists(jsonl_line(), min_size=0, max_size=6)))
    return files


def _store_as_build_does(store: OxigraphStore, doc: Document) -> None:
    linked = LinkedDocument(AnnotatedDocument(doc, (), (), (), RUN.model), ())
    graph = str(IRIS.article_graph_iri(doc))
    store.write_article(graph, list(article_triples(linked, RUN, IRIS)),
                        provenance_graph=str(IRIS.provenance_graph_iri),
                        provenance=list(provenance_triples(linked, RUN, IRIS)))
    assert store.article_hash(graph) == doc.text_hash


@FUZZ
@given(files=corpora())
def test_every_file_or_line_becomes_a_storable_document_or_one_clear_error(files):
    folder = Path(tempfile.mkdtemp(prefix="kg-ingest-fuzz-"))
    try:
        for name, data in files.items():
            with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
                fh.write(data)
        items = list(read_corpus([folder], max_bytes=2_000))
        store = OxigraphStore()
        for item in items:
            if isinstance(item, InputError):
                assert item.origin and item.reason.strip(), item
                item.origin.encode("utf-8")  # printable: no surrogate escapes from undecodable names
                assert "\n" not in item.reason and "Traceback" not in item.reason, item
                continue
            assert isinstance(item, Document)
            assert item.id and item.text.strip() and "\x00" not in item.text
            item.origin.encode("utf-8")
            item.text.encode("utf-8")  # no lone surrogates
            for value in (item.id, item.title, item.url, item.source):
                if value is not None:
                    value.encode("utf-8")
            if item.origin.endswith(".txt"):
                assert unicodedata.is_normalized("NFC", item.text)
            ox.NamedNode(str(IRIS.article(item)))
            _store_as_build_does(store, item)
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_rdflib_is_what_article_triples_returns():
    """The fuzz test above stores `article_triples`' output as the build does; keep them in step."""
    doc = Document(id="x", text=ARABIC, origin="x.txt")
    triples = article_triples(LinkedDocument(AnnotatedDocument(doc, (), (), (), RUN.model), ()), RUN, IRIS)
    assert any(isinstance(o, rdflib.Literal) and str(o) == ARABIC for _, _, o in triples)


# -- what the fuzzing found, as regression tests ----------------------------------------------------

def test_a_jsonl_id_with_an_unpaired_surrogate_is_one_clear_error(tmp_path):
    """Found by the fuzzer: `"id": "a\\ud800"` was accepted, and hashing the id for the article IRI
    (UTF-8) then raised UnicodeEncodeError. Now the line is an InputError, as for the other fields."""
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a\ud800", "text": ARABIC}) + "\n" + json.dumps({"text": ARABIC}) + "\n",
                    encoding="utf-8")
    bad, good = read_corpus([path])
    assert isinstance(bad, InputError) and bad.origin == f"{path}:1"
    assert '"id" contains an unpaired surrogate' in bad.reason
    assert isinstance(good, Document) and good.id == "feed-2"


def test_a_file_name_that_is_not_utf8_is_one_clear_error(tmp_path):
    """Found while extending the fuzzer to file names: `\\xff\\xfe news.txt` became a Document whose id held surrogate
    escapes, and hashing the id for the article IRI raised UnicodeEncodeError."""
    with open(os.path.join(os.fsencode(tmp_path), b"\xff\xfe news.txt"), "wb") as fh:
        fh.write(ARABIC.encode())
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    items = list(read_corpus([tmp_path]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.id for d in items if isinstance(d, Document)] == ["good"]
    assert len(errors) == 1 and "not valid UTF-8" in errors[0].reason and "rename" in errors[0].reason
    assert errors[0].origin.endswith("\\xff\\xfe news.txt")  # shown, not a surrogate escape

