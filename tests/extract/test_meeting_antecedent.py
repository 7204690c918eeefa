"""A relative clause tells a meeting of the main verb's object: "استقبل X Y الذي التقى Z" — X received Y, Y met Z."""

from __future__ import annotations

from extract_fixtures import make, meetings, people

SAMI, FULAN, ALI = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي العلوي", "PER")


def test_the_host_keeps_his_reception_and_the_guest_his_own_meeting():
    text = "واستقبل الرئيس سامي الحداد الوزير فلان الفلاني الذي التقى أمس الوزير علي العلوي."
    found = [people(m) for m in meetings(make(text, SAMI, FULAN, ALI))]
    assert {"سامي الحداد", "فلان الفلاني"} in found
    assert {"فلان الفلاني", "علي العلوي"} in found


def test_a_comma_before_the_relative_pronoun():
    text = "والتقى الرئيس سامي الحداد أمس الوزير فلان الفلاني، الذي اجتمع في وقت سابق مع الوزير علي العلوي."
    found = [people(m) for m in meetings(make(text, SAMI, FULAN, ALI))]
    assert {"سامي الحداد", "فلان الفلاني"} in found
    assert {"فلان الفلاني", "علي العلوي"} in found


def test_a_visitor_received_stays_one_reception():
    text = "واستقبل الرئيس سامي الحداد الوزير فلان الفلاني الذي يزور البلاد حاليا."
    (m,) = meetings(make(text, SAMI, FULAN))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}


def test_no_main_meeting_verb_leaves_the_clause_whole():
    text = "وقال الرئيس سامي الحداد إن الوزير فلان الفلاني الذي التقى الوزير علي العلوي أمس يدعم الاتفاق."
    (m,) = meetings(make(text, SAMI, FULAN, ALI))
    assert people(m) == {"فلان الفلاني", "علي العلوي"}
