"""The king's heirs written with a pronoun ("وولي عهده الأمين X"، "وولي ولي عهده Y") hold the heirs' posts of his
kingdom (`kg.extract.heir_pronoun`)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts if p.current}


def test_the_heir_after_a_king_is_crown_prince_of_the_kings_country():
    text = ("وبعث ملك الأردن سامي الحداد برقية تهنئة إلى الرئيس، كما بعث ولي عهده الأمين الأمير كريم المنصوري "
            "برقية مماثلة.")
    linked = make(text, ("الأردن", "LOC"), ("سامي الحداد", "PER"), ("كريم المنصوري", "PER"))
    assert posts(linked) == {("سامي الحداد", "king", "الأردن"), ("كريم المنصوري", "crown-prince", "الأردن")}


def test_the_deputy_heir_after_the_heir_is_deputy_crown_prince():
    text = ("وهنأ الأمير الرئيس بمناسبة العيد، سائلا الله أن يحفظ خادم الحرمين الشريفين الملك سامي الحداد وولي عهده "
            "صاحب السمو الملكي الأمير كريم المنصوري وولي ولي عهده الأمير فهد الناصر.")
    linked = make(text, ("سامي الحداد", "PER"), ("كريم المنصوري", "PER"), ("فهد الناصر", "PER"))
    assert {(p[0], p[1]) for p in posts(linked)} == {("سامي الحداد", "king"), ("كريم المنصوري", "crown-prince"),
                                                    ("فهد الناصر", "deputy-crown-prince")}


def test_the_heirs_title_with_no_name_after_it_is_no_ones_post():
    text = "ورفع الأمير كريم المنصوري التهنئة إلى ملك الأردن وولي عهده الأمين بمناسبة العيد."
    linked = make(text, ("كريم المنصوري", "PER"), ("الأردن", "LOC"))
    assert posts(linked) == set()
