"""Appointments (`kg.extract.appointments`): a verbal noun of appointing with the appointee after it or as
its pronoun, then the posts in the accusative. Composed sentences in the shape of royal orders and news."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    """(person, title) for every post."""
    return {(p.person.entity.label, p.title) for p in extract_facts(linked).posts}


ORDER = ("وصدر الأمر الملكي باختيار الأمير سامي الحداد وليًا للعهد، وتعيينه نائبًا لرئيس مجلس الوزراء وزيرًا "
         "للداخلية، واختيار الأمير فلان الفلاني وليًا لولي العهد، وتعيينه نائبًا ثانيًا لرئيس مجلس الوزراء وزيرًا للدفاع.")


def test_a_royal_order_gives_each_appointee_his_posts():
    got = posts(make(ORDER, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER")))
    assert got == {("سامي الحداد", "crown-prince"), ("سامي الحداد", "deputy-prime-minister"),
                   ("سامي الحداد", "minister:interior"), ("فلان الفلاني", "deputy-crown-prince"),
                   ("فلان الفلاني", "deputy-prime-minister"), ("فلان الفلاني", "minister:defence")}


def test_an_appointment_as_prime_minister_in_the_accusative():
    text = "وأصدر الرئيس مرسوما بتعيين سامي الحداد رئيسا للوزراء."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "prime-minister")}


def test_the_pronoun_of_the_appointment_is_not_the_person_thanked():
    text = "وشكر سامي الحداد لفلان الفلاني على تعيينه وزيرا للخارجية."
    got = posts(make(text, ("سامي الحداد", "PER"), ("لفلان الفلاني", "PER", "فلان الفلاني")))
    assert got == {("سامي الحداد", "minister:foreign")}


def test_an_appointment_noun_without_an_accusative_post_gives_none():
    text = "وتقرر تكليف سامي الحداد بمتابعة الملف."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()
