"""A woman named by her family name after a feminine verb of saying is a person, on composed sentences."""

from __future__ import annotations

import pytest
from link_fixtures import persons

from kg.link.resolve import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


@pytest.mark.parametrize("text", [
    "وقالت الحدادي إن الوزارة ستطلق برنامجا جديدا.",
    "وأوضحت الفلاني أن المشروع سينطلق قريبا.",
    "وأضافت الحدادي: نحن مستعدون.",
    "وأكدت الحدادي في تصريح صحفي أن الموسم كان ناجحا.",
])
def test_a_definite_masculine_nisba_after_a_feminine_verb_of_saying_is_a_woman_s_family_name(linker, text):
    assert persons(linker, text) == [text.split()[1].rstrip(":")]


def test_a_word_that_goes_on_into_a_longer_name_is_no_speaker(linker):
    # a company or body written as a masculine nisba takes the feminine verb too: its name goes on
    assert persons(linker, "وأعلنت الحدادي الفرنسية كابيتال تعيين مدير جديد.") == []


def test_a_feminine_word_is_no_family_name(linker):
    assert persons(linker, "وقالت الحكومية إن الاتفاق قريب.") == []


def test_after_a_masculine_verb_of_saying_the_family_name_needs_the_reported_clause_right_after_it(linker):
    # by its form alone; a family name of the raw news (family_names.tsv: الحدادي) is a person after any verb
    # of saying (kg.link.person_family_names)
    assert persons(linker, "وأوضح الفلاني أن الاتفاق قريب.") == ["الفلاني"]
    assert persons(linker, "وأوضح الفلاني، أن الاتفاق قريب.") == []
    assert persons(linker, "وقال الفلاني في بيان إن الاتفاق قريب.") == []


@pytest.mark.parametrize("word", ["المحامي", "الأهالي", "النادي", "القاضي"])
def test_an_occupation_a_group_or_a_body_in_ي_speaks_as_a_common_noun(linker, word):
    assert persons(linker, f"وقال {word} إن القرار تعسفي.") == []
    assert persons(linker, f"وأكدت {word} أن القرار تعسفي.") == []


def test_a_verb_that_takes_a_person_as_object_gives_no_speaker(linker):
    # دعت الأهالي إلى: the broken plural is the object of the call, not its speaker
    assert persons(linker, "ودعت الأهالي إلى الخروج من المنطقة.") == []
