"""The owner of a statement noun said at a meeting took part in it: "تصريح X عقب لقائه بـY"،
"تطمينات X لدى لقائه بـY"."""

from __future__ import annotations

from extract_fixtures import make, meetings, people


def test_the_owner_of_a_statement_after_his_meeting_is_a_party_and_who_welcomed_it_is_not():
    text = "ورحب جون دو بتصريح الوزير سامي الحداد عقب لقائه بوزير الزراعة فلان الفلاني في الرباط أمس."
    linked = make(text, ("جون دو", "PER"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("الرباط", "LOC"))
    found = meetings(linked)
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in found)
    assert all("جون دو" not in people(m) for m in found)


def test_the_owner_of_assurances_given_at_his_meeting_is_a_party():
    text = "وأشاد النائب جون دو بتطمينات الرئيس سامي الحداد لدى لقائه بفلان الفلاني بتسخير كل الظروف لإنجاح الموسم."
    linked = make(text, ("جون دو", "PER"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    found = meetings(linked)
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in found)
    assert all("جون دو" not in people(m) for m in found)
