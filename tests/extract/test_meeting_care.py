"""A visit to patients, the wounded or a hospital is no meeting of two sides; a named person met
during it still is."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_a_minister_visiting_patients_with_his_escort_meets_no_one():
    text = ("قام أعضاء ورئيس المركز الشيخ سامي الحداد، بزيارة المرضى المنومين في مستشفى أوتاوا، "
            "وقد رفعوا الدعاء للملك فلان الفلاني.")
    linked = make(text, ("سامي الحداد", "PER"), ("أوتاوا", "LOC"), ("فلان الفلاني", "PER"))
    assert not extract_facts(linked).meetings


def test_a_named_person_met_during_a_visit_of_care_is_still_met():
    text = "وخلال تنقل المدير سامي الحداد لزيارة المصابين التقى بالرقيب فلان الفلاني يرافقه ابنه."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)


def test_a_visit_to_a_state_is_still_a_visit():
    text = "وزار الوزير الكندي سامي الحداد تونس أمس والتقى الرئيس فلان الفلاني."
    linked = make(text, ("الكندي", "LOC"), ("سامي الحداد", "PER"), ("تونس", "LOC"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= labels(m) for m in extract_facts(linked).meetings)
