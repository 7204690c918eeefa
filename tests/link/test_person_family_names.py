"""A family name of the raw news written alone after a title, an honorific or a verb of saying is a person,
on composed sentences."""

from __future__ import annotations

import pytest

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Sentence


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def persons(linker: Linker, text: str) -> list[tuple[str, str]]:
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), (), "t")
    return [(m.label, m.source) for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"]


def test_the_mined_family_names_hold_surnames_and_no_adjectives_of_a_title():
    fam = lexicons().family_names
    assert match_key("الشمراني") in fam and match_key("القحطاني") in fam
    for adjective in ("التنفيذي", "المساعد", "الزراعي", "الجامعي", "الأمريكي"):
        assert match_key(adjective) not in fam


@pytest.mark.parametrize("text", [
    "وناقش الدكتور الشمراني مع الوفد سبل التعاون.",
    "وأكد المهندس الشمراني الاستعدادات لخوض الموسم.",
    "واستقبل وزير الصحة الشمراني الوفد الزائر.",
    "وقدم الوفد للسفير الشمراني شكره على الاستقبال.",
    "وأضاف الشمراني، أن المشروع سينطلق قريبا.",
])
def test_a_family_name_after_a_title_an_honorific_or_a_verb_of_saying_is_a_person(linker, text):
    assert persons(linker, text) == [("الشمراني", "pattern")]


@pytest.mark.parametrize("text", [
    "وقال الأستاذ المساعد في الجامعة إن الدراسة اكتملت.",
    "وأكد المهندس الزراعي أن المحصول وفير.",
    "وقال الرئيس التنفيذي للشركة إن الأرباح ارتفعت.",
])
def test_an_adjective_after_a_title_is_no_family_name(linker, text):
    assert persons(linker, text) == []


def test_a_family_name_without_a_title_or_a_verb_of_saying_before_it_is_left_alone(linker):
    assert persons(linker, "وتقع قرية الشمراني شمال المدينة.") == []


def test_the_mined_bare_family_names_hold_surnames_and_no_clitic_forms_or_common_words():
    bare = lexicons().bare_family_names
    assert match_key("جلول") in bare and match_key("باسلمة") in bare
    for word in ("يناهز", "للإغاثة", "واخيه", "وزير", "مصدر"):
        assert match_key(word) not in bare


@pytest.mark.parametrize("text", [
    "وأوضح باسلمة أن الحكومة ستعمل على إعادة الإعمار.",
    "وقال الدكتور باسلمة إن الدورة تستمر أسبوعين.",
])
def test_a_family_name_without_the_article_after_a_verb_of_saying_or_an_honorific_is_a_person(linker, text):
    assert persons(linker, text) == [("باسلمة", "pattern")]


def test_a_bare_family_name_that_opens_a_longer_name_is_left_to_the_name_rules(linker):
    assert ("باسلمة", "pattern") not in persons(linker, "وقال باسلمة بن فلان إن الحكومة ستعمل.")


def test_a_family_name_the_news_often_writes_alone_after_a_title_is_still_mined():
    # the share after a given name leaves out the uses after a title or a verb of saying (`وأضاف الزهراني`)
    fam, bare = lexicons().family_names, lexicons().bare_family_names
    assert match_key("الزهراني") in fam and match_key("الشمري") in fam and match_key("حفتر") in bare
    for team_adjective in ("العاصمي", "السماوي", "القصيمي", "اليماني"):  # الفريق "the team" is also a rank
        assert match_key(team_adjective) not in fam
    for word in ("عنتاب", "جونج", "قويم", "طيب"):  # غازي عنتاب، كيم جونج أون، طريق قويم، رجب طيب
        assert match_key(word) not in bare


def test_a_family_name_after_a_compound_given_name_written_apart_or_after_wa_counts_as_after_a_given_name():
    # the raw news writes these mostly as `عبد الله الغامدي`، `وعبدالله العتيبي`
    fam = lexicons().family_names
    assert match_key("الغامدي") in fam and match_key("العتيبي") in fam


@pytest.mark.parametrize(("text", "name"), [
    ("وأكد اللواء الزهراني أن الخطة الأمنية اكتملت.", "الزهراني"),
    ("وأضاف الشمري، أن الفريق سيغادر غدا.", "الشمري"),
    ("والتزم الفريق حفتر الصمت حيال التقارير.", "حفتر"),
    ("وأوضح العميد الغامدي أن الدوريات انتشرت.", "الغامدي"),
])
def test_a_frequent_family_name_after_a_rank_or_a_verb_of_saying_is_a_person(linker, text, name):
    assert persons(linker, text) == [(name, "pattern")]


@pytest.mark.parametrize("text", ["وفاز الفريق السماوي على ضيفه بهدفين.", "وتأهل الفريق القصيمي إلى الدور الثاني."])
def test_a_team_adjective_after_the_team_is_no_person(linker, text):
    assert persons(linker, text) == []
