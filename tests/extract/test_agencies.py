"""A state news agency credited by the paragraph gives its bare domestic titles their country."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.agencies import agency_countries
from kg.extract.post_of import AGENCY_COUNTRY


def facts_of(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None, p.of_source, p.of_confidence)
            for p in extract_facts(linked).posts}


def test_a_bracketed_acronym_a_dateline_and_a_full_name_each_credit_an_agency():
    assert agency_countries("وقال في تصريح لـ(وات) إن المشروع سينطلق قريبا.") == ["country:TN"]
    assert agency_countries("الرياض - واس - أكد المسؤول أن …") == ["country:SA"]
    assert agency_countries("وأفادت وكالة الانباء الكويتية بأن الاجتماع انتهى.") == ["country:KW"]
    assert agency_countries("نقلا عن وكالة أنباء الشرق الأوسط") == ["country:EG"]


def test_an_acronym_that_is_also_a_word_credits_nothing_outside_brackets_or_a_dateline():
    assert agency_countries("وقال بنا على ذلك إن قنا السويس مفتوحة") == []


def test_a_foreign_wire_is_no_state_agency():
    assert agency_countries("قالت وكالة الأنباء الألمانية (د ب أ) إن …") == []


def test_a_bare_ministers_title_takes_the_credited_agencys_country_when_the_article_names_two():
    text = "وقال وزير النقل سامي الحداد في تصريح لـ(وات) إن الخط الجديد بين فرنسا وإيطاليا سيفتح قريبا."
    linked = make(text, ("سامي الحداد", "PER"), ("فرنسا", "LOC"), ("إيطاليا", "LOC"))
    assert facts_of(linked) == {("سامي الحداد", "minister:transport", "تونس", "article", AGENCY_COUNTRY)}


def test_a_title_with_its_own_nisba_keeps_it_whatever_agency_is_credited():
    text = "وقال وزير النقل الفرنسي سامي الحداد في تصريح لـ(وات) إن الخط الجديد سيفتح قريبا."
    linked = make(text, ("سامي الحداد", "PER"))
    assert {f[:3] for f in facts_of(linked)} == {("سامي الحداد", "minister:transport", "فرنسا")}


def test_a_bare_president_does_not_take_the_agencys_country():
    # A foreign head of state is often "الرئيس X" with no country: only ministers and heirs.
    text = "واستقبل الرئيس فلان الفلاني وفدا من فرنسا وإيطاليا، حسب (وات)."
    linked = make(text, ("فلان الفلاني", "PER"), ("فرنسا", "LOC"), ("إيطاليا", "LOC"))
    assert {f[:3] for f in facts_of(linked)} == {("فلان الفلاني", "president", None)}


def test_a_national_outlet_crediting_itself_gives_its_country():
    assert agency_countries("وقال في تصريح لجوهرة أف أم إن المشروع سينطلق.") == ["country:TN"]
    assert agency_countries("وأكد في اتصال هاتفي مع الجوهرة اف ام أن …") == ["country:TN"]
    assert agency_countries("… رابط الخبر بصحيفة الوئام: عنوان الخبر") == ["country:SA"]


def test_a_bare_minister_interviewed_by_a_national_outlet_is_its_countrys():
    text = "وقال وزير التجارة سامي الحداد في تصريح لجوهرة أف أم إن المبادلات مع فرنسا وإيطاليا ارتفعت."
    linked = make(text, ("سامي الحداد", "PER"), ("فرنسا", "LOC"), ("إيطاليا", "LOC"))
    assert {f[:3] for f in facts_of(linked)} == {("سامي الحداد", "minister:trade", "تونس")}


def test_agencies_named_by_their_nisba_and_lebanons_national_agency_credit_their_states():
    assert agency_countries("وأكد في تصريح نقلته وكالة الأنباء الإماراتية أن …") == ["country:AE"]
    assert agency_countries("وذكرت وكالة الأنباء البحرينية أن الاجتماع انتهى.") == ["country:BH"]
    assert agency_countries("وأوردت الوكالة الوطنية للإعلام أن الوزير وقع القرار.") == ["country:LB"]
    text = "وأوردت الوكالة الوطنية للإعلام أن وزير الدفاع سامي بن عبدالله صباح وقع قرار التمديد."
    assert {f[:3] for f in facts_of(make(text, ("سامي بن عبدالله صباح", "PER")))} == {
        ("سامي بن عبدالله صباح", "minister:defence", "لبنان")}
