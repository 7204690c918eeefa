"""A one-sided signed treaty's guessed side is a state the text names, not one a nisba on a company
or a role only describes (kg.extract.treaty_described)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def sides(linked) -> set[frozenset[str]]:
    return {frozenset(r.entity.label for r in t.parties) for t in extract_facts(linked).treaties}


def test_a_deal_with_a_foreign_company_is_not_a_treaty_with_its_state():
    text = "وأبرمت الحكومة الكينية أمس اتفاقا مع شركة (النور) البرازيلية للتنقيب عن النحاس."
    linked = make(text, ("الحكومة الكينية", "ORG"))
    assert not any("البرازيل" in s for s in sides(linked))


def test_a_state_named_beside_the_signer_is_still_guessed():
    text = "وكانت البرازيل قد رحبت بالخطوة. ووقعت الحكومة الكينية أمس اتفاقا مع البرازيل للتنقيب عن النحاس."
    linked = make(text, ("البرازيل", "LOC"), ("الحكومة الكينية", "ORG"), ("البرازيل", "LOC"))
    assert frozenset({"كينيا", "البرازيل"}) in sides(linked)
