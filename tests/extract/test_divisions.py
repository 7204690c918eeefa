"""A governor named with his division's noun ("أمير منطقة الرياض") holds the division's post, not the city's."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None, p.of.entity.kind if p.of else None)
            for p in extract_facts(linked).posts}


def test_the_emir_of_a_region_named_after_its_city_is_the_regions():
    text = "واستقبل الأمير سامي بن فلان أمير منطقة الرياض في مكتبه أمس محافظي المنطقة."
    linked = make(text, ("سامي بن فلان", "PER"), ("الرياض", "LOC"))
    assert posts(linked) == {("سامي بن فلان", "region-emir", "منطقة الرياض", "Place")}


def test_a_governor_of_a_governorate_named_with_its_noun_is_the_governorates():
    text = "وافتتح محافظ محافظة جدة سامي الحداد المعرض أمس."
    linked = make(text, ("جدة", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "governor", "محافظة جدة", "Place")}


def test_a_title_without_the_noun_keeps_the_place_it_names():
    text = "وقال الأمير سامي بن فلان أمير الرياض إن المشروع اكتمل."
    linked = make(text, ("سامي بن فلان", "PER"), ("الرياض", "LOC"))
    assert posts(linked) == {("سامي بن فلان", "emir", "الرياض", "City")}


def test_a_region_whose_name_is_no_citys_keeps_its_own_mention():
    text = "واستقبل الأمير سامي بن فلان أمير منطقة الفلانية في مكتبه أمس."
    linked = make(text, ("سامي بن فلان", "PER"), ("الفلانية", "LOC"))
    assert posts(linked) == {("سامي بن فلان", "region-emir", "الفلانية", "Place")}


def test_a_division_the_kb_names_with_its_noun_is_the_post_s_knowledge_base_entry():
    # the KB names the division noun + name (kg.link.kb.build.divisions): one mention from the noun on
    text = "وافتتح محافظ محافظة البصرة سامي الحداد المعرض أمس."
    linked = make(text, ("البصرة", "LOC"), ("سامي الحداد", "PER"))
    (post,) = extract_facts(linked).posts
    assert (post.role, post.of.entity.label, post.of.entity.kind) == ("governor", "محافظة البصرة", "Place")
    assert post.of.entity.kb_id.startswith("place:IQ-")
    text = "وقال سامي بن فلان أمير منطقة تبوك إن المشروع اكتمل."
    linked = make(text, ("سامي بن فلان", "PER"), ("تبوك", "LOC"))
    assert posts(linked) == {("سامي بن فلان", "region-emir", "منطقة تبوك", "Place")}
