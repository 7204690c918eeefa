"""One actor and a list of counterparts are separate meetings; a joint meeting stays one; a
visit told by a motion verb, a tour or "حل X ضيفا على Y" is the visitor and the host state."""

from __future__ import annotations

from datetime import date

from extract_fixtures import make, meetings, people, states

FRIDAY = date(2025, 1, 17)


SAMI, FULAN, ALI, HASAN = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي العلوي", "PER"), ("حسن الحسني", "PER")


def test_a_visit_during_which_the_visitor_meets_three_officials_is_a_visit_and_three_meetings():
    text = ("يزور الرئيس سامي الحداد تونس غدا في زيارة رسمية يلتقي خلالها الرئيس فلان الفلاني "
            "ورئيس البرلمان علي العلوي ورئيس الحكومة حسن الحسني.")
    found = meetings(make(text, SAMI, ("تونس", "LOC"), FULAN, ALI, HASAN, published=FRIDAY))
    assert sorted(sorted(people(m)) for m in found) == [
        ["حسن الحسني", "سامي الحداد"], ["سامي الحداد"], ["سامي الحداد", "علي العلوي"], ["سامي الحداد", "فلان الفلاني"]]
    assert {m.status for m in found} == {"planned"}
    assert {m.place.entity.label for m in found} == {"تونس"}
    (visit,) = [m for m in found if m.kind == "visit"]
    assert people(visit) == {"سامي الحداد"} and "تونس" in states(visit)


def test_kulla_min_after_a_reception_verb_is_one_reception_per_guest():
    text = "استقبل الرئيس سامي الحداد أمس في الرياض كلا من فلان الفلاني وعلي العلوي."
    found = meetings(make(text, SAMI, ("الرياض", "LOC"), FULAN, ("وعلي العلوي", "PER", "علي العلوي")))
    assert sorted(sorted(people(m)) for m in found) == [["سامي الحداد", "علي العلوي"], ["سامي الحداد", "فلان الفلاني"]]
    assert {(m.kind, m.status, m.place.entity.label) for m in found} == {("reception", "held", "الرياض")}


def test_bikull_min_after_a_meeting_verb_is_one_meeting_per_counterpart():
    text = "التقى سامي الحداد بكل من فلان الفلاني وعلي العلوي."
    found = meetings(make(text, SAMI, FULAN, ("وعلي العلوي", "PER", "علي العلوي")))
    assert len(found) == 2 and all(len(people(m)) == 2 and "سامي الحداد" in people(m) for m in found)


def test_a_meeting_verb_with_its_subjects_coordinated_is_one_joint_meeting():
    text = "اجتمع سامي الحداد وفلان الفلاني وعلي العلوي في القاهرة أمس."
    (m,) = meetings(make(text, SAMI, ("وفلان الفلاني", "PER", "فلان الفلاني"), ("وعلي العلوي", "PER", "علي العلوي"),
                         ("القاهرة", "LOC")))
    assert people(m) == {"سامي الحداد", "فلان الفلاني", "علي العلوي"}


def test_subjects_holding_a_meeting_and_a_gathering_meeting_stay_joint():
    for text in ("عقد سامي الحداد وفلان الفلاني وعلي العلوي اجتماعا في القاهرة.",
                 "اللقاء الذي جمع سامي الحداد وفلان الفلاني وعلي العلوي في القاهرة."):
        (m,) = meetings(make(text, SAMI, FULAN, ALI, ("القاهرة", "LOC")))
        assert people(m) == {"سامي الحداد", "فلان الفلاني", "علي العلوي"}


def test_a_joint_adjective_keeps_a_verbs_list_together():
    text = "التقى سامي الحداد بكل من فلان الفلاني وعلي العلوي في اجتماع ثلاثي."
    (m,) = meetings(make(text, SAMI, FULAN, ALI))
    assert people(m) == {"سامي الحداد", "فلان الفلاني", "علي العلوي"}


def test_leaving_the_capital_heading_to_a_state_on_a_visit_is_a_visit_to_that_state():
    text = "غادر الرئيس سامي الحداد العاصمة متوجها إلى تونس في زيارة رسمية."
    (m,) = meetings(make(text, SAMI, ("تونس", "LOC")))
    assert (m.kind, people(m), m.place.entity.label) == ("visit", {"سامي الحداد"}, "تونس")
    assert "تونس" in states(m)


def test_heading_to_a_state_on_a_visit_is_a_visit():
    text = "توجه الرئيس سامي الحداد أمس إلى تونس في زيارة تستغرق يومين."
    (m,) = meetings(make(text, SAMI, ("تونس", "LOC"), published=FRIDAY))
    assert (m.kind, m.status, people(m)) == ("visit", "held", {"سامي الحداد"}) and "تونس" in states(m)


def test_heading_somewhere_without_a_visit_noun_is_no_meeting():
    assert not meetings(make("غادر الرئيس سامي الحداد العاصمة متوجها إلى تونس.", SAMI, ("تونس", "LOC")))


