""""الاتفاق بين الطرفين" in a story about a player, a coach or a club names a club and a person, not the
states their nationalities give (kg.extract.treaty_clubs)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def sides(linked) -> set[frozenset[str]]:
    return {frozenset(r.entity.label for r in t.parties) for t in extract_facts(linked).treaties}


def test_a_transfer_agreed_between_the_sides_is_no_treaty_between_states():
    text = ("وأعلن نادي الوحدة انتقال مهاجمه البرازيلي إلى ليون الفرنسي. "
            "وقال المتحدث إن الاتفاق المبدئي بين الطرفين سيصبح رسميا بعد الفحص الطبي.")
    linked = make(text, ("نادي الوحدة", "ORG"), ("ليون", "LOC"))
    assert not any(len(s) >= 2 and {"البرازيل", "فرنسا"} & s for s in sides(linked))


def test_a_coach_signs_under_the_agreement_between_the_sides():
    text = ("ووصل المدرب الإسباني إلى جدة لتوقيع عقده مع النادي الأهلي، "
            "وفق الاتفاقية الموقعة بين الطرفين مع وكيله الإيطالي.")
    linked = make(text, ("جدة", "LOC"), ("النادي الأهلي", "ORG"))
    assert not any({"إسبانيا", "إيطاليا"} <= s for s in sides(linked))


def test_the_two_states_of_an_article_without_players_stay_the_sides():
    text = ("واستقبل الرئيس الموريتاني نظيره السنغالي في نواكشوط. "
            "وأكد الرئيسان أهمية الاتفاقية الموقعة بين الطرفين في مجال الصيد البحري.")
    linked = make(text, ("نواكشوط", "LOC"))
    assert {"موريتانيا", "السنغال"} in sides(linked)
