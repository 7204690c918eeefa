"""The talks a relative clause reports with no subject of its own were held by the speaker
("أكد X أن المباحثات التي أجراها مع Y …")."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_the_speaker_held_the_talks_his_that_clause_reports():
    text = ("شدد الوزير سامي الحداد، على أن المباحثات التي أجراها مع الرئيس فلان الفلاني، أمس، في أوتاوا، "
            "تؤكد متانة الروابط بين البلدين.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("أوتاوا", "LOC"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_the_speaker_before_the_noun_held_the_talks_too():
    text = "وقال سامي الحداد إن نتائج المباحثات التي أجراها مع فلان الفلاني تؤكد رغبة البلدين في التعاون."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_relative_verb_with_its_own_subject_leaves_the_speaker_out():
    text = "وأكد سامي الحداد أن المباحثات التي أجراها الرئيس فلان الفلاني مع جون دو كانت مثمرة."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("جون دو", "PER"))
    found = extract_facts(linked).meetings
    assert any({"فلان الفلاني", "جون دو"} <= labels(m) for m in found)
    assert all("سامي الحداد" not in labels(m) for m in found)


def test_a_relative_verb_without_a_partner_makes_no_meeting_of_the_speaker():
    text = "وأوضح سامي الحداد خلال الاجتماع الذي عقده بمقر الإدارة أمس أن الخطة ستنفذ."
    linked = make(text, ("سامي الحداد", "PER"))
    assert not extract_facts(linked).meetings


def test_the_speaker_owns_the_possessive_meeting_noun_that_opens_his_reported_content():
    text = "وأوضح الوزير سامي الحداد أن مباحثاته مع الرئيس الفرنسي فلان الفلاني تناولت العلاقات الثنائية."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_the_speaker_owns_the_possessive_visit_that_opens_his_reported_content():
    text = "وقال وزير الخارجية المصري سامي الحداد إن زيارته إلى الجزائر تأتي في إطار تعزيز العلاقات."
    linked = make(text, ("سامي الحداد", "PER"), ("الجزائر", "LOC"))
    assert any({"سامي الحداد", "الجزائر"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_meeting_noun_owned_by_a_named_person_after_that_is_not_the_speakers():
    text = "وأوضح سامي الحداد أن لقاء الرئيس فلان الفلاني مع جون دو تناول العلاقات الثنائية."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("جون دو", "PER"))
    assert all("سامي الحداد" not in labels(m) for m in extract_facts(linked).meetings)
