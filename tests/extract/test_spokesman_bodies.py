"""A spokesman's body in ب after his adjective: "الناطق الإعلامي بشرطة منطقة X الرائد Y"."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_spokesman_of_an_untagged_police_in_bi_before_a_rank_and_name_holds_its_post():
    text = "وأوضح الناطق الإعلامي بشرطة منطقة الجوف الرائد سامي الحداد أن الدوريات باشرت البلاغ."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "spokesperson", "شرطة منطقة الجوف")}


def test_a_spokesman_in_bi_after_the_name_holds_the_post_of_that_body():
    text = "وقال سامي الحداد المتحدث الرسمي بأمانة محافظة الطائف إن الفرق أزالت المخالفات."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "spokesperson", "أمانة محافظة الطائف")}


def test_what_a_spokesman_says_in_bi_is_no_body():
    text = "وأفاد الناطق الإعلامي بأن سامي الحداد قبض عليه أمس."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_the_spokesman_of_civil_defence_is_not_the_defence_ministry_s():
    text = "وقال المتحدث الإعلامي باسم الدفاع المدني بمنطقة تبوك المقدم سامي الحداد إن الفرق أخمدت الحريق."
    # the body ends before the region it serves (kg.link.body_places): civil defence, not defence
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "spokesperson", "الدفاع المدني")}


def test_a_body_after_bism_that_opens_with_b_keeps_its_first_letter():
    text = "وأكد الناطق الرسمي باسم بعثة الحجيج سامي الحداد أن أول رحلة ستصل غدا."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "spokesperson", "بعثة الحجيج")}
