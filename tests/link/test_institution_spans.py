"""Institutions by their head noun (`kg.link.institution_spans`): a head, its field and the field's adjective name a
body even where the NER misses it; a movement or an ordinal does not. Composed sentences."""

from __future__ import annotations

from tests.link.test_mentions import found


def orgs(got):
    return [label for _, label, t, _ in got if t == "ORG"]


def test_a_head_with_a_field_and_its_adjective_is_a_body(linker):
    assert orgs(found(linker, "وأعلنت هيئة الطيران المدني إغلاق المطار.")) == ["هيئة الطيران المدني"]
    assert orgs(found(linker, "وصرف صندوق التنمية الزراعية قروضا للمزارعين.")) == ["صندوق التنمية الزراعية"]


def test_two_adjectives_of_the_field_stay_in_the_name(linker):
    got = found(linker, "وقال مجلس الشؤون الاقتصادية الخارجية إن الخطة جاهزة.")
    assert orgs(got) == ["مجلس الشؤون الاقتصادية الخارجية"]


def test_a_movement_of_winds_or_traffic_is_no_body(linker):
    assert orgs(found(linker, "وتوقعت الأرصاد حركة الرياح السطحية النشطة غدا.")) == []


def test_an_ordinal_or_a_loyal_force_closes_no_name(linker):
    assert orgs(found(linker, "وافتتح مؤتمر الأطراف الحادي والعشرين في باريس.")) == []
    assert "حكومة الإنقاذ الموالية" not in orgs(found(linker, "وانتقدت حكومة الإنقاذ الموالية للبرلمان القرار."))


def test_the_council_of_the_region_keeps_its_division_word(linker):
    got = found(linker, "واعتمد مجلس التنمية الزراعية بالمحافظة برامج الموسم.")
    assert orgs(got) == ["مجلس التنمية الزراعية بالمحافظة"]


def test_a_place_after_a_head_and_before_a_definite_field_is_a_body_name(linker):
    got = found(linker, "وانضمت كينيا إلى منظمة نيروبي للتعاون الإقليمي العام الماضي.")
    assert ("منظمة نيروبي للتعاون الإقليمي", "ORG") in [(label, kind) for _, label, kind, _ in got]


def test_a_conference_after_its_venue_leaves_the_place(linker):
    got = found(linker, "وشارك الوزير في مؤتمر مدريد للسلام قبل سنوات.", ("مدريد", "LOC"))
    assert [(label, kind) for _, label, kind, _ in got] == [("مدريد", "LOC")]


def test_a_body_named_next_in_a_list_ends_the_field_before_it(linker):
    got = found(linker, "وبحث الجانبان التعاون بين الصندوق الكيني للتنمية والحكومة التنزانية.",
                ("والحكومة التنزانية", "ORG"))
    assert ("الصندوق الكيني للتنمية", "ORG") in [(label, kind) for _, label, kind, _ in got]


def test_a_relative_clause_after_a_place_named_body_is_no_field(linker):
    got = found(linker, "بتنظيم من مؤسسة نيروبي للأفلام والتي تهدف لدعم الأفلام الجديدة.")
    assert ("مؤسسة نيروبي للأفلام", "ORG") in [(label, kind) for _, label, kind, _ in got]
