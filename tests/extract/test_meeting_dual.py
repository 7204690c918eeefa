"""Two persons under one dual title are both the subject of the meeting ("وزيرا النقل X والتجارة Y")."""

from __future__ import annotations

from extract_fixtures import make, meetings, people


def test_both_ministers_under_a_dual_title_met_the_guest():
    text = ("وعبر وزيرا النقل سامي الحداد والتجارة فلان الفلاني، في لقاء جمعهما، امس الاثنين برئيس جمهورية "
            "غينيا جون دو، عن رغبة تونس في تعزيز التعاون.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("غينيا", "LOC"), ("جون دو", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني", "جون دو"} <= people(m) for m in meetings(linked))


def test_a_singular_title_in_the_accusative_adds_no_one():
    text = "وعين الملك سامي الحداد رئيسا للوزراء، وعبر فلان الفلاني في لقاء جمعه أمس بجون دو عن ارتياحه."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("جون دو", "PER"))
    assert all("سامي الحداد" not in people(m) for m in meetings(linked))
