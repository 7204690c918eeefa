"""Declarations named by their city ("إعلان القاهرة") and signers named by a pronoun or a bare title."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def treaties(linked):
    return extract_facts(linked).treaties


def qids(refs) -> set[str | None]:
    return {r.entity.qid for r in refs}


def test_a_declaration_named_by_a_city_is_a_treaty_between_its_signers():
    text = "ووقع وزير الخارجية الأردني سامي الحداد إعلان القاهرة مع وزير الخارجية المصري فلان الفلاني."
    (t,) = treaties(make(text, ("سامي الحداد", "PER"), ("القاهرة", "LOC"), ("فلان الفلاني", "PER")))
    assert qids(t.parties) == {"Q810", "Q79"}
    assert t.label == "إعلان القاهرة"


def test_a_declaration_of_a_country_is_its_announcement_not_a_treaty():
    text = "ورحب الأردن بإعلان مصر أنها ستفتح المعبر مع غزة."
    linked = make(text, ("الأردن", "LOC"), ("مصر", "LOC"), ("غزة", "LOC"))
    assert not treaties(linked)


def test_the_signer_of_a_possessed_signing_is_not_the_place_he_visited():
    text = ("وزيارة وزير الخارجية الأردني سامي الحداد لتونس، وتوقيعه لإعلان الرباط مع الرئيس المغربي، "
            "بعثت رسالة قوية.")
    linked = make(text, ("سامي الحداد", "PER"), ("لتونس", "LOC", "تونس"), ("الرباط", "LOC"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q810", "Q1028"}
    assert t.label == "إعلان الرباط"


def labels(refs) -> set[str]:
    return {r.entity.label for r in refs}


def test_a_signing_that_is_the_means_of_the_clause_before_is_signed_by_its_subject():
    text = ("وتحت رعاية أمير المنطقة فقد ساهمت جامعة الفلاني وكلية الحداد في تطوير البحث العلمي بمدينة الرمثا، "
            "وذلك بتوقيع اتفاقية تعاون مع هيئة الصحة العامة.")
    linked = make(text, ("جامعة الفلاني", "ORG"), ("وكلية الحداد", "ORG", "كلية الحداد"), ("الرمثا", "LOC"),
                  ("هيئة الصحة العامة", "ORG"))
    (t,) = treaties(linked)
    assert labels(t.parties) == {"جامعة الفلاني", "كلية الحداد", "هيئة الصحة العامة"}


def test_a_body_after_a_preposition_is_not_the_subject_of_the_means_clause():
    text = "وشارك الوفد في ندوة بجامعة الفلاني، وذلك بتوقيع اتفاقية تعاون مع هيئة الصحة العامة."
    linked = make(text, ("بجامعة الفلاني", "ORG", "جامعة الفلاني"), ("هيئة الصحة العامة", "ORG"))
    assert all("جامعة الفلاني" not in labels(t.parties) for t in treaties(linked))


def test_a_company_named_in_quotes_before_the_signing_verb_is_a_party():
    text = "وكانت «الفلاني» قد وقعت اتفاقية شراكة مع شركة الحداد للتقنية لتشغيل مطاعم في المنطقة."
    (t,) = treaties(make(text, ("شركة الحداد للتقنية", "ORG")))
    assert labels(t.parties) == {"الفلاني", "شركة الحداد للتقنية"}


def test_an_outlet_quoted_inside_a_clause_is_not_a_signer():
    text = "وقالت صحيفة «الفلاني» إن الشركة وقعت اتفاقية شراكة مع شركة الحداد للتقنية."
    assert all("الفلاني" not in labels(t.parties) for t in treaties(make(text, ("شركة الحداد للتقنية", "ORG"))))
