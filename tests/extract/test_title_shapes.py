"""Shapes of titles in news: two titles joined by و over one name (`kg.extract.conjoined_titles`), dual
and plural deputies, a company's chief executive, a title in parentheses after the name. Composed
sentences in the shapes of Saudi and Tunisian news."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    """(person, title, of) for every post, of as the entity's Arabic label (None if unknown)."""
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_department_title_before_a_conjoined_spokesman_is_the_same_persons_post():
    text = "وأوضح مساعد المدير العام للعلاقات العامة والمتحدث الرسمي باسم شركة النور سامي الحداد أن الخدمة جديدة."
    linked = make(text, ("شركة النور", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "assistant-director", "شركة النور"),
                             ("سامي الحداد", "spokesperson", "شركة النور")}


def test_the_titles_as_written_keep_the_department():
    text = "وأوضح مساعد المدير العام للعلاقات العامة والمتحدث الرسمي باسم شركة النور سامي الحداد أن الخدمة جديدة."
    linked = make(text, ("شركة النور", "ORG"), ("سامي الحداد", "PER"))
    written = {p.title_text for p in extract_facts(linked).posts}
    assert written == {"مساعد المدير العام للعلاقات العامة", "والمتحدث الرسمي باسم شركة النور"}


def test_an_undersecretary_and_spokesman_before_the_name_holds_both_posts():
    text = "وقال وكيل وزارة النقل للطرق والمتحدث الرسمي للوزارة سامي الحداد إن المشروع اكتمل."
    assert {t for _, t, _ in posts(make(text, ("سامي الحداد", "PER")))} == {"undersecretary:transport",
                                                                            "spokesperson"}


def test_two_conjoined_titles_after_the_name_are_both_his():
    text = "وقال سامي الحداد، وكيل وزارة النقل للطرق والمتحدث الرسمي للوزارة، إن المشروع اكتمل."
    assert {t for _, t, _ in posts(make(text, ("سامي الحداد", "PER")))} == {"undersecretary:transport",
                                                                            "spokesperson"}


def test_a_bare_director_shares_the_body_of_the_conjoined_chief_executive_after_the_name():
    text = "وقال فلان الفلاني المدير العام والرئيس التنفيذي لشركة النور إن الأرباح زادت."
    linked = make(text, ("فلان الفلاني", "PER"), ("لشركة النور", "ORG", "شركة النور"))
    assert posts(linked) == {("فلان الفلاني", "director", "شركة النور"), ("فلان الفلاني", "head", "شركة النور")}


def test_a_conjoined_title_after_a_comma_is_another_persons():
    text = "حضر الاجتماع وزير النقل، والمتحدث الرسمي باسم شركة النور سامي الحداد."
    linked = make(text, ("شركة النور", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "spokesperson", "شركة النور")}


def test_a_conjoined_title_after_the_object_of_a_meeting_verb_is_not_his():
    text = "واستقبل سامي الحداد المدير العام والرئيس التنفيذي لشركة النور في مكتبه."
    linked = make(text, ("سامي الحداد", "PER"), ("لشركة النور", "ORG", "شركة النور"))
    assert posts(linked) == set()


def test_dual_deputies_of_the_president_are_vice_presidents_not_presidents():
    text = "وقال نائبا الرئيس سامي الحداد وفلان الفلاني إن الحوار مستمر."
    assert posts(make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))) == {
        ("سامي الحداد", "vice-president", None), ("فلان الفلاني", "vice-president", None)}


