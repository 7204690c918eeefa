"""Gulfs, straits, rivers and islands named after a place, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def spans(got):
    return [(label, ner_type) for _, label, ner_type, _ in got]


def test_a_gulf_named_after_a_town_is_one_place_not_the_town(linker):
    got = found(linker, "وتمر السفن في خليج الفلانية يوميا.", ("الفلانية", "LOC"))
    assert spans(got) == [("خليج الفلانية", "LOC")]


def test_a_strait_and_a_gulf_in_one_sentence_are_two_features(linker):
    got = found(linker, "ويعد مضيق فلان وخليج الفلانية ممرين دوليين.", ("فلان", "LOC"), ("الفلانية", "LOC"))
    assert spans(got) == [("مضيق فلان", "LOC"), ("خليج الفلانية", "LOC")]


def test_an_island_written_with_a_known_country_is_the_country(linker):
    got = found(linker, "وزار الوفد جزيرة قبرص.", ("قبرص", "LOC"))
    assert spans(got) == [("قبرص", "LOC")]


def test_a_classifier_before_a_word_that_is_no_place_makes_nothing(linker):
    assert found(linker, "وشاهدنا نهر صغير يجري هناك.") == []


def test_a_peninsula_stays_the_region_rule_s(linker):
    got = found(linker, "وجرت المناورات بشبه جزيرة كامتشاتكا.", ("كامتشاتكا", "LOC"))
    assert spans(got) == [("شبه جزيرة كامتشاتكا", "LOC")]


def test_a_sea_named_after_a_country_is_the_sea_with_its_compass_word_not_the_country(linker):
    got = found(linker, "وعبرت المدمرة بحر اليابان الشرقي متجهة شمالا.", ("اليابان", "LOC"))
    assert spans(got) == [("بحر اليابان الشرقي", "LOC")]


def test_a_river_named_after_a_country_is_the_river(linker):
    got = found(linker, "وارتفع منسوب نهر الأردن بعد الأمطار.", ("الأردن", "LOC"))
    assert spans(got) == [("نهر الأردن", "LOC")]


def test_the_arabian_sea_is_a_place_not_the_arabs(linker):
    got = found(linker, "ورصدت الدوريات سفينة في بحر العرب.", ("العرب", "MISC"))
    assert spans(got) == [("بحر العرب", "LOC")]



def test_the_arabs_after_island_are_left_to_the_tagger(linker):
    got = found(linker, "وتحدث المؤلف في كتابه جزيرة العرب في القرن الماضي عن الرحلات.", ("العرب", "MISC"))
    assert ("جزيرة العرب", "LOC") not in spans(got)
