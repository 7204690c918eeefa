"""A governor's division written by its bare noun ("أمير المنطقة"، "المحافظ X") is the one the article named in full."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_the_emir_of_the_region_is_the_emir_of_the_region_named_before():
    text = "زار الوفد منطقة الفلانية أمس. وقال أمير المنطقة الأمير سامي بن فلان إن الزيارة مهمة."
    linked = make(text, ("منطقة الفلانية", "LOC"), ("سامي بن فلان", "PER"))
    assert posts(linked) == {("سامي بن فلان", "region-emir", "منطقة الفلانية")}


def test_a_title_after_the_name_reads_the_same():
    text = "زار الوفد منطقة الفلانية أمس. وقال الأمير سامي بن فلان أمير المنطقة إن الزيارة مهمة."
    linked = make(text, ("منطقة الفلانية", "LOC"), ("سامي بن فلان", "PER"))
    assert posts(linked) == {("سامي بن فلان", "region-emir", "منطقة الفلانية")}


def test_the_bare_governor_before_a_name_governs_the_governorate_named_before():
    text = "عقدت اللجنة اجتماعها في محافظة الفلانية برئاسة المحافظ المهندس سامي الحداد أمس."
    linked = make(text, ("محافظة الفلانية", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "governor", "محافظة الفلانية")}


def test_two_regions_named_before_resolve_nothing():
    text = "زار الوفد منطقة الفلانية ثم منطقة العلانية. وقال أمير المنطقة الأمير سامي بن فلان إن الزيارة مهمة."
    linked = make(text, ("منطقة الفلانية", "LOC"), ("منطقة العلانية", "LOC"), ("سامي بن فلان", "PER"))
    assert posts(linked) == set()


def test_no_governorate_named_gives_the_bare_governor_no_post():
    text = "وقال المحافظ سامي الحداد إن العمل مستمر."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_region_named_by_its_compass_adjective_is_not_the_bare_noun():
    text = "زار الوفد منطقة الفلانية أمس. وقال الأمير سامي بن فلان أمير المنطقة الشرقية إن الزيارة مهمة."
    linked = make(text, ("منطقة الفلانية", "LOC"), ("سامي بن فلان", "PER"))
    assert ("سامي بن فلان", "region-emir", "منطقة الفلانية") not in posts(linked)
