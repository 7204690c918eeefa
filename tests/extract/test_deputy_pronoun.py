"""A deputy named by a pronoun ("ونائبه") holds the deputy's post of the official named before him."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts if p.current}


def test_the_ministers_deputy_is_deputy_minister_of_the_same_ministry_and_state():
    text = "وتابع وزير الصحة المصري سامي الحداد ونائبه كريم المنصوري الحادث عن قرب."
    linked = make(text, ("سامي الحداد", "PER"), ("كريم المنصوري", "PER"))
    assert posts(linked) == {("سامي الحداد", "minister:health", "مصر"),
                             ("كريم المنصوري", "deputy-minister:health", "مصر")}


def test_the_deputy_of_a_title_with_no_name_is_the_bodys_deputy_head_not_its_head():
    text = "وحضر اللقاء رئيس هيئة السياحة ونائبه كريم المنصوري."
    linked = make(text, ("هيئة السياحة", "ORG"), ("كريم المنصوري", "PER"))
    assert posts(linked) == {("كريم المنصوري", "deputy-head", "هيئة السياحة")}


def test_a_former_deputy_is_no_current_post():
    text = "واندلعت المعارك بين قوات الرئيس المصري سامي الحداد ونائبه السابق كريم المنصوري."
    linked = make(text, ("سامي الحداد", "PER"), ("كريم المنصوري", "PER"))
    assert posts(linked) == {("سامي الحداد", "president", "مصر")}


def test_the_deputy_of_a_post_with_no_deputy_role_gets_none():
    text = "واستقبل الوزير سفير اليابان لدى مصر سامي الحداد ونائبه كريم المنصوري."
    linked = make(text, ("اليابان", "LOC"), ("مصر", "LOC"), ("سامي الحداد", "PER"), ("كريم المنصوري", "PER"))
    assert {p[0] for p in posts(linked)} == {"سامي الحداد"}
