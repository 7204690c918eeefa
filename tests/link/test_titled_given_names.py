"""Given names between a title and a surname, and words a name runs on into, on composed news sentences."""

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


def test_a_decision_noun_taking_ala_is_cut_from_the_body_before_it(linker):
    got = found(linker, "وقرر مجلس الوزراء الموافقة على تعديل النظام.", ("مجلس الوزراء الموافقة", "ORG"))
    assert [label for _, label, n, _ in got if n == "ORG"] == ["مجلس الوزراء"]


def test_a_one_word_head_before_such_a_noun_keeps_its_name(linker):
    got = found(linker, "وأكدت لجنة المتابعة على ضرورة الحوار.", ("لجنة المتابعة", "ORG"))
    assert [label for _, label, n, _ in got if n == "ORG"] == ["لجنة المتابعة"]


def test_a_verb_between_a_title_and_a_surname_is_not_a_given_name(linker):
    assert persons(found(linker, "وقال الرئيس الأمريكي يستقبل فلانوف غدا.", ("فلانوف", "PER"))) == ["فلانوف"]
    assert persons(found(linker, "وقال الرئيس الأمريكي سيستقبل فلانوف غدا.", ("فلانوف", "PER"))) == ["فلانوف"]
