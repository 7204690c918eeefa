"""Bodies named by a definite noun and its adjective, with no head noun (`الدفاع المدني`، `الحماية المدنية`), are
organizations, and a unit noun the tagger put before one (`وحدات الحرس البحري`) is no word of its name; composed
sentences of local news."""

from __future__ import annotations

import pytest

from tests.link.test_local_bodies_and_listed_places import typed
from tests.link.test_mentions import found


@pytest.mark.parametrize(("text", "body"), [
    ("وباشرت فرق الدفاع المدني الحريق في المستودع.", "الدفاع المدني"),
    ("وتدخلت وحدات الحماية المدنية لإجلاء المصابين.", "الحماية المدنية"),
    ("وحجزت مصالح الديوانة كمية من البضائع المهربة.", "الديوانة"),
    ("وقال المتحدث باسم الهلال الأحمر إن الفرق وصلت إلى الموقع.", "الهلال الأحمر"),
    ("وكشف ديوان المراقبة العامة عن مخالفات في عدد من الجهات.", "ديوان المراقبة العامة"),
])
def test_a_body_named_without_a_head_noun_is_an_organization(linker, text, body):
    assert typed(found(linker, text), "ORG") == [body]


def test_the_units_before_a_known_body_leave_the_taggers_span(linker):
    text = "وتمكنت وحدات الحرس البحري من إنقاذ البحارة."
    assert typed(found(linker, text, ("وحدات الحرس البحري", "ORG")), "ORG") == ["الحرس البحري"]


def test_a_unit_before_an_unknown_body_keeps_the_taggers_span(linker):
    text = "وتمكنت وحدات الفرقة الخاصة من إنقاذ البحارة."
    assert typed(found(linker, text, ("وحدات الفرقة الخاصة", "ORG")), "ORG") == ["وحدات الفرقة الخاصة"]


def test_a_court_the_tagger_cut_is_taken_whole(linker):
    text = "وأصدرت المحكمة الجزائية المتخصصة حكمها على المتهمين."
    assert typed(found(linker, text, ("المحكمة الجزائية", "ORG")), "ORG") == ["المحكمة الجزائية المتخصصة"]


def test_a_known_body_as_the_field_of_a_directorate_leaves_the_directorate_whole(linker):
    text = "وقال المتحدث باسم المديرية العامة للدفاع المدني إن الحريق أخمد."
    assert typed(found(linker, text), "ORG") == ["المديرية العامة للدفاع المدني"]
    text = "وقال المدير الجهوي للحماية المدنية إن الحريق أخمد."
    assert typed(found(linker, text), "ORG") == ["الحماية المدنية"]
