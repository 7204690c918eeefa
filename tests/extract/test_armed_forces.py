"""A supreme commander's title takes the armed forces it names, so a title stacked before it still reaches the name."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts if p.current}


def test_an_emirates_heir_who_is_deputy_supreme_commander_of_the_state_holds_both_posts():
    text = "واستقبل ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة بدولة الإمارات الشيخ سامي الحداد وفدا تجاريا."
    linked = make(text, ("أبوظبي", "LOC"), ("الإمارات", "LOC"), ("سامي الحداد", "PER"))
    found = posts(linked)
    assert ("سامي الحداد", "crown-prince", "أبو ظبي") in found
    assert ("سامي الحداد", "deputy-supreme-commander", "الإمارات العربية المتحدة") in found


def test_a_crown_prince_stacked_over_the_command_and_a_deputy_premiership_holds_all_three():
    text = "ووصل ولي العهد الكويتي نائب القائد الأعلى النائب الأول لرئيس مجلس الوزراء الأمير سامي الحداد إلى الرياض."
    linked = make(text, ("سامي الحداد", "PER"), ("الرياض", "LOC"))
    found = {(p[0], p[1]) for p in posts(linked)}
    assert {("سامي الحداد", "crown-prince"), ("سامي الحداد", "deputy-supreme-commander"),
            ("سامي الحداد", "deputy-prime-minister")} <= found


def test_two_states_officials_side_by_side_stay_two_persons():
    text = "واستقبل رئيس الوزراء الأردني وزير الخارجية المصري سامي الحداد."
    linked = make(text, ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "minister:foreign", "مصر")}
