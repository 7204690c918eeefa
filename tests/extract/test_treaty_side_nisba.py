"""A treaty side named by "الجانب"/"الطرف" and a country nisba (kg.extract.treaty_side_nisba)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def sides(text: str, *spans: tuple[str, ...]) -> list[set[str]]:
    return [{p.entity.label for p in t.parties} for t in extract_facts(make(text, *spans)).treaties]


def test_the_side_after_with_is_the_state_its_nisba_names():
    text = "وقعت المغرب اتفاقية تعاون مع الجانب الياباني في مجال النقل."
    assert sides(text, ("المغرب", "LOC")) == [{"المغرب", "اليابان"}]


def test_two_sides_between_are_both_states():
    text = "وقعت اتفاقية للتعاون بين الجانب المصري والجانب الأردني."
    assert sides(text) == [{"مصر", "الأردن"}]


def test_sides_as_the_subject_of_the_signing_verb():
    text = "ووقع الجانب المصري والجانب الأردني اتفاقية للتعاون."
    assert sides(text) == [{"مصر", "الأردن"}]


def test_a_side_and_the_speakers_state_when_the_signing_is_told_in_passive():
    text = "أكد وزير النقل المغربي أن الاتفاقية مع الجانب الياباني تم توقيعها العام الماضي."
    assert sides(text) == [{"المغرب", "اليابان"}]


def test_a_side_whose_adjective_names_no_state_is_no_party():
    text = "وقعت الهيئة الفلانية اتفاقية مع الطرف النقابي."
    assert sides(text, ("الهيئة الفلانية", "ORG")) == []


def test_a_side_in_talks_without_a_treaty_makes_no_treaty():
    text = "بحث وزير الخارجية المصري مع الجانب الأردني تطوير التعاون."
    assert sides(text) == []


def test_the_speakers_state_holds_the_agreement_with_a_side_it_speaks_of():
    text = "وأوضح مسؤول مصري أن الاتفاق مع الجانب الأردني يشمل تبادل الخبرات."
    assert sides(text) == [{"مصر", "الأردن"}]
