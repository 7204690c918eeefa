"""A governor's title (`محافظ`) names his governorate after it, on composed sentences of local news."""

from __future__ import annotations

import pytest

from tests.link.test_governors import places
from tests.link.test_mentions import found


def test_the_word_after_a_governor_is_his_governorate(linker):
    got = found(linker, "وأشاد محافظ الغديرة الأستاذ سامي الحداد بالمبادرة.", ("سامي الحداد", "PER"))
    assert places(got) == ["الغديرة"]


def test_a_governor_with_a_preposition_or_a_conjunction_names_his_governorate_too(linker):
    assert places(found(linker, "وقدم الأهالي الشكر لمحافظ الغديرة سامي الحداد.", ("سامي الحداد", "PER"))) \
        == ["الغديرة"]
    assert places(found(linker, "وحضر الحفل ومحافظ الغديرة سامي الحداد.", ("سامي الحداد", "PER"))) == ["الغديرة"]


def test_a_two_word_governorate_keeps_its_second_word(linker):
    got = found(linker, "واستقبل محافظ حفر الغدير سامي الحداد الوفد.", ("سامي الحداد", "PER"))
    assert places(got) == ["حفر الغدير"]


def test_a_known_town_after_a_governor_is_linked_to_it(linker):
    got = found(linker, "وأشاد محافظ الزلفي الأستاذ سامي الحداد بالمبادرة.", ("سامي الحداد", "PER"))
    assert [(label, key) for _, label, ner_type, key in got if ner_type == "LOC"] == [("الزلفي", "kb:city:SA:az-zulfi")]


@pytest.mark.parametrize(("text", "want"), [
    ("وقال محافظ المؤسسة العامة للتدريب الدكتور سامي الحداد إن البرنامج مستمر.", []),  # a body's governor
    ("وأكد محافظ العاصمة سامي الحداد أن العمل مستمر.", []),  # the capital's, by its common noun
    ("وارتفعت قيمة محافظ المستثمرين في السوق أمس.", []),  # محافظ: portfolios
    ("وتراجعت محافظ استثمارية كثيرة هذا العام.", []),  # an indefinite adjective
    ("وزار محافظ محافظة الغديرة المدرسة.", ["الغديرة"]),  # the name after the governorate's own noun
])
def test_no_governorate_is_read_where_the_word_names_none(linker, text, want):
    assert places(found(linker, text)) == want
