"""posting_country: an envoy's title naming its country by a deictic word is never of the country he is posted to."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts

SA = "المملكة العربية السعودية"


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_the_kingdoms_ambassador_to_another_kingdom_is_not_that_kingdoms():
    text = "وصل سفير المملكة لدى المملكة المتحدة الأمير سامي بن عبدالله صباح إلى مقر الوزارة."
    linked = make(text, ("المملكة المتحدة", "LOC"), ("سامي بن عبدالله صباح", "PER"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "ambassador", SA)}


def test_the_countrys_ambassador_posted_to_the_one_country_named_gets_none():
    text = "قال سفير البلاد لدى الأردن سامي بن عبدالله صباح إن العلاقات متينة."
    linked = make(text, ("الأردن", "LOC"), ("سامي بن عبدالله صباح", "PER"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "ambassador", None)}


def test_a_posting_named_by_its_capital_is_the_capitals_country():
    text = "قال سفير البلاد في عمان سامي بن عبدالله صباح إن العلاقات متينة مع الأردن."
    linked = make(text, ("عمان", "LOC"), ("سامي بن عبدالله صباح", "PER"), ("الأردن", "LOC"))
    assert {p[2] for p in posts(linked)} == {None}


def test_the_other_kingdom_named_is_still_taken_when_it_is_not_the_posting():
    text = "قال سفير المملكة لدى مصر سامي بن عبدالله صباح إن الأردن يدعم المبادرة."
    linked = make(text, ("مصر", "LOC"), ("سامي بن عبدالله صباح", "PER"), ("الأردن", "LOC"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "ambassador", "الأردن")}


def test_an_ambassador_whose_title_states_his_country_keeps_it():
    text = "قال سفير الأردن لدى مصر سامي بن عبدالله صباح إن العلاقات متينة."
    linked = make(text, ("الأردن", "LOC"), ("مصر", "LOC"), ("سامي بن عبدالله صباح", "PER"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "ambassador", "الأردن")}
