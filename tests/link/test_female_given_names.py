"""Women's given names mined from the raw news (scripts/mine_female_given_names.py: after a feminine honorific,
or read by hand after a feminine speech verb) open names, on composed sentences; the adjective سلمي does not."""

from __future__ import annotations

import pytest
from link_fixtures import persons

from kg.link.lexicons import female_given_names, lexicons
from kg.link.normalize import match_key
from kg.link.person_spans import given_word
from kg.link.resolve import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


@pytest.mark.parametrize("name", ["فاطمة", "سميرة", "نادية", "زينب", "لمياء"])
def test_a_woman_s_given_name_in_ة_or_not_is_a_given_name(name):
    assert given_word(match_key(name), name)


@pytest.mark.parametrize("word", ["وعائلتها", "لمهرجان", "أصيبت", "مني"])
def test_a_clause_word_written_after_a_feminine_honorific_is_no_given_name(word):
    assert match_key(word) not in lexicons().raw_given_names


def test_a_woman_named_after_her_title_is_a_person(linker):
    assert persons(linker, "وأكدت وزيرة الثقافة سميرة الحدادي في كلمتها أن المهرجان سيستمر.") == ["سميرة الحدادي"]



@pytest.mark.parametrize("name", ["سلمى", "ليلى", "مها", "بسمة", "سعاد", "سلوى"])
def test_a_name_read_after_a_feminine_speech_verb_is_a_womans_given_name(name):
    assert match_key(name) in female_given_names()


def test_a_womans_name_after_a_feminine_title_and_its_body_is_a_person(linker):
    assert persons(linker, "وأكدت رئيسة الجمعية مها الحمروني أن المشروع سينطلق.") == ["مها الحمروني"]


def test_a_womans_name_after_a_feminine_honorific_is_a_person(linker):
    assert persons(linker, "وأوضحت الدكتورة بسمة الحمروني أن المرض ينتشر.") == ["بسمة الحمروني"]


def test_the_adjective_salmi_after_a_noun_is_no_person(linker):
    assert persons(linker, "ودعا الوزير إلى حل سلمي للأزمة.") == []
    assert persons(linker, "وشارك في الاعتصام سلمي وهادئ.") == []
