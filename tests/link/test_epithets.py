"""A judging or status adjective after a group's name is no word of it, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def labels(got):
    return [(label, ner_type) for _, label, ner_type, _ in got]


def test_terrorist_after_a_group_leaves_its_span(linker):
    got = found(linker, "وتحدث عن محاربة تنظيم داعش الإرهابي في المنطقة.", ("تنظيم داعش الإرهابي", "ORG"))
    assert labels(got) == [("تنظيم داعش", "ORG")]


def test_ruling_after_a_party_leaves_its_span(linker):
    got = found(linker, "بدعم من حزب الفلاح والتنمية الحاكم في البلاد.", ("حزب الفلاح والتنمية الحاكم", "ORG"))
    assert labels(got) == [("حزب الفلاح والتنمية", "ORG")]


def test_the_opposition_as_a_noun_stays_in_a_name(linker):
    got = found(linker, "وقال الائتلاف الوطني لقوى الثورة والمعارضة إن المفاوضات متعثرة.",
                ("الائتلاف الوطني لقوى الثورة والمعارضة", "ORG"))
    assert labels(got) == [("الائتلاف الوطني لقوى الثورة والمعارضة", "ORG")]



def test_a_nationality_after_a_proper_name_describes_it(linker):
    got = found(linker, "واختتم الفريق معسكره في مدينة فلانو الإيطالية أمس.", ("فلانو الإيطالية", "LOC"))
    assert labels(got) == [("فلانو", "LOC")]
    got = found(linker, "وبدأ مشواره الكروي مع مرجان سبور التركي.", ("مرجان سبور التركي", "ORG"))
    assert labels(got) == [("مرجان سبور", "ORG")]



@pytest.mark.parametrize(("text", "span"), [
    ("وأعلنت قوات الأمن العراقية ذلك.", "قوات الأمن العراقية"),
    ("وأعلن الجيش اليمني السيطرة.", "الجيش اليمني"),
    ("وأعلنت وزارة الداخلية المصرية ذلك.", "وزارة الداخلية المصرية"),
    ("وقال مدير للبريد التونسي ذلك.", "للبريد التونسي"),
])
def test_a_nationality_after_a_head_or_a_common_noun_makes_the_name(linker, text, span):
    got = found(linker, text, (span, "ORG"))
    assert [t for t, _, _, _ in got] == [span]


def test_a_definite_noun_described_as_terrorist_is_no_name(linker):
    assert found(linker, "ودعا الأهالي إلى الثورة ضد التنظيم الإرهابي في المدينة.", ("التنظيم الإرهابي", "ORG")) == []
