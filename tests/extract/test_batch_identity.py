"""Undated reports of one meeting built in one batch are one event (issue 17 item 5)."""

from __future__ import annotations

from kg.extract.batch_identity import batch_key, weekday_of
from kg.extract.facts import Ref, When
from kg.types import Entity

CAIRO = Ref(Entity.of_kb("city:EG:cairo", "City", "القاهرة"), text="القاهرة")
AMMAN = Ref(Entity.of_kb("city:JO:amman", "City", "عمان"), text="عمان")
UNDATED = "meeting|kb:country:EG,kb:country:JO|article:a1|in-person"
SUNDAY_TODAY, SUNDAY_YESTERDAY, MONDAY = When("اليوم الأحد"), When("أمس الأحد"), When("يوم الاثنين")


def test_the_weekday_of_a_date_expression():
    assert weekday_of(SUNDAY_TODAY) == weekday_of(SUNDAY_YESTERDAY) == 6
    assert weekday_of(MONDAY) == 0 and weekday_of(When("الأسبوع المقبل")) is None and weekday_of(None) is None


def test_two_undated_reports_with_the_same_weekday_and_place_share_a_key_in_one_batch():
    other_article = UNDATED.replace("article:a1", "article:a2")
    assert batch_key(UNDATED, SUNDAY_TODAY, CAIRO, "run1") == batch_key(other_article, SUNDAY_YESTERDAY, CAIRO, "run1")


def test_another_weekday_place_or_batch_keeps_them_apart():
    key = batch_key(UNDATED, SUNDAY_TODAY, CAIRO, "run1")
    assert key != batch_key(UNDATED, MONDAY, CAIRO, "run1")
    assert key != batch_key(UNDATED, SUNDAY_TODAY, AMMAN, "run1")
    assert key != batch_key(UNDATED, SUNDAY_TODAY, CAIRO, "run2")


def test_without_a_weekday_a_place_or_a_batch_the_report_stays_in_its_article():
    assert batch_key(UNDATED, When("الأسبوع المقبل"), CAIRO, "run1") == UNDATED
    assert batch_key(UNDATED, SUNDAY_TODAY, None, "run1") == UNDATED
    assert batch_key(UNDATED, SUNDAY_TODAY, CAIRO, None) == UNDATED


def test_a_dated_meeting_keeps_its_key():
    dated = "meeting|kb:country:EG,kb:country:JO|2025-01-12|in-person"
    assert batch_key(dated, When("الأحد", "2025-01-12", "day"), CAIRO, "run1") == dated
