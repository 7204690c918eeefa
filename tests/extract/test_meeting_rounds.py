"""A round-up of one actor's talks and calls is one record per counterpart; a second call told with
"كما تلقى" is a call of its own; a call whose actor is an honorific keeps its counterpart; a tour told
by a visit verb or "جولة في المنطقة تشمل" is one visit per host state."""

from __future__ import annotations

from extract_fixtures import make, meetings, people, states

SAMI, FULAN, ALI, HASAN, KHALID = (("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي العلوي", "PER"),
                                   ("حسن الحسني", "PER"), ("خالد الخالدي", "PER"))
SAUDI = "المملكة العربية السعودية"


def test_a_cabinet_summary_of_talks_and_calls_is_one_record_per_counterpart_each_with_the_kings_state():
    text = ("وأطلع خادم الحرمين الشريفين المجلس على مباحثاته مع العاهل المغربي الملك فلان الفلاني، والرئيس "
            "المصري علي العلوي، والرئيس الإريتري حسن الحسني، وفحوى الاتصالات الهاتفية التي تلقاها من العاهل "
            "البحريني الملك سامي الحداد، والرئيس الفرنسي خالد الخالدي.")
    found = meetings(make(text, FULAN, ALI, HASAN, SAMI, KHALID))
    assert sorted((m.kind, *people(m)) for m in found) == [
        ("call", "خالد الخالدي"), ("call", "سامي الحداد"), ("talks", "حسن الحسني"), ("talks", "علي العلوي"),
        ("talks", "فلان الفلاني")]
    assert all(SAUDI in states(m) and len(states(m)) == 2 for m in found)


def test_the_council_told_of_the_kings_talks_is_one_record_per_listed_counterpart():
    text = ("اطلع المجلس على مباحثات خادم الحرمين الشريفين مع العاهل المغربي الملك فلان الفلاني، والرئيس "
            "المصري علي العلوي، ورئيس وزراء باكستان حسن الحسني.")
    found = meetings(make(text, FULAN, ALI, HASAN))
    assert sorted(sorted(people(m)) for m in found) == [["حسن الحسني"], ["علي العلوي"], ["فلان الفلاني"]]
    assert all(SAUDI in states(m) for m in found)


def test_talks_held_with_two_persons_joined_by_wa_stay_one_round():
    text = "وأجرى الرئيس سامي الحداد محادثات مع الرئيس المصري فلان الفلاني والعاهل الأردني علي العلوي."
    (m,) = meetings(make(text, SAMI, FULAN, ALI))
    assert people(m) == {"سامي الحداد", "فلان الفلاني", "علي العلوي"}


def test_a_second_call_told_with_kama_talaqqa_is_a_call_of_its_own():
    text = ("وتلقى الرئيس المصري سامي الحداد اتصالا هاتفيا من الرئيس الفرنسي فلان الفلاني، كما تلقى اتصالا "
            "هاتفيا من العاهل الأردني علي العلوي.")
    found = meetings(make(text, SAMI, FULAN, ALI))
    assert sorted(sorted(people(m)) for m in found) == [["سامي الحداد", "علي العلوي"], ["سامي الحداد", "فلان الفلاني"]]
    assert {m.kind for m in found} == {"call"}


def test_a_call_received_by_an_honorific_is_a_record_of_its_counterpart():
    (m,) = meetings(make("وتلقى سموه اتصالا هاتفيا من الرئيس الفرنسي فلان الفلاني.", FULAN))
    assert (m.kind, people(m), states(m)) == ("call", {"فلان الفلاني"}, {"فرنسا"})


def test_a_reporter_quoted_in_a_phone_interview_is_no_call():
    assert not meetings(make("وقال سامي الحداد في اتصال هاتفي مع الصحيفة إن الوضع هادئ.", SAMI))


def test_a_visit_verb_with_its_subject_and_a_time_before_two_states_is_one_visit_per_state():
    text = "يزور الرئيس المصري سامي الحداد الأسبوع المقبل الكويت وقطر في جولة خليجية."
    found = meetings(make(text, SAMI, ("الكويت", "LOC"), ("وقطر", "LOC", "قطر")))
    assert sorted((m.kind, *people(m), *sorted(states(m))) for m in found) == [
        ("visit", "سامي الحداد", "الكويت", "مصر"), ("visit", "سامي الحداد", "قطر", "مصر")]


def test_a_tour_in_the_region_that_takes_in_three_states_is_three_visits():
    text = "ويبدأ الرئيس المصري سامي الحداد غدا جولة في المنطقة تشمل الكويت وقطر والبحرين."
    found = meetings(make(text, SAMI, ("الكويت", "LOC"), ("وقطر", "LOC", "قطر"), ("والبحرين", "LOC", "البحرين")))
    assert sorted(next(iter(states(m) - {"مصر"})) for m in found) == ["البحرين", "الكويت", "قطر"]
    assert all(people(m) == {"سامي الحداد"} for m in found)


def test_an_arrival_with_a_long_list_of_receivers_is_still_the_visit_of_the_visitor_to_the_host_state():
    names = ("فلان الفلاني", "علي العلوي", "حسن الحسني", "خالد الخالدي", "منير المنيري", "صالح الصالحي", "نادر النادري")
    text = ("وصل الرئيس المصري سامي الحداد إلى الرياض أمس، وكان في استقباله " + "، و".join(names) + ".")
    found = meetings(make(text, SAMI, ("الرياض", "LOC"), *[(n, "PER") for n in names]))
    assert [(m.kind, people(m), states(m)) for m in found] == [("visit", {"سامي الحداد"}, {SAUDI, "مصر"})]


def test_a_call_from_a_counterpart_addressed_as_his_highness_is_kept_when_the_receiver_is_an_honorific():
    text = "كما تلقى سموه اتصالا هاتفيا من صاحب السمو الشيخ فلان الفلاني نائب رئيس مجلس الوزراء البحريني."
    (m,) = meetings(make(text, FULAN))
    assert (m.kind, people(m)) == ("call", {"فلان الفلاني"})


def test_a_king_a_race_is_named_after_is_no_side_of_the_reception_told_beside_it():
    text = ("واستقبل الرئيس سامي الحداد وزير الخارجية الأردني فلان الفلاني، وأمر بتسمية السباق باسم الملك علي "
            "العلوي.")
    found = meetings(make(text, SAMI, FULAN, ("علي العلوي", "PER")))
    assert [people(m) for m in found] == [{"سامي الحداد", "فلان الفلاني"}]


def test_two_persons_under_one_dual_title_do_not_break_the_round_up_reading():
    text = "وبدأ وزيرا المالية والاقتصاد اليونانيان سامي الحداد وفلان الفلاني اجتماعهما مع ممثلي صندوق النقد الدولي."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("صندوق النقد الدولي", "ORG"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in meetings(linked))
