"""Heads and directors of bodies the NER does not tag, bound through the honorific before the name."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_the_head_of_an_untagged_body_before_an_honorific_and_a_name_holds_the_post():
    text = "ودعا رئيس مجلس إدارة الجمعية المهندس فهد المقحم، المبتعثين لزيارة الموقع."
    assert posts(make(text, ("فهد المقحم", "PER"))) == {("فهد المقحم", "head", "مجلس إدارة الجمعية")}


def test_a_royal_honorific_after_the_body_still_ends_it():
    text = "من جهة أخرى، يصل رئيس النادي الأمير نواف بن سعد إلى مدينة سالزبورج."
    linked = make(text, ("نواف بن سعد", "PER"), ("سالزبورج", "LOC"))
    assert posts(linked) == {("نواف بن سعد", "head", "النادي")}


def test_a_date_word_or_verb_between_head_and_honorific_is_no_body_name():
    text = "وقال رئيس اللجنة أمس الدكتور سامي العلي إن الاجتماع ناجح."
    assert posts(make(text, ("سامي العلي", "PER"))) == set()


def test_without_an_honorific_the_person_mention_itself_ends_the_body():
    text = "وقال رئيس اللجنة سامي العلي إن الاجتماع ناجح."
    assert posts(make(text, ("سامي العلي", "PER"))) == {("سامي العلي", "head", "اللجنة")}


def test_a_commander_or_leader_of_an_untagged_body_before_the_name_holds_the_post():
    text = "وأعلن قائد القوات البرية سامي الحداد أن الوحدات انسحبت، فيما قال زعيم الحركة يوري فلانوف إنه يرفض."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي الحداد", "leader", "القوات البرية"), ("يوري فلانوف", "leader", "الحركة")}


def test_a_comma_may_stand_between_the_body_and_the_name_but_not_a_second_person():
    text = "وحضر رئيس الهيئة، سامي الحداد، والسيدة ليلى فلانوفا المستشارة."
    linked = make(text, ("سامي الحداد", "PER"), ("ليلى فلانوفا", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "الهيئة")}


def test_a_name_after_a_person_noun_is_that_persons_not_the_heads():
    text = "وقال مدير أعمال اللاعب سامي الحداد إن العقد جاهز."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_acting_after_the_body_is_not_part_of_its_name():
    text = "وأكد رئيس النادي المكلف سامي الحداد أن الفريق جاهز."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "head", "النادي")}


def test_the_name_before_a_body_title_holds_it_when_no_name_follows():
    text = "وحضر الحفل سامي الحداد رئيس المراسم الملكية، ويوري فلانوف مدير عام الشؤون الصحية بالمنطقة."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "المراسم الملكية"),
                             ("يوري فلانوف", "director", "الشؤون الصحية بالمنطقة")}


def test_a_definite_head_after_the_name_takes_its_body_in_lam():
    text = "وقال سامي الحداد، المدير العام لهيئة الطرق، إن المشروع اكتمل."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "director", "هيئة الطرق")}


def test_a_body_title_after_the_object_of_a_meeting_verb_is_not_the_objects():
    text = "استقبل سامي الحداد مدير الشركة في مكتبه."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_an_accusative_head_after_the_name_is_an_appointment_not_a_body_title():
    text = "وعين الرئيس سامي الحداد رئيسا للوزراء."
    assert all(p[1] != "head" for p in posts(make(text, ("سامي الحداد", "PER"))))


def test_a_former_head_after_the_name_holds_no_post_now():
    text = "وشارك سامي الحداد رئيس النادي السابق في الحفل."
    assert all(not p.current for p in extract_facts(make(text, ("سامي الحداد", "PER"))).posts)  # held it before


def test_a_definite_head_noun_is_no_title_of_a_body():
    text = "وتحدث المدير العام الدكتور سامي العلي عن الخطة."
    assert posts(make(text, ("سامي العلي", "PER"))) == set()


def test_general_after_the_head_noun_belongs_to_the_title():
    text = "وأوضح مدير عام الشؤون الصحية بمنطقة الباحة الدكتور غرم الله سدران أن الخدمات تحسنت."
    linked = make(text, ("غرم الله سدران", "PER"))
    assert {(p[0], p[1]) for p in posts(linked)} == {("غرم الله سدران", "director")}
    assert next(iter(posts(linked)))[2].startswith("الشؤون الصحية")


def test_an_assistant_or_deputy_director_before_a_rank_and_a_name_holds_the_post():
    text = "وكان في استقبالهم مساعد مدير شرطة منطقة الرياض العقيد سامي الحداد وعدد من الضباط."
    got = posts(make(text, ("الرياض", "LOC"), ("سامي الحداد", "PER")))
    assert got == {("سامي الحداد", "assistant-director", "شرطة منطقة الرياض")}
    text = "وأكد نائب مدير المستشفى الدكتور سامي الحداد أن الحالة مستقرة."
    assert {(p, r) for p, r, _ in posts(make(text, ("سامي الحداد", "PER")))} == {("سامي الحداد", "deputy-director")}


def test_a_definite_director_general_with_his_body_in_lam_holds_it_before_or_after_the_name():
    text = "وقال المدير العام للسجون اللواء سامي الحداد إن النزلاء بخير."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "director", "السجون")}
    text = "واستقبل الشيخ سامي الحداد المدير العام للتعليم في المنطقة الطلاب."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "director", "التعليم")}


def test_a_definite_director_of_a_generic_body_nobody_names_and_a_verbs_object_hold_nothing():
    text = "وقال المدير العام للشركة المهندس سامي الحداد إن الأرباح ارتفعت."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()
    text = "واستقبل فلان الفلاني المدير العام للجمارك في مكتبه."
    assert posts(make(text, ("فلان الفلاني", "PER"))) == set()


def test_the_city_a_body_sits_in_between_its_title_and_a_rank_is_not_the_holder():
    text = "وقد وجد بالموقع مساعد مدير إدارة الأمن بالدمام العقيد سامي الحداد وعدد من الضباط."
    got = posts(make(text, ("إدارة الأمن", "ORG"), ("بالدمام", "LOC", "الدمام"), ("سامي الحداد", "PER")))
    assert got == {("سامي الحداد", "assistant-director", "إدارة الأمن")}
    text = "وقال رئيس المحكمة الجزائية بالدمام الشيخ سامي الحداد إن القضية أحيلت."
    got = posts(make(text, ("المحكمة الجزائية", "ORG"), ("بالدمام", "LOC", "الدمام"), ("سامي الحداد", "PER")))
    assert got == {("سامي الحداد", "head", "المحكمة الجزائية")}


def test_a_supervisor_general_holds_the_post_of_the_body_after_ala_before_or_after_the_name():
    before = "وقال المشرف العام على مركز الأمل للتأهيل الدكتور سامي الحداد إن البرنامج بدأ."
    assert posts(make(before, ("مركز الأمل للتأهيل", "ORG"), ("سامي الحداد", "PER"))) == {
        ("سامي الحداد", "supervisor", "مركز الأمل للتأهيل")}
    after = "وأوضح سامي الحداد المشرف العام على برنامج التدريب الصيفي أن الطلاب وصلوا."
    assert posts(make(after, ("سامي الحداد", "PER"))) == {("سامي الحداد", "supervisor", "برنامج التدريب الصيفي")}


def test_a_supervisor_general_of_a_common_noun_the_paragraph_never_names_holds_nothing():
    text = "وأكد المشرف العام على الفريق سامي الحداد أن الإدارة تعمل."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_member_of_parliament_holds_a_seat_of_the_party_or_parliament_after_an_or_fi_or_bi():
    party = "وقال النائب عن حزب الأمل سامي الحداد إن القانون سيمر."
    assert posts(make(party, ("حزب الأمل", "ORG"), ("سامي الحداد", "PER"))) == {
        ("سامي الحداد", "member-of-parliament", "حزب الأمل")}
    house = "وقال النائب بمجلس النواب سامي الحداد إن الجلسة تأجلت."
    assert posts(make(house, ("بمجلس النواب", "ORG", "مجلس النواب"), ("سامي الحداد", "PER"))) == {
        ("سامي الحداد", "member-of-parliament", "مجلس النواب")}


def test_a_bare_deputy_word_right_before_a_name_is_a_seat_in_parliament():
    text = "وقال النائب سامي الحداد إن الجلسة تأجلت."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "member-of-parliament", None)}


def test_a_name_that_starts_with_lam_or_ba_after_a_body_title_is_its_holder_not_a_recipient():
    text = "وقال رئيس الجمعية ليلى الطرابلسي إن الاجتماع ناجح."
    assert posts(make(text, ("ليلى الطرابلسي", "PER"))) == {("ليلى الطرابلسي", "head", "الجمعية")}


def test_a_committee_that_supervises_is_still_the_body_of_its_head():
    text = "وكشف الدكتور سامي الحداد رئيس اللجنة المشرفة على البرنامج الثقافي، أن البرنامج يتضمن ندوات."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "head", "اللجنة المشرفة")}


def test_a_title_that_ends_the_text_after_a_name_is_read_without_running_past_the_end():
    """A caption ending the text with a name and its title (`صورة فلان وزير الخارجية`): the reader looks
    for a body after the title and must stop at the last token, not fail."""
    text = "وقال المتحدث إن البرنامج سلمي. صورة سامي الحداد وزير الخارجية"
    linked = make(text, ("سامي الحداد", "PER"))
    assert ("سامي الحداد", "minister") in {(p.person.entity.label, p.role) for p in extract_facts(linked).posts}


def test_the_spokesman_of_an_untagged_body_in_lam_before_a_rank_and_name_holds_the_post():
    text = "وقال المتحدث الرسمي للمديرية العامة للدفاع المدني العقيد سامي الحداد إن الحريق أخمد."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {
        ("سامي الحداد", "spokesperson", "المديرية العامة للدفاع المدني")}


def test_the_spokesman_in_the_name_of_untagged_forces_before_or_after_the_name_holds_the_post():
    text = "وقال المتحدث باسم القوات المسلحة العميد سامي الحداد إن الهجوم فشل، وقال يوري فلانوف المتحدث باسم القوات " \
           "الحكومية إن الهجوم نجح."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert posts(linked) == {("سامي الحداد", "spokesperson", "القوات المسلحة"),
                             ("يوري فلانوف", "spokesperson", "القوات الحكومية")}


def test_a_spokesman_whose_sentence_names_someone_else_after_a_verb_gives_no_post():
    text = "وقال المتحدث الرسمي لشرطة المنطقة إن سامي الحداد قبض عليه أمس."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_bare_member_of_parliament_before_the_name_holds_that_post():
    text = "وكان آخرها الاجتماع الذي عقدته لجنة البيئة برئاسة النائب سامي الحداد، وأكدت النائبة ليلى فلانوفا " \
           "أن المجلس سيصوت."
    linked = make(text, ("لجنة البيئة", "ORG"), ("سامي الحداد", "PER"), ("ليلى فلانوفا", "PER"))
    assert posts(linked) == {("سامي الحداد", "member-of-parliament", None),
                             ("ليلى فلانوفا", "member-of-parliament", None)}


def test_the_attorney_general_and_a_first_deputy_are_not_members_of_parliament():
    text = "وقال النائب العام المستشار سامي الحداد إن التحقيق مستمر."
    assert ("سامي الحداد", "member-of-parliament", None) not in posts(make(text, ("سامي الحداد", "PER")))


def test_a_member_of_parliament_may_also_chair_the_committee_named_after_him():
    text = "وقال النائب سامي الحداد رئيس لجنة العلاقات الخارجية إن الاتفاق سيئ."
    linked = make(text, ("سامي الحداد", "PER"), ("لجنة العلاقات الخارجية", "ORG"))
    assert posts(linked) == {("سامي الحداد", "member-of-parliament", None),
                             ("سامي الحداد", "head", "لجنة العلاقات الخارجية")}


def test_the_member_of_parliament_after_a_party_heads_name_ends_the_partys_name():
    text = "في المقابل، استبعد رئيس حزب الوطنيين الأحرار النائب سامي الحداد استقالة الحكومة."
    linked = make(text, ("حزب الوطنيين الأحرار", "ORG"), ("سامي الحداد", "PER"))
    assert ("سامي الحداد", "head", "حزب الوطنيين الأحرار") in posts(linked)


def test_a_regional_or_technical_director_of_an_untagged_body_holds_the_post_before_or_after_the_name():
    # raw corpus (both files): "(ال)مدير|رئيس [العام] ADJ ل": الفني 252 lines, الجهوي(ة) 133, الإقليمي(ة) 84
    # the team is the club the paragraph names (`kg.extract.generic_bodies`)
    text = ("ونفى المدير الجهوي للحماية المدنية، سامي الحداد، وجود إصابات، وقال يوري فلانوف المدير الفني "
            "الجديد للفريق إن تدريب فريق الوحدة بدأ.")
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"), ("الوحدة", "ORG"))
    assert posts(linked) == {("سامي الحداد", "director", "الحماية المدنية"), ("يوري فلانوف", "director", "الوحدة")}


def test_a_chief_executive_after_the_name_heads_the_untagged_company_in_lam():
    # raw corpus (both files): "الرئيس التنفيذي ل" 461 lines
    text = "وقال سامي الحداد، الرئيس التنفيذي لشركة النور، إن الأرباح تراجعت."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "head", "شركة النور")}


def test_a_dash_or_a_bracket_sets_a_body_title_after_the_name_apart_like_a_comma():
    text = "وقال سامي صباح –مدير إدارة الصحة النفسية بصحة جدة–: إن العمل متواصل."
    assert posts(make(text, ("سامي صباح", "PER"), ("جدة", "LOC"))) == {
        ("سامي صباح", "director", "إدارة الصحة النفسية بصحة جدة")}
    text = "وقال سامي صباح (رئيس جمعية الصيادين بالميناء) إن الموسم جيد."
    assert posts(make(text, ("سامي صباح", "PER"))) == {("سامي صباح", "head", "جمعية الصيادين بالميناء")}


def test_a_body_title_after_the_name_with_sabiq_before_its_lam_is_a_post_held_before():
    text = "وقال يوري فلانوف، المدير السابق لوكالة الفضاء الأوروبية، إن المهمة تأخرت."
    facts = extract_facts(make(text, ("يوري فلانوف", "PER"), ("لوكالة الفضاء الأوروبية", "ORG")))
    assert {(p.person.entity.label, p.role, p.of.entity.label, p.current) for p in facts.posts} == {
        ("يوري فلانوف", "director", "وكالة الفضاء الأوروبية", False)}


def test_a_secretary_general_of_an_untagged_body_before_an_honorific_holds_the_post():
    text = "وقال أمين عام مجلس الجمعيات التعاونية المهندس سامي الحداد إن المجلس جاهز."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {
        ("سامي الحداد", "secretary-general", "مجلس الجمعيات التعاونية")}


def test_a_secretary_general_of_an_untagged_body_after_the_name_holds_the_post():
    text = "وقال سامي الحداد أمين عام الغرفة التجارية إن الغرفة جاهزة."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "secretary-general", "الغرفة التجارية")}
