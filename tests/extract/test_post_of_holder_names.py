"""Step 8 of post_of: a bare minister takes the country whose holder of the portfolio has his name."""

from __future__ import annotations

from datetime import date

import pytest
from extract_fixtures import make

from kg.extract import extract_facts, post_of
from kg.link import portfolio_holders
from kg.link.portfolio_holders import Holder

SRC = "github:owner/repo@0000000000000000000000000000000000000000:html/holders21.csv"
HOLDERS = {"health": (
    Holder("JO", "health", "Q1", "Sami al-Haddad", "Minister of Health", "2014-03-01", "2016-05-01", SRC),
    Holder("KW", "health", "Q2", "Hani Al-Shammari", "Minister of Health", "2015", None, SRC),
    Holder("OM", "health", "Q3", "Hani Al Shammari", "Minister of Health", "2001", "2004", SRC),
    Holder("KW", "health", "Q4", "Fulan al-Fulani", "Minister of Health", "2012", None, SRC),
)}


@pytest.fixture(autouse=True)
def composed_table(monkeypatch):
    monkeypatch.setattr(portfolio_holders, "load", lambda path=None: HOLDERS)
    portfolio_holders._find_shipped.cache_clear()  # answers from the shipped table must not leak in or out
    yield
    portfolio_holders._find_shipped.cache_clear()


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None, p.of_source, p.of_confidence)
            for p in extract_facts(linked).posts}


def test_a_bare_minister_whose_name_one_countrys_holder_has_takes_that_country():
    text = "وأكد وزير الصحة سامي الحداد أن الحملة ستشمل جميع المدارس."
    linked = make(text, ("سامي الحداد", "PER"), published=date(2015, 2, 1))
    assert posts(linked) == {("سامي الحداد", "minister:health", "الأردن", "kb", post_of.NAME_DATED)}
    post = extract_facts(linked).posts[0]
    assert "Sami al-Haddad (Q1)" in post.of_evidence and SRC in post.of_evidence


def test_undated_the_match_counts_at_a_lower_confidence():
    linked = make("وأكد وزير الصحة سامي الحداد أن الحملة ستشمل جميع المدارس.", ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "minister:health", "الأردن", "kb", post_of.NAME_UNDATED)}


def test_namesakes_of_two_countries_or_another_portfolio_leave_the_post_without_a_country():
    linked = make("وأكد وزير الصحة هاني الشمري أن الحملة ستشمل جميع المدارس.", ("هاني الشمري", "PER"))
    assert {p[2] for p in posts(linked)} == {None}
    linked = make("وأكد وزير التعليم سامي الحداد أن الحملة ستشمل جميع المدارس.", ("سامي الحداد", "PER"))
    assert {p[2] for p in posts(linked)} == {None}


def test_a_counterpart_is_not_looked_up(monkeypatch):
    text = "والتقى وزير الصحة هاني الشمري نظيره سامي الحداد."
    linked = make(text, ("هاني الشمري", "PER"), ("سامي الحداد", "PER"))
    assert all(p[2] is None for p in posts(linked) if p[0] == "سامي الحداد")


def test_a_title_that_names_its_country_as_the_kingdom_takes_the_holders_kingdom():
    text = "وبحث وزير صحة المملكة سامي الحداد مع نظيره الروسي في موسكو التعاون بين البلدين."
    linked = make(text, ("سامي الحداد", "PER"), ("موسكو", "LOC"))
    assert ("سامي الحداد", "minister:health", "الأردن", "kb", post_of.NAME_UNDATED) in posts(linked)


def test_the_kingdoms_minister_is_not_given_a_holders_state_that_is_no_kingdom():
    # Not Kuwait (no kingdom): with no kingdom named, the one news means by "المملكة" (kg.extract.news_kingdom).
    text = "وبحث وزير صحة المملكة فلان الفلاني مع نظيره الروسي في موسكو التعاون بين البلدين."
    linked = make(text, ("فلان الفلاني", "PER"), ("موسكو", "LOC"))
    assert {p[2] for p in posts(linked) if p[0] == "فلان الفلاني"} == {"المملكة العربية السعودية"}


def test_the_holders_name_outweighs_the_one_country_the_article_names():
    text = "ووصل وزير الصحة سامي الحداد إلى مصر أمس في زيارة رسمية."
    linked = make(text, ("سامي الحداد", "PER"), ("مصر", "LOC"))
    assert posts(linked) == {("سامي الحداد", "minister:health", "الأردن", "kb", post_of.NAME_UNDATED)}
