"""Towns, villages and districts named after their noun are places, on composed sentences of local news."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def places(got):
    return [label for _, label, ner_type, _ in got if ner_type == "LOC"]


def test_a_governorate_no_gazetteer_knows_is_a_place(linker):
    assert places(found(linker, "وتمكنت فرق الدفاع المدني بمحافظة الفلاحة من إخماد الحريق.")) == ["الفلاحة"]


def test_a_village_and_a_town_are_places(linker):
    assert places(found(linker, "ووقع الحادث في قرية العقيلة مساء أمس.")) == ["العقيلة"]
    assert places(found(linker, "وسقطت قذيفة على بلدة كفرسامي القريبة.")) == ["كفرسامي"]


def test_a_two_word_name_keeps_its_second_word(linker):
    assert places(found(linker, "وزار الوفد محافظة خميس سامي أمس.")) == ["خميس سامي"]
    assert places(found(linker, "ووصل الوفد إلى محافظة رأس الفلاح صباحا.")) == ["رأس الفلاح"]


def test_a_yemeni_district_is_a_place_and_a_directorate_is_not(linker):
    assert places(found(linker, "وسيطرت القوات على مديرية حرضان بعد معارك.")) == ["حرضان"]
    assert places(found(linker, "وقالت مديرية أمن المدينة إن الوضع هادئ.")) == []


def test_an_adjective_or_a_preposition_after_the_noun_is_no_name(linker):
    assert places(found(linker, "ويعيش في قرية صغيرة منذ سنوات.")) == []
    assert places(found(linker, "وأكد على محافظة على المكتسبات.")) == []
    assert places(found(linker, "وقصفت الطائرات قرية بريف المدينة.")) == []


def test_a_town_described_by_where_it_lies_or_by_a_nisba_names_none(linker):
    assert places(found(linker, "وقصفت الطائرات بلدة شمال شرق المدينة.")) == []
    assert places(found(linker, "ووقع التفجير في أكبر محافظة سنية في البلاد.")) == []
