"""Place names that are also common words, taken where the sentence says "place", on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def places(got):
    return [(label, ner_type, key) for _, label, ner_type, key in got]


def test_a_homograph_country_last_in_a_list_of_countries_is_the_country(linker):
    got = found(linker, "ويزور الوفد النيجر وبوركينا فاسو ومالي الأسبوع المقبل.",
                ("النيجر", "LOC"), ("بوركينا فاسو", "LOC"))
    assert ("مالي", "LOC", "kb:country:ML") in places(got)


def test_a_homograph_country_first_in_a_coordination_is_the_country(linker):
    got = found(linker, "وتشمل الجولة مالي والنيجر.", ("النيجر", "LOC"))
    assert places(got)[0] == ("مالي", "LOC", "kb:country:ML")


def test_a_homograph_city_after_a_city_head_is_the_city(linker):
    got = found(linker, "واستعادت القوات السيطرة على مدينة الرمادي أمس.")
    assert places(got) == [("الرمادي", "LOC", "kb:city:IQ:ramadi")]


def test_the_common_word_coordinated_with_a_common_word_stays_a_word(linker):
    assert found(linker, "وقدمت الدولة دعما سياسيا ومالي للمشروع.") == []
    assert found(linker, "وأعلنت الحكومة عن عجز مالي كبير.") == []


def test_a_homograph_after_a_facility_head_is_not_taken_as_the_town(linker):
    got = found(linker, "وهبطت الطائرة في مطار جدة الدولي.")
    assert all(label != "جدة" for _, label, _, _ in got)
