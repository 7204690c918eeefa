"""Bodies named by a nisba (with its field), and forces, guards and coalitions, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def spans(got):
    return [(text, ner_type) for text, _, ner_type, _ in got]


# --- bodies named by a nisba ------------------------------------------------------------------


def test_a_union_named_by_a_nisba_keeps_its_field(linker):
    got = found(linker, "وأعلن الاتحاد الموريتاني للصناعة والتجارة رفضه للقرار.")
    assert spans(got) == [("الاتحاد الموريتاني للصناعة والتجارة", "ORG")]


def test_a_joint_commission_of_two_states_is_one_body_not_the_states(linker):
    got = found(linker, "واجتمعت اللجنة المشتركة الأردنية العراقية في عمان.", ("عمان", "LOC"))
    assert ("اللجنة المشتركة الأردنية العراقية", "ORG") in spans(got)
    assert all(t not in ("الأردنية", "العراقية") for t, _ in spans(got))


def test_a_country_named_like_a_nisba_is_the_nisba_after_a_ministry(linker):
    got = found(linker, "وقالت وزارة الخارجية السعودية إن الوفد وصل.")
    assert spans(got) == [("وزارة الخارجية السعودية", "ORG")]


def test_a_commission_opened_by_a_country_named_like_a_nisba_runs_over_the_second_nisba(linker):
    got = found(linker, "واجتمعت اللجنة السعودية الكويتية المشتركة في الرياض.", ("الرياض", "LOC"))
    assert spans(got) == [("اللجنة السعودية الكويتية المشتركة", "ORG"), ("الرياض", "LOC")]


def test_a_la_phrase_of_listeners_after_a_ministry_with_its_field_is_not_its_name(linker):
    got = found(linker, "وقال المتحدث باسم وزارة الخارجية الأمريكية للصحفيين إن الاتفاق قريب.")
    assert spans(got) == [("وزارة الخارجية الأمريكية", "ORG")]


def test_a_la_phrase_that_names_an_owner_is_not_a_field(linker):
    got = found(linker, "وتقدمت القوات والجيش اليمني للرئيس بالتهاني.")
    assert all(not t.endswith("للرئيس") for t, _ in spans(got))


# --- forces, guards, coalitions ------------------------------------------------------------------


def test_a_states_air_force_is_one_organization_not_the_country(linker):
    got = found(linker, "وشاركت القوات الجوية الملكية السعودية في التمرين.")
    assert spans(got) == [("القوات الجوية الملكية السعودية", "ORG")]


def test_a_navy_after_a_clitic_keeps_the_clitic_out_of_its_label(linker):
    got = found(linker, "وقال بيان للقوات البحرية الباكستانية إن السفينة وصلت.")
    assert [(label, n) for _, label, n, _ in got] == [("القوات البحرية الباكستانية", "ORG")]


def test_forces_without_a_nisba_or_without_a_service_are_no_body(linker):
    assert found(linker, "وقالت القوات المسلحة في بيان إن الهجوم فشل.") == []
    assert found(linker, "وأعلنت القوات العراقية تحرير المدينة.") == []


def test_a_guard_named_by_its_adjective_or_its_domain_is_an_organization(linker):
    assert spans(found(linker, "وأعلن الحرس البحري إنقاذ مهاجرين.")) == [("الحرس البحري", "ORG")]
    assert spans(found(linker, "وأنقذ حرس السواحل اليوناني مهاجرين.")) == [("حرس السواحل اليوناني", "ORG")]


def test_a_personal_guard_is_no_body(linker):
    assert found(linker, "وقال الحرس الشخصي للوزير إنه بخير.") == []


def test_a_coalition_against_a_group_takes_the_group_in(linker):
    text = "وقصفت طائرات التحالف الدولي ضد جماعة الفلاح مواقع في الجبال."
    got = found(linker, text, ("جماعة الفلاح", "ORG"))
    assert spans(got) == [("التحالف الدولي ضد جماعة الفلاح", "ORG")]


def test_a_coalition_without_its_enemy_is_the_coalition(linker):
    got = found(linker, "وشنت مقاتلات التحالف الإسلامي غارات.")
    assert spans(got) == [("التحالف الإسلامي", "ORG")]


# --- fields of two nouns joined by و ------------------------------------------------------------


def test_a_party_cut_at_the_conjunction_of_its_field_is_made_whole(linker):
    got = found(linker, "وقال بيان لحزب الكرامة والتنمية إن الانتخابات مزورة.", ("لحزب الكرامة", "ORG"))
    assert spans(got) == [("لحزب الكرامة والتنمية", "ORG")]


def test_a_plural_of_bodies_after_the_conjunction_is_the_next_item_of_a_list(linker):
    got = found(linker, "وأكدت وزارة الداخلية والجهات المعنية متابعة القضية.", ("وزارة الداخلية", "ORG"))
    assert spans(got) == [("وزارة الداخلية", "ORG")]


def test_a_title_after_the_conjunction_is_a_person_of_the_list(linker):
    got = found(linker, "وحضر ممثلو وزارة المالية والرئيس التنفيذي للشركة.", ("وزارة المالية", "ORG"))
    assert spans(got) == [("وزارة المالية", "ORG")]


def test_a_verbal_noun_before_a_preposition_is_no_field(linker):
    got = found(linker, "وأشاد بمشاركة لوزارة الصحة والتعاون معها.", ("لوزارة الصحة", "ORG"))
    assert spans(got) == [("لوزارة الصحة", "ORG")]


def test_a_body_the_phrase_list_knows_whole_takes_no_field(linker):
    got = found(linker, "وقال بيان لحزب الله والنظام إن الهجوم صد.", ("لحزب الله", "ORG"))
    assert [t for t, _ in spans(got)] == ["لحزب الله"]


def test_the_fragment_the_ner_made_of_a_fields_second_noun_joins_the_body(linker):
    text = "وشارك ممثلون عن الاتحاد الموريتاني للصناعة والتجارة والصناعات التقليدية."
    got = found(linker, text, ("الاتحاد الموريتاني للصناعة", "ORG"), ("والتجارة والصناعات التقليدية", "ORG"))
    assert spans(got) == [("الاتحاد الموريتاني للصناعة والتجارة والصناعات التقليدية", "ORG")]


def test_a_body_of_its_own_after_a_complete_name_stays_apart(linker):
    got = found(linker, "وشاركت وزارة الصحة والهلال الأحمر في الحملة.", ("وزارة الصحة", "ORG"),
                ("والهلال الأحمر", "ORG"))
    assert len(got) == 2


# --- a definite head and naming adjectives cut before their ل-phrase ---------------------------------


def test_the_ners_head_and_adjective_take_the_la_phrase_after_them(linker):
    got = found(linker, "وقال رئيس الهيئة العليا لتسوية الخلافات إن القضية حسمت.", ("الهيئة العليا", "ORG"))
    assert spans(got) == [("الهيئة العليا لتسوية الخلافات", "ORG")]


def test_a_la_phrase_of_an_owner_or_a_recipient_is_not_taken(linker):
    got = found(linker, "وقدمت اللجنة العليا للرئيس تقريرها.", ("اللجنة العليا", "ORG"))
    assert spans(got) == [("اللجنة العليا", "ORG")]
    got = found(linker, "وقدمت اللجنة الوطنية للأردن مساعدات.", ("اللجنة الوطنية", "ORG"), ("للأردن", "LOC"))
    assert spans(got)[0] == ("اللجنة الوطنية", "ORG")


def test_a_known_organization_takes_no_la_phrase(linker):
    got = found(linker, "وقدم الاتحاد الأوروبي للمغرب مساعدات.", ("الاتحاد الأوروبي", "ORG"), ("للمغرب", "LOC"))
    assert spans(got)[0] == ("الاتحاد الأوروبي", "ORG")


# --- head + field + naming adjective ---------------------------------------------------------------


def test_a_body_named_by_its_field_and_a_naming_adjective_is_one_organization(linker):
    assert spans(found(linker, "وقالت شركة المياه الوطنية إن الإنتاج ارتفع.")) == [("شركة المياه الوطنية", "ORG")]
    assert spans(found(linker, "وأعلنت لجنة الانتخابات المركزية النتائج.")) == [("لجنة الانتخابات المركزية", "ORG")]


def test_a_head_and_field_without_a_naming_adjective_stay_no_body(linker):
    assert found(linker, "وقالت شركة المياه إن الإنتاج ارتفع.") == []


def test_a_government_described_by_a_persons_title_is_no_body(linker):
    got = found(linker, "وانتقدت حكومة الرئيس الإيراني القرار.")
    assert all(t != "حكومة الرئيس الإيراني" for t, _ in spans(got))


def test_a_field_la_phrase_after_the_naming_adjective_stays_in_the_name(linker):
    got = found(linker, "وأعلن صندوق المبادرة الوطنية للتنمية الاجتماعية عن منح جديدة.")
    assert spans(got) == [("صندوق المبادرة الوطنية للتنمية الاجتماعية", "ORG")]


def test_the_ruling_or_opposition_adjective_after_a_cut_field_stays_out_of_the_party(linker):
    got = found(linker, "وصوّت حزب الكرامة والتنمية الحاكم لصالح القانون.",
                ("حزب الكرامة", "ORG"), ("والتنمية الحاكم", "ORG"))
    assert [(label, n) for _, label, n, _ in got] == [("حزب الكرامة والتنمية", "ORG")]
