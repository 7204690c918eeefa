"""The object of a meeting masdar after its genitive subject, with ل or ب on its title or name (composed
sentences)."""

from __future__ import annotations

from extract_fixtures import make, meetings

from kg.extract.meeting_masdar import clitic_object
from kg.extract.officials import extract_officials
from kg.extract.text import DocView


def people(m) -> set[str]:
    return {r.entity.label for r in m.participants if r.entity.kind == "Person"}


def test_the_ambassador_received_with_l_is_the_other_side():
    text = "وجاء ذلك لدى استقبال الرئيس الكيني سامي الحداد للسفير الكندي فلان الفلاني في نيروبي."
    (m,) = meetings(make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("نيروبي", "LOC")))
    assert m.kind == "reception" and people(m) == {"سامي الحداد", "فلان الفلاني"}


def test_the_envoy_met_with_b_is_the_other_side():
    text = "وأعلن ذلك خلال لقاء الوزير سامي الحداد بالمبعوث الأممي فلان الفلاني أمس."
    (m,) = meetings(make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER")))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}


def test_the_name_with_l_as_a_clitic_is_the_object():
    text = "وجاء ذلك لدى استقبال الوزير سامي الحداد لفلان الفلاني."
    (m,) = meetings(make(text, ("سامي الحداد", "PER"), ("لفلان الفلاني", "PER", "فلان الفلاني")))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}


def test_a_name_that_begins_with_l_is_no_clitic_object():
    text = "وجاء ذلك لدى استقبال الوزير سامي الحداد لطفي العلاني."
    view = DocView(make(text, ("سامي الحداد", "PER"), ("لطفي العلاني", "PER")))
    off = extract_officials(view)
    assert not clitic_object(view, off, view.mention_span[1][0], 1)


def test_a_purpose_with_l_after_the_genitive_adds_no_party():
    text = "وجاء ذلك لدى لقاء الوزير سامي الحداد لبحث التعاون مع الشركات."
    assert all(people(m) <= {"سامي الحداد"} for m in meetings(make(text, ("سامي الحداد", "PER"))))
