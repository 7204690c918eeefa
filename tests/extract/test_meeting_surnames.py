"""A person the article names in full, written again by the family name alone where the NER tagged nothing,
takes part where a party stands: before the verb, after the verb or the meeting noun, after مع, joined by و."""

from __future__ import annotations

from datetime import date

from extract_fixtures import make, meetings, people

FRIDAY = date(2025, 1, 17)
SAMI, FULAN = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER")


def test_a_family_name_before_a_pluperfect_meeting_verb_is_the_subject():
    text = ("وقال سامي الحداد إن الأزمة طويلة. ووصل علي العلوي إلى الدوحة أمس. "
            "وكان الحداد قد التقى فلان الفلاني في عمان الأسبوع الماضي.")
    found = meetings(make(text, SAMI, ("علي العلوي", "PER"), ("الدوحة", "LOC"), FULAN, ("عمان", "LOC"),
                          published=FRIDAY))
    assert any(people(m) == {"سامي الحداد", "فلان الفلاني"} for m in found)
    assert not any(people(m) == {"علي العلوي", "فلان الفلاني"} for m in found)


def test_a_family_name_before_the_support_verb_of_a_visit_is_the_visitor():
    text = "وقال الرئيس سامي الحداد إن الوضع صعب. يذكر أن الحداد اختتم أمس زيارة لألمانيا استغرقت ثلاثة أيام."
    found = meetings(make(text, SAMI, ("لألمانيا", "LOC", "ألمانيا"), published=FRIDAY))
    assert any(people(m) == {"سامي الحداد"} and m.kind == "visit" for m in found)


def test_a_family_name_right_after_a_meeting_noun_and_another_after_ma_are_both_parties():
    text = ("وصل سامي الحداد إلى موسكو أمس. وأوضح بيان أن مباحثات الحداد مع الفلاني ستتناول الأزمة. "
            "وكان فلان الفلاني قال إن الأزمة طويلة.")
    found = meetings(make(text, SAMI, ("موسكو", "LOC"), FULAN, published=FRIDAY))
    assert any(people(m) == {"سامي الحداد", "فلان الفلاني"} and m.kind == "talks" for m in found)


def test_a_family_name_outside_a_party_slot_is_no_party():
    text = "التقى سامي الحداد أمس فلان الفلاني. وأشاد المحللون بمواقف الحداد الأخيرة."
    found = meetings(make(text, SAMI, FULAN, published=FRIDAY))
    assert [people(m) for m in found] == [{"سامي الحداد", "فلان الفلاني"}]


def test_a_last_name_after_bin_is_a_fathers_and_takes_no_part():
    text = "وكان فهد قد التقى فلان الفلاني في عمان. وقال خالد بن فهد إن الأزمة طويلة."
    found = meetings(make(text, FULAN, ("عمان", "LOC"), ("خالد بن فهد", "PER"), published=FRIDAY))
    assert not any("خالد بن فهد" in people(m) for m in found)



def test_an_indefinite_word_ending_a_name_with_bin_is_no_family_name():
    text = "وقال سامي بن علي صباح إن الأزمة طويلة. وكان علي العلوي قد استقبل صباح اليوم فلان الفلاني."
    found = meetings(make(text, ("سامي بن علي صباح", "PER"), ("علي العلوي", "PER"), FULAN, published=FRIDAY))
    assert [people(m) for m in found] == [{"علي العلوي", "فلان الفلاني"}]
