"""Two places after a dual place head, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def places(got):
    return [label for _, label, ner_type, _ in got if ner_type == "LOC"]


def test_both_islands_after_a_dual_head_are_places(linker):
    assert places(found(linker, "وجرى تسليم جزيرتي دوريمو وساليما من الدولة.")) == ["دوريمو", "ساليما"]


def test_both_towns_after_a_dual_head_at_the_sentence_end_are_places(linker):
    assert places(found(linker, "وتشمل الجولة مدينتي دوريمو وساليما.")) == ["دوريمو", "ساليما"]


def test_a_second_name_that_goes_on_is_left_to_the_ner(linker):
    assert places(found(linker, "وسقطت قذائف على مدينتي دوريمو وجسر ساليما أمس.")) == ["دوريمو"]


def test_a_mention_already_there_is_kept_once(linker):
    got = found(linker, "وزار محافظتي دوريمو وساليما في الجنوب.", ("دوريمو", "LOC"))
    assert places(got) == ["دوريمو", "ساليما"]
