"""Facilities named after a royal person (`kg.link.eponyms`), on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def test_a_father_s_name_opening_with_ba_after_bin_stays_in_the_park_s_name(linker):
    text = "وأقيم الحفل في حديقة الأمير سعد بن بندر بالمدينة مساء أمس."
    got = found(linker, text, ("سعد بن بندر بالمدينة", "PER"))
    assert [g[1:3] for g in got][0] == ("حديقة الأمير سعد بن بندر", "LOC")


def test_a_preposition_with_the_article_after_bin_still_ends_the_name(linker):
    text = "وافتتح المحافظ مستشفى الملك فهد بن بالرياض أمس."
    got = found(linker, text, ("فهد", "PER"))
    assert all(not g[1].endswith("بالرياض") for g in got)


def test_abd_written_apart_keeps_its_second_word_in_the_university_s_name(linker):
    text = "ووقعت الوزارة اتفاقية مع جامعة الأمير عبد الرحيم لإنشاء مختبر."
    got = found(linker, text)
    assert [g[1:3] for g in got] == [("جامعة الأمير عبد الرحيم", "ORG")]


def test_the_ner_s_head_and_title_alone_give_way_to_the_whole_eponym(linker):
    text = "ووقعت الوزارة اتفاقية مع جامعة الأمير عبد الرحيم لإنشاء مختبر."
    got = found(linker, text, ("جامعة الأمير", "ORG"), ("عبد الرحيم", "PER"))
    assert [g[1:3] for g in got] == [("جامعة الأمير عبد الرحيم", "ORG")]
