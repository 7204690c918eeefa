"""A conjunction on the first word of a listed person's name leaves the label, on composed sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Mention, Sentence


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def labels(linker: Linker, text: str, *spans: str) -> list[str]:
    mentions = []
    for surface in spans:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, surface, "PER", 0.9, 0))
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), tuple(mentions), "t")
    return [m.label for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"]


def test_a_second_name_in_a_list_of_persons_loses_its_conjunction(linker):
    text = "وحضر اللقاء فلان الفلاني وزرياب القحطاني من الجانبين."
    assert labels(linker, text, "فلان الفلاني", "وزرياب القحطاني") == ["فلان الفلاني", "زرياب القحطاني"]


def test_a_comma_between_the_listed_names_still_marks_the_conjunction(linker):
    text = "وشارك في الاجتماع فلان الفلاني، وأندريه كوفالسكي."
    assert labels(linker, text, "فلان الفلاني", "وأندريه كوفالسكي") == ["فلان الفلاني", "أندريه كوفالسكي"]


def test_the_span_keeps_the_conjunction_so_offsets_stay_the_tokenizers(linker):
    text = "وحضر اللقاء فلان الفلاني وزرياب القحطاني."
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), (
        Mention(12, 24, "فلان الفلاني", "فلان الفلاني", "PER", 0.9, 0),
        Mention(25, 40, "وزرياب القحطاني", "وزرياب القحطاني", "PER", 0.9, 0)), "t")
    second = [m for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"][1]
    assert (second.text, second.label) == ("وزرياب القحطاني", "زرياب القحطاني")


def test_a_given_name_that_begins_with_waw_keeps_it(linker):
    text = "وحضر اللقاء فلان الفلاني ووليد الحداد."
    got = labels(linker, text, "فلان الفلاني", "وليد الحداد")
    assert got == ["فلان الفلاني", "وليد الحداد"]


def test_an_unknown_word_with_waw_outside_a_list_keeps_its_label(linker):
    text = "أعلنت الشركة أن وزرياب القحطاني وصل أمس."
    assert labels(linker, text, "وزرياب القحطاني") == ["وزرياب القحطاني"]


def test_a_listed_person_followed_by_a_post_loses_the_conjunction(linker):
    text = "وحضر الاجتماع فلان الفلاني، ومن الجانب الآخر وزرياب القحطاني مدير الشركة."
    assert labels(linker, text, "وزرياب القحطاني") == ["زرياب القحطاني"]
