"""A name's own first و, told from the conjunction before a name."""

from __future__ import annotations

from kg.extract.waw_names import own_waw


def test_a_given_name_that_begins_with_waw_is_a_name_of_its_own():
    assert own_waw("وليد")


def test_and_before_a_known_or_unknown_name_is_the_conjunction():
    assert not own_waw("وسامي")
    assert not own_waw("وأندرو")
    assert not own_waw("ومحمد")


def test_a_word_without_waw_is_not_such_a_name():
    assert not own_waw("سامي")
