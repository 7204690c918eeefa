"""Posts of bodies by head nouns beyond a state's offices: member, coach, coordinator, mayor, editor-in-chief."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts, vocab
from kg.rdf.facts import role_labels


def posts(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_member_of_a_council_holds_the_post_of_that_council():
    text = "قال عضو مجلس الشورى سامي بن عبدالله صباح إن المجلس سيناقش التقرير."
    linked = make(text, ("مجلس الشورى", "ORG"), ("سامي بن عبدالله صباح", "PER"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "member", "مجلس الشورى")}


def test_a_member_in_a_body_and_a_woman_member_hold_the_post():
    text = ("وقال عضو في مجلس الشورى سامي الحداد إن المجلس سيناقش التقرير، "
            "وقالت عضوة مجلس النواب سامية العلي إنها توافق.")
    linked = make(text, ("مجلس الشورى", "ORG"), ("سامي الحداد", "PER"), ("مجلس النواب", "ORG"), ("سامية العلي", "PER"))
    assert posts(linked) == {("سامي الحداد", "member", "مجلس الشورى"), ("سامية العلي", "member", "مجلس النواب")}


def test_a_member_of_a_body_the_ner_leaves_untagged_is_bound_through_the_honorific():
    text = "وقال عضو هيئة كبار العلماء الشيخ سامي الحداد إن الفتوى واضحة."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "member", "هيئة كبار العلماء")}


def test_a_bare_member_is_no_post():
    text = "وقال عضو سامي الحداد إن المجلس سيناقش التقرير."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_club_coach_before_or_after_the_name_holds_the_post():
    text = "وأكد مدرب نادي النجوم سامي الحداد أن الفريق جاهز، وقال يوري فلانوف، مدرب فريق الأمل، إنه راض."
    linked = make(text, ("نادي النجوم", "ORG"), ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي الحداد", "coach", "نادي النجوم"), ("يوري فلانوف", "coach", "فريق الأمل")}


def test_a_coachs_nisba_is_his_nationality_not_the_posts_country():
    text = "وقال المدرب الروماني سامي الحداد إن اللاعبين جاهزون."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "coach", None)}


def test_an_indefinite_coach_with_a_nisba_is_no_post():
    text = "وتعاقد النادي مع مدرب روماني سامي الحداد لموسم واحد."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_coordinator_of_an_organization_and_of_an_untagged_campaign_hold_the_post():
    text = ("وقالت منسقة الأمم المتحدة للشؤون الإنسانية سامية العلي إن الوضع صعب. "
            "وقال المنسق العام للحملة الدكتور سامي الحداد إن الحملة ناجحة.")
    linked = make(text, ("الأمم المتحدة", "ORG"), ("سامية العلي", "PER"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامية العلي", "coordinator", "الأمم المتحدة"), ("سامي الحداد", "coordinator", "الحملة")}


def test_a_mayor_by_omda_needs_a_city_after_it():
    text = "وقال عمدة لندن سامي الحداد إن المدينة آمنة، فيما قال عمدة العائلة يوري فلانوف إنه حزين."
    linked = make(text, ("لندن", "LOC"), ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي الحداد", "city-mayor", "لندن")}


def test_an_editor_in_chief_holds_the_post_of_the_newspaper():
    text = "وقال رئيس تحرير صحيفة النجوم سامي الحداد إن الصحيفة مستمرة."
    linked = make(text, ("صحيفة النجوم", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "editor-in-chief", "صحيفة النجوم")}


def test_a_deputy_regional_emir_holds_the_post_of_the_region():
    text = "واستقبل نائب أمير منطقة الرياض الأمير سامي بن خالد الوفد."
    linked = make(text, ("منطقة الرياض", "LOC"), ("سامي بن خالد", "PER"))
    assert posts(linked) == {("سامي بن خالد", "deputy-region-emir", "منطقة الرياض")}


def test_a_governorates_and_a_universitys_wakil_hold_the_post_of_that_body():
    text = ("وقال وكيل محافظة عدن سامي الحداد إن الوضع هادئ. "
            "وقال وكيل جامعة الملك سعود الدكتور يوري فلانوف إن الجامعة مستعدة.")
    linked = make(text, ("عدن", "LOC"), ("سامي الحداد", "PER"), ("جامعة الملك سعود", "ORG"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي الحداد", "deputy-governor", "محافظة عدن"),
                             ("يوري فلانوف", "vice-rector", "جامعة الملك سعود")}


def test_a_business_agent_is_no_post():
    text = "وقال وكيل أعمال اللاعب سامي الحداد إن العقد جاهز."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_each_new_role_is_labelled_by_its_head_noun():
    assert {code: role_labels(code, None)[0].split()[0] for code in
            ("member", "coach", "coordinator", "city-mayor", "editor-in-chief", "deputy-region-emir")} == {
        "member": "عضو", "coach": "مدرب", "coordinator": "منسق", "city-mayor": "عمدة", "editor-in-chief": "رئيس",
        "deputy-region-emir": "نائب"}


def test_feminine_heads_are_derived_with_agreeing_adjectives():
    assert vocab.feminine("المنسق العام") == "المنسقة العامة"
    assert vocab.feminine("قاضي") == "قاضية"
    assert vocab.feminine("رئيسي") is None  # an oblique dual: "رئيسية" is the adjective "main"
    assert vocab.HEAD_PHRASES[("مدربه",)] == "coach"
    assert vocab.HEAD_PHRASES[("ملكه",)] == "queen"  # a listed form is never another role's derived feminine


def test_a_courses_trainer_in_lam_is_no_coach():
    text = "وانطلقت الفعاليات بدورة تدريبية للمدرب سامي الحداد وسط حضور كبير."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_definite_editor_in_chief_before_a_name_holds_the_post_an_indefinite_one_only_with_its_paper():
    text = "وقال رئيس التحرير سامي الحداد إن العدد جاهز، وقال رئيس تحرير يوري فلانوف إنه راض."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي الحداد", "editor-in-chief", None)}


def test_a_coachs_nationality_the_kb_spells_otherwise_is_skipped_before_his_name():
    text = "وقال المدرب الأوروجوياني سامي الحداد إن اللاعبين جاهزون."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "coach", None)}


def test_a_committee_with_an_adjective_of_its_own_is_not_the_one_named_before():
    text = "وكشف سامي الحداد عضو اللجنة العامة للانتخابات ورئيس اللجنة القانونية عن اعتماد اللائحة."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "member", "اللجنة العامة للانتخابات"),
                                                         ("سامي الحداد", "head", "اللجنة القانونية")}


def test_an_honorary_member_is_a_member_of_the_club_after_it_never_of_honour():
    text = "وتوج عضو شرف نادي النجوم الأمير سامي بن خالد الفريق، وقال عضو الشرف يوري فلانوف إنه سعيد."
    linked = make(text, ("سامي بن خالد", "PER"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي بن خالد", "honorary-member", "نادي النجوم")}


def test_a_bare_coach_in_a_text_of_no_team_is_a_trainer_not_a_post():
    text = "وأوضح رئيس فريق التنظيم سامي الحداد أن الدورة التي قدمها المدرب يوري فلانوف حققت أهدافها."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert {role for _, role, _ in posts(linked)} == {"head"}  # "فريق" is any team: no coach's


def test_a_definite_honorary_head_takes_no_adjective_after_it_for_its_body():
    text = "وكانت الفكرة من عضو الشرف الفعال الأستاذ سامي الحداد الذي تكفل بالمصاريف."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()
    text = "وكانت الفكرة من الأستاذ سامي الحداد عضو الشرف الفعال، حيث تكفل بالمصاريف."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_nisba_after_the_team_is_the_coachs_nationality():
    text = "وتعاقد النادي مع اللاعب بتوصية من مدرب الفريق المصري سامي الحداد."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "coach", "الفريق")}
