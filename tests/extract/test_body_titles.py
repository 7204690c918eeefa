"""Heads and directors of bodies the NER does not tag, bound through the honorific before the name."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_the_head_of_an_untagged_body_before_an_honorific_and_a_name_holds_the_post():
    text = "ودعا رئيس مجلس إدارة الجمعية المهندس فهد المقحم، المبتعثين لزيارة الموقع."
    assert posts(make(text, ("فهد المقحم", "PER"))) == {("فهد المقحم", "head", "مجلس إدارة الجمعية")}


def test_a_royal_honorific_after_the_body_still_ends_it():
    text = "من جهة أخرى، يصل رئيس النادي الأمير نواف بن سعد إلى مدينة سالزبورج."
    linked = make(text, ("نواف بن سعد", "PER"), ("سالزبورج", "LOC"))
    assert posts(linked) == {("نواف بن سعد", "head", "النادي")}


def test_a_date_word_or_verb_between_head_and_honorific_is_no_body_name():
    text = "وقال رئيس اللجنة أمس الدكتور سامي العلي إن الاجتماع ناجح."
    assert posts(make(text, ("سامي العلي", "PER"))) == set()


def test_without_an_honorific_the_bare_head_noun_binds_no_one():
    text = "وقال رئيس اللجنة سامي العلي إن الاجتماع ناجح."
    assert posts(make(text, ("سامي العلي", "PER"))) == set()


def test_a_definite_head_noun_is_no_title_of_a_body():
    text = "وتحدث المدير العام الدكتور سامي العلي عن الخطة."
    assert posts(make(text, ("سامي العلي", "PER"))) == set()


def test_general_after_the_head_noun_belongs_to_the_title():
    text = "وأوضح مدير عام الشؤون الصحية بمنطقة الباحة الدكتور غرم الله سدران أن الخدمات تحسنت."
    linked = make(text, ("غرم الله سدران", "PER"))
    assert {(p[0], p[1]) for p in posts(linked)} == {("غرم الله سدران", "director")}
    assert next(iter(posts(linked)))[2].startswith("الشؤون الصحية")
