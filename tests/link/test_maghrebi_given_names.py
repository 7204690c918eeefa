"""Maghrebi given names mined from Tunisian news (scripts/mine_maghrebi_given_names.py) open names, on composed
sentences: bare ones as any given name, those with the article only before another name word."""

from __future__ import annotations

import pytest
from link_fixtures import linked_mentions, persons

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.link.person_spans import given_word
from kg.link.resolve import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def per(mentions) -> list[str]:
    return [m.label for m in mentions if m.ner_type == "PER"]


@pytest.mark.parametrize("name", ["سليم", "رضا", "بشير", "سنية", "لطفي"])
def test_a_bare_maghrebi_given_name_is_a_given_name(name):
    assert given_word(match_key(name), name)


@pytest.mark.parametrize("word", ["آمال", "فريد", "العربي"])
def test_a_word_that_is_also_a_common_noun_or_adjective_is_no_mined_given_name(word):
    lex = lexicons()
    assert match_key(word) not in lex.raw_given_names and match_key(word) not in lex.definite_given_names


def test_a_definite_given_name_before_a_family_name_opens_the_person(linker):
    assert persons(linker, "وصرح الهادي الحمروني بأن الجبهة ترفض المشروع.") == ["الهادي الحمروني"]


def test_a_definite_given_name_after_a_title_and_its_portfolio_is_no_qualifier(linker):
    assert persons(linker, "وأكد وزير الصحة المنصف الحمروني أن المشروع سينطلق.") == ["المنصف الحمروني"]


def test_a_definite_given_name_before_bin_takes_the_family_name(linker):
    assert persons(linker, "وقال الطاهر بن صالح إن الوزارة تعمل.") == ["الطاهر بن صالح"]


def test_a_definite_given_name_joins_the_person_the_ner_found_after_it(linker):
    got = linked_mentions(linker, "وأكد الحبيب الحمروني أن المشروع سينطلق.", ("الحمروني", "PER"))
    assert per(got) == ["الحبيب الحمروني"]


def test_a_definite_given_name_before_a_common_word_or_a_verb_opens_no_person(linker):
    assert persons(linker, "وزار الحبيب المدينة أمس.") == []
    assert persons(linker, "وأكد الهادي قال إن المشروع سينطلق.") == []


def test_a_definite_given_name_before_punctuation_opens_no_person(linker):
    assert persons(linker, "وتحدث عن الهادي، والمشروع سينطلق.") == []
