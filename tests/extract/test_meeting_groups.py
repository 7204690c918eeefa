"""A meeting "between" groups of a body's people ("بين ممثلين عن X ومسؤولين من Y") has the bodies
and states those people speak for as its sides; one side found, or named persons, add nothing."""

from __future__ import annotations

from extract_fixtures import make, meetings, people, states


def _labels(m) -> set[str]:
    return {p.entity.label for p in m.participants}


def test_representatives_of_two_bodies_are_the_sides_of_the_meeting_between_them():
    text = "وعقد أمس اجتماع بين ممثلين عن اتحاد الشغل ومسؤولين من منظمة الأعراف."
    (m,) = meetings(make(text, ("اتحاد الشغل", "ORG"), ("منظمة الأعراف", "ORG")))
    assert {"اتحاد الشغل", "منظمة الأعراف"} <= _labels(m)


def test_leaders_of_a_movement_and_officials_named_by_a_nisba_are_the_sides_of_talks():
    text = "وجرت الجولة الأولى من محادثات السلام بين قياديين من حركة النور ومسؤولين أفغان في إسلام آباد."
    found = meetings(make(text, ("حركة النور", "ORG"), ("أفغان", "LOC", "أفغانستان"), ("إسلام آباد", "LOC")))
    assert any("حركة النور" in _labels(m) and "أفغانستان" in states(m) for m in found)


def test_a_body_coordinated_with_the_representatives_of_another_is_a_side():
    text = "وقبل يومين من أول لقاء مباشر بين ممثلي حركة النور واتحاد الشغل في جنيف."
    found = meetings(make(text, ("حركة النور", "ORG"), ("واتحاد الشغل", "ORG", "اتحاد الشغل"), ("جنيف", "LOC")))
    assert any({"حركة النور", "اتحاد الشغل"} <= _labels(m) for m in found)


def test_one_side_found_in_the_between_phrase_adds_nothing():
    text = "وجرت محادثات بين ممثلين عن اتحاد الشغل والعمال المعتصمين."
    assert meetings(make(text, ("اتحاد الشغل", "ORG"))) == ()


def test_named_persons_between_keep_the_parties_rule():
    text = "وعقد لقاء بين سامي الحداد وفلان الفلاني في جنيف."
    (m,) = meetings(make(text, ("سامي الحداد", "PER"), ("وفلان الفلاني", "PER", "فلان الفلاني"), ("جنيف", "LOC")))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}
