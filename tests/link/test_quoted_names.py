"""Quoted names after a body's head or لـ are one organization, on composed news sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.link.resolve import Linker
from kg.types import Mention
from tests.link.test_mentions import annotate, found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def labels(got):
    return [(label, ner_type) for _, label, ner_type, _ in got]


def test_a_paper_named_after_a_city_is_not_the_city(linker):
    got = found(linker, "ونشرت جريدة «مرسيليا بوست» الوثيقة كاملة.", ("مرسيليا", "LOC"))
    assert labels(got) == [("مرسيليا بوست", "ORG")]


def test_a_span_across_the_opening_quote_is_the_quoted_name(linker):
    got = found(linker, 'وفقا لما نقلته وكالة أنباء "فلانا" الرسمية.', ('وكالة أنباء "فلانا', "ORG"))
    assert labels(got) == [("فلانا", "ORG")]


def test_one_word_of_a_quoted_name_becomes_the_whole_name(linker):
    got = found(linker, "ونقلت وكالة «سامي نيوز» عن مصدر مطلع قوله.", ("نيوز", "ORG"))
    assert labels(got) == [("سامي نيوز", "ORG")]


def test_the_outlet_spoken_to_is_an_organization(linker):
    got = found(linker, 'وقال الدكتور سامي الحداد لـ"الوطن" إن القرار صائب.', ("سامي الحداد", "PER"))
    assert ("الوطن", "ORG") in labels(got)


def test_a_mention_run_on_into_the_outlet_keeps_its_own_words(linker):
    text = "وقال زعيم العشائر في محافظة الأنبار في حديث لـ«الشرق الأوسط» إن العشائر هاجمت."
    got = labels(found(linker, text, ("محافظة الأنبار في حديث لـ«الشرق الأوسط", "ORG")))
    assert ("الشرق الأوسط", "ORG") in got
    assert all("حديث" not in label for label, _ in got)


def test_quoted_words_without_a_head_are_no_name(linker):
    assert found(linker, "وحذر من عودة «النظام الشمولي» إلى البلاد.") == []


def test_a_quoted_phrase_opening_with_a_head_is_a_body(linker):
    assert labels(found(linker, 'وأسس "حزب الفلاح" قبل عامين.')) == [("حزب الفلاح", "ORG")]



def test_a_place_with_a_clitic_run_on_into_the_outlet_keeps_a_clean_label(linker):
    text = 'وقال مسؤول بمكتب التعليم بظهران الجنوب لـ"الوطن" إن الخطاب لم يصل.'
    surface = 'بظهران الجنوب لـ"الوطن'
    start = text.index(surface)
    ann = annotate(text)
    ann = replace(ann, mentions=(Mention(start, start + len(surface), surface, surface[1:], "LOC", 0.9, 0),))
    linked = linker.link(ann)
    got = [(m.text, m.label) for m in linked.annotated.mentions]
    assert ("بظهران الجنوب", "ظهران الجنوب") in got


@pytest.mark.parametrize(("text", "name"), [
    ('وقال المسؤول لموقع "سامي ريبورت" الإخباري إن القرار نهائي.', "سامي ريبورت"),
    ("ونقلت شبكة «فلان نيوز» عن مصادر مطلعة قولها.", "فلان نيوز"),
    ("وأعلن مصرف «فلان بنك» أرباحه الفصلية أمس.", "فلان بنك"),
    ("وتقدمت ميليشيات «درع الفلاح» نحو المدينة فجرا.", "درع الفلاح"),
])
def test_a_site_network_bank_or_militia_named_in_quotes_is_an_organization(linker, text, name):
    assert (name, "ORG") in labels(found(linker, text))


def test_a_quoted_wireless_network_is_no_organization(linker):
    got = found(linker, "ولم يستطع توصيل الجهاز بشبكة «واي فاي» في منزله.")
    assert ("واي فاي", "ORG") not in labels(got)
