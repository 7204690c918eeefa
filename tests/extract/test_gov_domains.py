"""A government web address in a paragraph gives its bare domestic minister the site's country."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.gov_domains import gov_domain_countries


def test_the_country_code_after_gov_is_the_states_iso_code():
    assert gov_domain_countries("عبر الموقع http://Tawasul.moe.gov.sa، أو www.moi.gov.sa") == ["country:SA"]
    assert gov_domain_countries("الموقع www.gov.uk والموقع www.finances.gov.tn") == ["country:GB", "country:TN"]


def test_an_address_that_is_not_a_government_one_names_no_state():
    text = "عبر الموقع www.example.com.sa أو www.un.org أو gov.sa.example.com أو x.gov.sa.example.com"
    assert gov_domain_countries(text) == []


def of(text, *spans):
    posts = extract_facts(make(text, *spans)).posts
    return {(p.person.entity.label, p.of.entity.label if p.of else None) for p in posts}


def test_a_bare_minister_in_a_paragraph_that_gives_a_states_government_site_is_that_states():
    text = ("دعا وزير التعليم سامي الحداد إلى الرد على استفسارات المستفيدين. يذكر أن الخدمة تستقبل الطلبات "
            "عبر الموقع التالي: http://tawasul.moe.gov.sa، وهي خدمة آلية ميسرة.")
    assert of(text, ("سامي الحداد", "PER")) == {("سامي الحداد", "المملكة العربية السعودية")}


def test_sites_of_two_states_give_no_country():
    text = ("دعا وزير التعليم سامي الحداد إلى الرد على الاستفسارات عبر الموقع www.moe.gov.sa "
            "والموقع www.education.gov.tn.")
    assert of(text, ("سامي الحداد", "PER")) == {("سامي الحداد", None)}
