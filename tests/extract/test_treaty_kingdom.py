""""المملكة" in a treaty's بين/مع phrase is Saudi Arabia where the article names no kingdom
(kg.extract.treaty_kingdom)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def sides(linked) -> set[frozenset[str]]:
    return {frozenset(r.entity.label for r in t.parties) for t in extract_facts(linked).treaties}


def test_an_agreement_between_the_kingdom_and_a_state():
    text = "وجرى توقيع اتفاقية تعاون بين المملكة وأذربيجان في مجال النقل البحري."
    linked = make(text, ("وأذربيجان", "LOC", "أذربيجان"))
    assert sides(linked) == {frozenset({"المملكة العربية السعودية", "أذربيجان"})}


def test_a_state_concludes_a_treaty_with_the_kingdom():
    text = "وأبرمت أذربيجان معاهدة صداقة مع المملكة في ذلك العام."
    linked = make(text, ("أذربيجان", "LOC"))
    assert sides(linked) == {frozenset({"المملكة العربية السعودية", "أذربيجان"})}


def test_an_article_that_names_a_kingdom_means_that_one():
    text = "وقال وزير الخارجية إن المغرب يرحب بالزوار. وجرى توقيع اتفاقية تعاون بين المملكة وأذربيجان."
    linked = make(text, ("المغرب", "LOC"), ("وأذربيجان", "LOC", "أذربيجان"))
    assert not any("المملكة العربية السعودية" in s for s in sides(linked))
