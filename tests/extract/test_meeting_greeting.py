"""The host of "في استقبال GUEST لدى وصوله … HOST": the guest is named first, the host after the
arrival phrase (composed sentences)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_the_host_after_a_named_guest_and_his_arrival_is_a_party():
    text = "وكان في استقبال الوزير سامي الحداد لدى وصوله إلى المطار الوزير فلان الفلاني."
    (m,) = extract_facts(make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))).meetings
    assert m.kind == "reception" and labels(m) == {"سامي الحداد", "فلان الفلاني"}


def test_the_host_after_a_comma_and_a_named_airport_is_a_party():
    text = "وكان في استقبال الرئيس سامي الحداد لدى وصوله مطار أوتاوا، رئيس الحكومة فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("أوتاوا", "LOC"), ("فلان الفلاني", "PER"))
    (m,) = extract_facts(linked).meetings
    assert {"سامي الحداد", "فلان الفلاني"} <= labels(m)


def test_the_pronoun_form_still_takes_the_first_person_after_it_as_host():
    text = "وصل سامي الحداد إلى أوتاوا أمس، وكان في استقباله لدى وصوله المطار فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("أوتاوا", "LOC"), ("فلان الفلاني", "PER"))
    assert any(labels(m) == {"سامي الحداد", "فلان الفلاني"} for m in extract_facts(linked).meetings)


def test_unnamed_guests_give_no_reception_of_the_officials_named_after_them():
    text = "وكان في استقبال الضيوف لدى وصولهم مدير الدار فلان الفلاني ونائبه علان العلاني."
    linked = make(text, ("فلان الفلاني", "PER"), ("علان العلاني", "PER"))
    assert extract_facts(linked).meetings == ()


def test_an_honorific_guest_with_no_antecedent_gives_no_record_of_the_host_alone():
    text = "وكان في استقبال سموه لدى وصوله مدير الدار فلان الفلاني، حيث التقى نزلاء الدار."
    assert extract_facts(make(text, ("فلان الفلاني", "PER"))).meetings == ()
