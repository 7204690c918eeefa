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


def test_a_city_after_a_locative_preposition_is_the_city(linker):
    got = found(linker, "ووصل الوزير إلى عدن صباح اليوم قادما من الرياض.", ("الرياض", "LOC"))
    assert ("عدن", "LOC", "kb:city:YE:aden") in places(got)
    got = found(linker, "وافتتح المعرض الدولي للكتاب بجدة أمس.")
    assert [p for p in places(got) if p[0] == "جدة"] == [("جدة", "LOC", "kb:city:SA:jeddah")]


def test_a_homograph_the_news_writes_as_a_word_after_a_preposition_stays_a_word(linker):
    assert found(linker, "وودع الأهالي الشهيد في مشهد حزين.") == []
    assert found(linker, "وأهدى الطفل الوردة إلى جده المريض.") == []


def test_a_homograph_city_without_a_preposition_stays_to_the_ner(linker):
    assert found(linker, "وقالت جدة الطفل إنها لم تره منذ أمس.") == []


def test_every_locative_place_is_a_homograph_place_with_its_raw_corpus_count():
    from kg.link.gazetteer import default_gazetteer
    from kg.link.lexicons import locative_places

    gaz = default_gazetteer()
    for name, count in locative_places().items():
        hits = [h for h in gaz.find(f"في {name}") if h.name == name]
        assert count >= 3 and hits and hits[0].homograph, name
