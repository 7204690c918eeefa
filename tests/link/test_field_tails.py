"""A body's name that the tagger stops on a و-joined field word goes on over that word's adjective and the
field's further و-words (`kg.link.conjoined.field_tails`), on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def bodies(got):
    return [label for _, label, ner_type, _ in got if ner_type == "ORG"]


def test_the_adjective_of_the_last_field_word_is_in_the_name(linker):
    text = "ووقعت وزارة الزراعة والصيد البحري اتفاقية جديدة."
    assert bodies(found(linker, text, ("وزارة الزراعة والصيد", "ORG"))) == ["وزارة الزراعة والصيد البحري"]


def test_a_further_field_word_and_its_adjective_are_in_the_name(linker):
    text = "وقالت رئيسة لجنة الفلاحة والأمن الغذائي والتجارة والخدمات إن الميزانية جاهزة."
    got = bodies(found(linker, text, ("لجنة الفلاحة والأمن الغذائي والتجارة", "ORG")))
    assert got == ["لجنة الفلاحة والأمن الغذائي والتجارة والخدمات"]


def test_a_time_word_after_the_field_is_not_in_the_name(linker):
    text = "وأعلنت وزارة الثقافة والسياحة الماضي عن برنامجها."
    assert bodies(found(linker, text, ("وزارة الثقافة والسياحة", "ORG"))) == ["وزارة الثقافة والسياحة"]


def test_a_verbal_noun_before_a_preposition_is_not_a_field_word(linker):
    text = "وأشاد بدور وزارة الزراعة والمياه والتعاون معها في المشروع."
    assert bodies(found(linker, text, ("وزارة الزراعة والمياه", "ORG"))) == ["وزارة الزراعة والمياه"]


def test_a_title_after_the_body_is_not_in_its_name(linker):
    text = "وحضر اللقاء رئيس هيئة السياحة والتراث والرئيس التنفيذي للشركة."
    assert bodies(found(linker, text, ("هيئة السياحة والتراث", "ORG"))) == ["هيئة السياحة والتراث"]


def test_the_taggers_fragment_of_a_joined_field_word_goes_into_the_body(linker):
    text = "وكانت تشغل خطة مديرة بالشركة الوطنية للكهرباء والغاز منذ سنوات."
    assert bodies(found(linker, text, ("الغاز", "ORG"))) == ["الشركة الوطنية للكهرباء والغاز"]


def test_a_body_of_its_own_after_the_field_stays_apart(linker):
    text = "ووقعت الهيئة العامة للرياضة والاتحاد السعودي لكرة القدم اتفاقية."
    got = bodies(found(linker, text, ("الاتحاد السعودي لكرة القدم", "ORG")))
    assert "الاتحاد السعودي لكرة القدم" in got and "الهيئة العامة للرياضة والاتحاد السعودي لكرة القدم" not in got


def test_a_centre_named_by_its_field_takes_the_joined_word(linker):
    got = found(linker, "ووقعت الوزارة اتفاقية مع المركز الإقليمي للمياه والطاقة أمس.",
                ("المركز الإقليمي للمياه", "ORG"))
    assert [(label, kind) for _, label, kind, _ in got] == [("المركز الإقليمي للمياه والطاقة", "ORG")]


def test_the_rest_of_a_field_stops_before_a_second_recipient(linker):
    got = found(linker, "وشكر المنظمون المؤسسة العامة للثقافة والفنون وللبنك الفلاني دعمهما للمهرجان.",
                ("المؤسسة العامة للثقافة", "ORG"), ("والفنون وللبنك الفلاني", "ORG"))
    assert ("المؤسسة العامة للثقافة والفنون", "ORG") in [(label, kind) for _, label, kind, _ in got]
