"""One Resources object per process, handed on explicitly: what it links with is what it holds."""

from __future__ import annotations

import pickle

from kg.extract import Ref
from kg.extract.text import DocView
from kg.link.kb import KBEntry, KnowledgeBase, SourceRef, default_kb
from kg.link.resolve import link
from kg.link.resources import Resources
from kg.types import AnnotatedDocument, Document, Mention, Sentence


def _doc(text: str, surface: str) -> AnnotatedDocument:
    start = text.index(surface)
    mention = Mention(start, start + len(surface), surface, surface, "LOC", 0.9, 0)
    return AnnotatedDocument(Document("t", text, "test"), (Sentence(0, 0, len(text)),), (), (mention,), "test")


def _cedarland() -> Resources:
    ref = (SourceRef("test", "1", "name", "CC0"),)
    return Resources.from_kb(KnowledgeBase((
        KBEntry("country:XX", "Country", None, ("بلاد الأرز",), ("Cedarland",), sources=ref),
    )))


def test_the_default_resources_are_one_object_over_the_shipped_kb():
    assert Resources.default() is Resources.default()
    assert Resources.default().kb is default_kb()
    assert Resources.default().linker.kb is default_kb()


def test_linking_uses_the_resources_it_is_given_not_the_shipped_kb():
    doc = _doc("وصل الوفد إلى بلاد الأرز أمس.", "بلاد الأرز")
    (own,) = link(doc, resources=_cedarland()).entities
    (shipped,) = link(doc).entities
    assert own.kb_id == "country:XX" and own.kind == "Country"
    assert shipped.kb_id is None


def test_extraction_reads_the_kb_and_gazetteer_of_the_resources_it_is_given():
    resources = _cedarland()
    linked = link(_doc("وصل الوفد إلى بلاد الأرز أمس.", "بلاد الأرز"), resources=resources)
    view = DocView(linked, resources=resources)
    assert view.kb is resources.kb and view.gazetteer is resources.gazetteer
    assert view.kb_entry(Ref(linked.entities[0])) is resources.kb["country:XX"]


def test_the_default_resources_arrive_in_another_process_as_its_own_default():
    assert pickle.loads(pickle.dumps(Resources.default())) is Resources.default()
