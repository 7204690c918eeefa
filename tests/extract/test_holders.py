"""The name a title binds (`kg.extract.holders.name_after`): past where the title's body sits."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_loose_wa_after_a_comma_opens_another_person_not_the_title_s_holder():
    text = "وحضر اللقاء سامي الحداد وزير الخارجية، و يوري فلانوف."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert {(p, r) for p, r, _ in posts(linked)} == {("سامي الحداد", "minister")}


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
