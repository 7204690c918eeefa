"""Stacked titles over one name (`kg.extract.title_stacks`): a title that names its post
followed by another, before or after the name, gives the name both posts; a state's title followed by an
international body's, or by another state's, is two persons. Composed sentences in the shape of Saudi news."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    """(person, title, of) for every post, of as the entity's Arabic label (None if unknown)."""
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_minister_who_chairs_a_funds_board_holds_both_posts():
    text = "وأكد وزير الإسكان رئيس مجلس إدارة صندوق التنمية العقارية سامي الحداد أهمية الصندوق."
    got = posts(make(text, ("صندوق التنمية العقارية", "ORG"), ("سامي الحداد", "PER")))
    assert {(p, t) for p, t, _ in got} == {("سامي الحداد", "minister:housing"), ("سامي الحداد", "head")}


def test_the_kings_adviser_and_a_regions_emir_before_the_name_are_one_persons_posts():
    text = "وجاء ذلك إثر توجيه مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة الأمير سامي الحداد بالقبض عليهم."
    got = posts(make(text, ("مكة المكرمة", "LOC"), ("سامي الحداد", "PER")))
    assert {(p, t) for p, t, _ in got} == {("سامي الحداد", "adviser"), ("سامي الحداد", "region-emir")}


def test_a_council_head_after_a_regions_emir_after_the_name_is_his_too():
    text = "واعتمد الأمير سامي الحداد أمير منطقة الجوف رئيس مجلس شباب منطقة الجوف برامج الصيف."
    got = posts(make(text, ("سامي الحداد", "PER"), ("الجوف", "LOC"), ("مجلس شباب منطقة الجوف", "ORG")))
    # the region is the KB's division, named with its noun (kg.link.kb.build.divisions)
    assert got == {("سامي الحداد", "region-emir", "منطقة الجوف"), ("سامي الحداد", "head", "مجلس شباب منطقة الجوف")}


def test_a_states_minister_before_an_international_bodys_head_and_a_name_is_another_person():
    text = "واستقبل وزير الخارجية السعودي الأمين العام للأمم المتحدة فلان الفلاني في الرياض."
    got = posts(make(text, ("للأمم المتحدة", "ORG", "الأمم المتحدة"), ("فلان الفلاني", "PER"), ("الرياض", "LOC")))
    assert got == {("فلان الفلاني", "secretary-general", "الأمم المتحدة")}


def test_an_international_bodys_head_after_a_named_minister_is_not_his():
    text = "وقال سامي الحداد وزير الخارجية المصري الأمين العام للأمم المتحدة سيزور القاهرة."
    got = posts(make(text, ("سامي الحداد", "PER"), ("للأمم المتحدة", "ORG", "الأمم المتحدة"), ("القاهرة", "LOC")))
    assert got == {("سامي الحداد", "minister:foreign", "مصر")}


def test_two_states_titles_before_a_name_are_still_two_persons():
    text = "واستقبل وزير الخارجية المصري رئيس الوزراء الليبي سامي الحداد في القاهرة."
    assert posts(make(text, ("سامي الحداد", "PER"), ("القاهرة", "LOC"))) == {("سامي الحداد", "prime-minister", "ليبيا")}


def test_a_title_that_names_its_state_as_the_kingdom_stacks_with_the_bodys_head_after_it():
    # raw corpus (both files): "مفتي عام المملكة رئيس هيئة كبار العلماء" 37 lines
    text = "وأكد سماحة مفتي عام المملكة رئيس هيئة كبار العلماء الشيخ سامي بن عبدالله الحداد أن الصيام واجب."
    got = posts(make(text, ("سامي بن عبدالله الحداد", "PER")))
    assert {(p, t) for p, t, _ in got} == {("سامي بن عبدالله الحداد", "mufti"), ("سامي بن عبدالله الحداد", "head")}


def test_the_kingdoms_mufti_after_the_name_keeps_the_bodys_head_stacked_on_it():
    text = "وقال الشيخ سامي بن عبدالله الحداد مفتي عام المملكة رئيس هيئة كبار العلماء إن الصيام واجب."
    got = posts(make(text, ("سامي بن عبدالله الحداد", "PER")))
    assert {(p, t) for p, t, _ in got} == {("سامي بن عبدالله الحداد", "mufti"), ("سامي بن عبدالله الحداد", "head")}


def test_titles_stacked_with_commas_before_the_name_are_all_his():
    text = ("وبمتابعة مستشار خادم الحرمين الشريفين، أمير منطقة الجوف، رئيس لجنة التنمية السياحية الأمير "
            "سامي الحداد، اكتملت الاستعدادات.")
    got = posts(make(text, ("منطقة الجوف", "LOC"), ("لجنة التنمية السياحية", "ORG"), ("سامي الحداد", "PER")))
    assert {(p, t) for p, t, _ in got} == {("سامي الحداد", "adviser"), ("سامي الحداد", "region-emir"),
                                           ("سامي الحداد", "head")}


def test_a_ministers_title_after_a_comma_is_the_next_member_of_a_list():
    text = ("وضم المجلس وزير الدولة وعضو مجلس الوزراء سامي الحداد، ووزير الدولة وعضو مجلس الوزراء، "
            "وزير الصحة، وزير التعليم.")
    got = posts(make(text, ("مجلس الوزراء", "ORG"), ("سامي الحداد", "PER"), ("مجلس الوزراء", "ORG")))
    assert not {t for p, t, _ in got if t.startswith("minister:")}


def test_a_regions_emir_after_a_comma_after_a_titled_name_is_his_too():
    text = "ووافق مستشار خادم الحرمين الشريفين الأمير سامي الحداد، أمير منطقة الجوف، على إقامة الملتقى."
    got = posts(make(text, ("سامي الحداد", "PER"), ("منطقة الجوف", "LOC")))
    assert {(p, t) for p, t, _ in got} == {("سامي الحداد", "adviser"), ("سامي الحداد", "region-emir")}


def test_a_foreign_ministers_title_after_a_comma_after_a_titled_name_is_another_person():
    text = "واستقبل الرئيس المصري سامي الحداد، وزير الخارجية الأمريكي، في القاهرة أمس."
    got = posts(make(text, ("سامي الحداد", "PER"), ("القاهرة", "LOC")))
    assert got == {("سامي الحداد", "president", "مصر")}


def test_a_title_after_a_comma_with_its_own_name_after_it_is_not_the_titled_name_before():
    text = ("وشارك المدير العام لاتحاد الإذاعات الدكتور سامي الحداد، رئيس الجمعية الدولية للفنون بمصر الدكتور "
            "رامي الفلاني، في الندوة.")
    got = posts(make(text, ("سامي الحداد", "PER"), ("مصر", "LOC"), ("رامي الفلاني", "PER")))
    assert ("سامي الحداد", "head") not in {(p, t) for p, t, _ in got}


def test_a_comma_and_wa_after_two_stacked_national_titles_open_the_next_person_of_a_list():
    text = "وحضر اللقاء الشيخ سامي الحداد رئيس مجلس الوزراء وزير الداخلية، ووزير الخارجية الدكتور كريم المنصوري."
    got = posts(make(text, ("سامي الحداد", "PER"), ("كريم المنصوري", "PER")))
    assert {(p, t) for p, t, _ in got} == {("سامي الحداد", "prime-minister"), ("سامي الحداد", "minister:interior"),
                                           ("كريم المنصوري", "minister:foreign")}
