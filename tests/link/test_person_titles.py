"""Names after a title's place and after the doctor's abbreviation, on composed Arabic news sentences."""

from __future__ import annotations

import pytest
from link_fixtures import linked_persons as persons

from kg.link.resolve import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def test_a_governor_s_title_and_place_are_cut_from_the_person(linker):
    text = "وكان في استقبالهم ووالي سوسة سامي الحداد في المطار."
    assert persons(linker, text, ("ووالي سوسة سامي الحداد", "PER")) == [("سامي الحداد", "ner")]


def test_an_indefinite_title_and_its_known_place_are_cut_from_the_person(linker):
    text = "وقال أمير نجران سامي فهد الحداد إن المشروع اكتمل."
    assert persons(linker, text, ("أمير نجران سامي فهد الحداد", "PER")) == [("سامي فهد الحداد", "ner")]


def test_a_name_after_a_title_and_its_place_mention_becomes_a_person(linker):
    text = "وأشار محافظ محافظة عدن نايف سالم الحداد خلالها إلى عودة الحياة."
    assert persons(linker, text, ("عدن", "LOC")) == [("نايف سالم الحداد", "pattern")]


def test_a_given_name_written_with_hamza_on_ya_is_the_name_written_with_ya(linker):
    text = "وأشار محافظ محافظة عدن نائف سالم الحداد خلالها إلى عودة الحياة."
    assert persons(linker, text, ("عدن", "LOC")) == [("نائف سالم الحداد", "pattern")]


def test_the_doctor_s_abbreviation_with_a_conjunction_is_no_person_and_opens_the_name(linker):
    text = "وحضر اللقاء وزير المالية ود. سامي الحداد وعدد من المسؤولين."
    assert persons(linker, text, ("ود", "PER")) == [("سامي الحداد", "pattern")]


def test_a_one_letter_word_before_a_dot_that_no_name_follows_opens_nothing(linker):
    text = "وقال مسؤول إن المبلغ بلغ د. وكان ذلك في الصباح."
    assert persons(linker, text) == []
