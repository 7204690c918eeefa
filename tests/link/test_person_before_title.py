"""A name written right before an indefinite title head is a person, on composed sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Sentence


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def persons(linker: Linker, text: str) -> list[tuple[str, str]]:
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), (), "t")
    return [(m.text, m.source) for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"]


@pytest.mark.parametrize(("text", "name"), [
    ("توقع سامي الحداد وزير النفط ارتفاع الأسعار.", "سامي الحداد"),
    ("كشف علي حسن فلان وزير الخارجية الأسبق أن المحادثات جرت.", "علي حسن فلان"),
    ("وأوضح خالد الفلاني سفير المملكة لدى اليابان أن الزيارة ناجحة.", "خالد الفلاني"),
])
def test_a_given_name_and_its_family_name_before_a_title_head_are_a_person(linker, text, name):
    assert (name, "pattern") in persons(linker, text)


@pytest.mark.parametrize("text", [
    "وقال إن عليه رئيس الجمهورية أن يحسم الأمر.",  # a preposition with a pronoun, no given name
    "وصل سامي إلى الرياض ووزير الخارجية معه.",  # no title head right after the name's words
    "وأكد سامي أن المدير العام سيحضر.",  # a definite head is no title in apposition here
    "ويبقى سامي في منصبه رئيس الوزراء.",  # a preposition between the name and the title
])
def test_no_person_is_made_without_a_name_right_before_an_indefinite_title_head(linker, text):
    assert [n for n, source in persons(linker, text) if source == "pattern" and n.startswith("سامي")] == []
    assert ("عليه", "pattern") not in persons(linker, text)
