"""A person's name the tagger ran into the place or body named before it is a person of its own, on composed
sentences of local news."""

from __future__ import annotations

from tests.link.test_local_bodies_and_listed_places import typed
from tests.link.test_mentions import found


def test_a_name_after_a_known_region_leaves_the_place(linker):
    text = "وأوضح ممثل فرع الهيئة بمنطقة تبوك خالد العتيق أن المعرض ناجح."
    got = found(linker, text, ("تبوك خالد العتيق", "LOC"))
    assert typed(got, "PER") == ["خالد العتيق"]
    assert "خالد العتيق" not in " ".join(typed(got, "LOC"))


def test_a_place_that_goes_on_with_no_given_name_stays_whole(linker):
    got = found(linker, "ووصل الوفد إلى جدة التاريخية أمس.", ("جدة التاريخية", "LOC"))
    assert typed(got, "PER") == []
