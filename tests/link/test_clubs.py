"""`نادي` and a definite word name a club: one ORG mention, on composed sentences of sports and culture news."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def labels(got):
    return [(label, ner_type) for _, label, ner_type, _ in got]


def test_a_club_the_ner_left_out_is_an_organization(linker):
    assert labels(found(linker, "وقال رئيس نادي الهلال السابق إن الفريق جاهز.")) == [("نادي الهلال", "ORG")]


def test_the_name_the_ner_kept_alone_takes_its_head(linker):
    got = found(linker, "وتعاقد لنادي الاتحاد مع المدرب.", ("الاتحاد", "ORG"))
    assert labels(got) == [("نادي الاتحاد", "ORG")]


def test_a_club_of_a_kind_keeps_its_adjective_and_a_nationality_stays_out(linker):
    assert labels(found(linker, "وزار نادي الفلاح الأدبي أمس.")) == [("نادي الفلاح الأدبي", "ORG")]
    assert labels(found(linker, "وفاز نادي الفلاح السعودي أمس.")) == [("نادي الفلاح", "ORG")]


def test_he_called_for_is_no_club(linker):
    assert labels(found(linker, "ونادى الوزير بالتهدئة في المدينة.")) == []


def test_the_neighbourhood_club_is_no_name(linker):
    assert labels(found(linker, "وأقيمت المباراة في نادي الحي.")) == []
