"""Where a title's body sits (`kg.extract.title_seats`): a city or region in ب before the holder's honorific is
stepped over, and the name after it is the holder."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_council_seated_in_a_governorate_named_by_its_noun_before_an_honorific_binds_the_name():
    text = "وأكد عضو المجلس البلدي بمحافظة الطائف المهندس سامي الحداد وجود مشروعين متعثرين."
    linked = make(text, ("المجلس البلدي", "ORG"), ("الطائف", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "member", "المجلس البلدي")}


def test_an_acting_director_after_the_seat_and_a_comma_before_the_rank_binds_the_name():
    text = "وقال مدير الإدارة العامة للجوازات بمنطقة تبوك المكلف، العقيد سامي الحداد إن العمل مستمر."
    linked = make(text, ("الإدارة العامة للجوازات", "ORG"), ("تبوك", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "director", "الإدارة العامة للجوازات")}


def test_a_seat_with_no_honorific_after_it_binds_no_name_there():
    text = "وقال مدير الإدارة العامة للجوازات بمنطقة تبوك سامي الحداد وأحمد فلان إن العمل مستمر."
    linked = make(text, ("الإدارة العامة للجوازات", "ORG"), ("تبوك", "LOC"), ("سامي الحداد", "PER"),
                  ("أحمد فلان", "PER"))
    assert ("سامي الحداد", "director", "الإدارة العامة للجوازات") not in posts(linked)


def test_a_seat_the_ner_tags_whole_as_a_body_with_its_b_still_seats_the_title_s_body():
    text = "وقال رئيس المجلس البلدي بمحافظة الأحساء المهندس سامي الحداد إن المجلس اجتمع."
    linked = make(text, ("المجلس البلدي", "ORG"), ("بمحافظة الأحساء", "ORG"), ("سامي الحداد", "PER"))
    assert ("سامي الحداد", "head") in {(p, r) for p, r, _ in posts(linked)}
