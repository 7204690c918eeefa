"""A post in a unit of a body (a department, an office, a board) is also a post in the body: the body the
title names after the unit, or for a bare board the one company the paragraph names."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts

NAME = "سامي بن عبدالله صباح"


def parents(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None,
             p.of_parent.entity.label if p.of_parent else None) for p in extract_facts(linked).posts}


def test_a_department_head_before_the_name_is_of_the_body_written_in_ba():
    text = f"وقال رئيس قسم المياه بالمندوبية الجهوية للفلاحة {NAME} إن الموسم جيد."
    assert parents(make(text, (NAME, "PER"))) == {
        (NAME, "head", "قسم المياه بالمندوبية الجهوية للفلاحة", "المندوبية الجهوية للفلاحة")}


def test_the_body_after_fi_between_the_unit_and_the_name_is_its_parent():
    text = f"وقال رئيس دائرة الأبحاث في مجموعة النخيل {NAME} إن الموسم جيد."
    assert parents(make(text, ("مجموعة النخيل", "ORG"), (NAME, "PER"))) == {
        (NAME, "head", "دائرة الأبحاث", "مجموعة النخيل")}


def test_a_tagged_ministry_in_ba_after_the_name_is_the_directorate_parent():
    text = f"وقال {NAME} مدير إدارة التخطيط بوزارة الصحة إن الخطة جاهزة."
    (post,) = extract_facts(make(text, (NAME, "PER"), ("وزارة الصحة", "ORG"))).posts
    assert post.of_parent is not None and post.of_parent.entity.label == "وزارة الصحة"


def test_a_member_of_a_movement_s_executive_bureau_is_of_the_movement():
    text = f"وقال عضو المكتب التنفيذي لحركة النهضة {NAME} إن الحركة ترفض القرار."
    assert parents(make(text, (NAME, "PER"))) == {
        (NAME, "member", "المكتب التنفيذي لحركة النهضة", "حركة النهضة")}


def test_a_bare_board_is_the_board_of_the_one_company_the_paragraph_names():
    text = f"أعلنت شركة النخيل للتجارة أرباحها. وقال {NAME} رئيس مجلس الإدارة إن النتائج جيدة."
    assert parents(make(text, ("شركة النخيل للتجارة", "ORG"), (NAME, "PER"))) == {
        (NAME, "head", "مجلس الإدارة", "شركة النخيل للتجارة")}


def test_a_bare_board_with_two_companies_named_has_no_parent():
    text = (f"اشترت شركة النخيل للتجارة حصة في شركة الواحة للنقل. وقال {NAME} رئيس مجلس الإدارة إن "
            "الصفقة رابحة.")
    linked = make(text, ("شركة النخيل للتجارة", "ORG"), ("شركة الواحة للنقل", "ORG"), (NAME, "PER"))
    assert parents(linked) == {(NAME, "head", "مجلس الإدارة", None)}


def test_a_unit_with_a_place_after_it_has_no_parent():
    text = f"وقال رئيس قسم المياه في الرياض {NAME} إن الموسم جيد."
    assert {p[3] for p in parents(make(text, ("الرياض", "LOC"), (NAME, "PER")))} == {None}


def test_a_body_that_is_no_unit_keeps_no_parent():
    text = f"وقال رئيس هيئة المياه بالمنطقة الشرقية {NAME} إن الموسم جيد."
    assert {p[3] for p in parents(make(text, (NAME, "PER")))} == {None}


def test_a_unit_after_its_holder_s_name_takes_the_body_after_it_in_fi_and_quotes():
    text = f"وقال {NAME}، رئيس دائرة الأبحاث في مجموعة «النخيل العقارية»: إن السوق مستقرة."
    assert parents(make(text, (NAME, "PER"), ("النخيل العقارية", "ORG"))) == {
        (NAME, "head", "دائرة الأبحاث", "النخيل العقارية")}


def test_a_bare_board_is_of_the_company_whose_board_the_paragraph_names():
    text = (f"واجتمع الوزير مع مجلس إدارة شركة النخيل للتجارة، بحضور رئيس مجلس الإدارة {NAME}، وممثلين عن "
            "بنك الواحة.")
    linked = make(text, ("شركة النخيل للتجارة", "ORG"), (NAME, "PER"), ("بنك الواحة", "ORG"))
    assert parents(linked) == {(NAME, "head", "مجلس الإدارة", "شركة النخيل للتجارة")}
