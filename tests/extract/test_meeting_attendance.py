"""After a meeting or summit noun that no meeting verb carries, the persons "بحضور" lists are
who met when they stand for two states or more; after a verb, or when they are one state's
officials at a local meeting, they only attend."""

from __future__ import annotations

from extract_fixtures import make, meetings, people


def test_the_king_a_summit_is_held_in_the_presence_of_meets_the_president_taking_part():
    text = ("وشارك الرئيس التونسي سامي الحداد في القمة العربية التي احتضنتها عمان بحضور العاهل الأردني "
            "الملك فلان الفلاني.")
    linked = make(text, ("سامي الحداد", "PER"), ("عمان", "LOC"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in meetings(linked))


def test_the_ministers_of_two_states_a_committee_meeting_is_held_in_the_presence_of_met():
    text = ("وتواصل في الخرطوم أمس اجتماع اللجنة الفنية الثلاثية، وذلك بحضور وزير الري المصري سامي الحداد، "
            "ووزير المياه السوداني فلان الفلاني.")
    linked = make(text, ("الخرطوم", "LOC"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in meetings(linked))


def test_the_officials_at_a_local_meeting_of_one_state_only_attend():
    text = ("ترأس محافظ المدينة سامي الحداد اجتماعا لمناقشة مشروع الشارع التاريخي، بحضور رئيس البلدية "
            "فلان الفلاني، ومدير الميناء جون دو.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("جون دو", "PER"))
    assert not any({"فلان الفلاني", "جون دو"} <= people(m) for m in meetings(linked))


def test_who_attends_a_reception_told_by_its_verb_is_no_party():
    text = ("استقبل الرئيس التونسي سامي الحداد وزير الخارجية الفرنسي فلان الفلاني بحضور وزير الخارجية "
            "الأردني جون دو.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("جون دو", "PER"))
    assert all("جون دو" not in people(m) for m in meetings(linked))


def test_who_attends_the_first_of_two_coordinated_meeting_nouns_is_not_made_a_side():
    text = ("لقاء سامي الحداد بحضور وزير الخارجية الأردني فلان الفلاني في الدوحة والاجتماع القادم غدا في "
            "موسكو بين وزير الخارجية المصري جون دو ونظيره الروسي سامي الحداد.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("الدوحة", "LOC"), ("موسكو", "LOC"),
                  ("جون دو", "PER"), ("سامي الحداد", "PER"))
    assert all("فلان الفلاني" not in people(m) for m in meetings(linked))
