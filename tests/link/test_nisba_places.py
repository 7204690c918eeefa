"""Towns the knowledge base lacks, placed by في and a country's feminine adjective, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def places(got):
    return [label for _, label, ner_type, _ in got if ner_type == "LOC"]


def test_a_free_word_after_fi_and_before_a_country_adjective_is_a_town(linker):
    assert places(found(linker, "وأقام الفريق معسكره في فلانبورغ النمساوية لمدة أسبوع.")) == ["فلانبورغ"]


def test_a_noun_with_a_pronoun_suffix_is_no_town(linker):
    assert places(found(linker, "وقال الوزير في جولته الأفريقية إن التعاون مهم.")) == []


def test_an_attached_preposition_is_not_read_as_the_locative(linker):
    assert places(found(linker, "وتعاقدت الشركة مع بوينغ الأمريكية.")) == []


def test_a_definite_word_is_no_town(linker):
    assert places(found(linker, "ونشر الخبر في الصحف الإيطالية.")) == []
