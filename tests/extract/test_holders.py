"""The name a title binds (`kg.extract.holders.name_after`): past where the title's body sits."""

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


def test_a_loose_wa_after_a_comma_opens_another_person_not_the_title_s_holder():
    text = "وحضر اللقاء سامي الحداد وزير الخارجية، و يوري فلانوف."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert {(p, r) for p, r, _ in posts(linked)} == {("سامي الحداد", "minister")}


def test_a_seat_the_ner_tags_whole_as_a_body_with_its_b_still_seats_the_title_s_body():
    text = "وقال رئيس المجلس البلدي بمحافظة الأحساء المهندس سامي الحداد إن المجلس اجتمع."
    linked = make(text, ("المجلس البلدي", "ORG"), ("بمحافظة الأحساء", "ORG"), ("سامي الحداد", "PER"))
    assert ("سامي الحداد", "head") in {(p, r) for p, r, _ in posts(linked)}


def test_a_name_that_starts_with_wa_after_the_title_and_a_comma_is_the_title_s_holder():
    text = "وقال وزير المالية الكندي، وليد الحداد، في بيان إن الموازنة ستقر الشهر المقبل."
    linked = make(text, ("وليد الحداد", "PER"))
    assert posts(linked) == {("وليد الحداد", "minister", "كندا")}


def test_a_wa_the_ner_took_into_the_name_after_a_comma_still_opens_another_person():
    text = "وقال وزير المالية الكندي، وسامي الحداد في بيان إن الموازنة ستقر الشهر المقبل."
    linked = make(text, ("وسامي الحداد", "PER", "سامي الحداد"))
    assert posts(linked) == set()


def test_the_given_name_ali_the_ner_left_out_after_a_title_does_not_stop_the_title_reaching_the_name():
    text = "وانتقد المرشد الأعلى الإيراني علي الحدادي السياسة الأمريكية في خطبة الجمعة."
    linked = make(text, ("الحدادي", "PER"))
    found = {(p.person.entity.label, p.title) for p in extract_facts(linked).posts}
    assert found == {("علي الحدادي", "supreme-leader")}  # the name takes its first word back


def test_the_preposition_ala_after_a_title_is_no_given_name():
    text = "وأثنى الرئيس الإيراني على الحدادي في كلمته أمس."
    linked = make(text, ("الحدادي", "PER"))
    assert not extract_facts(linked).posts


def test_a_foreign_colonels_rank_between_a_spokesmans_title_and_his_name_is_passed_over():
    text = "وقال المتحدث باسم الجيش الكولونيل سامي الحداد إن القوات استعادت السيطرة على المدينة."
    linked = make(text, ("سامي الحداد", "PER"))
    assert {(p.person.entity.label, p.role) for p in extract_facts(linked).posts} == {("سامي الحداد", "spokesperson")}


def test_ali_written_with_alef_maqsura_before_a_known_persons_surname_is_his_given_name():
    text = "وكان مرشد إيران على خامنئي قد انتقد الاتفاق."
    linked = make(text, ("إيران", "LOC"), ("خامنئي", "PER"))
    found = {(p.person.entity.label, p.title) for p in extract_facts(linked).posts}
    assert found == {("علي خامنئي", "supreme-leader")}  # the KB person is علي + the surname


def test_the_preposition_ala_before_an_unknown_surname_stays_a_preposition():
    text = "وأثنى وزير الخارجية على الحدادي في كلمته أمس."
    linked = make(text, ("الحدادي", "PER"))
    assert posts(linked) == set()
