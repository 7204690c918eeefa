"""A treaty's بين-list further from its noun than the near window (kg.extract.treaty_reach)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def treaties(linked):
    return extract_facts(linked).treaties


def labels(refs) -> set[str]:
    return {r.entity.label for r in refs}


def test_a_protocol_named_by_its_topic_before_its_two_governments():
    text = ("ناقشت اللجنة مشروع قانون يتعلق بالموافقة على بروتوكول اتفاق يتعلق بتبادل الخبرات الفلاحية في "
            "المناطق الريفية والجبلية بين حكومة الجمهورية التونسية وحكومة جمهورية البرتغال.")
    (t,) = treaties(make(text, ("حكومة الجمهورية التونسية", "ORG"), ("وحكومة جمهورية البرتغال", "ORG")))
    assert labels(t.parties) == {"تونس", "البرتغال"}


def test_an_agreement_negotiated_for_months_between_two_named_sides():
    text = "وقال المتحدث إن الاتفاق الذي جرى التفاوض عليه على مدار عشرة أشهر بين كندا والمكسيك سيعرض على البرلمان."
    (t,) = treaties(make(text, ("كندا", "LOC"), ("والمكسيك", "LOC", "المكسيك")))
    assert labels(t.parties) == {"كندا", "المكسيك"}


def two_companies_sign(rest: str) -> set[str]:
    """The parties of "two companies sign an agreement" + `rest`, which names Jordan and Iraq after a بين."""
    text = "ووقعت شركة النور القابضة وشركة الفجر للطاقة اتفاقية " + rest
    (t,) = treaties(make(text, ("شركة النور القابضة", "ORG"), ("وشركة الفجر للطاقة", "ORG", "شركة الفجر للطاقة"),
                         ("الأردن", "LOC"), ("والعراق", "LOC", "العراق")))
    return labels(t.parties)


def test_a_far_between_after_a_relation_noun_names_the_topic_not_the_parties():
    rest = "لتطوير مشاريع الطاقة المتجددة وتعزيز العلاقات الاقتصادية بين الأردن والعراق."
    assert two_companies_sign(rest) == {"شركة النور القابضة", "شركة الفجر للطاقة"}


def test_a_far_between_past_a_comma_belongs_to_another_phrase():
    rest = "لتطوير الموانئ البحرية، وتأتي الخطوة ضمن خطة عمل مشتركة بين الأردن والعراق."
    assert two_companies_sign(rest) == {"شركة النور القابضة", "شركة الفجر للطاقة"}
