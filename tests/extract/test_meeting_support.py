"""A meeting noun takes its tense from the support verb after an adjective ("اللقاء السري الذي جمع X بـY"); Tunisian
news' "جلسة عمل" is a meeting and "تحادث X مع Y" talks."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_a_meeting_a_masculine_adjective_describes_still_gathers_the_two_it_names():
    text = ("كشفت الصحيفة أمس تفاصيل اللقاء السري الذي جمع وزير الزراعة سامي بن عبدالله صباح بوزير الخارجية "
            "الكندي فلان الفلاني في أوتاوا.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("الكندي", "LOC"), ("فلان الفلاني", "PER"),
                  ("أوتاوا", "LOC"))
    assert any({"سامي بن عبدالله صباح", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_quoted_adjective_leaves_the_relative_verb_its_tense():
    text = ('وتناول اللقاء "الهام" الذي جمع اليوم وزير الزراعة سامي الحداد بنظيره الكندي فلان الفلاني العلاقات '
            "بين البلدين.")
    linked = make(text, ("سامي الحداد", "PER"), ("الكندي", "LOC"), ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "فلان الفلاني"} <= labels(m)
    assert m.status == "held"


def test_a_working_session_with_an_ambassador_is_a_meeting():
    text = "عقدت وزيرة الثقافة سامية الحداد أمس جلسة عمل جمعتها بسفير كندا فلان الفلاني لتدارس سبل التعاون."
    linked = make(text, ("سامية الحداد", "PER"), ("كندا", "LOC"), ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامية الحداد", "فلان الفلاني", "كندا"} <= labels(m)


def test_a_working_session_between_two_ministers_is_a_meeting():
    text = "انعقدت أمس بمقر الوزارة جلسة عمل بين وزير الزراعة سامي الحداد ووزير الخارجية الكندي فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("الكندي", "LOC"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_talking_with_a_minister_in_tunisian_news_is_talks():
    text = "تحادث رئيس الجمهورية سامي الحداد صباح اليوم بقصر قرطاج مع وزير الخارجية الكندي فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("قرطاج", "LOC"), ("الكندي", "LOC"), ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "فلان الفلاني"} <= labels(m)
    assert m.kind == "talks"


def test_a_working_session_at_a_ministry_is_no_meeting_of_the_ministry():
    text = "وأعرب الجانبان خلال جلسة عمل بوزارة الزراعة عن تطلعهما لتعزيز التعاون الثنائي."
    linked = make(text, ("وزارة الزراعة", "ORG"))
    assert not extract_facts(linked).meetings


def test_a_friendly_match_that_ended_in_a_draw_is_no_meeting_of_its_scorers():
    text = ("من جهة أخرى انتهى اللقاء الودي الذي جمع الدرعية مع الرياض بالتعادل 1-1 سجل للدرعية سامي الحداد "
            "وللرياض فلان الفلاني.")
    linked = make(text, ("الدرعية", "LOC"), ("الرياض", "LOC"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert not extract_facts(linked).meetings


def test_a_date_between_a_meeting_noun_and_its_partner_keeps_the_partner():
    text = "أكد رئيس الجمهورية سامي الحداد خلال لقائه صباح اليوم الاثنين 5 جوان بوزير العدل فلان الفلاني أهمية الإصلاح."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "فلان الفلاني"} <= labels(m)


def test_the_eve_of_a_day_between_a_meeting_noun_and_its_partner_keeps_the_partner():
    text = "أعلن رئيس الجمهورية سامي الحداد لدى اجتماعه عشية اليوم الجمعة بوزير العدل فلان الفلاني عن عفو خاص."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "فلان الفلاني"} <= labels(m)


def test_refugees_a_state_will_receive_by_the_thousand_are_no_meeting_of_the_spokesman():
    text = ("وأكد المتحدث باسم البيت الأبيض سامي الحداد أن الرئيس ملتزم بما اتفق عليه سلفه مع أستراليا. وبموجب هذا "
            "الاتفاق ستستقبل الولايات المتحدة 1250 لاجئا من هؤلاء، ولكن بعد تدقيق شديد.")
    linked = make(text, ("البيت الأبيض", "ORG"), ("سامي الحداد", "PER"), ("أستراليا", "LOC"),
                  ("الولايات المتحدة", "LOC"))
    assert not extract_facts(linked).meetings


def test_a_meeting_held_by_its_relative_verb_gathers_the_holder_and_his_partner():
    text = "جاء ذلك خلال اجتماع عقده وزير الزراعة سامي الحداد مع الرئيس فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any(labels(m) >= {"سامي الحداد", "فلان الفلاني"} for m in extract_facts(linked).meetings)


def test_talks_held_with_no_subject_of_their_own_are_the_actor_told_before():
    text = ("ترأس وزير الزراعة سامي الحداد أمس اجتماع اللجنة. وأجرى محادثات أيضا مع الرئيس فلان الفلاني حول "
            "التعاون.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any(labels(m) >= {"سامي الحداد", "فلان الفلاني"} for m in extract_facts(linked).meetings)


def test_a_meeting_held_after_an_arrival_with_no_subject_is_the_arrivals():
    text = "وصل وزير الزراعة سامي الحداد أمس إلى الرياض. وعقد اجتماعا مع الرئيس فلان الفلاني حول التعاون."
    linked = make(text, ("سامي الحداد", "PER"), ("الرياض", "LOC"), ("فلان الفلاني", "PER"))
    assert any(labels(m) >= {"سامي الحداد", "فلان الفلاني"} for m in extract_facts(linked).meetings)


def test_a_meeting_held_in_the_passive_takes_no_actor_from_before():
    text = "وصل وزير الزراعة سامي الحداد أمس إلى الرياض. وعقد اجتماع اللجنة الوزارية مع الرئيس فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("الرياض", "LOC"), ("اللجنة الوزارية", "ORG"),
                  ("فلان الفلاني", "PER"))
    assert not any(labels(m) >= {"سامي الحداد", "فلان الفلاني"} for m in extract_facts(linked).meetings
                   if m.kind != "visit")


def test_two_ministers_holding_a_joint_press_conference_meet():
    text = "عقد وزير الزراعة سامي الحداد ونظيره الليبي فلان الفلاني مؤتمرا صحفيا مشتركا في طرابلس أمس."
    linked = make(text, ("سامي الحداد", "PER"), ("الليبي", "LOC"), ("فلان الفلاني", "PER"), ("طرابلس", "LOC"))
    assert any(labels(m) >= {"سامي الحداد", "فلان الفلاني"} for m in extract_facts(linked).meetings)


def test_one_ministers_press_conference_and_a_councils_own_meeting_are_no_meetings():
    for text, name in (("وقال وزير الزراعة سامي الحداد في مؤتمر صحفي عقده أمس إن التعاون مهم.", ("سامي الحداد", "PER")),
                       ("طالب مجلس شورى حزب الزراعة في بيان ختامي لاجتماع عقده أمس بالتسريع في غلق الملف.",
                        ("مجلس شورى حزب الزراعة", "ORG"))):
        assert not extract_facts(make(text, name)).meetings, text
