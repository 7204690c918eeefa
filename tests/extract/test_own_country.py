"""An official's own country written next to him outweighs the article-wide guess (kg.extract.own_country)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.own_country import OWN_CUE


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_his_ministry_with_its_country_outweighs_the_country_he_visits():
    text = ("أعلنت وزارة الدفاع الكندية أمس أن المحادثات ستستمر. "
            "ووصل وزير الدفاع فلان الفلاني إلى بغداد في زيارة لم يعلن عنها.")
    linked = make(text, ("فلان الفلاني", "PER"), ("بغداد", "LOC"))
    assert posts(linked) == {("فلان الفلاني", "minister:defence", "كندا")}
    post = extract_facts(linked).posts[0]
    assert post.of_confidence == OWN_CUE and "ministry" in post.of_evidence


def test_the_next_minister_in_a_list_shares_the_first_ones_country():
    text = "وقال وزير الخارجية الكندي سامي صباح، ووزير الخزانة فلان الفلاني إن العقوبات على إيران ستبقى."
    linked = make(text, ("سامي صباح", "PER"), ("فلان الفلاني", "PER"), ("إيران", "LOC"))
    assert posts(linked) == {("سامي صباح", "minister:foreign", "كندا"),
                             ("فلان الفلاني", "minister:treasury", "كندا")}


def test_a_body_of_his_country_right_before_the_title():
    text = "وأكد الجانب الكندي أن وزير التجارة فلان الفلاني سيزور مصر الشهر المقبل."
    linked = make(text, ("فلان الفلاني", "PER"), ("مصر", "LOC"))
    assert posts(linked) == {("فلان الفلاني", "minister:trade", "كندا")}


def test_another_officials_title_before_his_is_no_cue_of_his_country():
    text = "واستقبل وزير الخارجية الكندي سامي صباح وزير التجارة فلان الفلاني في مصر."
    linked = make(text, ("سامي صباح", "PER"), ("فلان الفلاني", "PER"), ("مصر", "LOC"))
    assert ("فلان الفلاني", "minister:trade", "كندا") not in posts(linked)


def test_without_a_cue_the_one_country_stays():
    text = "وقال وزير التجارة فلان الفلاني إن صادرات مصر تراجعت."
    assert posts(make(text, ("فلان الفلاني", "PER"), ("مصر", "LOC"))) == {("فلان الفلاني", "minister:trade", "مصر")}


def test_two_countries_cued_drop_the_guess():
    text = ("أعلنت وزارة الدفاع الكندية أن وفدها سيصل. وأكد الجانب البريطاني أن وزير الدفاع "
            "فلان الفلاني سيزور مصر.")
    linked = make(text, ("فلان الفلاني", "PER"), ("مصر", "LOC"))
    assert posts(linked) == {("فلان الفلاني", "minister:defence", None)}
