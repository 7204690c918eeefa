"""Economic, industrial and medical cities named after a town (`kg.link.zone_cities`), on composed sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def test_an_industrial_city_named_after_a_town_is_one_place_not_the_town(linker):
    got = found(linker, "وافتتح الوزير مصنعا جديدا في مدينة الدمام الصناعية أمس.", ("الدمام", "LOC"))
    assert [g[1:3] for g in got] == [("مدينة الدمام الصناعية", "LOC")]
    assert got[0][3] != found(linker, "وزار الوزير الدمام أمس.", ("الدمام", "LOC"))[0][3]


def test_an_economic_city_keeps_its_clitic_out_of_the_label(linker):
    got = found(linker, "وتتواصل الأعمال بمدينة الدمام الاقتصادية منذ عامين.", ("الدمام", "LOC"))
    assert [g[1:3] for g in got] == [("مدينة الدمام الاقتصادية", "LOC")]


def test_a_coastal_city_is_the_town_itself(linker):
    got = found(linker, "وقصفت الطائرات مدينة الدمام الساحلية أمس.", ("الدمام", "LOC"))
    assert [g[1:3] for g in got] == [("الدمام", "LOC")]
