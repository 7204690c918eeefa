"""A reception hosted by a building is no meeting; a visit of one official to a state written
with ل ("زيارة الوزير X لكندا") has the host state as its other side."""

from __future__ import annotations

from extract_fixtures import make, meetings, people

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_the_guests_a_hotel_received_did_not_meet():
    text = ("يظل الفندق صاحب الموقع المتميز على شاطئ أوتاوا الذي استقبل عددا من كبار الضيوف من أمثال "
            "سامي الحداد وفلان الفلاني وجون دو.")
    linked = make(text, ("أوتاوا", "LOC"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("جون دو", "PER"))
    assert not extract_facts(linked).meetings


def test_a_hospital_that_received_two_officials_is_no_meeting_of_theirs():
    text = "واستقبل مستشفى أوتاوا العام الوزير سامي الحداد والسفير فلان الفلاني."
    linked = make(text, ("أوتاوا", "LOC"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert not extract_facts(linked).meetings


def test_a_minister_who_receives_a_guest_at_a_hospital_still_meets_him():
    text = "واستقبل الوزير سامي الحداد في مستشفى أوتاوا أمس السفير فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("أوتاوا", "LOC"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_visit_to_a_state_written_with_li_has_the_host_beside_the_visitors_own_state():
    text = "ولهذا كانت زيارة وزير الخارجية المصري سامي الحداد لكندا انعكاسا لوعي الدولتين بالخطر."
    linked = make(text, ("المصري", "LOC"), ("سامي الحداد", "PER"), ("لكندا", "LOC"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "كندا"} <= labels(m)


def test_a_visit_inside_the_visitors_own_state_gets_no_host():
    text = "وكان وزير الداخلية الكندي سامي الحداد قد زار مقر قوات الطوارئ الخاصة في مدينة أوتاوا."
    linked = make(text, ("الكندي", "LOC"), ("سامي الحداد", "PER"), ("قوات الطوارئ الخاصة", "ORG"), ("أوتاوا", "LOC"))
    for m in extract_facts(linked).meetings:
        assert sum(r.entity.kind == "Country" for r in m.participants) <= 1


def test_a_visit_to_a_birthplace_is_no_visit_to_muscat():
    text = "ويقوم وزير خارجية كندا سامي الحداد بزيارة إلى مسقط رأس والده."
    linked = make(text, ("كندا", "LOC"), ("سامي الحداد", "PER"), ("مسقط", "LOC"))
    for m in extract_facts(linked).meetings:
        assert all(r.entity.label != "عمان" for r in m.participants)
        assert m.place is None or m.place.entity.label != "مسقط"


def test_a_visit_to_muscat_is_still_a_visit_to_oman():
    text = "ويقوم وزير خارجية كندا سامي الحداد بزيارة إلى مسقط."
    linked = make(text, ("كندا", "LOC"), ("سامي الحداد", "PER"), ("مسقط", "LOC"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "عمان"} <= labels(m)


def test_the_match_two_teams_played_is_no_meeting_of_their_scorers():
    text = ("فاز منتخب الشباب على منتخب الأمل في اللقاء الذي جمعهما على ملعب المدينة، وسجل للفائز سامي الحداد "
            "وفلان الفلاني.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert not extract_facts(linked).meetings


def test_the_meeting_that_gathered_two_ministers_is_still_a_meeting():
    text = ("وأكد وزير الرياضة سامي الحداد خلال اللقاء الذي جمعه بوزير الخارجية الفرنسي فلان الفلاني أهمية "
            "الدورة الرياضية المقبلة.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_body_that_takes_in_applications_holds_no_reception():
    text = ("وبعد توقيع اتفاقية بين كينيا وأوغندا، رفضت مكاتب الاستقدام استقبال طلبات المواطنين، "
            "فيما بدأت الوزارة استقبال البلاغات من العمال.")
    linked = make(text, ("كينيا", "LOC"), ("أوغندا", "LOC"))
    assert not [m for m in meetings(linked) if m.kind == "reception"]


def test_a_reception_of_a_guest_named_after_a_paper_word_later_is_still_a_reception():
    text = "واستقبل الرئيس سامي الحداد في مكتبه أمس فلان الفلاني، وتسلم منه طلبات الجالية."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any(people(m) == {"سامي الحداد", "فلان الفلاني"} for m in meetings(linked))
