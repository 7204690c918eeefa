"""A body's span that the tagger ran over the place it sits in (ب + a town or region) ends before the place, and
the place is a mention of its own, on composed sentences of local news."""

from __future__ import annotations

import pytest

from tests.link.test_local_bodies_and_listed_places import typed
from tests.link.test_mentions import found


@pytest.mark.parametrize(("text", "span", "body", "place"), [
    # a charity in a town the raw news writes after place heads (headed_places.tsv)
    ("وقامت جمعية الوفاء الخيرية بالأحساء بتوزيع السلال على الأسر.", "جمعية الوفاء الخيرية بالأحساء",
     "جمعية الوفاء الخيرية", "الأحساء"),
    # a ministry's branch in a region the knowledge base knows
    ("وأكد مدير فرع وزارة الزراعة بالمنطقة الشرقية أن الحملات مستمرة.", "وزارة الزراعة بالمنطقة الشرقية",
     "وزارة الزراعة", "المنطقة الشرقية"),
    # a hospital in a known city
    ("ونقل المصاب إلى مستشفى السلام بالحديدة لتلقي العلاج.", "مستشفى السلام بالحديدة", "مستشفى السلام", "الحديدة"),
])
def test_a_body_and_the_place_it_sits_in_are_two_mentions(linker, text, span, body, place):
    got = found(linker, text, (span, "ORG"))
    assert typed(got, "ORG") == [body]
    assert typed(got, "LOC") == [place]


def test_a_body_named_by_its_place_keeps_it(linker):
    # a definite head with an adjective has no name but its place: المحكمة الابتدائية بتونس
    text = "وقضت المحكمة الابتدائية بصفاقس بسجن المتهم."
    assert typed(found(linker, text, ("المحكمة الابتدائية بصفاقس", "ORG")), "ORG") == ["المحكمة الابتدائية بصفاقس"]


def test_a_b_phrase_that_is_no_place_stays_in_the_name(linker):
    text = "وضبطت هيئة الأمر بالمعروف والنهي عن المنكر مخالفين."
    got = found(linker, text, ("هيئة الأمر بالمعروف والنهي عن المنكر", "ORG"))
    assert typed(got, "ORG") == ["هيئة الأمر بالمعروف والنهي عن المنكر"]
    assert typed(got, "LOC") == []
