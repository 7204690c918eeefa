"""Sides a clause leaves to what is told around it: an unnamed official who reports the meeting he
held, and a state named by its nisba in the state where the meeting is held."""

from __future__ import annotations

from extract_fixtures import make, meetings, people, states

SAMI, FULAN = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER")


def test_an_unnamed_minister_reporting_his_meeting_is_his_states_side():
    text = "وأشار وزير الخارجية الروسي إلى أنه أجرى لقاء مع الوزير فلان الفلاني في الدوحة."
    (m,) = meetings(make(text, FULAN, ("الدوحة", "LOC")))
    assert "روسيا" in states(m) and "فلان الفلاني" in people(m)


def test_a_body_reporting_a_meeting_is_not_its_side():
    text = "وقالت الوزارة إنه التقى الوزير فلان الفلاني في الدوحة."
    for m in meetings(make(text, ("الوزارة", "ORG"), FULAN, ("الدوحة", "LOC"))):
        assert "الوزارة" not in {p.entity.label for p in m.participants}


def test_officials_named_by_their_nisba_are_a_side_in_their_own_state():
    text = "سيبحث الوزير سامي الحداد في مصر مع المسؤولين المصريين سبل التعاون."
    (m,) = meetings(make(text, SAMI, ("مصر", "LOC")))
    assert "مصر" in states(m) and "سامي الحداد" in people(m)
