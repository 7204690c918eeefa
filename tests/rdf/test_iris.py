"""IRIs: content-derived, order-independent, and parseable back."""

from __future__ import annotations

import hashlib

import pytest
from rdf_fixtures import MOSCOW, PUTIN, RUN, TEXT, make_document, make_linked

from kg.rdf.iris import DEFAULT_BASE, Iris, ParsedIri, short_hash
from kg.types import Entity, RunInfo


def sha16(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def test_article_iri_hashes_the_url_when_there_is_one(iris: Iris) -> None:
    doc = make_document()
    h = sha16(doc.url or "")
    assert str(iris.article(doc)) == f"{DEFAULT_BASE}article/{h}"
    assert str(iris.article_graph_iri(doc)) == f"{DEFAULT_BASE}graph/article/{h}"


def test_article_iri_falls_back_to_the_text_hash(iris: Iris) -> None:
    doc = make_document(url=None)
    assert str(iris.article(doc)) == f"{DEFAULT_BASE}article/{sha16(TEXT)}"
    assert iris.article_id(doc) == doc.text_hash[:16]


def test_same_url_same_article_even_if_the_text_changed(iris: Iris) -> None:
    """An updated article replaces its old graph instead of living next to it."""
    assert iris.article(make_document()) == iris.article(make_document(text=TEXT + " تحديث"))


def test_entity_iri_depends_only_on_kind_and_key(iris: Iris) -> None:
    assert str(iris.entity(PUTIN)) == f"{DEFAULT_BASE}entity/person/{sha16(PUTIN.key)}"
    relabelled = Entity(key=PUTIN.key, kind="Person", label="بوتين", qid=None)
    assert iris.entity(relabelled) == iris.entity(PUTIN)
    as_place = Entity(key=PUTIN.key, kind="Place", label=PUTIN.label)
    assert iris.entity(as_place) != iris.entity(PUTIN)
    assert iris.entity_iri("Thing", "ايراني").startswith(f"{DEFAULT_BASE}entity/thing/")


def test_nif_iris_are_offset_based(iris: Iris) -> None:
    linked = make_linked()
    doc = linked.document
    article = iris.article(doc)
    mention = linked.annotated.mentions[0]
    assert str(iris.mention(doc, mention)) == f"{article}#offset_{mention.start}_{mention.end}"
    assert str(iris.context(doc)) == f"{article}#offset_0_{len(TEXT)}"
    sentence = linked.annotated.sentences[1]
    assert str(iris.sentence(doc, sentence)) == f"{article}#offset_{sentence.start}_{sentence.end}"


def test_activity_is_stable_and_changes_with_version_or_model(iris: Iris) -> None:
    doc = make_document()
    assert iris.activity(doc, RUN) == iris.activity(doc, RunInfo("0.1.0", "kg-ar-1", "2030-01-01T00:00:00Z"))
    assert iris.activity(doc, RUN) != iris.activity(doc, RunInfo("0.2.0", "kg-ar-1", RUN.started))
    assert iris.activity(doc, RUN) != iris.activity(doc, RunInfo("0.1.0", "kg-ar-2", RUN.started))
    assert str(iris.activity(doc, RUN)).startswith(f"{DEFAULT_BASE}activity/")
    assert str(iris.provenance_graph_iri) == f"{DEFAULT_BASE}graph/provenance"


@pytest.mark.parametrize(
    "base", ["https://kg.example.org", "kg.example.org/", "https://a b/", "https://x#y#"]
)
def test_bad_base_is_refused(base: str) -> None:
    with pytest.raises(ValueError):
        Iris(base)


def test_hash_base_keeps_a_single_fragment() -> None:
    iris = Iris("https://kg.example.org/data#")
    linked = make_linked()
    mention = iris.mention(linked.document, linked.annotated.mentions[0])
    assert str(mention).count("#") == 1
    assert iris.parse(mention) == ParsedIri(
        "offset",
        f"{iris.article_id(linked.document)}_{linked.annotated.mentions[0].start}_"
        f"{linked.annotated.mentions[0].end}",
    )


@pytest.mark.parametrize("base", [DEFAULT_BASE, "https://data.example.net/kg#"])
def test_parse_inverts_every_kind_of_iri(base: str) -> None:
    iris = Iris(base)
    linked = make_linked()
    doc = linked.document
    h = iris.article_id(doc)
    cases = {
        iris.article(doc): ParsedIri("article", h),
        iris.article_graph_iri(doc): ParsedIri("article-graph", h),
        iris.provenance_graph_iri: ParsedIri("provenance-graph", "provenance"),
        iris.activity(doc, RUN): ParsedIri("activity", str(iris.activity(doc, RUN)).rsplit("/", 1)[1]),
        iris.entity(MOSCOW): ParsedIri("entity", f"place/{short_hash(MOSCOW.key)}"),
        iris.context(doc): ParsedIri("offset", f"{h}_0_{len(TEXT)}"),
        iris.agent("0.1.0+local/7"): ParsedIri("agent", "kg/0.1.0+local/7"),
        iris.model("stanza ar/v1"): ParsedIri("model", "stanza ar/v1"),
    }
    for iri, expected in cases.items():
        assert iris.parse(iri) == expected, iri
        kind, id_ = expected
        assert iris.build(kind, id_) == iri


@pytest.mark.parametrize(
    "iri",
    [
        "https://other.example.org/article/0123456789abcdef",
        f"{DEFAULT_BASE}article/not-a-hash",
        f"{DEFAULT_BASE}entity/person/0123456789abcdef/extra",
        f"{DEFAULT_BASE}graph/other",
        f"{DEFAULT_BASE}",
    ],
)
def test_parse_rejects_iris_that_are_not_ours(iri: str) -> None:
    assert Iris().parse(iri) is None