def test_plural_deputies_with_kull_min_before_their_names():
    text = "وتضم الهيئة الرئيس خالد علي ونواب الرئيس كل من سامي الحداد وفلان الفلاني."
    linked = make(text, ("خالد علي", "PER"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert {(p, t) for p, t, _ in posts(linked)} == {("خالد علي", "president"), ("سامي الحداد", "vice-president"),
                                                      ("فلان الفلاني", "vice-president")}


def test_a_chief_executive_is_the_head_of_his_company_never_a_president():
    text = "وأوضح الرئيس التنفيذي لشركة البحري المهندس سامي الحداد أن الأرباح زادت."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "head", "شركة البحري")}
    text = "وقال سامي الحداد الرئيس التنفيذي للبنك إنه لا يتوقع خسائر."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_title_in_parentheses_after_the_name_is_his():
    # raw corpus (both files): 115 lines with a title word opening a parenthesis ("فيتالي موتكو (وزير الرياضة الروسي)")
    text = "وقال سامي الحداد (وزير الخارجية الأردني) إن الحوار مستمر."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "minister:foreign", "الأردن")}


def test_an_adjective_after_affairs_goes_on_naming_the_field_up_to_the_name():
    text = "وقال وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ سامي الحداد إن المساجد جاهزة."
    (post,) = extract_facts(make(text, ("سامي الحداد", "PER"))).posts
    assert (post.person.entity.label, post.title) == ("سامي الحداد", "minister")
    assert post.title_text == "وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد"


def test_a_body_joined_to_a_ministers_field_is_part_of_the_field_not_his_body():
    text = "وقال سامي الحداد، وزير الشؤون المغاربية والاتحاد الأفريقي، إن الحوار مستمر."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "minister", None)}


def test_two_conjoined_titles_of_two_bodies_are_two_officials():
    text = "وتلقى الرئيس المشروع الذي رفعه إليه الأمين العام للجامعة العربية ورئيس الأركان المصري الفريق سامي الحداد."
    linked = make(text, ("للجامعة العربية", "ORG", "الجامعة العربية"), ("سامي الحداد", "PER"))
    assert {(p, t) for p, t, _ in posts(linked)} == {("سامي الحداد", "chief-of-staff")}


def test_a_head_of_state_before_a_conjoined_minister_is_another_person():
    text = "لقد كان تصميما غريبا من الرئيس الأميركي ووزير خارجيته سامي الحداد على توقيع الاتفاق."
    assert {(p, t) for p, t, _ in posts(make(text, ("سامي الحداد", "PER")))} == {("سامي الحداد", "minister:foreign")}
    text = "واستقبل الضيف الرئيس المصري ووزير الخارجية سامي الحداد."
    assert {(p, t) for p, t, _ in posts(make(text, ("سامي الحداد", "PER")))} == {("سامي الحداد", "minister:foreign")}


def test_the_maghrebs_chairman_and_managing_director_is_the_head_of_his_body():
    text = "ووقع الاتفاقية الرئيس المدير العام للبريد الوطني، سامي الحداد، بالمقر الاجتماعي."
    linked = make(text, ("للبريد الوطني", "ORG", "البريد الوطني"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "البريد الوطني")}


def test_a_governor_written_hakim_keeps_that_head_noun():
    text = "وارتفعت الحصيلة بحسب حاكم منطقة تل سامر سامي الحداد."
    assert posts(make(text, ("تل سامر", "LOC"), ("سامي الحداد", "PER"))) == {("سامي الحداد", "hakim", "تل سامر")}


def test_a_names_last_word_that_is_also_a_prefix_opens_no_title():
    text = "وتوجيهات من صاحب السمو الأمير سامي بن خالد بن مساعد أمير منطقة نجران، حيث تم تسليم المشروعات."
    assert posts(make(text, ("سامي بن خالد بن مساعد", "PER"), ("نجران", "LOC"))) == {
        ("سامي بن خالد بن مساعد", "region-emir", "منطقة نجران")}


