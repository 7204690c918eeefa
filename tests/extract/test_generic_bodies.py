"""A head's body written by its generic noun ("رئيس النادي") is the one such body the paragraph names."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_the_club_a_paragraph_names_before_is_the_body_of_its_heads_generic_title():
    text = "وأعلن نادي الوحدة تعاقده مع مدرب جديد. وقال رئيس النادي سامي الحداد إن الفريق جاهز."
    linked = make(text, ("الوحدة", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "نادي الوحدة")}


def test_the_club_may_be_named_after_the_title():
    text = ("وسينضم للمعسكر غدا رئيس النادي سامي الحداد للوقوف على سير المعسكر، فيما زار عدد من أعضاء "
            "شرف نادي الوحدة مقر النادي.")
    linked = make(text, ("سامي الحداد", "PER"), ("الوحدة", "ORG"))
    assert posts(linked) == {("سامي الحداد", "head", "نادي الوحدة")}


def test_a_body_the_ner_left_untagged_is_read_from_its_definite_words():
    text = "وقال رئيس الجمعية الدكتور سامي الحداد إن جمعية البر الخيرية ستوزع السلال الغذائية."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "head", "جمعية البر الخيرية")}


def test_two_bodies_of_the_noun_leave_the_generic_title_as_it_is():
    text = "وفاز نادي الوحدة على نادي الرائد، وقال رئيس النادي سامي الحداد إن الفوز مستحق."
    linked = make(text, ("الوحدة", "ORG"), ("الرائد", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "النادي")}


def test_a_board_member_names_no_council_for_the_head_of_the_council():
    text = "وقال رئيس المجلس سامي الحداد إن عضو مجلس الإدارة سيحضر."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "head", "المجلس")}


def test_the_head_of_a_board_heads_the_body_whose_board_it_is():
    text = "وأكد رئيس مجلس إدارة صندوق التنمية الزراعية سامي الحداد أهمية دور الصندوق."
    linked = make(text, ("صندوق التنمية الزراعية", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "صندوق التنمية الزراعية")}


def test_the_board_of_a_body_named_by_its_noun_is_that_body():
    text = "وزار أعضاء شرف نادي الوحدة المقر، واستقبلهم رئيس مجلس إدارة النادي سامي الحداد."
    linked = make(text, ("الوحدة", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "نادي الوحدة")}


def test_a_body_of_the_noun_introduced_without_a_name_blocks_the_named_one():
    text = ("وستطلق شركة تنموية قابضة مشاريع بالشراكة مع شركة أرامكو. وأوضح رئيس مجلس إدارة الشركة "
            "سامي الحداد أن الشركة بدأت العمل.")
    linked = make(text, ("أرامكو", "ORG"), ("سامي الحداد", "PER"))
    assert {p[2] for p in posts(linked)} == {"مجلس إدارة الشركة"}


def test_the_coach_of_the_team_coaches_the_club_the_paragraph_names_after_its_team_noun():
    text = "وصلت بعثة فريق الشباب إلى الرياض، وقال مدرب الفريق خالد الفلاني إن اللاعبين جاهزون."
    linked = make(text, ("الشباب", "ORG"), ("الرياض", "LOC"), ("خالد الفلاني", "PER"))
    assert posts(linked) == {("خالد الفلاني", "coach", "الشباب")}


def test_a_club_named_by_its_team_and_by_its_club_noun_is_one_club():
    text = ("ينطلق اليوم معسكر الفريق الأول في نادي الوحدة. ووصلت بعثة فريق الوحدة إلى القاهرة، وقال "
            "خالد الفلاني المدير الفني للفريق إن اللاعبين جاهزون.")
    linked = make(text, ("نادي الوحدة", "ORG"), ("الوحدة", "ORG"), ("القاهرة", "LOC"), ("خالد الفلاني", "PER"))
    assert posts(linked) == {("خالد الفلاني", "director", "نادي الوحدة")}


def test_two_teams_leave_the_coachs_team_unresolved():
    text = "وقال مدرب الفريق خالد الفلاني إن فريق الهلال سيواجه فريق النصر غدا."
    linked = make(text, ("خالد الفلاني", "PER"), ("الهلال", "ORG"), ("النصر", "ORG"))
    assert {p[2] for p in posts(linked)} == {"الفريق"}
