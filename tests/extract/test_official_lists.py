"""Officials listed together take the one state the list states (kg.extract.official_lists)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.official_lists import LISTED


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_bare_title_joined_by_and_to_one_with_a_nisba_takes_its_state():
    text = "واستقبل الرئيس المصري فلان الفلاني ورئيس مجلس النواب سامي الحداد وفدا من البرازيل وفرنسا."
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"), ("البرازيل", "LOC"), ("فرنسا", "LOC"))
    assert posts(linked) == {("فلان الفلاني", "president", "مصر"),
                             ("سامي الحداد", "speaker-of-parliament", "مصر")}
    listed = next(p for p in extract_facts(linked).posts if p.person.entity.label == "سامي الحداد")
    assert listed.of_confidence == LISTED and "official_lists" in listed.of_evidence


def test_the_lists_state_outweighs_the_one_country_the_story_is_about():
    text = "وأكد رئيس الوزراء الكندي فلان الفلاني ورئيس البرلمان سامي الحداد أن العلاقات مع إيران متينة."
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"), ("إيران", "LOC"))
    assert ("سامي الحداد", "speaker-of-parliament", "كندا") in posts(linked)


def test_an_attendance_list_with_names_first_and_ranks_between():
    text = ("وحضر الاجتماع في واشنطن فلان الفلاني وزير الخارجية الكندي، والفريق أول ركن سامي الحداد رئيس هيئة "
            "الأركان العامة، وعلان العلاني مساعد وزير الدفاع.")
    linked = make(text, ("واشنطن", "LOC"), ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"), ("علان العلاني", "PER"))
    got = posts(linked)
    assert ("سامي الحداد", "chief-of-staff", "كندا") in got
    assert ("علان العلاني", "assistant-minister:defence", "كندا") in got


def test_a_title_right_after_a_name_without_and_is_not_the_same_list():
    text = "واستقبل وزير الخارجية الكندي فلان الفلاني وزير التجارة سامي الحداد أمس."
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"))
    assert ("سامي الحداد", "minister:trade", "كندا") not in posts(linked)


def test_a_list_stating_two_states_gives_neither():
    text = ("وحضر اللقاء وزير الخارجية الكندي فلان الفلاني، ووزير الدفاع سامي الحداد، ووزير التجارة الفرنسي "
            "علان العلاني.")
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"), ("علان العلاني", "PER"))
    assert ("سامي الحداد", "minister:defence", None) in posts(linked)


def test_a_verb_between_two_officials_ends_the_list():
    text = "وقال وزير الخارجية الكندي فلان الفلاني إن وزير الدفاع سامي الحداد سيزور مصر."
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"), ("مصر", "LOC"))
    assert ("سامي الحداد", "minister:defence", "كندا") not in posts(linked)


def test_a_counterpart_in_the_list_keeps_his_own_state():
    text = "والتقى وزير الخارجية الكندي فلان الفلاني ونظيره سامي الحداد في روما."
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"), ("روما", "LOC"))
    assert ("سامي الحداد", "minister:foreign", "كندا") not in posts(linked)


def test_an_ambassador_among_his_hosts_gives_them_no_state():
    text = ("وكان في استقباله رئيس هيئة الأركان العامة الفريق أول ركن سامي الحداد، والسفير الكندي لدى المملكة "
            "فلان الفلاني.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert ("سامي الحداد", "chief-of-staff", None) in posts(linked)
