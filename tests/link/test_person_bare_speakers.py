"""A bare family name after a verb of saying, closed by the reported clause, is a person: composed sentences."""

from __future__ import annotations

import pytest
from link_fixtures import persons

from kg.link.resolve import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


@pytest.mark.parametrize("text, name", [
    ("وقال فلانوفيتش: إن المحادثات كانت صريحة.", "فلانوفيتش"),
    ("وأضاف حدادوف أن الاتفاق قريب.", "حدادوف"),
    ("وأوضحت ساميلسون، في تصريح صحفي، أن الوفد وصل.", "ساميلسون"),
    ("وقال يحلون: نحن نتحدث عن المساعدات.", "يحلون"),
])
def test_a_bare_family_name_after_a_verb_of_saying_is_a_person(linker, text, name):
    assert persons(linker, text) == [name]


@pytest.mark.parametrize("text", [
    "وأكد على أهمية التعاون بين البلدين.",  # the preposition على, not the name علي
    "وقال محللون إن الأسواق تراجعت.",  # a plural of a participle: a group speaks
    "وقال سكان إن القصف استمر.",  # a common noun (its definite form a common word)
    "وقال مراسلنا: إن الوضع هادئ.",  # an attached pronoun
    "وقال يجب أن نعمل معا.",  # an imperfect verb before the clause
    "وقال سامي إن الوفد وصل.",  # a given name alone names no one across articles
])
def test_no_person_is_made_of_a_word_that_is_no_family_name_by_its_form(linker, text):
    assert persons(linker, text) == []
