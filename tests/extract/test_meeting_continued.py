"""A reporting participle has the subject of the clause it hangs on: "وأشاد X …، مؤكدا أنه التقى Y" — X met Y."""

from __future__ import annotations

from extract_fixtures import make, meetings, people

SAMI, FULAN, ALI = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي العلوي", "PER")


def test_the_subject_of_the_main_clause_met_after_a_participle():
    text = "وأشاد الرئيس سامي الحداد بالعلاقات بين البلدين، مشيرا إلى أنه التقى الرئيس فلان الفلاني أمس."
    (m,) = meetings(make(text, SAMI, FULAN))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}


def test_the_speaker_not_the_one_his_content_names():
    text = ("وقال الوزير سامي الحداد إن الوزير علي العلوي سيصل غدا، لافتا إلى أنه بحث مع الرئيس فلان الفلاني "
            "سبل التعاون.")
    found = meetings(make(text, SAMI, ALI, FULAN))
    talks = [m for m in found if "فلان الفلاني" in people(m)]
    assert talks and all(people(m) == {"سامي الحداد", "فلان الفلاني"} for m in talks)