def test_a_participle_or_second_adjective_between_a_title_and_its_body_keeps_the_body():
    # raw corpus (both files): a title, an adjective and a ل-body, e.g. "المدير الفني الجديد لنادي", "الرئيس التنفيذي
    # المغادر لباركليز"
    text = ("وقال سامي الحداد، الرئيس التنفيذي المغادر لشركة النور، إن الأرباح تراجعت، وقدم المدير الفني الجديد "
            "لنادي الوحدة يوري فلانوف خطته.")
    linked = make(text, ("سامي الحداد", "PER"), ("لشركة النور", "ORG", "شركة النور"),
                  ("لنادي الوحدة", "ORG", "نادي الوحدة"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "شركة النور"), ("يوري فلانوف", "director", "نادي الوحدة")}


def test_a_new_or_current_head_of_a_club_is_its_head_not_a_president():
    text = "وقال سامي الحداد الرئيس الحالي لنادي الوحدة إن الفريق جاهز."
    linked = make(text, ("سامي الحداد", "PER"), ("لنادي الوحدة", "ORG", "نادي الوحدة"))
    assert posts(linked) == {("سامي الحداد", "head", "نادي الوحدة")}


def test_the_assistant_secretary_general_is_no_secretary_general():
    text = ("وقال الأمين العام المساعد لمنظمة النور للتنمية سامي الحداد إن المنظمة تدعم الحل، فيما أكد "
            "الأمين العام لرابطة الأمل خالد الفلاني دعم الرابطة.")
    linked = make(text, ("منظمة النور للتنمية", "ORG"), ("سامي الحداد", "PER"), ("رابطة الأمل", "ORG"),
                  ("خالد الفلاني", "PER"))
    assert posts(linked) == {("سامي الحداد", "assistant-secretary-general", "منظمة النور للتنمية"),
                             ("خالد الفلاني", "secretary-general", "رابطة الأمل")}


def test_the_maghrebs_minister_of_falaha_is_the_minister_of_agriculture():
    text = "وأفاد وزير الفلاحة والموارد المائية سامي الحداد بأن موسم الحصاد سيبدأ في جوان."
    assert {p[1] for p in posts(make(text, ("سامي الحداد", "PER")))} == {"minister:agriculture"}


def test_the_head_of_a_regional_parliament_is_that_bodys_not_the_host_countrys():
    text = "واستقبل خادم الحرمين الشريفين في الرياض اليوم رئيس البرلمان العربي سامي الحداد والوفد المرافق له."
    linked = make(text, ("الرياض", "LOC"), ("البرلمان العربي", "ORG"), ("سامي الحداد", "PER"))
    assert ("سامي الحداد", "speaker-of-parliament", "البرلمان العربي") in posts(linked)


def test_a_states_speaker_named_with_its_nisba_keeps_the_state():
    text = "وقال رئيس مجلس النواب الأردني سامي الحداد إن الجلسة ستعقد غدا."
    linked = make(text, ("مجلس النواب الأردني", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "speaker-of-parliament", "الأردن")}


def test_a_guide_of_a_named_country_is_its_supreme_leader():
    text = "وانتقد مرشد إيران سامي الحداد السياسة الأمريكية في خطبة الجمعة."
    linked = make(text, ("إيران", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "supreme-leader", "إيران")}


def test_the_guide_of_the_revolution_is_a_supreme_leader():
    text = "وقال مرشد الثورة سامي الحداد إن بلاده لن تتراجع عن برنامجها."
    linked = make(text, ("سامي الحداد", "PER"))
    assert {(person, title) for person, title, _ in posts(linked)} == {("سامي الحداد", "supreme-leader")}


def test_the_supreme_guide_of_the_revolution_takes_the_nisba_after_it():
    text = "وأكد المرشد الأعلى للثورة الإيرانية سامي الحداد دعمه للحكومة الجديدة."
    linked = make(text, ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "supreme-leader", "إيران")}


def test_an_indefinite_guide_with_no_country_is_no_post():
    text = "ورافق الوفد مرشد سياحي سامي الحداد في جولته بالمدينة القديمة."
    linked = make(text, ("سامي الحداد", "PER"))
    assert posts(linked) == set()
