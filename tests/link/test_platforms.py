"""Social media platforms are organizations, cut off the person the NER ran them into, on composed sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def typed(got):
    return [(label, ner_type) for _, label, ner_type, _ in got]


def test_a_platform_the_ner_ran_into_a_person_is_cut_off_with_its_preposition(linker):
    got = typed(found(linker, "وكتب سامي الحداد على تويتر إن الهجوم مدان.", ("سامي الحداد على تويتر", "PER")))
    assert got == [("سامي الحداد", "PER"), ("تويتر", "ORG")]


def test_a_platform_the_ner_left_out_is_an_organization(linker):
    assert typed(found(linker, "وهاجم المتحدث الصور التي نشرت على تويتر أمس.")) == [("تويتر", "ORG")]


def test_a_platform_after_a_clitic_keeps_its_name(linker):
    assert typed(found(linker, "ونشر الفيديو بفيسبوك ويوتيوب.")) == [("فيسبوك", "ORG"), ("يوتيوب", "ORG")]


def test_a_two_word_spelling_is_one_platform_with_one_label(linker):
    got = found(linker, "وقال عبر حسابه في فيس بوك إن القرار صائب.")
    assert [(text, label) for text, label, _, _ in got] == [("فيس بوك", "فيسبوك")]


def test_the_class_noun_before_a_platform_gives_way(linker):
    assert typed(found(linker, "وأعلنت شركة تويتر أمس عن خدمة جديدة.", ("شركة تويتر", "ORG"))) == [("تويتر", "ORG")]


def test_a_word_that_only_contains_a_platform_name_is_none(linker):
    assert typed(found(linker, "وزار الوفد مدينة تويتربورغ.")) == []


def test_a_platform_with_the_article_is_the_platform(linker):
    got = found(linker, "وأثارت الصورة ضجة على الفايسبوك بعد نشرها.", ("الفايسبوك", "PER"))
    assert [(label, ner_type) for _, label, ner_type, _ in got] == [("فيسبوك", "ORG")]
