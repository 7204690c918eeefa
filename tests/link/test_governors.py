"""A governor's title (`والي`، `محافظ`) is followed by his governorate's name, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def places(got):
    return [label for _, label, ner_type, _ in got if ner_type == "LOC"]


def test_the_word_after_a_governor_is_his_governorate(linker):
    assert places(found(linker, "وشغل سامي الحداد منصب والي سليانة بعد الأحداث.", ("سامي الحداد", "PER"))) \
        == ["سليانة"]


def test_a_definite_governorate_after_a_governor_is_a_place(linker):
    assert places(found(linker, "وأفاد والي المهدية اليوم أن الأشغال ستنطلق.")) == ["المهدية"]


def test_the_governor_of_the_region_names_no_place(linker):
    assert places(found(linker, "وأكد والي الجهة أن الأشغال ستنطلق.")) == []


def test_and_to_written_without_its_hamza_is_no_governor(linker):
    assert places(found(linker, "وتطرق اللقاء إلى التعاون والى امكانيات التنسيق بين النقابات.")) == []
    assert places(found(linker, "ودعا السفير وإلى موظفي السفارة بالمغادرة.")) == []


def test_a_family_name_before_a_title_is_no_governor(linker):
    assert places(found(linker, "وقالت فلانة والي وزيرة التضامن إن البرنامج مستمر.", ("فلانة والي", "PER"))) == []


def test_a_state_after_a_governor_is_named_by_the_state_head(linker):
    got = places(found(linker, "واجتمع والي ولاية الخرطوم بالوزير."))
    assert got == ["ولاية الخرطوم"]  # the state, named with its noun as the KB names it


def test_a_governor_and_his_governorate_are_cut_from_the_holder_s_name(linker):
    got = found(linker, "وقال والي صفاقس سامي الحداد إن الأشغال ستنطلق.", ("والي صفاقس سامي الحداد", "PER"))
    assert [(label, ner_type) for _, label, ner_type, _ in got] == [("صفاقس", "LOC"), ("سامي الحداد", "PER")]


def test_a_delegate_and_his_delegation_are_cut_from_the_holder_s_name(linker):
    got = found(linker, "وحضر الوزير ومعتمد جلمة سامي الحداد الموكب.", ("ومعتمد جلمة سامي الحداد", "PER"))
    assert [label for _, label, ner_type, _ in got if ner_type == "PER"] == ["سامي الحداد"]



@pytest.mark.parametrize(("text", "ner", "want"), [
    # the NER ran the place and the given name together: the place goes, the family name after it comes in
    ("وأكد والي صفاقس سامي الحمروني أن الأشغال ستنطلق.", "صفاقس سامي", "سامي الحمروني"),
    # a place of two words goes whole
    ("وذكر والي سيدي بوزيد سامي الحمروني أن الأشغال ستنطلق.", "سيدي بوزيد سامي الحمروني", "سامي الحمروني"),
])
def test_a_governor_s_place_the_ner_ran_into_the_holder_is_cut_from_his_name(linker, text, ner, want):
    assert [label for _, label, ner_type, _ in found(linker, text, (ner, "PER")) if ner_type == "PER"] == [want]


def test_a_governor_s_town_is_cut_from_the_holder_s_name(linker):
    got = found(linker, "وقال محافظ الزلفي سامي الحداد إن الأشغال ستنطلق.", ("الزلفي سامي الحداد", "PER"))
    assert [(label, ner_type) for _, label, ner_type, _ in got] == [("الزلفي", "LOC"), ("سامي الحداد", "PER")]


def test_a_town_the_article_tags_elsewhere_is_cut_from_the_holder_s_name(linker):
    text = "ووصل الوفد إلى الغديرة أمس. وكرم محافظ الغديرة سامي الحداد الفائزين."
    got = found(linker, text, ("الغديرة", "LOC"), ("الغديرة سامي الحداد", "PER"))
    assert [label for _, label, ner_type, _ in got if ner_type == "PER"] == ["سامي الحداد"]
