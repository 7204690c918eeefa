"""Phone calls told by a verb of speaking or by a verb whose object is the other side of the call."""

from __future__ import annotations

from extract_fixtures import make, meetings, people


def _calls(linked) -> list:
    return [m for m in meetings(linked) if m.kind == "call"]


def test_a_president_who_spoke_by_phone_with_his_counterpart_called_him():
    text = "وقالت الرئاسة إن الرئيس سامي بن عبدالله صباح تحدث هاتفيا مع نظيره فلان الفلاني أمس."
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"))
    (m,) = _calls(linked)
    assert people(m) == {"سامي بن عبدالله صباح", "فلان الفلاني"} and m.status == "held"


def test_speaking_without_a_phone_word_is_no_call():
    text = "وتحدث الرئيس سامي بن عبدالله صباح مع فلان الفلاني عن الوضع."
    assert not _calls(make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER")))


def test_the_object_of_congratulations_given_in_a_phone_call_is_the_other_side():
    text = ("هنأ رئيس الحكومة سامي بن عبدالله صباح، في مكالمة هاتفية جرت مساء اليوم، الأمين العام الجديد "
            "للاتحاد فلان الفلاني.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"))
    (m,) = _calls(linked)
    assert people(m) == {"سامي بن عبدالله صباح", "فلان الفلاني"}


def test_a_minister_who_informed_his_counterpart_in_a_call_called_him():
    text = ("أعلم وزير الخارجية سامي بن عبدالله صباح، ظهر اليوم، في اتصال هاتفي، وزير الخارجية فلان الفلاني "
            "بتأجيل الزيارة.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"))
    assert any(people(m) == {"سامي بن عبدالله صباح", "فلان الفلاني"} for m in _calls(linked))


def test_a_statement_made_in_a_call_to_a_newspaper_is_no_meeting():
    text = "وأكد وزير الزراعة سامي بن عبدالله صباح في اتصال هاتفي مع صحيفة الوطن أن الموسم جيد."
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("صحيفة الوطن", "ORG"))
    assert not [m for m in meetings(linked) if len(people(m)) >= 2]


def test_the_deceased_a_condolence_call_names_is_no_party_to_it():
    text = ("كما هاتف الرئيس سامي بن عبدالله صباح، السفير فلان الفلاني لتعزيته بوفاة شقيقه علان العلاني.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"), ("علان العلاني", "PER"))
    calls = _calls(linked)
    assert calls and all("علان العلاني" not in people(m) for m in calls)
    assert any(people(m) == {"سامي بن عبدالله صباح", "فلان الفلاني"} for m in calls)


def test_a_family_receiving_condolences_holds_no_reception():
    text = ("استقبلت أسرة الصباح البارحة العزاء في وفاة فقيدها سامي بن عبدالله صباح، والفقيد شقيق فلان الفلاني "
            "وعلان العلاني.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"), ("علان العلاني", "PER"))
    assert not [m for m in meetings(linked) if m.kind == "reception"]


def test_a_call_noun_whose_relative_verb_names_the_receiver_is_his_call_with_the_caller():
    text = "جاء ذلك خلال اتصال هاتفي تلقاه وزير الزراعة سامي الحداد من الرئيس فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    calls = _calls(linked)
    assert any(people(m) == {"سامي الحداد", "فلان الفلاني"} for m in calls)
    assert all(m.status == "held" for m in calls)


def test_the_late_one_whose_sons_a_call_consoled_is_no_party_to_it():
    text = ("قدم الأمير سامي بن عبدالله صباح تعازيه لأبناء الفقيد الشيخ علان العلاني، وذلك عبر اتصال هاتفي تلقاه "
            "نجله فلان الفلاني.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("علان العلاني", "PER"), ("فلان الفلاني", "PER"))
    calls = _calls(linked)
    assert calls and all("علان العلاني" not in people(m) for m in calls)


def test_a_call_a_newspaper_made_to_an_official_is_an_interview_not_a_call():
    text = 'وقال وزير الزراعة سامي الحداد في اتصال هاتفي أجرته معه "الصحيفة" أمس إن الموسم جيد.'
    linked = make(text, ("سامي الحداد", "PER"))
    assert not _calls(linked)