def test_a_tour_that_includes_two_states_is_one_planned_visit_each():
    text = "يبدأ الرئيس سامي الحداد غدا جولة تشمل تونس والجزائر."
    found = meetings(make(text, SAMI, ("تونس", "LOC"), ("والجزائر", "LOC", "الجزائر"), published=FRIDAY))
    assert sorted(m.place.entity.label for m in found) == ["الجزائر", "تونس"]
    assert all(m.kind == "visit" and m.status == "planned" and people(m) == {"سامي الحداد"} for m in found)


def test_a_round_of_talks_is_no_tour():
    text = "يبدأ الطرفان غدا جولة جديدة من المحادثات."
    assert all(m.kind != "visit" for m in meetings(make(text)))


def test_a_person_the_guest_of_a_state_visits_it_with_the_subject_between():
    text = "حل الرئيس سامي الحداد ضيفا على تونس."
    (m,) = meetings(make(text, SAMI, ("تونس", "LOC")))
    assert (m.kind, people(m)) == ("visit", {"سامي الحداد"}) and "تونس" in states(m)


def test_a_guest_of_a_show_is_no_visit():
    text = "حل الممثل سامي الحداد ضيفا على برنامج المساء."
    assert not meetings(make(text, SAMI))


def test_a_visit_during_which_one_meeting_is_held_is_the_visit_and_the_meeting():
    text = "وصل الرئيس سامي الحداد إلى تونس أمس في زيارة رسمية يلتقي خلالها الرئيس فلان الفلاني."
    found = meetings(make(text, SAMI, ("تونس", "LOC"), FULAN, published=FRIDAY))
    assert sorted((m.kind, tuple(sorted(people(m)))) for m in found) == [
        ("meeting", ("سامي الحداد", "فلان الفلاني")), ("visit", ("سامي الحداد",))]
    assert {m.place.entity.label for m in found} == {"تونس"}
    (visit,) = [m for m in found if m.kind == "visit"]
    assert "تونس" in states(visit)


def test_a_host_receiving_a_visitor_makes_no_visit_record_of_the_host():
    text = "استقبل الرئيس فلان الفلاني أمس الرئيس سامي الحداد الذي يزور تونس."
    found = meetings(make(text, FULAN, SAMI, ("تونس", "LOC"), published=FRIDAY))
    assert all(people(m) != {"فلان الفلاني"} for m in found)


def test_a_possessive_tour_is_the_setting_not_a_visit_of_its_own():
    text = ("استهل الوزير سامي الحداد أمس جولته الخليجية التي تشمل الكويت وقطر بالاجتماع بالأمير "
            "فلان الفلاني.")
    found = meetings(make(text, SAMI, ("الكويت", "LOC"), ("وقطر", "LOC", "قطر"), FULAN, published=FRIDAY))
    assert not any(m.kind == "visit" for m in found)


def test_heading_on_at_the_end_of_a_visit_is_no_visit_to_the_next_state():
    text = "غادر الرئيس سامي الحداد كندا متوجها إلى تونس في ختام زيارة استمرت يومين."
    found = meetings(make(text, SAMI, ("كندا", "LOC"), ("تونس", "LOC")))
    assert not any("تونس" in states(m) for m in found)


def test_an_officials_arrival_in_a_foreign_state_is_a_visit():
    text = "وصل وزير الخارجية الكندي سامي الحداد إلى تونس أمس."
    (m,) = meetings(make(text, SAMI, ("تونس", "LOC"), published=FRIDAY))
    assert (m.kind, m.status, people(m)) == ("visit", "held", {"سامي الحداد"})
    assert states(m) == {"تونس", "كندا"}


def test_an_officials_arrival_at_home_or_in_office_is_no_visit():
    for text in ("وصل وزير الداخلية التونسي سامي الحداد إلى تونس أمس.", "وصل سامي الحداد إلى السلطة في تونس."):
        assert not meetings(make(text, SAMI, ("تونس", "LOC"), published=FRIDAY))


def test_talks_with_each_of_two_named_hosts_are_two_records_even_for_an_unnamed_visitor():
    text = ("وأجرى وزير الخارجية الكندي أمس في أوتاوا، مباحثات مع كل من الرئيس سامي الحداد "
            "ورئيس الوزراء فلان الفلاني.")
    linked = make(text, ("الكندي", "LOC"), ("أوتاوا", "LOC"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    found = meetings(linked)
    assert any("سامي الحداد" in people(m) and "فلان الفلاني" not in people(m) for m in found)
    assert any("فلان الفلاني" in people(m) and "سامي الحداد" not in people(m) for m in found)


def test_talks_with_two_named_persons_without_each_stay_one_round():
    text = "وأجرى الوزير جون دو أمس مباحثات مع الرئيس سامي الحداد ورئيس الوزراء فلان الفلاني."
    linked = make(text, ("جون دو", "PER"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    (m,) = meetings(linked)
    assert {"جون دو", "سامي الحداد", "فلان الفلاني"} <= people(m)


def test_talks_told_in_the_sentence_after_a_phone_call_are_that_call():
    text = ("وأجرى سامي الحداد اتصالا هاتفيا مع فلان الفلاني أمس. "
            "وأكد سامي الحداد خلال محادثته مع فلان الفلاني ضرورة حل المشاكل.")
    found = meetings(make(text, SAMI, FULAN, SAMI, FULAN, published=FRIDAY))
    assert [(m.kind, people(m)) for m in found] == [("call", {"سامي الحداد", "فلان الفلاني"})]
