"""A state's own divisions named with their administrative noun place a paragraph's bare domestic titles."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.home_regions import load_regions, region_countries
from kg.extract.post_of import REGION_COUNTRY, UNCLAIMED_COUNTRY


def facts_of(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None, p.of_source, p.of_confidence)
            for p in extract_facts(linked).posts}


def test_a_division_with_its_noun_and_clitics_names_its_state():
    assert region_countries("افتتح المشروع بمنطقة تبوك أمس") == ["country:SA"]
    assert region_countries("في زيارة إلى ولاية صفاقس") == ["country:TN"]
    assert region_countries("وقعت اشتباكات في محافظة تعز") == ["country:YE"]


def test_the_bare_name_or_another_states_noun_names_no_state():
    assert region_countries("وصل الوفد إلى صفاقس") == []
    assert region_countries("زار محافظة صفاقس") == []


def test_a_direction_word_is_no_division_and_a_longer_name_is_not_cut():
    # "محافظة شمال سيناء" is one Egyptian governorate, not a governorate called "شمال".
    assert region_countries("هجوم في محافظة شمال سيناء") == ["country:EG"]


def test_every_table_row_names_a_kb_country():
    from kg.link.resources import Resources

    kb = Resources.default().kb
    assert all(kb.get(country) is not None for country, _, _ in load_regions())


def test_a_bare_minister_in_a_paragraph_naming_only_a_division_takes_its_state():
    text = "وتفقد وزير التعليم سامي الحداد مدارس منطقة نجران أمس."
    linked = make(text, ("سامي الحداد", "PER"))
    assert {f[:3] for f in facts_of(linked)} == {("سامي الحداد", "minister:education", "المملكة العربية السعودية")}


def test_a_bare_minister_takes_the_divisions_state_when_the_article_names_two_countries():
    text = "وقال وزير الصحة سامي الحداد خلال زيارته ولاية سوسة إن التعاون مع فرنسا وإيطاليا سيتعزز."
    linked = make(text, ("سامي الحداد", "PER"), ("فرنسا", "LOC"), ("إيطاليا", "LOC"))
    assert facts_of(linked) == {("سامي الحداد", "minister:health", "تونس", "article", REGION_COUNTRY)}


def test_a_bare_president_is_not_placed_by_a_division_among_other_countries():
    # A foreign head of state is often "الرئيس X" with no country: only ministers and heirs.
    text = "واستقبل الرئيس فلان الفلاني وفدا من فرنسا وإيطاليا زار ولاية سوسة."
    linked = make(text, ("فلان الفلاني", "PER"), ("فرنسا", "LOC"), ("إيطاليا", "LOC"))
    assert {f[:3] for f in facts_of(linked)} == {("فلان الفلاني", "president", None)}


def test_divisions_of_two_states_place_no_one():
    text = "وقال وزير الصحة سامي الحداد إن الدعم وصل إلى محافظة عدن ومنطقة جازان ومنطقة نجران وفرنسا وإيطاليا."
    linked = make(text, ("سامي الحداد", "PER"), ("فرنسا", "LOC"), ("إيطاليا", "LOC"))
    assert {f[:3] for f in facts_of(linked)} == {("سامي الحداد", "minister:health", None)}


def test_a_bare_host_takes_the_one_state_named_that_no_guests_title_claims():
    text = "استقبل وزير الثقافة سامي الحداد وزير الخارجية المصري فلان الفلاني، وبحثا العلاقات بين السعودية ومصر."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("السعودية", "LOC"), ("ومصر", "LOC", "مصر"))
    host = {f for f in facts_of(linked) if f[0] == "سامي الحداد"}
    assert host == {("سامي الحداد", "minister:culture", "المملكة العربية السعودية", "article", UNCLAIMED_COUNTRY)}


def test_a_state_named_only_by_a_city_is_not_the_unclaimed_state():
    # Moscow is where they met, not the host's state: a city is no evidence of the paper's own state.
    text = "استقبل وزير الثقافة سامي الحداد في موسكو وزير الخارجية المصري فلان الفلاني، وبحثا العلاقات مع مصر."
    linked = make(text, ("سامي الحداد", "PER"), ("موسكو", "LOC"), ("فلان الفلاني", "PER"), ("مصر", "LOC"))
    assert ("سامي الحداد", "minister:culture", None) in {f[:3] for f in facts_of(linked)}


def test_a_persons_own_stacked_title_claims_no_state_from_him():
    # The adviser's title stacked after his name is his own, not a foreign guest's: the one state
    # left (the one he travels to) must not become his.
    text = "وصل سامي الحداد وزير الدولة عضو مجلس الوزراء مستشار خادم الحرمين الشريفين أمس إلى فرنسا."
    linked = make(text, ("سامي الحداد", "PER"), ("مجلس الوزراء", "ORG"), ("فرنسا", "LOC"))
    assert ("سامي الحداد", "minister-of-state", "فرنسا") not in {f[:3] for f in facts_of(linked)}
