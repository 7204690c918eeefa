"""A visit or talks noun that names its own agent, after an event told with its own parties, is an
event of its own: neither takes the other's sides."""

from __future__ import annotations

from extract_fixtures import make, meetings, people

SAMI, FULAN, ALI, HASAN = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي العلوي", "PER"), ("حسن الحسني", "PER")


def test_a_visit_prepared_for_another_visit_is_two_visits():
    text = "وتأتي زيارة الوزير سامي الحداد إلى موسكو في إطار التحضيرات لزيارة الرئيس فلان الفلاني إلى روسيا."
    found = meetings(make(text, SAMI, ("موسكو", "LOC"), FULAN, ("روسيا", "LOC")))
    assert sorted(sorted(people(m)) for m in found) == [["سامي الحداد"], ["فلان الفلاني"]]
    assert all(m.kind == "visit" for m in found)


def test_a_meeting_held_at_the_close_of_other_talks_keeps_its_own_sides():
    text = ("وشدد الوزير سامي الحداد خلال لقاء عقده مع الوزير علي العلوي "
            "في ختام مباحثات الرئيس فلان الفلاني والرئيس حسن الحسني.")
    found = meetings(make(text, SAMI, ALI, FULAN, HASAN))
    assert sorted(sorted(people(m)) for m in found) == [["حسن الحسني", "فلان الفلاني"], ["سامي الحداد", "علي العلوي"]]


def test_a_delegations_visit_told_after_talks_is_not_a_side_of_the_talks():
    text = ("يقوم الوزير سامي الحداد اليوم بزيارة لموسكو يجري خلالها مباحثات مع الرئيس فلان الفلاني "
            "في ضوء قرب زيارة وفد الائتلاف الوطني إلى موسكو.")
    found = meetings(make(text, SAMI, ("موسكو", "LOC"), FULAN, ("الائتلاف الوطني", "ORG")))
    talks = [m for m in found if "سامي الحداد" in people(m)]
    assert talks and all("الائتلاف الوطني" not in {p.entity.label for p in m.participants} for m in talks)


def test_the_one_met_after_a_visit_stays_in_the_visit():
    text = ("وأكد الوزير علي العلوي أن زيارة الأمير سامي الحداد إلى الأردن ولقاء الملك فلان الفلاني "
            "تأتي في إطار التشاور.")
    (m,) = meetings(make(text, ALI, SAMI, ("الأردن", "LOC"), FULAN))
    assert {"سامي الحداد", "فلان الفلاني"} <= people(m)
