"""A treaty signed in person by its sides' representatives is also a meeting of the signers."""

from __future__ import annotations

from extract_fixtures import make, meetings, people, states


def _signings(linked) -> list:
    return [m for m in meetings(linked) if m.kind == "signing"]


def test_a_minister_and_his_counterpart_who_signed_an_agreement_met():
    text = ("ووقع وزير الخارجية السعودي سامي بن عبدالله صباح ونظيره الأردني فلان الفلاني اتفاقية للتعاون "
            "الثقافي بين البلدين.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"))
    (m,) = _signings(linked)
    assert people(m) == {"سامي بن عبدالله صباح", "فلان الفلاني"} and m.status == "held"
    assert states(m) == {"المملكة العربية السعودية", "الأردن"}


def test_the_signers_named_side_by_side_after_the_memorandum_met():
    text = ("وجرى توقيع مذكرة تفاهم بين وزارة الزراعة السعودية ووزارة الزراعة الأردنية، وقعها عن الجانب "
            "السعودي سامي بن عبدالله صباح وعن الجانب الأردني فلان الفلاني.")
    linked = make(text, ("وزارة الزراعة", "ORG"), ("وزارة الزراعة", "ORG"), ("سامي بن عبدالله صباح", "PER"),
                  ("فلان الفلاني", "PER"))
    (m,) = _signings(linked)
    assert people(m) == {"سامي بن عبدالله صباح", "فلان الفلاني"}


def test_one_signer_meets_the_other_state_his_agreement_names():
    text = "ووقع وزير الزراعة السعودي سامي بن عبدالله صباح اتفاقية تعاون زراعي مع الأردن."
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("الأردن", "LOC"))
    (m,) = _signings(linked)
    assert people(m) == {"سامي بن عبدالله صباح"} and states(m) == {"المملكة العربية السعودية", "الأردن"}


def test_one_signer_and_a_body_named_alone_are_no_meeting():
    text = "ووقع رئيس جامعة الملك عبدالعزيز الدكتور سامي بن عبدالله صباح اتفاقية تعاون علمي مع جامعة أكسفورد."
    linked = make(text, ("جامعة الملك عبدالعزيز", "ORG"), ("سامي بن عبدالله صباح", "PER"), ("جامعة أكسفورد", "ORG"))
    assert not _signings(linked)


def test_a_signing_of_years_ago_or_still_to_come_is_no_meeting():
    recalled = ("وكان وزير الخارجية السعودي سامي بن عبدالله صباح قد وقع مع نظيره الأردني فلان الفلاني اتفاقية "
                "الحدود عام 1990.")
    planned = "وسيوقع وزير الخارجية السعودي سامي بن عبدالله صباح ونظيره الأردني فلان الفلاني اتفاقية للتعاون."
    for text in (recalled, planned):
        assert not _signings(make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER")))


def test_a_lone_signer_of_a_treaty_the_clause_only_recalls_meets_no_one():
    text = "وبموجب الاتفاق النووي مع إيران الذي وقعه الرئيس سامي بن عبدالله صباح فإن أمام البرلمان شهرين."
    assert not _signings(make(text, ("إيران", "LOC"), ("سامي بن عبدالله صباح", "PER")))


def test_the_signing_of_a_visit_told_before_is_that_visit():
    text = ("واستقبل الملك سامي بن عبدالله صباح الرئيس الأردني فلان الفلاني في الرياض. ووقع الجانبان اتفاقية "
            "للتعاون الثقافي، وقعها سامي بن عبدالله صباح وفلان الفلاني.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"), ("الرياض", "LOC"),
                  ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"))
    (m,) = [m for m in meetings(linked) if people(m)]
    assert m.kind == "reception" and m.evidence == (0, 1)


def test_witnesses_of_a_signing_are_not_its_signers():
    text = ("وشهد الرئيس سامي بن عبدالله صباح توقيع اتفاقية بين وزارة الزراعة ووزارة التجارة، وقعها فلان "
            "الفلاني وعلان العلاني.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("وزارة الزراعة", "ORG"), ("وزارة التجارة", "ORG"),
                  ("فلان الفلاني", "PER"), ("علان العلاني", "PER"))
    (m,) = _signings(linked)
    assert people(m) == {"فلان الفلاني", "علان العلاني"}
