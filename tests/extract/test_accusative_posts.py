"""Posts given in the accusative apart from the name (`kg.extract.accusative_posts`): appointments by a verb or a
decree's list, role clauses ("الذي يعمل مستشارًا لـ…"), capacity ("بصفته رئيسًا لـ…"), "ويشغل X منصب …"; composed
sentences and names."""

from __future__ import annotations

import pytest
from extract_fixtures import make

from kg.extract import extract_facts

NAME = ("سامي صباح", "PER")
COMPANY = ("شركة النقل الوطنية", "ORG")
NOW, BEFORE = True, False


def posts(linked):
    """(person, title, of, current) for every post of the article, of as the entity's Arabic label."""
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None, p.current)
            for p in extract_facts(linked).posts}


#: (sentence, its mentions, the post it gives سامي صباح: title, body, held now)
GIVEN = {
    "a relative clause of working as": (
        "وقال سامي صباح، الذي يعمل مستشارا لوزارة الزراعة، إن المحصول وفير.", (NAME, ("وزارة الزراعة", "ORG")),
        ("adviser", "وزارة الزراعة", NOW)),
    "a relative clause of having worked as, a post held before": (
        "وقال سامي صباح، الذي عمل مديرا عاما لشركة النقل الوطنية، إن الخطة جاهزة.", (NAME, COMPANY),
        ("director", "شركة النقل الوطنية", BEFORE)),
    "an appointment by a body the clause names": (
        "وفر سامي صباح، الذي عينه المتمردون محافظا لعدن، إلى الشمال.", (NAME, ("عدن", "LOC")),
        ("governor", "عدن", NOW)),
    "a capacity in the accusative": (
        "وحضر سامي صباح بصفته رئيسا لشركة النقل الوطنية الاجتماع.", (NAME, COMPANY),
        ("head", "شركة النقل الوطنية", NOW)),
    "a capacity held formerly": (
        "وتحدث سامي صباح بوصفه مديرا لشركة النقل الوطنية سابقا عن الأزمة.", (NAME, COMPANY),
        ("director", "شركة النقل الوطنية", BEFORE)),
    "a decree's list item with a star and no colon": (
        "*سامي صباح مديرا عاما لشركة النقل الوطنية.", (NAME, COMPANY), ("director", "شركة النقل الوطنية", NOW)),
    "a verb of holding before the name": (
        "ويشغل سامي صباح منصب الأمين العام لحركة النهضة الوطنية.", (NAME, ("حركة النهضة الوطنية", "ORG")),
        ("secretary-general", "حركة النهضة الوطنية", NOW)),
    "a verb of taking up before the name, a post held before": (
        "وتولى سامي صباح منصب الأمين العام لحركة النهضة الوطنية حتى عام 2009.", (NAME, ("حركة النهضة الوطنية", "ORG")),
        ("secretary-general", "حركة النهضة الوطنية", BEFORE)),
    "was holding after the name, a Tunisian khutta": (
        "وكان سامي صباح يشغل خطة المدير العام لشركة النقل الوطنية.", (NAME, COMPANY),
        ("director", "شركة النقل الوطنية", BEFORE)),
    "a definite head with its body in lam after manṣib": (
        "حيث يشغل سامي صباح منصب الرئيس التنفيذي لقطاع الأعمال.", (NAME,), ("head", "قطاع الأعمال", NOW)),
}


@pytest.mark.parametrize("case", GIVEN)
def test_the_shape_gives_the_name_its_post(case):
    text, mentions, (title, of, current) = GIVEN[case]
    assert posts(make(text, *mentions)) == {("سامي صباح", title, of, current)}


def test_every_appointee_of_a_list_after_an_appointing_verb_holds_his_post():
    text = "وقرر رئيس الحكومة تعيين سامي صباح واليا على سوسة، وكريم الحداد واليا على قبلي."
    got = posts(make(text, NAME, ("سوسة", "LOC"), ("كريم الحداد", "PER"), ("قبلي", "LOC")))
    assert {("سامي صباح", "wali", "سوسة", NOW), ("كريم الحداد", "wali", "قبلي", NOW)} <= got


def test_a_decree_list_gives_each_name_the_post_after_its_colon():
    text = "* سامي صباح : مديرا عاما لشركة النقل الوطنية * كريم الحداد : رئيسا مديرا عاما لديوان الحبوب"
    got = posts(make(text, NAME, COMPANY, ("كريم الحداد", "PER"), ("ديوان الحبوب", "ORG")))
    assert got == {("سامي صباح", "director", "شركة النقل الوطنية", NOW), ("كريم الحداد", "head", "ديوان الحبوب", NOW)}


def test_the_one_a_ruler_appoints_is_not_the_ruler():
    got = {(p, t) for p, t, _, _ in posts(make("ملك البلاد يعين سامي صباح رئيسا للحكومة", NAME))}
    assert got == {("سامي صباح", "prime-minister")}


def test_no_post_from_a_future_appointment_a_vague_body_or_another_verb():
    assert posts(make("وسيتم تعيين سامي صباح مديرا عاما لشركة النقل الوطنية.", NAME, COMPANY)) == set()
    assert posts(make("وقال سامي صباح، الذي يعمل مديرا لأحد الأقسام في الوزارة، إن العمل متواصل.", NAME)) == set()
    got = posts(make("وقال سامي صباح، الذي التقى مدير عام شركة النقل الوطنية، إن العمل متواصل.", NAME, COMPANY))
    assert not any(p == "سامي صباح" for p, _, _, _ in got)


def test_an_appointment_by_a_pronoun_reads_the_accusative_heads_too():
    text = "وأشاد سامي صباح بقرار تعيينه مديرا عاما لشركة النقل الوطنية."
    assert posts(make(text, NAME, COMPANY)) == {("سامي صباح", "director", "شركة النقل الوطنية", NOW)}


def test_a_cabinet_decision_gives_the_bracketed_post_of_the_ministry_after_the_grade_but_no_grade():
    text = "3 - تعيين سامي بن عبدالله صباح على وظيفة (مدير عام الحقوق) بالمرتبة الرابعة عشرة بوزارة الزراعة."
    person, ministry = ("سامي بن عبدالله صباح", "PER"), ("وزارة الزراعة", "ORG")
    assert posts(make(text, person, ministry)) == {("سامي بن عبدالله صباح", "director", "وزارة الزراعة", NOW)}
    text = "4 - تعيين سامي بن عبدالله صباح على وظيفة (وزير مفوض) بوزارة الخارجية."
    assert posts(make(text, person, ("وزارة الخارجية", "ORG"))) == set()



def test_the_title_of_the_one_who_appoints_is_not_the_appointee_s():
    text = "وقرر الرئيس تعيين سامي صباح مديرا عاما لشركة النقل الوطنية."
    assert posts(make(text, NAME, COMPANY)) == {("سامي صباح", "director", "شركة النقل الوطنية", NOW)}
