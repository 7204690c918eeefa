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


def test_a_club_named_bare_after_its_team_or_player_is_an_organization(linker):
    assert labels(found(linker, "وفاز فريق الفتح على ضيفه أمس.")) == [("الفتح", "ORG")]
    assert labels(found(linker, "وانتقل لاعب الاتحاد إلى الدوري القطري.")) == [("الاتحاد", "ORG")]


def test_a_second_club_joined_by_and_is_one_too(linker):
    got = labels(found(linker, "وتدرب لاعبي الرائد والتعاون في الملعب."))
    assert got == [("الرائد", "ORG"), ("التعاون", "ORG")]


def test_the_red_crescents_team_and_a_foreign_union_are_no_club(linker):
    assert ("الهلال", "ORG") not in labels(found(linker, "وشارك فريق الهلال الأحمر في الإسعاف."))
    assert ("الاتحاد", "ORG") not in labels(found(linker, "وقال مدرب الاتحاد الروماني إن الفريق جاهز."))


def test_a_common_word_after_a_team_is_no_club(linker):
    assert labels(found(linker, "ويواجه فريق العمل صعوبات كبيرة.")) == []


def test_a_league_named_after_its_sponsor_is_not_a_person(linker):
    got = labels(found(linker, "وتوج الفريق بلقب دوري سامي صباح للمحترفين.", ("سامي صباح", "PER")))
    assert got == [("دوري سامي صباح", "ORG")]


def test_a_league_of_a_regions_champions_is_one_organization(linker):
    got = labels(found(linker, "وتأهل الفريق إلى دوري أبطال آسيا للمرة الأولى.", ("آسيا", "LOC")))
    assert got == [("دوري أبطال آسيا", "ORG")]
