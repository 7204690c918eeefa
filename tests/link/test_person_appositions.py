"""Names set off by commas after a title phrase, after an engineer's abbreviation, a stacked rank or a tagged body, on
composed Arabic news sentences."""

from __future__ import annotations

import pytest
from link_fixtures import linked_persons as persons

from kg.link.resolve import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def test_a_name_between_commas_after_a_minister_s_title_is_a_person(linker):
    text = "وأفاد وزير الفلاحة، سعد بن عبدالله الحداد، بعد ظهر اليوم أن المحصول زاد."
    assert persons(linker, text) == [("سعد بن عبدالله الحداد", "pattern")]


def test_a_name_between_commas_after_a_long_title_phrase_is_a_person(linker):
    text = "وفق ما أكده المكلف بالإعلام بوزارة الشؤون الدينية، سامي الحداد، الذي أشار إلى ذلك."
    assert persons(linker, text) == [("سامي الحداد", "pattern")]


def test_a_name_after_a_comma_and_closed_by_the_reported_clause_is_a_person(linker):
    text = "وقال آمر المطار، فهد الحربي إن الرحلات عادت."
    assert persons(linker, text) == [("فهد الحربي", "pattern")]


def test_a_prepositional_phrase_between_commas_after_a_title_is_no_person(linker):
    text = "وقال رئيس الحكومة، في تصريح صحفي، إن الموسم جيد."
    assert persons(linker, text) == []


def test_a_name_after_a_comma_that_a_clause_opens_is_no_apposition(linker):
    text = "وقال الوزير إن الحكومة، سامي الحداد، تعمل."
    assert persons(linker, text) == []


def test_a_name_after_a_comma_and_a_person_is_no_apposition_of_the_title(linker):
    text = "وحضر الأمير سامي الحداد، فهد الحربي، الحفل."
    assert persons(linker, text, ("سامي الحداد", "PER")) == [("سامي الحداد", "ner")]


def test_the_engineer_s_abbreviation_opens_a_name(linker):
    text = "وقال مدير البلدية م. سامي الحداد إن المشروع اكتمل."
    assert persons(linker, text) == [("سامي الحداد", "pattern")]


def test_the_era_after_a_year_opens_no_name(linker):
    text = "وبلغ الإنتاج في عام 2015 م. سامي الحداد كان هناك."
    assert persons(linker, text) == []


def test_a_rank_after_a_title_phrase_opens_its_own_name(linker):
    text = "وقال قائد المنطقة الجنوبية اللواء الركن سعد بن عبدالله الحداد إن الوضع آمن."
    assert persons(linker, text) == [("سعد بن عبدالله الحداد", "pattern")]


def test_a_first_rank_and_its_qualifier_are_no_name(linker):
    text = "وقال رئيس هيئة الأركان العامة الفريق أول ركن عبدالرحمن الحداد إن الوضع آمن."
    assert persons(linker, text) == [("عبدالرحمن الحداد", "pattern")]


def test_a_name_after_a_title_and_the_body_the_ner_tagged_is_a_person(linker):
    text = "وقال رئيس الجمعية التونسية للأطباء سامي الحداد إن الإضراب مستمر."
    assert persons(linker, text, ("الجمعية التونسية للأطباء", "ORG")) == [("سامي الحداد", "pattern")]
