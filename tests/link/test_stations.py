"""Radio stations named NAME + FM, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def orgs(got):
    return [label for _, label, ner_type, _ in got if ner_type == "ORG"]


def test_the_word_before_fm_is_the_station_name_even_when_the_ner_tags_fm_alone(linker):
    got = found(linker, "وقال في تصريح لمراسل النخلة أف أم إن الاتفاق قريب.", ("أف أم", "ORG"))
    assert orgs(got) == ["النخلة أف أم"]


def test_quotes_around_fm_do_not_break_the_station_name(linker):
    got = found(linker, 'وأشار مبعوث النخلة "اف ام" الى سوريا.', ("اف ام", "ORG"), ("سوريا", "LOC"))
    assert orgs(got) == ["النخلة اف ام"]


def test_a_preposition_on_the_station_name_stays_out_and_the_article_comes_back(linker):
    assert orgs(found(linker, "وقال في تصريح للنخلة أف أم إن الاتفاق قريب.")) == ["النخلة أف أم"]
    assert orgs(found(linker, "وقال في تصريح لـالنخلة أف أم إن الاتفاق قريب.")) == ["النخلة أف أم"]


def test_fm_after_a_classifier_names_no_station(linker):
    assert found(linker, "وبثت إذاعة أف أم الخبر.") == []
