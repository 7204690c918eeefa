"""Former posts (`kg.extract.former_posts`): "الرئيس السابق X" is a post X held, kept apart from the posts
held now; "أمير البلد حينها X" is one of the story's time. Composed names, and a raw-corpus phrase for
the knowledge base's past terms."""

from __future__ import annotations

from datetime import date

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.officials import extract_officials
from kg.extract.text import DocView


def posts(linked):
    """(person, title, of, current) for every post of the article, of as the entity's Arabic label."""
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None, p.current)
            for p in extract_facts(linked).posts}


def test_a_former_president_with_his_nisba_held_that_countrys_presidency():
    text = "والتقى الملك بالرئيس المصري الأسبق سامي الحداد في القاهرة."
    assert ("سامي الحداد", "president", "مصر", False) in posts(make(text, ("سامي الحداد", "PER"), ("القاهرة", "LOC")))


def test_a_former_prime_minister_keeps_the_title_as_written():
    text = "وعندما قتل رئيس الوزراء اللبناني السابق فلان الفلاني تضرر الفندق."
    (post,) = extract_facts(make(text, ("فلان الفلاني", "PER"))).posts
    assert (post.role, post.of.entity.label, post.current) == ("prime-minister", "لبنان", False)
    assert post.title_text == "رئيس الوزراء اللبناني"


def test_a_former_post_is_not_one_the_other_extractors_read():
    text = "وقال الرئيس الفرنسي السابق سامي الحداد إن الزيارة مهمة."
    off = extract_officials(DocView(make(text, ("سامي الحداد", "PER"))))
    assert off.posts == [] and [p.person.entity.label for p in off.former] == ["سامي الحداد"]


def test_the_late_king_and_the_deposed_president_held_their_posts():
    text = "وأشاد فلان الفلاني بالملك الأردني الراحل سامي الحداد، وهاجم أتباع الرئيس اليمني المخلوع خالد علي."
    got = posts(make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"), ("خالد علي", "PER")))
    assert {(p, t, c) for p, t, _, c in got} == {("سامي الحداد", "king", False), ("خالد علي", "president", False)}


def test_an_elected_president_holds_no_post_yet_nor_held_one():
    text = "وقال الرئيس الأمريكي المنتخب سامي الحداد إنه سيزور المنطقة."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_current_and_a_former_holder_of_one_post_are_told_apart():
    text = "واستقبل الرئيس اليمني سامي الحداد اليوم أنصار الرئيس اليمني السابق خالد علي."
    got = posts(make(text, ("سامي الحداد", "PER"), ("خالد علي", "PER")))
    assert got == {("سامي الحداد", "president", "اليمن", True), ("خالد علي", "president", "اليمن", False)}


def test_a_former_post_without_a_country_takes_it_from_the_kbs_past_term():
    # raw corpus: "الرئيس (اليمني )?(السابق|المخلوع) علي عبد الله صالح" on 215 lines
    text = "وتقع صنعاء تحت سيطرة الحوثيين وأنصار الرئيس السابق علي عبد الله صالح."
    linked = make(text, ("صنعاء", "LOC"), ("علي عبد الله صالح", "PER"), published=date(2016, 7, 6))
    (post,) = [p for p in extract_facts(linked).posts if p.person.entity.label == "علي عبد الله صالح"]
    assert (post.role, post.of.entity.label, post.current, post.of_source) == ("president", "اليمن", False, "kb")


def test_a_title_with_then_binds_the_name_after_the_adverb_as_a_post_of_the_storys_time():
    text = "واستقبل الملك أمير البحرين حينها الشيخ سامي الحداد في الرياض."
    linked = make(text, ("البحرين", "LOC"), ("سامي الحداد", "PER"), ("الرياض", "LOC"))
    assert ("سامي الحداد", "emir", "البحرين", False) in posts(linked)
    off = extract_officials(DocView(linked))
    assert [p.person.entity.label for p in off.posts] == ["سامي الحداد"]  # the story's events read it


def test_then_after_a_minister_and_a_comma():
    text = "وكان وزير الخارجية القطري آنذاك، فلان الفلاني، قد زار طهران."
    got = posts(make(text, ("فلان الفلاني", "PER"), ("طهران", "LOC")))
    assert ("فلان الفلاني", "minister:foreign", "قطر", False) in got


def test_a_relative_joined_by_and_after_a_title_is_not_its_holder():
    text = "ويطاول القرار الرئيس المخلوع وابنه سامي الحداد."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_formerly_after_a_title_written_after_the_name_makes_the_post_one_held_before():
    text = "وقال سامي الحداد، وزير الزراعة سابقا، إن الموسم جيد."
    off = extract_officials(DocView(make(text, ("سامي الحداد", "PER"))))
    assert off.posts == [] and [(p.person.entity.label, p.role) for p in off.former] == [("سامي الحداد", "minister")]


def test_formerly_between_a_body_title_and_the_name_binds_the_name_to_a_post_held_before():
    text = "وأكد عضو المجلس البلدي سابقا سامي الحداد أهمية العمل التطوعي."
    off = extract_officials(DocView(make(text, ("المجلس البلدي", "ORG"), ("سامي الحداد", "PER"))))
    assert off.posts == []
    assert [(p.person.entity.label, p.role, p.of.entity.label) for p in off.former] == [
        ("سامي الحداد", "member", "المجلس البلدي")]
