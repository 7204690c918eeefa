"""Given names between a title and a surname, and a lone preposition at a name's end, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def persons(got):
    return [label for _, label, ner_type, _ in got if ner_type == "PER"]


def test_a_foreign_given_name_between_a_title_and_the_surname_joins_the_person(linker):
    got = found(linker, "ولا يوجد متسع أمام رئيس الوزراء اليوناني ألكسيس تسيبراس لإقرار الإجراءات.",
                ("تسيبراس", "PER"))
    assert persons(got) == ["ألكسيس تسيبراس"]


def test_a_common_word_between_a_title_and_a_surname_is_not_a_given_name(linker):
    got = found(linker, "وأعلن الرئيس أمس تسيبراس موافقته.", ("تسيبراس", "PER"))
    assert persons(got) == ["تسيبراس"]


def test_a_word_before_a_surname_without_a_title_is_not_taken(linker):
    got = found(linker, "وقالت مصادر قريبة جدا من بابادوبولوس إن الاتفاق قريب.", ("بابادوبولوس", "PER"))
    assert persons(got) == ["بابادوبولوس"]


def test_a_lone_preposition_before_a_bracket_is_cut_from_the_name(linker):
    got = found(linker, "من جانبه أكد وزير الصحة سامي الحداد ل(وات) أن الاتفاق سيوقع.",
                ("سامي الحداد ل", "PER"), ("وات", "ORG"))
    assert persons(got) == ["سامي الحداد"]
