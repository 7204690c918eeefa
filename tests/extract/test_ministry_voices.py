"""A ministry's spokesman written without the country takes the country its minister would take."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    """(person, role, portfolio, of) for every post, of as the entity's Arabic label (None if unknown)."""
    return {(p.person.entity.label, p.role, p.portfolio, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_spokesman_of_a_ministry_takes_the_datelines_country():
    text = "الرياض: قال المتحدث الرسمي لوزارة الصحة الدكتور خالد المرزوقي إن الوزارة سجلت حالات جديدة."
    linked = make(text, ("الرياض", "LOC"), ("خالد المرزوقي", "PER"))
    assert posts(linked) == {("خالد المرزوقي", "spokesperson", "health", "المملكة العربية السعودية")}


def test_spokesman_of_a_ministry_takes_the_one_country_the_story_names():
    text = "وقال المتحدث باسم وزارة الخارجية رامي الفلاني إن مصر ترفض أي تدخل في شؤونها."
    linked = make(text, ("رامي الفلاني", "PER"), ("مصر", "LOC"))
    assert posts(linked) == {("رامي الفلاني", "spokesperson", "foreign", "مصر")}


def test_spokesman_whose_title_names_the_country_keeps_it():
    text = "وقال المتحدث باسم وزارة الخارجية الأمريكية جون سميث في واشنطن إن مصر شريك مهم."
    linked = make(text, ("جون سميث", "PER"), ("واشنطن", "LOC"), ("مصر", "LOC"))
    assert posts(linked) == {("جون سميث", "spokesperson", "foreign", "الولايات المتحدة")}


def test_spokesman_stays_without_a_country_where_a_minister_would():
    text = "وقال المتحدث باسم وزارة الخارجية رامي الفلاني إن مصر والأردن وقعتا الاتفاق."
    linked = make(text, ("رامي الفلاني", "PER"), ("مصر", "LOC"), ("الأردن", "LOC"))
    assert posts(linked) == {("رامي الفلاني", "spokesperson", "foreign", None)}


def test_spokesman_of_the_ministry_the_paragraph_named_with_its_state_before_is_of_that_state():
    text = ("الرياض: أدانت وزارة الخارجية المصرية اليوم الهجوم. وأكد المتحدث الرسمي باسم وزارة الخارجية رامي "
            "الفلاني تضامن مصر مع المملكة العربية السعودية.")
    linked = make(text, ("الرياض", "LOC"), ("رامي الفلاني", "PER"), ("مصر", "LOC"),
                  ("المملكة العربية السعودية", "LOC"))
    assert posts(linked) == {("رامي الفلاني", "spokesperson", "foreign", "مصر")}
