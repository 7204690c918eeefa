"""What a speaker voices his feeling about during a meeting ("عبر عن سعادته بـ…") is its
topic: the persons named there did not take part."""

from __future__ import annotations

from extract_fixtures import make, meetings, people

SAMI, FULAN, KAMAL = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("كمال العارف", "PER")


def test_a_person_named_in_the_cause_of_a_feeling_is_not_a_party():
    text = ("والتقى الوزير سامي الحداد أمس نظيره فلان الفلاني ، وعبر عن سعادته بالإفراج عن "
            "الصحفي كمال العارف.")
    found = meetings(make(text, SAMI, FULAN, KAMAL))
    assert found and all("كمال العارف" not in people(m) for m in found)
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in found)
