"""A monarch's name with its regnal ordinal after a royal title is a person, on composed sentences."""

from __future__ import annotations

import pytest
from link_fixtures import linked_mentions

from kg.link.resolve import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def mentions(linker: Linker, text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    return [(m.text, m.ner_type) for m in linked_mentions(linker, text, *spans)]


@pytest.mark.parametrize(("text", "name"), [
    ("وزار القصر الملك غوستافو الرابع عام 1900.", "غوستافو الرابع"),
    ("وأكدت الملكة ماريانا الثانية في خطابها أن البلاد قوية.", "ماريانا الثانية"),
    ("وبارك البابا فرانشيسكو بولس السادس عشر الحجاج.", "فرانشيسكو بولس السادس عشر"),
])
def test_a_name_and_its_ordinal_after_a_royal_title_are_a_person(linker, text, name):
    assert (name, "PER") in mentions(linker, text)


def test_a_misc_span_over_the_title_and_the_name_gives_way_to_the_person(linker):
    text = "ونزل بالفندق كل من فلان الفلاني، والملكة ماريانا الثانية، وغيرهما."
    got = mentions(linker, text, ("والملكة ماريانا الثانية", "MISC"))
    assert ("ماريانا الثانية", "PER") in got and ("والملكة ماريانا الثانية", "MISC") not in got


@pytest.mark.parametrize("text", [
    "وكانت زيارة الملك غوستافو الثانية للبلاد ناجحة.",  # a feminine ordinal after a king: the visit's
    "وتأهل الفريق للمرة الثانية إلى النهائي.",  # no royal title
    "وقال الأمير في الجلسة الأولى إن المشروع ناجح.",  # a preposition and a definite noun, no name
])
def test_no_person_without_a_royal_title_a_name_and_an_agreeing_ordinal(linker, text):
    assert [m for m in mentions(linker, text) if m[1] == "PER"] == []
