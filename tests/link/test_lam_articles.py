"""A committee's article comes back after the preposition ل when an adjective follows, on composed sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.link.resolve import Linker
from kg.types import Mention
from tests.link.test_mentions import annotate, found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def labels(got):
    return [(label, ner_type) for _, label, ner_type, _ in got]


def test_a_joint_committee_after_lam_keeps_its_article(linker):
    got = found(linker, "وعقد الاجتماع الأول للجنة المشتركة الكينية التنزانية في نيروبي.",
                ("للجنة المشتركة الكينية التنزانية", "ORG"))
    assert ("اللجنة المشتركة الكينية التنزانية", "ORG") in labels(got)


def test_a_national_committee_after_lam_keeps_its_article(linker):
    got = found(linker, "وقدمت الوزارة ملفها كاملا للجنة الوطنية لمكافحة التصحر أمس.",
                ("للجنة الوطنية لمكافحة التصحر", "ORG"))
    assert labels(got) == [("اللجنة الوطنية لمكافحة التصحر", "ORG")]


def test_a_committee_in_construct_takes_no_article(linker):
    got = found(linker, "وأحال النادي ملف اللاعب للجنة الاحتراف في الاتحاد.", ("للجنة الاحتراف", "ORG"))
    assert labels(got) == [("لجنة الاحتراف", "ORG")]


def test_a_council_the_tokenizer_split_as_lam_and_lam_keeps_its_article(linker):
    text = "وعقد اجتماع للمجلس الاقتصادي الكيني في نيروبي."
    ann = annotate(text)
    surface = "للمجلس الاقتصادي الكيني"
    start = text.index(surface)
    ann = replace(ann, mentions=(Mention(start, start + len(surface), surface, surface[1:], "ORG", 0.9, 0),))
    got = [(m.label, m.ner_type) for m in linker.link(ann).annotated.mentions]
    assert ("المجلس الاقتصادي الكيني", "ORG") in got
