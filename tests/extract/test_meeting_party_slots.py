"""Who stands in a meeting's party slots although the NER or the tokenizer hides it: a surname the
NER typed as an organization ("مع فلانوف"), the second name of "بين X وY" whose conjunction is on its
word but outside the mention."""

from __future__ import annotations

import pytest
from extract_fixtures import make

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_a_surname_typed_as_an_organization_after_ma_is_a_party_beside_the_persons():
    text = "وكان جون دو قد عقد محادثات ثلاثية في كندا مع دوبوفوف ووزير الخارجية الكندي سامي الحداد يوم الاثنين."
    linked = make(text, ("جون دو", "PER"), ("كندا", "LOC"), ("دوبوفوف", "ORG"), ("سامي الحداد", "PER"))
    found = extract_facts(linked).meetings
    assert any({"جون دو", "دوبوفوف", "سامي الحداد"} <= labels(m) for m in found)


def test_a_surname_typed_as_an_organization_right_after_the_verb_is_a_party():
    text = "وكان سامي الحداد قد التقى دوبوفوف في أوتاوا الأسبوع الماضي."
    linked = make(text, ("سامي الحداد", "PER"), ("دوبوفوف", "ORG"), ("أوتاوا", "LOC"))
    assert any({"سامي الحداد", "دوبوفوف"} <= labels(m) for m in extract_facts(linked).meetings)


def test_an_institution_after_ma_is_not_read_as_a_person():
    text = "والتقى سامي الحداد مع جامعة الورود في أوتاوا أمس."
    linked = make(text, ("سامي الحداد", "PER"), ("جامعة الورود", "ORG"), ("أوتاوا", "LOC"))
    for m in extract_facts(linked).meetings:
        assert all(r.entity.kind != "Person" or r.entity.label != "جامعة الورود" for r in m.participants)


def test_the_second_name_after_bayna_keeps_its_conjunction_outside_the_mention():
    text = "وستتناول جلسة المباحثات بين فلان الفلاني وسامي الحداد الأزمة."
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"))
    assert any({"فلان الفلاني", "سامي الحداد"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_surname_typed_as_an_organization_before_the_verb_is_its_subject():
    text = "وكان دوبوفوف قد التقى سامي الحداد في أوتاوا الأسبوع الماضي."
    linked = make(text, ("دوبوفوف", "ORG"), ("سامي الحداد", "PER"), ("أوتاوا", "LOC"))
    assert any({"سامي الحداد", "دوبوفوف"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_town_the_knowledge_base_lacks_after_a_visit_verb_stays_a_place():
    text = "وزار سامي الحداد قرمبالية أمس والتقى فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("قرمبالية", "LOC"), ("فلان الفلاني", "PER"))
    for m in extract_facts(linked).meetings:
        assert all(not (r.entity.label == "قرمبالية" and r.entity.kind == "Person") for r in m.participants)


def test_a_group_named_by_one_definite_word_is_not_read_as_a_person():
    text = "وكان سامي الحداد قد بدأ محادثات سلام مع الأكراد عام 2012."
    linked = make(text, ("سامي الحداد", "PER"), ("الأكراد", "ORG"))
    for m in extract_facts(linked).meetings:
        assert all(not (r.entity.label == "الأكراد" and r.entity.kind == "Person") for r in m.participants)


def test_the_officials_of_the_two_sides_named_before_al_tarafayn_are_its_parties():
    text = ("تحدث وزير الخارجية المصري سامي الحداد خلال مؤتمر صحفي مع وزير الخارجية الأردني فلان الفلاني "
            "عن اللقاء بين الطرفين وأنه تم بحث العلاقات.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_guest_named_again_by_a_bare_title_in_the_clause_leaves_the_subject_before_the_verb_a_party():
    text = ("وأفادت تقارير أن سامي الحداد استقبل في منزله السفير الإسرائيلي فلان الفلاني ضمن مشاورات اقتصادية، "
            "والتي وصفها السفير بالناجحة.")
    linked = make(text, ("سامي الحداد", "PER"), ("الإسرائيلي", "LOC"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)



@pytest.mark.parametrize("text", [
    "وكان الملك فلان الفلاني قد استقبل صباح اليوم في قصره رئيس وزراء كندا السابق سامي الحداد "
    "ووزير الخارجية الكندي الأسبق جون دو.",
    # the host given by his title, named the sentence before
    "وصل الملك فلان الفلاني إلى أوتاوا أمس. وكان الملك قد استقبل في قصره سامي الحداد وجون دو.",
], ids=["named-host", "host-by-title"])
def test_the_subject_before_qad_hosts_a_list_of_guests(text):
    spans = [(w, t) for w, t in (("فلان الفلاني", "PER"), ("أوتاوا", "LOC"), ("كندا", "LOC"), ("سامي الحداد", "PER"),
                                 ("جون دو", "PER")) if w in text]
    found = extract_facts(make(text, *spans)).meetings
    assert all(any({"فلان الفلاني", guest} <= labels(m) for m in found) for guest in ("سامي الحداد", "جون دو"))
