"""Regions and chambers named by a classifier, and persons cut around a name link, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def spans(got):
    return [(text, ner_type) for text, _, ner_type, _ in got]


# --- regions ------------------------------------------------------------------------------------


def test_the_lands_of_a_place_are_one_region_not_the_place(linker):
    got = found(linker, "ووصلت القافلة من بلاد بونت إلى الساحل.", ("بونت", "LOC"))
    assert spans(got) == [("بلاد بونت", "LOC")]


def test_the_lands_of_a_common_plural_are_no_region(linker):
    assert found(linker, "وزار وفد من بلاد المسلمين المدينة.") == []


def test_a_peninsula_before_a_place_is_one_region_and_its_clitic_stays_out(linker):
    got = found(linker, "ووصلت السفينة إلى شبه جزيرة كامتشاتكا فجرا.", ("كامتشاتكا", "LOC"))
    assert spans(got) == [("شبه جزيرة كامتشاتكا", "LOC")]
    got = found(linker, "وجرت المناورات بشبه جزيرة كامتشاتكا.", ("كامتشاتكا", "LOC"))
    assert [(label, n) for _, label, n, _ in got] == [("شبه جزيرة كامتشاتكا", "LOC")]


def test_the_peninsula_with_its_adjective_is_a_region_the_ner_did_not_see(linker):
    got = found(linker, "وتضم شبه الجزيرة الأيبيرية دولتين.")
    assert spans(got) == [("شبه الجزيرة الأيبيرية", "LOC")]


def test_the_peninsula_with_an_ordinal_is_no_region(linker):
    assert found(linker, "وتعد شبه الجزيرة الثانية أصغر.") == []


# --- chambers of commerce ------------------------------------------------------------------------


def test_a_chamber_with_its_fields_and_town_is_one_organization(linker):
    got = found(linker, "وقالت غرفة تجارة وصناعة حفر الباطن إن المعرض يفتتح غدا.", ("حفر الباطن", "LOC"))
    assert spans(got) == [("غرفة تجارة وصناعة حفر الباطن", "ORG")]


def test_a_chamber_named_by_its_town_alone_is_an_organization(linker):
    got = found(linker, "وأعلنت غرفة حفر الباطن عن ورشة عمل.", ("حفر الباطن", "LOC"))
    assert spans(got) == [("غرفة حفر الباطن", "ORG")]


def test_the_international_chamber_is_named_by_its_field_and_adjective(linker):
    assert spans(found(linker, "وقالت غرفة التجارة الدولية إن التجارة تراجعت.")) == [("غرفة التجارة الدولية", "ORG")]


def test_a_definite_chamber_takes_its_town_with_ba_but_not_after_fi(linker):
    got = found(linker, "وقالت الغرفة التجارية الصناعية بحفر الباطن إن المعرض يفتتح.", ("بحفر الباطن", "LOC"))
    assert spans(got) == [("الغرفة التجارية الصناعية بحفر الباطن", "ORG")]
    got = found(linker, "وقالت الغرفة التجارية في حفر الباطن إن المعرض يفتتح.", ("حفر الباطن", "LOC"))
    assert spans(got) == [("حفر الباطن", "LOC")]


def test_a_room_is_no_chamber(linker):
    got = found(linker, "ونقل المصاب إلى غرفة العمليات في حفر الباطن.", ("حفر الباطن", "LOC"))
    assert spans(got) == [("حفر الباطن", "LOC")]
    assert found(linker, "ودخل غرفة العناية المركزة.") == []


# --- persons cut around a name link ----------------------------------------------------------------


def test_two_person_fragments_around_a_name_link_are_one_person(linker):
    got = found(linker, "وقال سامي ولد الحداد إن الوفد وصل.", ("سامي", "PER"), ("الحداد", "PER"))
    assert spans(got) == [("سامي ولد الحداد", "PER")]
    got = found(linker, "وقال فلان بن الفلاني إن الوفد وصل.", ("فلان", "PER"), ("الفلاني", "PER"))
    assert spans(got) == [("فلان بن الفلاني", "PER")]


def test_two_persons_with_a_comma_or_and_between_stay_two(linker):
    got = found(linker, "وحضر سامي، وفلان الفلاني.", ("سامي", "PER"), ("فلان الفلاني", "PER"))
    assert spans(got) == [("سامي", "PER"), ("فلان الفلاني", "PER")]


def test_a_chamber_named_by_its_fields_and_a_nisba_is_an_organization(linker):
    got = found(linker, "وقالت غرفة التجارة والصناعة الألمانية إن الصادرات تراجعت.")
    assert spans(got) == [("غرفة التجارة والصناعة الألمانية", "ORG")]
    got = found(linker, "وقالت الغرفة التجارية التونسية إن الصادرات تراجعت.")
    assert spans(got) == [("الغرفة التجارية التونسية", "ORG")]


def test_a_room_of_a_nationality_is_no_chamber(linker):
    assert spans(found(linker, "وفتشت الشرطة غرفة الألماني في الفندق.")) == []


def test_the_lands_of_a_longer_place_are_a_description_not_a_region(linker):
    got = found(linker, "وانتشرت الدعوة في بلاد العالم الإسلامي سريعا.", ("العالم الإسلامي", "LOC"))
    assert spans(got) == [("العالم الإسلامي", "LOC")]


# --- foreign given names mined after a title and a nisba (raw_given_names.tsv, after_title_nisba) ---------


def test_a_foreign_given_name_left_out_by_the_ner_is_absorbed_into_the_person(linker):
    got = found(linker, "وقال السفير الفرنسي فرانسوا دوبوا إن الزيارة ناجحة.", ("دوبوا", "PER"))
    assert spans(got) == [("فرانسوا دوبوا", "PER")]

