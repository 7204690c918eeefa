"""Who directed an event is not at it ("بتوجيه من X"), and "استعرض X مع Y" is talks between X and Y
(composed sentences)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def persons(*names: str) -> list[tuple[str, str]]:
    return [(n, "PER") for n in names]


def test_the_officials_a_visit_was_made_on_the_instruction_of_are_no_parties():
    text = "وزار السفراء الموقع بتوجيه من الوزير سامي الحداد ونائبه فلان الفلاني."
    found = extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني"))).meetings
    assert all(not labels(m) & {"سامي الحداد", "فلان الفلاني"} for m in found)


def test_the_partner_after_the_instruction_phrase_still_meets_the_subject():
    text = "والتقى سامي الحداد بتوجيه من الوزير فلان الفلاني بالرئيس علان العلاني."
    (m,) = extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني", "علان العلاني"))).meetings
    assert labels(m) == {"سامي الحداد", "علان العلاني"}


def test_instructions_set_off_by_commas_leave_the_object_of_the_reception():
    text = "واستقبل سامي الحداد، بناء على توجيهات فلان الفلاني، الرئيس علان العلاني."
    (m,) = extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني", "علان العلاني"))).meetings
    assert labels(m) == {"سامي الحداد", "علان العلاني"}


def test_a_request_is_no_instruction_the_one_who_asks_holds_the_meeting():
    text = "وعقد اجتماع بناء على طلب من سامي الحداد مع فلان الفلاني."
    found = extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني"))).meetings
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in found)


def test_reviewing_with_a_counterpart_is_talks():
    text = "واستعرض الرئيس سامي الحداد مع المبعوث فلان الفلاني تطورات الأوضاع."
    (m,) = extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني"))).meetings
    assert m.kind == "talks" and {"سامي الحداد", "فلان الفلاني"} <= labels(m)


def test_reviewing_in_the_present_is_planned_talks():
    text = "ويستعرض سامي الحداد مع نظيره فلان الفلاني غدا العلاقات الثنائية."
    (m,) = extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني"))).meetings
    assert m.status == "planned"


def test_reviewing_without_mae_is_no_meeting_even_with_min_or_an_attendee():
    for text in ("واستعرض سامي الحداد حرس الشرف بحضور فلان الفلاني.",
                 "واستعرض سامي الحداد عددا من المشاريع التي قدمها فلان الفلاني."):
        assert extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني"))).meetings == ()


def test_a_plural_object_pronoun_is_a_group_not_the_person_told_before():
    text = "وقال سامي الحداد إن الطلاب توجهوا إلى الوزير فلان الفلاني. واستقبلهم الوزير في مكتبه."
    found = extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني"))).meetings
    assert all("سامي الحداد" not in labels(m) for m in found)


def test_a_plural_possessor_of_a_meeting_noun_is_a_group_not_the_person_told_before():
    text = ("وأشاد الوزير سامي الحداد بدور الوفد البرلماني. وقال النواب إنهم التقوا خلال زيارتهم "
            "إلى أوتاوا رئيس البرلمان فلان الفلاني.")
    linked = make(text, ("سامي الحداد", "PER"), ("أوتاوا", "LOC"), ("فلان الفلاني", "PER"))
    assert all("سامي الحداد" not in labels(m) for m in extract_facts(linked).meetings)


def test_a_singular_object_pronoun_still_is_the_person_told_before():
    text = "وصل سامي الحداد إلى أوتاوا أمس. واستقبله الوزير فلان الفلاني في مكتبه."
    linked = make(text, ("سامي الحداد", "PER"), ("أوتاوا", "LOC"), ("فلان الفلاني", "PER"))
    assert any(labels(m) == {"سامي الحداد", "فلان الفلاني"} for m in extract_facts(linked).meetings)


def test_the_source_of_the_report_inside_the_clause_is_no_party():
    text = "واستقبل الوزير فلان الفلاني، بحسب سامي الحداد، الوفد في مكتبه."
    found = extract_facts(make(text, *persons("فلان الفلاني", "سامي الحداد"))).meetings
    assert all("سامي الحداد" not in labels(m) for m in found)


def test_the_parties_around_a_source_phrase_still_meet():
    text = "والتقى الوزير فلان الفلاني، وفق سامي الحداد، نظيره علان العلاني."
    (m,) = extract_facts(make(text, *persons("فلان الفلاني", "سامي الحداد", "علان العلاني"))).meetings
    assert labels(m) == {"فلان الفلاني", "علان العلاني"}


def test_reviewing_a_presentation_along_with_its_dates_is_no_meeting():
    text = "واستعرض المنسق سامي الحداد عرضا عن الانتخابات مع فترات عملها أمام فلان الفلاني."
    assert extract_facts(make(text, *persons("سامي الحداد", "فلان الفلاني"))).meetings == ()


def test_a_host_who_receives_an_unnamed_group_does_not_take_the_person_of_the_sentence_before():
    text = ("وصرح المدير التنفيذي لشركة النور كريم المنصوري بأن الإنتاج ارتفع. "
            "واستقبل مدير عام التعليم فهد العتيبي وفدا من الجامعة.")
    found = extract_facts(make(text, ("شركة النور", "ORG"), *persons("كريم المنصوري", "فهد العتيبي"))).meetings
    assert all("كريم المنصوري" not in labels(m) for m in found)


def test_other_unnamed_groups_after_the_subject_leave_the_actor_before_out():
    for group in ("عددا من رجال الأعمال", "مجموعة من الطلاب", "ممثلي القطاع الخاص", "أعضاء المجلس البلدي"):
        text = f"وقال الوزير سامي الحداد إن العمل مستمر. والتقى المحافظ فهد العتيبي {group}."
        found = extract_facts(make(text, *persons("سامي الحداد", "فهد العتيبي"))).meetings
        assert all("سامي الحداد" not in labels(m) for m in found), group


def test_a_zero_subject_reception_of_a_named_guest_still_takes_the_actor_before():
    text = "ووصل الرئيس سامي الحداد إلى المدينة. واستقبل الوزير فهد العتيبي في مقر إقامته."
    (m,) = extract_facts(make(text, *persons("سامي الحداد", "فهد العتيبي"))).meetings
    assert labels(m) >= {"سامي الحداد", "فهد العتيبي"}


def test_the_speaker_who_goes_on_saying_is_no_party_of_the_reception_he_quotes():
    text = "واستطرد سامي الحداد قائلا: توجهنا إلى الوزير فهد العتيبي، والذي استقبلهم بمكتبه."
    found = extract_facts(make(text, *persons("سامي الحداد", "فهد العتيبي"))).meetings
    assert all("سامي الحداد" not in labels(m) for m in found)


def test_a_meeting_told_before_saying_keeps_its_parties():
    text = "والتقى الرئيس سامي الحداد الوزير فهد العتيبي قائلا: إن العلاقات متينة."
    (m,) = extract_facts(make(text, *persons("سامي الحداد", "فهد العتيبي"))).meetings
    assert labels(m) >= {"سامي الحداد", "فهد العتيبي"}


def test_an_honorific_pronoun_or_bare_title_before_the_group_is_still_the_prince_told_before():
    for subject in ("سموه", "الأمير"):
        text = f"وصل الأمير سامي الحداد إلى الجامعة. واستقبل {subject} وفدا من جامعة النور."
        (m,) = extract_facts(make(text, *persons("سامي الحداد"), ("جامعة النور", "ORG"))).meetings
        assert labels(m) == {"سامي الحداد", "جامعة النور"}, subject
