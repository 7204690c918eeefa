"""A byline that opens a paragraph (`NAME- OUTLET- CITY:`) gives a reporter, an outlet and a city, on composed
news openings in the raw corpus's byline shape."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def typed(got):
    return {(label, ner_type) for _, label, ner_type, _ in got}


def test_a_city_the_ner_ran_into_the_outlet_is_a_place_and_the_outlet_an_organization(linker):
    text = "سامي الحداد- سبق- الطائف: أعلن مدير التعليم عن خطة جديدة."
    got = typed(found(linker, text, ("سامي الحداد", "PER"), ("سبق- الطائف", "PER")))
    assert {("سامي الحداد", "PER"), ("سبق", "ORG"), ("الطائف", "LOC")} <= got
    assert not any("-" in label for label, _ in got)


def test_the_reporter_is_a_person_where_the_ner_missed_him(linker):
    got = typed(found(linker, "فلان الفلاني - سبق - جدة: رصدت الدوريات حركة كثيفة."))
    assert {("فلان الفلاني", "PER"), ("سبق", "ORG"), ("جدة", "LOC")} <= got


def test_a_desk_word_after_the_outlet_is_no_place(linker):
    got = typed(found(linker, "سامي الحداد- سبق- متابعة: أعلنت الوزارة نتائج الاختبارات.", ("سبق- متابعة", "ORG")))
    assert ("سبق", "ORG") in got
    assert not any(label == "متابعة" for label, _ in got)


def test_an_outlet_and_a_city_without_a_reporter_are_a_byline(linker):
    got = typed(found(linker, "سبق- الرياض: أقامت الجمعية حفلها السنوي."))
    assert {("سبق", "ORG"), ("الرياض", "LOC")} <= got


def test_a_city_before_an_agency_is_no_outlet(linker):
    got = typed(found(linker, "الرياض- واس: أعلنت الوزارة نتائج الاختبارات.", ("الرياض", "LOC")))
    assert ("الرياض", "ORG") not in got


def test_a_dash_inside_a_sentence_is_no_byline(linker):
    got = typed(found(linker, "وقال سامي الحداد إن الاتفاق - وهو الأول - نص على ما يلي: التعاون.",
                      ("سامي الحداد", "PER")))
    assert got == {("سامي الحداد", "PER")}
