"""A ruling house's member named as such holds his national offices of the house's state."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts, post_of


def posts(text, *spans):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None, p.of_confidence)
            for p in extract_facts(make(text, *spans)).posts}


def test_a_prince_whose_nasab_ends_with_the_founder_holds_his_stacked_offices_of_saudi_arabia():
    text = ("ولفت إلى اهتمام صاحب السمو الملكي الأمير سامي بن فلان بن عبد العزيز ولي العهد نائب رئيس مجلس "
            "الوزراء وزير الداخلية ومتابعته الحثيثة للمصابين.")
    got = posts(text, ("سامي بن فلان بن عبد العزيز", "PER"))
    assert {p[2] for p in got} == {"المملكة العربية السعودية"}
    assert {p[1] for p in got} >= {"crown-prince", "minister:interior"}
    assert {p[3] for p in got} == {post_of.ROYAL_HOUSE}


def test_a_ruling_houses_surname_gives_its_state():
    text = "وأكد وزير الخارجية الشيخ فلان بن سامي آل نهيان أن العلاقات متينة."
    assert posts(text, ("فلان بن سامي آل نهيان", "PER")) == {
        ("فلان بن سامي آل نهيان", "minister:foreign", "الإمارات العربية المتحدة", post_of.ROYAL_HOUSE)}


def test_a_commoner_named_after_an_abdulaziz_or_a_prince_of_another_line_is_no_evidence():
    text = "وأكد وزير الصحة الدكتور سامي بن عبدالعزيز أن الحملة ستشمل المدارس."
    assert {p[2] for p in posts(text, ("سامي بن عبدالعزيز", "PER"))} == {None}
    text = "وأكد وزير الصحة الأمير عبدالعزيز بن سامي أن الحملة ستشمل المدارس."
    assert {p[2] for p in posts(text, ("عبدالعزيز بن سامي", "PER"))} == {None}


def test_the_name_does_not_override_the_country_a_title_states():
    text = "واستقبل وزير خارجية المغرب الأمير سامي بن فلان بن عبدالعزيز الوفد."
    assert {p[2] for p in posts(text, ("سامي بن فلان بن عبدالعزيز", "PER"))} == {"المغرب"}
