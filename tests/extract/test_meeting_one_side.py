"""A record of bodies and states only needs two sides: a state and its own government are one
(composed sentences)."""

from __future__ import annotations

from extract_fixtures import make, meetings, states


def test_talks_with_the_officials_of_a_states_own_government_are_no_meeting_of_two_sides():
    text = "وأجرى الوزير خلال زيارته لألمانيا محادثات مع مسؤولي الحكومة الألمانية."
    assert meetings(make(text, ("ألمانيا", "LOC"), ("الحكومة الألمانية", "ORG"))) == ()


def test_a_visit_of_an_unnamed_official_between_two_states_stays():
    (m,) = meetings(make("وزار وزير الاقتصاد الألماني إيران الأسبوع الماضي.", ("إيران", "LOC")))
    assert m.kind == "visit" and states(m) == {"ألمانيا", "إيران"}


def test_a_named_visitor_with_the_government_of_his_host_stays():
    text = "وأجرى الوزير سامي الحداد خلال زيارته لألمانيا محادثات مع مسؤولي الحكومة الألمانية."
    found = meetings(make(text, ("سامي الحداد", "PER"), ("ألمانيا", "LOC"), ("الحكومة الألمانية", "ORG")))
    assert any("ألمانيا" in states(m) for m in found)


def test_negotiations_between_two_bodies_of_one_state_stay():
    text = "واستؤنفت المفاوضات بين الاتحاد التونسي للشغل والاتحاد التونسي للصناعة والتجارة."
    found = meetings(make(text, ("الاتحاد التونسي للشغل", "ORG"), ("الاتحاد التونسي للصناعة والتجارة", "ORG")))
    assert len(found) == 1 and len(found[0].participants) == 2
