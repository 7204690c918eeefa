"""A person span across a free pronoun, or into ب + another person of the article, is split: composed sentences."""

from __future__ import annotations

import pytest

from kg.link.person_pronouns import is_pronoun
from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Mention, Sentence


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def persons(linker: Linker, text: str, *surfaces: str) -> list[str]:
    ms = []
    for surface in surfaces:
        start = text.index(surface)
        ms.append(Mention(start, start + len(surface), surface, surface, "PER", 0.9, 0))
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), tuple(ms), "t")
    return [m.label for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"]


def test_a_span_across_a_copula_pronoun_gives_both_names(linker):
    text = "وأكبر أبناء سامي الحداد هو كريستوف الفلاني الذي ولد في باريس."
    assert persons(linker, text, "سامي الحداد هو كريستوف الفلاني") == ["سامي الحداد", "كريستوف الفلاني"]


def test_a_leading_pronoun_leaves_the_span(linker):
    text = "والداها هما جوزيف الفلاني وماري الفلانية."
    assert persons(linker, text, "هما جوزيف الفلاني") == ["جوزيف الفلاني"]


def test_a_pronoun_with_a_conjunction_splits_too(linker):
    text = "وقال سامي الحداد وهو وزير سابق إن الاجتماع كان مثمرا."
    assert persons(linker, text, "سامي الحداد وهو") == ["سامي الحداد"]


def test_a_piece_of_common_words_only_is_no_person(linker):
    text = "وأضافت المواقع أن المتهم هو ابن أخ الوزير الأسبق."
    assert persons(linker, text, "هو ابن أخ") == []


def test_a_span_into_b_and_another_person_of_the_article_is_split(linker):
    text = "كانت ماريان معلمة، والتقى كريستوف بماريان في باريس."
    assert persons(linker, text, "ماريان", "كريستوف بماريان") == ["ماريان", "كريستوف", "ماريان"]


def test_b_and_a_word_no_other_person_holds_stays_in_the_name(linker):
    text = "وقال محمد بالحاج عمر إن الحزب سيشارك في الانتخابات."
    assert persons(linker, text, "محمد بالحاج عمر") == ["محمد بالحاج عمر"]


def test_pronouns_are_a_closed_class_with_conjunctions():
    assert is_pronoun("هو") and is_pronoun("وهي") and is_pronoun("فهما")
    assert not is_pronoun("هود") and not is_pronoun("وهيب")


def test_a_kinship_phrase_after_a_pronoun_is_no_person(linker):
    text = "وأضافت المواقع أن المتهم هو ابن أخ وزير التربية الأسبق."
    assert persons(linker, text, "ابن أخ") == []
