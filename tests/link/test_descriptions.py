"""Descriptions and abbreviations in the spans of bodies and places, on composed news sentences: a class noun with
an adjective is no name, an allegiance participle or a title's abbreviation ends a span, and a
coalition is a body's head."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def texts(got):
    return [(text, ner_type) for text, _, ner_type, _ in got]


@pytest.mark.parametrize(("text", "span"), [
    ("وقال سامي الحداد، الذي لا ينتمي إلى حزب سياسي، إنه سيترشح.", "حزب سياسي"),
    ("وصنفت الحكومة الحركة منظمة إرهابية الأسبوع الماضي.", "منظمة إرهابية"),
    ("وفازت شركة صينية بعقد بناء المحطة.", "شركة صينية"),
])
def test_an_indefinite_class_noun_with_an_adjective_is_no_name(linker, text, span):
    assert texts(found(linker, text, (span, "ORG"))) == []


def test_an_indefinite_class_noun_before_a_proper_name_stays(linker):
    got = found(linker, "وأعلنت شركة فلانكو ارتفاع أرباحها.", ("شركة فلانكو", "ORG"))
    assert texts(got) == [("شركة فلانكو", "ORG")]


def test_a_definite_paper_with_a_nationality_alone_is_no_name(linker):
    got = found(linker, "وفق ما نقلته الصحيفة الألمانية اليوم الأحد.", ("الصحيفة الألمانية", "ORG"))
    assert texts(got) == []


def test_a_definite_paper_with_a_nationality_and_a_field_stays(linker):
    got = found(linker, "وقالت الشركة السعودية للكهرباء إن الانقطاع انتهى.", ("الشركة السعودية للكهرباء", "ORG"))
    assert texts(got) == [("الشركة السعودية للكهرباء", "ORG")]


def test_a_loyal_participle_ends_an_armys_span(linker):
    got = found(linker, "بعد تقدم قوات الجيش الوطني الموالي للشرعية في المحافظة.",
                ("الجيش الوطني الموالي للشرعية", "ORG"))
    assert texts(got) == [("الجيش الوطني", "ORG")]


def test_a_definite_noun_before_an_allegiance_participle_is_no_group(linker):
    got = found(linker, "واشتبكت القوات الموالية للنظام مع المعارضة.", ("القوات الموالية للنظام", "ORG"))
    assert texts(got) == []


def test_a_backed_participle_ends_a_named_groups_span(linker):
    got = found(linker, "وسيطرت جبهة الفلاح المدعومة من الخارج على البلدة.", ("جبهة الفلاح المدعومة", "ORG"))
    assert texts(got) == [("جبهة الفلاح", "ORG")]


def test_a_titles_abbreviation_after_a_ministry_leaves_its_span(linker):
    got = found(linker, "وأوضح المتحدث باسم وزارة الفلاحة د. سامي الحداد أن الحملة مستمرة.",
                ("وزارة الفلاحة د", "ORG"), ("سامي الحداد", "PER"))
    assert ("وزارة الفلاحة", "ORG") in texts(got)


def test_a_coalition_named_by_a_nationality_is_one_body(linker):
    got = found(linker, "وقال رئيس الائتلاف الفلاني المعارض إن الوفد جاهز.")
    assert texts(got) == []  # الفلاني is no nationality: no name
    got = found(linker, "وقال رئيس الائتلاف السوري المعارض إن الوفد جاهز.")
    assert texts(got) == [("الائتلاف السوري", "ORG")]


def test_a_ruling_coalition_is_no_name(linker):
    assert texts(found(linker, "وأكد الائتلاف الحاكم دعمه للحكومة.", ("الائتلاف الحاكم", "ORG"))) == []


def test_an_allegiance_participle_without_its_phrase_stays_in_a_name(linker):
    got = found(linker, "واستهدف الانفجار قياديا أمام مسجد المؤيد في الحي.", ("مسجد المؤيد", "LOC"))
    assert texts(got) == [("مسجد المؤيد", "LOC")]
