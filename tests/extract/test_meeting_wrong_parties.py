"""Who is NOT a party of a meeting the tool recognizes: the countries of a place or topic list
("… في سورية واليمن وليبيا") after the partner phrase."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_a_list_of_countries_after_fi_is_the_topic_not_parties():
    text = ("وقال سامي الحداد إنه بحث مع نظرائه العرب الاتفاق والصراعات في المنطقة خاصة في سوريا "
            "واليمن وليبيا.")
    linked = make(text, ("سامي الحداد", "PER"), ("سوريا", "LOC"), ("اليمن", "LOC"), ("ليبيا", "LOC"))
    found = extract_facts(linked).meetings
    assert all(not labels(m) & {"سوريا", "اليمن", "ليبيا"} for m in found)


def test_countries_that_talk_themselves_stay_parties():
    text = "وبحثت كندا مع المكسيك في أوتاوا أمس العلاقات الثنائية."
    linked = make(text, ("كندا", "LOC"), ("المكسيك", "LOC"), ("أوتاوا", "LOC"))
    (m,) = extract_facts(linked).meetings
    assert {"كندا", "المكسيك"} <= labels(m)


def test_the_governor_of_a_region_is_no_meeting_of_the_region():
    text = "واستقبل أمير منطقة القصيمة سفير جمهورية كندا لدى المملكة جون دو في مكتبه أمس."
    linked = make(text, ("القصيمة", "LOC"), ("كندا", "LOC"), ("جون دو", "PER"))
    assert all("القصيمة" not in labels(m) for m in extract_facts(linked).meetings)


def test_a_country_list_whose_mentions_keep_the_conjunction_is_the_topic_too():
    text = ("وقال سامي الحداد إنه بحث مع نظرائه العرب الاتفاق والصراعات في المنطقة خاصة في سوريا "
            "واليمن وليبيا.")
    linked = make(text, ("سامي الحداد", "PER"), ("سوريا", "LOC"), ("واليمن", "LOC"), ("وليبيا", "LOC"))
    found = extract_facts(linked).meetings
    assert all(not {r.entity.kind for r in m.participants} - {"Person"} for m in found)


def test_a_speaker_is_no_party_of_the_meeting_of_the_delegation_he_reports():
    text = 'وأوضح " سامي الحداد " أن الوفد الكندي الذي التقى رئيس البرلمان فلان الفلاني عبر عن دعمه.'
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert all("سامي الحداد" not in labels(m) for m in extract_facts(linked).meetings)


def test_the_head_of_a_relative_clause_is_the_subject_not_the_actor_told_before():
    text = "وكان سامي الحداد في أوتاوا أمس. والوفد الذي التقى رئيس البرلمان فلان الفلاني عبر عن دعمه."
    linked = make(text, ("سامي الحداد", "PER"), ("أوتاوا", "LOC"), ("فلان الفلاني", "PER"))
    assert all("سامي الحداد" not in labels(m) for m in extract_facts(linked).meetings)


def test_a_zero_subject_still_takes_the_actor_told_before():
    text = "وصل الوزير سامي الحداد إلى أوتاوا أمس. والتقى رئيس البرلمان فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("أوتاوا", "LOC"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_the_states_a_visit_goes_to_do_not_meet_each_other():
    text = ("تزامن زيارة سموه لكندا والمكسيك مع المباحثات واللقاءات التي جمعت الأطراف الدولية والتي كان "
            "آخرها اجتماع أوتاوا.")
    linked = make(text, ("كندا", "LOC"), ("المكسيك", "LOC"), ("أوتاوا", "LOC"))
    assert all({"كندا", "المكسيك"} - labels(m) for m in extract_facts(linked).meetings)


def test_whom_the_actor_describes_after_a_participle_is_no_party():
    text = ("التقى الوزير سامي الحداد أمس رئيس البرلمان فلان الفلاني، واصفا الرئيس الكندي جون دو "
            "بأنه شريك.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("جون دو", "PER"))
    found = extract_facts(linked).meetings
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in found)
    assert all("جون دو" not in labels(m) for m in found)


def test_persons_named_in_the_occasion_of_a_reception_are_no_parties():
    text = ("استقبل الأمير سامي الحداد أمير منطقة القصيمة، في قصر الورود، مساء أمس، أهالي المنطقة المبايعين "
            "بمناسبة صدور الأمر الملكي باختيار الأمير فلان الفلاني وليا للعهد، وتعيينه وزيرا للداخلية، "
            "ورئيسا لمجلس الشؤون الاقتصادية، واختيار الأمير جون دو وزيرا للدفاع.")
    linked = make(text, ("سامي الحداد", "PER"), ("القصيمة", "LOC"), ("قصر الورود", "LOC"), ("فلان الفلاني", "PER"),
                  ("جون دو", "PER"))
    found = extract_facts(linked).meetings
    assert all(not labels(m) & {"فلان الفلاني", "جون دو"} for m in found)


def test_the_object_taken_up_after_a_parenthetical_occasion_is_a_party():
    text = "استقبل الأمير سامي الحداد، بمناسبة زيارته للمملكة، وزير الخارجية الكندي فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_sentence_cut_after_the_abbreviation_of_doctor_still_gives_both_parties():
    text = ("التقى المستشار بالديوان المشرف العام على مركز الورود د. سامي الحداد أمس الأمين العام "
            "لمنظمة كندا الأستاذ فلان الفلاني، وذلك بمقر المركز.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_year_written_with_its_era_letter_still_ends_the_sentence():
    text = "وزار سامي الحداد كندا عام 2015 م. والتقى فلان الفلاني جون دو أمس."
    linked = make(text, ("سامي الحداد", "PER"), ("كندا", "LOC"), ("فلان الفلاني", "PER"), ("جون دو", "PER"))
    found = extract_facts(linked).meetings
    assert any({"فلان الفلاني", "جون دو"} <= labels(m) and "سامي الحداد" not in labels(m) for m in found)


def test_every_attendee_of_a_long_list_after_bihudur_is_no_party_nor_his_body():
    text = ("عقد سامي الحداد اجتماعا تعارفيا بحضور مدير مستشفى الورود والمدير العام التنفيذي للمستشفى "
            "والمشرف على سنة الامتياز بكلية الطب د. فلان الفلاني.")
    linked = make(text, ("سامي الحداد", "PER"), ("مستشفى الورود", "ORG"), ("فلان الفلاني", "PER"))
    for m in extract_facts(linked).meetings:
        assert not labels(m) & {"مستشفى الورود", "فلان الفلاني"}


def test_a_country_named_as_the_topic_is_not_the_other_side_of_a_bare_title():
    text = ("وأفاد سامي الحداد أن اللقاء تناول الأوضاع في اليمن. وأبان وزير الخارجية المصري فلان الفلاني أن "
            "لقاءه بولي العهد أكد أهمية العلاقات بين البلدين.")
    linked = make(text, ("سامي الحداد", "PER"), ("اليمن", "LOC"), ("فلان الفلاني", "PER"))
    assert all("اليمن" not in labels(m) for m in extract_facts(linked).meetings)


def test_a_companion_after_a_comma_and_a_long_title_with_a_place_is_no_party():
    text = ("استقبل سامي الحداد أمس مدير جامعة الورود فلان الفلاني، يرافقه مدير مركز الأبحاث جون دو، "
            "ومدير المعهد الديني بأوتاوا زيد عمرو.")
    linked = make(text, ("سامي الحداد", "PER"), ("جامعة الورود", "ORG"), ("فلان الفلاني", "PER"), ("جون دو", "PER"),
                  ("بأوتاوا", "LOC"), ("زيد عمرو", "PER"))
    found = extract_facts(linked).meetings
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in found)
    assert all(not labels(m) & {"جون دو", "زيد عمرو"} for m in found)


def test_whom_the_actor_congratulates_after_a_call_is_no_party_of_it():
    text = "وتلقى سامي الحداد اتصالا هاتفيا من الرئيس الكندي فلان الفلاني، وهنأ رئيس المكسيك جون دو بفوزه."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("المكسيك", "LOC"), ("جون دو", "PER"))
    found = extract_facts(linked).meetings
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in found)
    assert all(not labels(m) & {"جون دو", "المكسيك"} for m in found)


def test_a_visit_that_is_itself_the_occasion_keeps_its_visitor():
    text = "جاء ذلك في بيان مشترك صدر بمناسبة زيارة الأمير سامي الحداد لكندا، وتم الاتفاق خلال المباحثات على التعاون."
    linked = make(text, ("سامي الحداد", "PER"), ("كندا", "LOC"))
    assert any("سامي الحداد" in labels(m) for m in extract_facts(linked).meetings)
