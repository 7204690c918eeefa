"""A body met as a whole is the other side of one official's meeting (composed sentences)."""

from __future__ import annotations

from extract_fixtures import make, meetings

from kg.extract.meeting_body_partner import met_body
from kg.extract.meetings import Trigger
from kg.extract.officials import extract_officials
from kg.extract.text import DocView


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_the_states_of_a_body_after_with_are_the_other_side():
    text = "يعقد وزير الخارجية الكندي سامي الحداد اجتماعا مع دول مجلس التعاون الخليجي غدا في الكويت."
    linked = make(text, ("سامي الحداد", "PER"), ("مجلس التعاون الخليجي", "ORG"), ("الكويت", "LOC"))
    (m,) = meetings(linked)
    assert "سامي الحداد" in labels(m) and "مجلس التعاون لدول الخليج العربية" in labels(m)


def test_a_group_of_a_chambers_members_makes_the_chamber_a_side():
    text = "التقى السفير فلان الفلاني مع مجموعة من أعضاء مجلس الشيوخ الكندي."
    (m,) = meetings(make(text, ("فلان الفلاني", "PER"), ("مجلس الشيوخ الكندي", "ORG")))
    assert {"فلان الفلاني", "مجلس الشيوخ الكندي"} <= labels(m)


def test_representatives_with_the_partner_b_make_their_union_a_side():
    text = "اجتمع الوزير فلان الفلاني بممثلي اتحاد الصناعيين أمس."
    (m,) = meetings(make(text, ("فلان الفلاني", "PER"), ("اتحاد الصناعيين", "ORG")))
    assert labels(m) == {"فلان الفلاني", "اتحاد الصناعيين"}


def test_a_body_after_with_in_the_topic_is_no_side():
    text = "بحث الوزير فلان الفلاني سبل تعزيز التعاون مع منظمة الصحة العالمية."
    assert meetings(make(text, ("فلان الفلاني", "PER"), ("منظمة الصحة العالمية", "ORG"))) == ()


def test_the_body_of_the_officials_own_post_is_no_side():
    text = "اجتمع رئيس مجلس الشيوخ فلان الفلاني أمس مع أعضاء مجلس الشيوخ."
    view = DocView(make(text, ("مجلس الشيوخ", "ORG"), ("فلان الفلاني", "PER"), ("مجلس الشيوخ", "ORG")))
    off = extract_officials(view)
    verb = Trigger(0, "meeting", "past", False, False, False, verb=0)
    assert met_body(view, off, 0, len(view.tokens) - 1, [verb], [view.ref(1)]) is None


def test_another_body_after_the_same_words_is_a_side():
    text = "اجتمع رئيس مجلس الشيوخ فلان الفلاني أمس مع أعضاء اتحاد الصناعيين."
    view = DocView(make(text, ("مجلس الشيوخ", "ORG"), ("فلان الفلاني", "PER"), ("اتحاد الصناعيين", "ORG")))
    off = extract_officials(view)
    verb = Trigger(0, "meeting", "past", False, False, False, verb=0)
    body = met_body(view, off, 0, len(view.tokens) - 1, [verb], [view.ref(1)])
    assert body is not None and body.entity.label == "اتحاد الصناعيين"


def test_a_person_of_an_earlier_clause_is_not_the_one_who_met_the_body():
    text = "وتزامن ذلك مع تصريحات أطلقها فلان الفلاني، وقد اجتمعت مع قيادات وزارة الثقافة."
    assert meetings(make(text, ("فلان الفلاني", "PER"), ("وزارة الثقافة", "ORG"))) == ()


def test_a_body_after_b_alone_is_the_venue_not_a_side():
    text = "اجتمع الوزير فلان الفلاني بوزارة الخارجية أمس."
    assert meetings(make(text, ("فلان الفلاني", "PER"), ("وزارة الخارجية", "ORG"))) == ()
