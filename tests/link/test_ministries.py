"""Ministries named by their field: the head with a field the NER drops (`وزارة العمل`), on composed sentences."""

from __future__ import annotations

from kg.link.ministries import field_counts, ministry_fields
from kg.link.normalize import match_key
from tests.link.test_mentions import found


def orgs(got):
    return [label for _, label, t, _ in got if t == "ORG"]


def test_a_ministry_by_its_field_alone_is_a_body_when_the_ner_drops_it(linker):
    assert orgs(found(linker, "وأعلنت وزارة العمل أمس عن برنامج جديد للتوظيف.")) == ["وزارة العمل"]
    assert orgs(found(linker, "وأكد أن وزارة النقل ستفتح الطريق الأسبوع المقبل.")) == ["وزارة النقل"]


def test_the_field_takes_its_adjective_and_a_joined_field(linker):
    assert orgs(found(linker, "وقالت وزارة التعليم العالي إن القبول يبدأ غدا.")) == ["وزارة التعليم العالي"]
    assert orgs(found(linker, "وقالت وزارة العمل والتنمية الاجتماعية إن القرار نافذ.")) == [
        "وزارة العمل والتنمية الاجتماعية"]


def test_an_open_field_needs_its_adjective(linker):
    assert orgs(found(linker, "ودعت وزارة الشؤون الاجتماعية الأسر إلى التسجيل.")) == ["وزارة الشؤون الاجتماعية"]
    assert orgs(found(linker, "وتتابع وزارة الشؤون أمس الملف.")) == []


def test_a_time_word_after_the_field_stays_out(linker):
    assert orgs(found(linker, "وأصدرت وزارة العدل الماضي قرارا.")) == ["وزارة العدل"]


def test_a_definite_head_or_a_minister_is_no_ministry_by_this_rule(linker):
    assert orgs(found(linker, "وقال وزير العمل إن البطالة تراجعت.")) == []
    assert orgs(found(linker, "وأكدت الوزارة العمل على الملف.")) == []


def test_the_field_table_keeps_its_raw_counts_and_the_ellipsis_subset():
    counts = field_counts()
    assert counts[match_key("العمل")] > 100 and counts[match_key("الصحة")] > 100
    assert match_key("الصحة") not in ministry_fields() and match_key("الخارجية") in ministry_fields()
