"""A state named by its formal style ("جمهورية X"، "الجمهورية الX") is that country, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def test_a_republic_before_a_known_country_name_is_that_country(linker):
    got = found(linker, "وقعت الوزارة اتفاقية مع جمهورية كوريا الجنوبية أمس.", ("جمهورية كوريا الجنوبية", "LOC"))
    assert got == [("جمهورية كوريا الجنوبية", "جمهورية كوريا الجنوبية", "LOC", "kb:country:KR")]


def test_a_styled_country_the_ner_took_for_an_organization_is_the_country(linker):
    got = found(linker, "وقعت الوزارة مذكرة تفاهم مع جمهورية فرنسا.", ("جمهورية فرنسا", "ORG"))
    assert got == [("جمهورية فرنسا", "جمهورية فرنسا", "LOC", "kb:country:FR")]


def test_the_republic_and_a_feminine_nisba_the_ner_left_untagged_is_the_country(linker):
    got = found(linker, "وقعت الوزارة اتفاقية مع الجمهورية العراقية في مجال النقل.")
    assert got == [("الجمهورية العراقية", "الجمهورية العراقية", "LOC", "kb:country:IQ")]


def test_the_kingdom_with_the_contracted_preposition_keeps_its_article_in_the_label(linker):
    got = found(linker, "وصل وفد تابع للمملكة الإسبانية إلى الرياض.", ("الرياض", "LOC"))
    assert got[0] == ("للمملكة الإسبانية", "المملكة الإسبانية", "LOC", "kb:country:ES")


def test_a_masculine_nisba_after_the_republic_belongs_to_the_title_not_to_the_state(linker):
    got = found(linker, "وقال نائب رئيس الجمهورية العراقي سامي صباح إن الوفد وصل.")
    assert not any(text.startswith("الجمهورية") for text, *_ in got)


def test_a_state_noun_before_a_word_that_names_no_country_stays_unlinked(linker):
    got = found(linker, "وأعلنت دولة الاحتلال عن خطة جديدة.", ("دولة الاحتلال", "LOC"))
    assert not got[0][3].startswith("kb:")
