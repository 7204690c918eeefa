"""A body or a delegation as the other side of a meeting: the body a delegation comes from, the delegation
told before, the body visited where its head met the visitor, and a negotiating session between two bodies."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_a_minister_receiving_a_funds_delegation_meets_the_fund_and_its_head():
    text = "استقبل وزير الزراعة سامي الحداد أمس وفد صندوق التنمية الزراعية برئاسة فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("صندوق التنمية الزراعية", "ORG"),
                  ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "فلان الفلاني", "صندوق التنمية الزراعية"} <= labels(m)


def test_a_delegation_on_behalf_of_a_body_brings_the_body():
    text = "التقى وزير الزراعة سامي الحداد اليوم وفدا عن منظمة الزراعة الإقليمية يترأسه فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("منظمة الزراعة الإقليمية", "ORG"), ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "فلان الفلاني", "منظمة الزراعة الإقليمية"} <= labels(m)


def test_a_bodys_delegation_as_subject_meets_the_minister():
    text = "وفد صندوق التنمية الزراعية يلتقي وزير الزراعة سامي الحداد."
    linked = make(text, ("صندوق التنمية الزراعية", "ORG"), ("سامي الحداد", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "صندوق التنمية الزراعية"} <= labels(m)


def test_the_delegation_told_before_is_the_side_of_its_planned_meetings():
    text = ("يصل وفد من صندوق التنمية الزراعية برئاسة فلان الفلاني إلى تونس يوم الاثنين. "
            "وسيلتقي الوفد خلال زيارته وزير الزراعة سامي الحداد.")
    linked = make(text, ("صندوق التنمية الزراعية", "ORG"), ("فلان الفلاني", "PER"), ("تونس", "LOC"),
                  ("سامي الحداد", "PER"))
    met = [m for m in extract_facts(linked).meetings if "سامي الحداد" in labels(m)]
    assert met and {"فلان الفلاني", "صندوق التنمية الزراعية"} <= labels(met[0])


def test_the_actors_own_retinue_is_no_delegation_told_before():
    text = ("زار وفد من صندوق التنمية الزراعية برئاسة فلان الفلاني المعرض أمس. "
            "والتقى وزير الزراعة سامي الحداد والوفد المرافق له نظيره الليبي علان العلاني.")
    linked = make(text, ("صندوق التنمية الزراعية", "ORG"), ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"),
                  ("الليبي", "LOC"), ("علان العلاني", "PER"))
    met = [m for m in extract_facts(linked).meetings if "علان العلاني" in labels(m)]
    assert met and not {"فلان الفلاني", "صندوق التنمية الزراعية"} & labels(met[0])


def test_a_visited_union_whose_head_met_the_minister_is_a_side():
    text = ("أدى وزير الزراعة سامي الحداد زيارة إلى مقر اتحاد الفلاحين حيث التقى أمينه العام فلان الفلاني.")
    linked = make(text, ("سامي الحداد", "PER"), ("اتحاد الفلاحين", "ORG"), ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "فلان الفلاني", "اتحاد الفلاحين"} <= labels(m)


def test_a_visit_to_a_site_with_nobody_met_is_no_meeting():
    text = "زار وزير الزراعة سامي الحداد شركة الحبوب الوطنية واطلع على سير العمل بها."
    linked = make(text, ("سامي الحداد", "PER"), ("شركة الحبوب الوطنية", "ORG"))
    assert not extract_facts(linked).meetings


def test_a_negotiating_session_between_a_ministry_and_a_union_is_talks_of_the_two():
    text = "انعقدت أمس جلسة تفاوضية بين وزارة الزراعة واتحاد الفلاحين للنظر في مطالب القطاع."
    linked = make(text, ("وزارة الزراعة", "ORG"), ("واتحاد الفلاحين", "ORG", "اتحاد الفلاحين"))
    (m,) = extract_facts(linked).meetings
    assert labels(m) == {"وزارة الزراعة", "اتحاد الفلاحين"} and m.kind == "talks"


def test_a_conciliation_session_at_a_seat_with_no_sides_named_is_no_meeting():
    text = "تم الاتفاق على إثر جلسة صلحية عقدت أمس بمقر وزارة الزراعة على عودة العمال إلى نشاطهم."
    linked = make(text, ("وزارة الزراعة", "ORG"))
    assert not extract_facts(linked).meetings


def test_an_internal_meeting_of_one_union_is_no_meeting_with_a_delegation():
    text = "اجتمع المكتب التنفيذي لاتحاد الفلاحين برئاسة فلان الفلاني أمس بمقر الاتحاد."
    linked = make(text, ("لاتحاد الفلاحين", "ORG", "اتحاد الفلاحين"), ("فلان الفلاني", "PER"))
    assert not any("فلان الفلاني" in labels(m) and len(labels(m)) > 2 for m in extract_facts(linked).meetings)


def test_a_delegations_body_read_as_a_person_is_not_added_twice():
    text = "وفد فلانكو التقى وزير الزراعة سامي الحداد في تونس."
    linked = make(text, ("فلانكو", "ORG"), ("سامي الحداد", "PER"), ("تونس", "LOC"))
    for m in extract_facts(linked).meetings:
        names = [r.entity.label for r in m.participants]
        assert len(names) == len(set(names))
