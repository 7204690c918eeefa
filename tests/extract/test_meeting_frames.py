"""A visit noun in a frame of its clause's subject ("في ختام زيارة"، "في اليوم الأول من زيارة"،
"يعتزم X زيارة") that goes on to its destination is the subject's visit; a visitor in the
noun's genitive, or no destination after the noun, leaves the subject out."""

from __future__ import annotations

from datetime import date

from extract_fixtures import make, meetings, people, states

FRIDAY = date(2025, 1, 17)
SAMI, FULAN = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER")


def test_the_speaker_at_the_end_of_a_visit_to_a_state_is_its_visitor():
    text = "قال رئيس الوزراء الماليزي سامي الحداد في ختام زيارة رسمية إلى المغرب إن العلاقات متينة."
    (m,) = meetings(make(text, ("الماليزي", "LOC"), SAMI, ("المغرب", "LOC"), published=FRIDAY))
    assert m.kind == "visit"
    assert people(m) == {"سامي الحداد"} and "المغرب" in states(m)


def test_the_first_day_of_an_unprecedented_visit_is_the_subjects_visit():
    text = "وأكد الرئيس سامي الحداد في اليوم الأول من زيارة غير مسبوقة الى كينيا أن العلاقات متينة."
    (m,) = meetings(make(text, SAMI, ("كينيا", "LOC"), published=FRIDAY))
    assert people(m) == {"سامي الحداد"} and "كينيا" in states(m)


def test_a_visit_that_lasted_days_to_a_state_told_after_its_verb_is_the_subjects():
    text = "وطالب سامي الحداد في ختام زيارة استمرت ثلاثة أيام لليمن بوقف القتال."
    (m,) = meetings(make(text, SAMI, ("لليمن", "LOC", "اليمن"), published=FRIDAY))
    assert people(m) == {"سامي الحداد"} and "اليمن" in states(m)


def test_an_intention_to_visit_a_state_is_a_planned_visit_of_the_subject():
    text = "ويعتزم وزير الخارجية سامي الحداد زيارة ليبيا الأسبوع المقبل."
    (m,) = meetings(make(text, SAMI, ("ليبيا", "LOC"), published=FRIDAY))
    assert (m.kind, m.status) == ("visit", "planned")
    assert people(m) == {"سامي الحداد"} and "ليبيا" in states(m)


def test_who_intends_to_visit_in_a_relative_clause_is_the_visitor():
    text = "وقال وزير الخارجية سامي الحداد الذي يعتزم زيارة العراق في سبتمبر إن الاتفاق مهم."
    (m,) = meetings(make(text, SAMI, ("العراق", "LOC"), published=FRIDAY))
    assert people(m) == {"سامي الحداد"} and "العراق" in states(m)


def test_a_visitor_in_the_genitive_of_the_noun_is_the_visitor_not_the_speaker():
    text = "وقال سامي الحداد في ختام زيارة الرئيس فلان الفلاني إلى كندا إن العلاقات متينة."
    (m,) = meetings(make(text, SAMI, FULAN, ("كندا", "LOC"), published=FRIDAY))
    assert people(m) == {"فلان الفلاني"}


def test_the_end_of_a_visit_whose_destination_the_clause_leaves_unsaid_is_no_visit_of_the_next_stop():
    text = "غادر الرئيس سامي الحداد كينيا متوجها الى اثيوبيا في ختام زيارة استمرت يومين."
    found = meetings(make(text, SAMI, ("كينيا", "LOC"), ("اثيوبيا", "LOC", "إثيوبيا"), published=FRIDAY))
    assert not any("إثيوبيا" in states(m) and m.trigger == "زيارة" for m in found)
