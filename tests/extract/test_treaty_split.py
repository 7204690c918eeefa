"""One treaty per counterpart of a plural treaty noun (kg.extract.treaty_split)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def treaties(linked):
    return extract_facts(linked).treaties


def sides(linked) -> set[frozenset[str]]:
    return {frozenset(r.entity.label for r in t.parties) for t in treaties(linked)}


def test_agreements_with_each_of_two_states_are_two_treaties():
    text = "ووقعت كينيا اتفاقيات ثنائية مع كل من البرازيل وأذربيجان لتنظيم استقدام العمالة."
    linked = make(text, ("كينيا", "LOC"), ("البرازيل", "LOC"), ("وأذربيجان", "LOC", "أذربيجان"))
    assert sides(linked) == {frozenset({"كينيا", "البرازيل"}), frozenset({"كينيا", "أذربيجان"})}


def test_two_memoranda_with_two_companies_before_the_noun():
    text = "ووقعت أرمينيا مع كل من شركة النور القابضة وشركة الفجر للطاقة مذكرتي تفاهم في مجال الطاقة."
    linked = make(text, ("أرمينيا", "LOC"), ("شركة النور القابضة", "ORG"), ("وشركة الفجر للطاقة", "ORG",
                                                                            "شركة الفجر للطاقة"))
    assert sides(linked) == {frozenset({"أرمينيا", "شركة النور القابضة"}),
                             frozenset({"أرمينيا", "شركة الفجر للطاقة"})}


def test_one_agreement_with_two_companies_stays_one_treaty():
    text = "ووقعت شركة النور القابضة اتفاقا مشتركا مع كل من شركة الفجر للطاقة وشركة الندى للمياه."
    linked = make(text, ("شركة النور القابضة", "ORG"), ("شركة الفجر للطاقة", "ORG"),
                  ("وشركة الندى للمياه", "ORG", "شركة الندى للمياه"))
    assert sides(linked) == {frozenset({"شركة النور القابضة", "شركة الفجر للطاقة", "شركة الندى للمياه"})}


def test_agreements_between_three_states_stay_one_treaty():
    text = "وتم توقيع اتفاقيات بين كينيا والبرازيل وأذربيجان في مجال الاستثمار."
    linked = make(text, ("كينيا", "LOC"), ("والبرازيل", "LOC", "البرازيل"), ("وأذربيجان", "LOC", "أذربيجان"))
    assert sides(linked) == {frozenset({"كينيا", "البرازيل", "أذربيجان"})}


def test_two_memoranda_with_two_companies_may_each_bind_both():
    text = "ووقعت أرمينيا مذكرتي تفاهم مع شركة النور القابضة وشركة الفجر للطاقة لبناء محطة شمسية."
    linked = make(text, ("أرمينيا", "LOC"), ("شركة النور القابضة", "ORG"), ("وشركة الفجر للطاقة", "ORG",
                                                                            "شركة الفجر للطاقة"))
    assert sides(linked) == {frozenset({"أرمينيا", "شركة النور القابضة", "شركة الفجر للطاقة"})}
