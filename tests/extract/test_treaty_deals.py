"""Contracts and deals (عقد، صفقة) signed between named sides are treaties (kg.extract.treaty_deals)."""

from __future__ import annotations

import pytest
from extract_fixtures import make

from kg.extract import extract_facts


def treaties(linked):
    return extract_facts(linked).treaties


def labels(refs) -> set[str]:
    return {r.entity.label for r in refs}


def test_a_company_signs_a_contract_with_another_company():
    text = "ووقعت شركة النور القابضة عقدا مع شركة الفجر للطاقة لبناء محطة لتحلية المياه."
    (t,) = treaties(make(text, ("شركة النور القابضة", "ORG"), ("شركة الفجر للطاقة", "ORG")))
    assert labels(t.parties) == {"شركة النور القابضة", "شركة الفجر للطاقة"}
    assert t.status == "signed"


def test_a_government_concludes_an_arms_deal_with_a_state():
    text = "وأبرمت الحكومة الكينية صفقة مع البرازيل لشراء طائرات تدريب."
    (t,) = treaties(make(text, ("الحكومة الكينية", "ORG"), ("البرازيل", "LOC")))
    assert labels(t.parties) == {"كينيا", "البرازيل"}


def test_a_named_exchange_deal_concluded_between_two_states():
    text = "وأفرج عن الأسرى ضمن صفقة «الفجر» التي أبرمت بين أرمينيا وأذربيجان العام الماضي."
    (t,) = treaties(make(text, ("أرمينيا", "LOC"), ("وأذربيجان", "LOC", "أذربيجان")))
    assert labels(t.parties) == {"أرمينيا", "أذربيجان"}


def test_the_deal_between_two_named_sides():
    text = "وانتقدت المنظمة الصفقة بين الاتحاد الأفريقي والصين لتمويل الطرق."
    (t,) = treaties(make(text, ("الاتحاد الأفريقي", "ORG"), ("والصين", "LOC", "الصين")))
    assert labels(t.parties) == {"الاتحاد الإفريقي", "الصين"}


def test_a_court_voids_the_contract_concluded_between_two_companies():
    text = "وأمرت المحكمة بفسخ العقد المبرم بين شركة النور القابضة وشركة الفجر للطاقة."
    (t,) = treaties(make(text, ("شركة النور القابضة", "ORG"), ("وشركة الفجر للطاقة", "ORG", "شركة الفجر للطاقة")))
    assert labels(t.parties) == {"شركة النور القابضة", "شركة الفجر للطاقة"}


def test_held_with_his_counterpart_is_a_meeting_not_a_contract():
    text = "وعقد وزير الخارجية الكيني مع نظيره البرازيلي جلسة مباحثات في نيروبي."
    assert not treaties(make(text, ("نيروبي", "LOC")))


def test_held_after_the_signing_is_the_verb():
    text = "ووقعت كينيا والبرازيل اتفاقية للتعاون الزراعي، وبعد التوقيع عقد الوزيران مؤتمرا صحفيا مشتركا."
    (t,) = treaties(make(text, ("كينيا", "LOC"), ("والبرازيل", "LOC", "البرازيل")))
    assert t.label.startswith("اتفاقية")


def test_a_players_contract_is_no_treaty():
    text = ("من جانب آخر، وقع نائب رئيس مجلس إدارة النادي المهندس سالم الحربي مساء الاثنين عقدا احترافيا مع لاعب "
            "فريق أولمبي الفجر لكرة القدم خالد العلي يمتد لمدة ثلاث سنوات، إذ تمت مراسم توقيع العقد في مقر النادي.")
    assert not treaties(make(text, ("مجلس إدارة النادي", "ORG"), ("سالم الحربي", "PER"), ("أولمبي", "ORG"),
                             ("خالد العلي", "PER")))


def test_trades_on_the_stock_market_are_no_deals():
    text = "ونفذت 2413 صفقة خلال جلسة أمس بين شركة النور القابضة وشركة الفجر للطاقة."
    assert not treaties(make(text, ("شركة النور القابضة", "ORG"), ("وشركة الفجر للطاقة", "ORG", "شركة الفجر للطاقة")))


def test_a_contract_with_one_named_side_guesses_no_other():
    text = "وزار وزير الطاقة الكيني البرازيل أمس. ووقعت شركة النور القابضة عقودا مع عدد من المقاولين لبناء الطرق."
    assert not treaties(make(text, ("البرازيل", "LOC"), ("شركة النور القابضة", "ORG")))


def test_contracts_listed_with_memoranda_leave_the_memoranda_their_sides():
    text = ("وحققت زيارة رئيس الوزراء الكيني إلى البرازيل نتائج اقتصادية لنيروبي وبرازيليا، "
            "ووقعت عقود ومذكرات تفاهم متعددة.")
    (t,) = treaties(make(text, ("البرازيل", "LOC"), ("لنيروبي", "LOC", "نيروبي"), ("وبرازيليا", "LOC", "برازيليا")))
    assert t.memorandum
    assert labels(t.parties) == {"كينيا", "البرازيل"}


def test_a_contract_between_the_two_sides_of_a_transfer_guesses_no_states():
    text = ("أعلن موقع كيني تعرقل انتقال المهاجم البرازيلي سالم الحربي إلى نادي النور، وأكد مدير النادي "
            "اتفاقه مع اللاعب وأنه تبقى توقيع العقد بين الطرفين.")
    assert not treaties(make(text, ("سالم الحربي", "PER"), ("نادي النور", "ORG")))



@pytest.mark.parametrize(("text", "mentions", "sides"), [
    # a date after the subject: "أبرمت X يوم … صفقات مع Y"
    ("وأبرمت كينيا يوم 12 مارس الماضي صفقات أسلحة مع البرازيل بقيمة مليار دولار.",
     (("كينيا", "LOC"), ("البرازيل", "LOC")), {"كينيا", "البرازيل"}),
    # a short name in quote marks after the subject: "وقعت X "س" عقدا مع Y"
    ('ووقعت شركة النور القابضة "نور" عقدا مع شركة الفجر للطاقة لبناء محطة.',
     (("شركة النور القابضة", "ORG"), ("شركة الفجر للطاقة", "ORG")), {"شركة النور القابضة", "شركة الفجر للطاقة"}),
])
def test_what_stands_after_the_subject_does_not_part_the_verb_from_its_deal(text, mentions, sides):
    (t,) = treaties(make(text, *mentions))
    assert labels(t.parties) == sides

def test_a_date_does_not_make_the_verb_happened_a_signing():
    text = "ووقع الحادث يوم 12 مارس الماضي قرب مقر شركة النور القابضة بعد عقد اجتماع مع شركة الفجر للطاقة."
    assert not treaties(make(text, ("شركة النور القابضة", "ORG"), ("شركة الفجر للطاقة", "ORG")))
