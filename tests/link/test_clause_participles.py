"""A participle of the clause after a body's name is no word of it, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def labels(got):
    return [(label, ner_type) for _, label, ner_type, _ in got]


def test_issued_after_a_magazine_leaves_its_span(linker):
    got = found(linker, "ونشر مقالا في مجلة الفلاح الصادرة عن النادي الأدبي.", ("مجلة الفلاح الصادرة", "ORG"))
    assert labels(got) == [("مجلة الفلاح", "ORG")]


def test_a_bare_head_left_by_the_cut_is_no_name(linker):
    assert found(linker, "ودعا رئيس الهيئة المستقيل إلى التريث في قراره.", ("الهيئة المستقيل", "ORG")) == []


def test_held_after_a_conference_leaves_its_span(linker):
    got = found(linker, "وشارك في مؤتمر فلانة للسلام المنعقد في العاصمة أمس.", ("مؤتمر فلانة للسلام المنعقد", "ORG"))
    assert labels(got) == [("مؤتمر فلانة للسلام", "ORG")]
