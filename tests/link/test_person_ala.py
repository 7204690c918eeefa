"""A person's span ends before the preposition على the NER ran into, on composed sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Mention, Sentence


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def persons(linker: Linker, text: str, span: str) -> list[str]:
    start = text.index(span)
    ner = (Mention(start, start + len(span), span, span, "PER", 0.9, 0),)
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), ner, "t")
    return [m.text for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"]


def test_the_preposition_ala_and_its_object_are_cut_from_a_person(linker):
    text = "وكتب سامي الحداد على تويتر أن الاتفاق قريب."
    assert persons(linker, text, "سامي الحداد على تويتر") == ["سامي الحداد"]


def test_a_trailing_ala_is_cut_from_a_person(linker):
    text = "وتم تعيين فلان بن سامي الحداد على وظيفة مدير عام."
    assert persons(linker, text, "فلان بن سامي الحداد على") == ["فلان بن سامي الحداد"]


@pytest.mark.parametrize("text,span", [
    ("ونشر الوزير صورة على تويتر أمس.", "على تويتر"),
    ("وعلق الدكتور سامي الحداد على القرار قائلا إنه صائب.", "على القرار"),
])
def test_a_span_that_opens_on_the_preposition_ala_is_no_person(linker, text, span):
    assert span not in persons(linker, text, span)


@pytest.mark.parametrize("text,span", [
    ("وحضر مدير المؤسسة على الرفاعى الاجتماع.", "على الرفاعى"),  # Egyptian spelling of علي الرفاعي
    ("وقال محمد على حسن إن الاتفاق قريب.", "محمد على حسن"),
    ("وقال المتحدث باسم الوزارة السفير على الشامخ في تصريح إن الاتفاق قريب.", "على الشامخ"),
])
def test_ala_written_for_the_name_ali_before_a_name_stays_in_the_person(linker, text, span):
    assert persons(linker, text, span) == [span]
