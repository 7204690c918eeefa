"""Local administrations named after their place are bodies, and the unknown items of a list of places are places,
on composed sentences of local news."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def typed(got, ner_type):
    return [label for _, label, t, _ in got if t == ner_type]


def test_a_municipality_after_a_known_region_is_one_body(linker):
    got = found(linker, "وأعلنت أمانة منطقة الرياض عن مشروع جديد للطرق.")
    assert typed(got, "ORG") == ["أمانة منطقة الرياض"]
    assert typed(got, "LOC") == []


def test_a_municipality_after_a_governorate_the_tagger_found_is_one_body(linker):
    got = found(linker, "وقامت بأمانة محافظة الفلاحة أعمال الصيانة.", ("الفلاحة", "LOC"))
    assert typed(got, "ORG") == ["أمانة محافظة الفلاحة"]


def test_the_holy_capitals_municipality_is_a_body(linker):
    assert typed(found(linker, "وأوضحت أمانة العاصمة المقدسة أن العمل مستمر."), "ORG") == ["أمانة العاصمة المقدسة"]


def test_a_regions_emirate_is_a_body_and_an_emirate_by_its_bare_name_stays_a_place(linker):
    assert typed(found(linker, "وأعلنت إمارة منطقة الرياض بدء الحملة."), "ORG") == ["إمارة منطقة الرياض"]
    assert typed(found(linker, "ووصل الوفد إلى إمارة دبي أمس."), "ORG") == []


def test_an_education_department_named_after_its_town_is_one_body(linker):
    got = found(linker, "وقال مدير إدارة تعليم الفلاحة إن الدراسة تبدأ غدا.", ("الفلاحة", "LOC"))
    assert typed(got, "ORG") == ["إدارة تعليم الفلاحة"]
    got = found(linker, "وأعلنت إدارة التعليم بمحافظة الفلاحة النتائج.", ("الفلاحة", "LOC"))
    assert typed(got, "ORG") == ["إدارة التعليم بمحافظة الفلاحة"]


def test_a_trust_or_a_secretariat_with_no_place_is_no_local_body(linker):
    assert typed(found(linker, "وقال إن هذه أمانة في أعناقنا جميعا."), "ORG") == []


def test_the_unknown_towns_of_a_list_of_places_are_places(linker):
    text = "وشملت الزيارات المستشفيات في الرياض، والفلاحة، ورأس الفلاح، والطائف، والعقيلة، حيث قدمت الهدايا."
    got = found(linker, text, ("الرياض", "LOC"), ("الطائف", "LOC"))
    assert typed(got, "LOC") == ["الرياض", "الفلاحة", "رأس الفلاح", "الطائف", "العقيلة"]


def test_a_list_with_one_place_or_a_clause_after_it_gains_no_place(linker):
    assert typed(found(linker, "وزار الوفد الرياض، والفلاحة.", ("الرياض", "LOC")), "LOC") == ["الرياض"]
    text = "وزار الوفد الرياض والطائف، وأكد الوزير أن الزيارة ناجحة."
    assert typed(found(linker, text, ("الرياض", "LOC"), ("الطائف", "LOC")), "LOC") == ["الرياض", "الطائف"]
    text = "وزار الوفد الرياض والطائف والمحافظات الأخرى."
    assert typed(found(linker, text, ("الرياض", "LOC"), ("الطائف", "LOC")), "LOC") == ["الرياض", "الطائف"]
