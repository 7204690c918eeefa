"""Relative and absolute dates resolved against the publication date, or kept as text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_fixtures import make

from kg.extract.dates import find_dates
from kg.extract.text import DocView

FRIDAY = date(2025, 1, 17)


def dates(text: str, published: date | None = FRIDAY, future: bool = False) -> list[tuple[str, str | None]]:
    view = DocView(make(text, published=published))
    return [(f.when.text, f.when.iso) for f in find_dates(view, 0, len(view.tokens) - 1, future=future)]


@pytest.mark.parametrize("text, expected", [
    ("اجتمع الرئيسان اليوم الجمعة في موسكو", [("اليوم الجمعة", "2025-01-17")]),
    ("وقال اليوم إن المحادثات جرت", [("اليوم", "2025-01-17")]),
    ("أفادت الوزارة في بيان صدر أمس", [("أمس", "2025-01-16")]),
    ("وصل أول أمس إلى القاهرة", [("أول أمس", "2025-01-15")]),
    ("وسيزور الرئيس بكين غدا", [("غدا", "2025-01-18")]),
    ("التقى الوزيران يوم الثلاثاء الماضي", [("يوم الثلاثاء الماضي", "2025-01-14")]),
    ("يلتقي الوزيران الاثنين المقبل", [("الاثنين المقبل", "2025-01-20")]),
    ("في تصريحات نقلتها الوكالة مساء الثلاثاء", [("مساء الثلاثاء", "2025-01-14")]),
    ("القمة التي عقدت في أكتوبر في كازان", [("أكتوبر", "2024-10")]),
    ("الانتهاء من النص في 21 من يونيو الماضي", [("21 من يونيو الماضي", "2024-06-21")]),
    ("تنصيب ترامب (20 يناير)", [("20 يناير", "2025-01-20")]),
    ("الوعد الذي قطعه في قمة بوخارست عام 2008", [("عام 2008", "2008")]),
    ("المستمر منذ فبراير 2022", [("فبراير 2022", "2022-02")]),
    ("زادت التجارة العام الماضي", [("العام الماضي", "2024")]),
    ("من المقرر أن تعقد القمة الشهر المقبل", [("الشهر المقبل", "2025-02")]),
    ("لا يرجح أن تعقد القمة الأسبوع المقبل", [("الأسبوع المقبل", None)]),
    ("قال مراسل قناة روسيا اليوم إن", []),
    ("مارس الضغط على الحكومة", []),
])
def test_dates_resolved_against_publication(text, expected):
    if "روسيا اليوم" in text:
        view = DocView(make(text, ("روسيا اليوم", "ORG"), published=FRIDAY))
        assert find_dates(view, 0, len(view.tokens) - 1) == []
        return
    assert dates(text) == expected


def test_weekday_alone_points_back_or_forward_with_the_tense():
    assert dates("زار الرئيس موسكو الأربعاء") == [("الأربعاء", "2025-01-15")]
    assert dates("يزور الرئيس موسكو الأربعاء", future=True) == [("الأربعاء", "2025-01-22")]


def test_today_with_a_weekday_tolerates_a_late_publication():
    # published on Saturday just after midnight, the text still says "today, Friday"
    assert dates("اجتمع الرئيسان اليوم الجمعة", published=date(2025, 1, 18)) == [("اليوم الجمعة", "2025-01-17")]


def test_without_publication_date_the_text_is_kept():
    assert dates("اجتمع الرئيسان اليوم الجمعة", published=None) == [("اليوم الجمعة", None)]
    assert dates("في 21 من يونيو الماضي", published=None) == [("21 من يونيو الماضي", None)]
    assert dates("عام 2008", published=None) == [("عام 2008", "2008")]
