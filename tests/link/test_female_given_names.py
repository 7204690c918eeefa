"""Women's given names mined from the raw news (scripts/mine_female_given_names.py) open names, on composed
sentences."""

from __future__ import annotations

import pytest
from link_fixtures import persons

from kg.link.lexicons import lexicons
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
