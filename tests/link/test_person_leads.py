"""A describing or introducing word before a given name leaves the person's span, on composed sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Mention, Sentence


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def persons(linker: Linker, text: str, surface: str) -> list[str]:
    start = text.index(surface)
    m = Mention(start, start + len(surface), surface, surface, "PER", 0.9, 0)
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), (m,), "t")
    return [m.label for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"]


def test_a_passive_participle_before_the_given_name_is_cut(linker):
    text = "وقال أنصار الزعيم المعزول محمد الفلاني إنهم سيواصلون الاحتجاج."
    assert persons(linker, text, "المعزول محمد الفلاني") == ["محمد الفلاني"]


def test_a_prepositional_phrase_before_the_given_name_is_cut(linker):
    text = "وعقدت اللجنة اجتماعها برئاسة محمد الفلاني في مقرها."
    assert persons(linker, text, "برئاسة محمد الفلاني") == ["محمد الفلاني"]


def test_a_definite_given_name_opening_the_span_stays(linker):
    text = "وقال الحبيب الفلاني إن الاجتماع كان مثمرا."
    assert persons(linker, text, "الحبيب الفلاني") == ["الحبيب الفلاني"]


def test_a_feminine_noun_with_an_attached_pronoun_before_the_given_name_is_cut(linker):
    text = "وقال وزير خارجيتنا سامي الفلاني إن اللقاء كان مثمرا."
    assert persons(linker, text, "خارجيتنا سامي الفلاني") == ["سامي الفلاني"]
    text = "وفي اتصال هاتفي مع زميلتنا سميرة الحدادي، أكد النائب دعمه."
    assert persons(linker, text, "زميلتنا سميرة الحدادي") == ["سميرة الحدادي"]


def test_a_possessed_noun_before_a_word_tagged_alone_as_a_name_is_cut(linker):
    text = "وأكد المدير في اتصال هاتفي مع زميلتنا هاجر الفلاني أن العمل مستمر."
    assert persons(linker, text, "زميلتنا هاجر الفلاني") == ["هاجر الفلاني"]


def test_a_prepositional_phrase_before_a_known_family_name_alone_is_cut(linker):
    text = "وطالب المحتجون بحل يبدأ بسقوط الأسد، وتناول اللقاء ملفات أخرى."
    assert persons(linker, text, "بسقوط الأسد") == ["الأسد"]


@pytest.mark.parametrize("surface, label", [("لبشار الأسد", "بشار الأسد"), ("بنعيسى العبيدي", "بنعيسى العبيدي")])
def test_a_given_name_with_a_clitic_or_a_joined_bin_before_a_family_name_stays(linker, surface, label):
    text = f"وقال مصدر إن {surface} دورا في الاتفاق."
    assert persons(linker, text, surface) == [label]
