"""A bare minister's Arabic name finds the one country whose holder of that portfolio has it in English."""

from __future__ import annotations

import datetime as dt

from kg.link.portfolio_holders import TABLE, Holder, find, load

SRC = "github:owner/repo@0000000000000000000000000000000000000000:html/holders21.csv"
HOLDERS = {
    "health": (
        Holder("JO", "health", "Q1", "Sami al-Haddad", "Minister of Health", "2014-03-01", "2016-05-01", SRC),
        Holder("KW", "health", "Q2", "Hani Al-Shammari", "Minister of Health", "2015", None, SRC),
        Holder("OM", "health", "Q3", "Hani bin Said Al Shammari", "Minister of Health", "2001", "2004", SRC),
    ),
}


def test_the_one_holder_in_office_on_the_date_gives_the_country_and_qid():
    found = find("سامي الحداد", "health", dt.date(2015, 6, 1), HOLDERS)
    assert found is not None and (found.country, found.qid, found.dated) == ("JO", "Q1", True)


def test_a_date_outside_the_term_finds_nothing_and_an_undated_article_any_term():
    assert find("سامي الحداد", "health", dt.date(2017, 1, 1), HOLDERS) is None
    found = find("سامي الحداد", "health", None, HOLDERS)
    assert found is not None and (found.country, found.dated) == ("JO", False)


def test_namesakes_of_two_countries_give_no_country_unless_the_date_tells_them_apart():
    assert find("هاني الشمري", "health", None, HOLDERS) is None
    found = find("هاني الشمري", "health", dt.date(2016, 1, 1), HOLDERS)
    assert found is not None and found.country == "KW"


def test_another_portfolio_or_name_finds_nothing():
    assert find("سامي الحداد", "education", None, HOLDERS) is None
    assert find("سامي الحمدان", "health", None, HOLDERS) is None


def test_a_year_bounds_a_term_by_its_first_and_last_day():
    h = HOLDERS["health"][2]
    assert h.covers(dt.date(2001, 1, 1)) and h.covers(dt.date(2004, 12, 31)) and not h.covers(dt.date(2005, 1, 1))


def test_the_shipped_table_holds_saudi_health_ministers_with_their_source():
    rows = load(TABLE)["health"]
    row = next(h for h in rows if h.qid == "Q7689265")  # Tawfiq Al Rabiah, Wikidata
    assert (row.country, row.start) == ("SA", "2016-05-07")
    assert row.source.startswith("github:every-politician-scrapers/saudi-ministers@")
    found = find("توفيق الربيعة", "health", dt.date(2017, 3, 1))
    assert found is not None and (found.country, found.qid) == ("SA", "Q7689265")
