"""Facilities (head + place or name) and bodies named by common words, on composed news sentences."""

from __future__ import annotations

import pytest

from kg.link.body_phrases import body_phrases
from kg.link.facilities import facility_adjectives, facility_heads
from kg.link.normalize import match_key
from kg.link.resolve import Linker
from tests.link.test_mentions import found


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def spans(got):
    return [(text, ner_type) for text, _, ner_type, _ in got]


# --- facilities ---------------------------------------------------------------------------------


def test_an_airport_named_after_a_known_city_is_one_place_with_its_adjective(linker):
    text = "وصل الوفد إلى مطار القاهرة الدولي مساء أمس."
    got = found(linker, text, ("القاهرة", "LOC"))
    assert spans(got) == [("مطار القاهرة الدولي", "LOC")]


def test_the_city_inside_a_facility_gives_way_even_when_the_ner_found_nothing(linker):
    text = "وغادرت الطائرة مطار بغداد متجهة إلى عمّان."
    got = found(linker, text)
    assert ("مطار بغداد", "LOC") in spans(got)
    assert all(t != "بغداد" for t, _ in spans(got))


def test_a_museum_named_by_an_ner_name_is_one_place_and_the_city_after_it_stays(linker):
    text = "وزار الوفد متحف اللوفر في باريس."
    got = found(linker, text, ("اللوفر", "LOC"), ("باريس", "LOC"))
    assert spans(got) == [("متحف اللوفر", "LOC"), ("باريس", "LOC")]


def test_a_clitic_on_the_head_stays_out_of_the_label(linker):
    text = "وهبطت الطائرة بمطار دمشق الدولي."
    got = found(linker, text, ("دمشق", "LOC"))
    assert [label for _, label, _, _ in got] == ["مطار دمشق الدولي"]


def test_a_definite_head_names_no_facility(linker):
    text = "وقال إن المطار القاهرة لم يتضرر."  # ungrammatical on purpose: no construct, no facility
    got = found(linker, text, ("القاهرة", "LOC"))
    assert spans(got) == [("القاهرة", "LOC")]


def test_a_channel_before_a_name_is_not_a_canal(linker):
    text = "وقال في حديث لقناة روسيا اليوم إن المفاوضات مستمرة."
    got = found(linker, text, ("روسيا اليوم", "ORG"))
    assert all(n != "LOC" or not t.startswith("قناة") for t, n in spans(got))


def test_the_facility_table_has_its_corpus_counts():
    heads, adjectives = facility_heads(), facility_adjectives()
    assert heads[match_key("مطار")] >= 100 and heads[match_key("قصر")] >= 100
    assert adjectives[match_key("الدولي")] >= 100
    assert match_key("محافظة") not in heads  # a province is the place itself (kg.link.place_heads)


# --- bodies named by common words -------------------------------------------------------------


def test_a_council_named_by_common_words_is_an_organization(linker):
    text = "ووافق مجلس الشعب على مشروع القانون في جلسته أمس."
    got = found(linker, text)
    assert spans(got) == [("مجلس الشعب", "ORG")]


def test_a_clitic_before_the_body_is_cut_from_its_label(linker):
    text = "وقدم الوزير تقريرا لمجلس حقوق الإنسان في جنيف."
    got = found(linker, text, ("جنيف", "LOC"))
    assert [(label, n) for _, label, n, _ in got][0] == ("مجلس حقوق الإنسان", "ORG")


def test_the_longest_known_phrase_wins(linker):
    text = "ووزعت هيئة الهلال الأحمر السعودي المساعدات على المتضررين."
    got = found(linker, text)
    assert spans(got) == [("هيئة الهلال الأحمر السعودي", "ORG")]


def test_a_national_airline_and_a_party_named_by_common_words_are_organizations(linker):
    text = "وأعلنت الخطوط التونسية تأجيل رحلاتها بينما انتقدت حركة مشروع تونس القرار."
    got = found(linker, text)
    assert spans(got) == [("الخطوط التونسية", "ORG"), ("حركة مشروع تونس", "ORG")]  # not the country inside


def test_a_club_named_by_a_nisba_is_an_organization(linker):
    got = found(linker, "وفاز النادي الإفريقي على منافسه بهدفين.")
    assert spans(got) == [("النادي الإفريقي", "ORG")]


def test_a_generic_phrase_with_the_same_head_is_not_a_body(linker):
    text = "وعقد مجلس الإدارة اجتماعه الدوري برئاسة رئيس الشركة."
    assert found(linker, text) == []


def test_a_mention_crossing_the_phrase_edge_leaves_it_to_the_institution_grammar(linker):
    text = "وأكد مجلس الشعب السوري موقفه."
    got = found(linker, text, ("الشعب السوري", "ORG"))
    assert spans(got) == [("مجلس الشعب السوري", "ORG")]  # head + the NER's name with its nisba


def test_every_phrase_has_a_kind_and_a_raw_corpus_count():
    phrases = body_phrases()
    assert len(phrases) >= 100
    assert all(kind in ("ORG", "LOC") and count >= 15 for kind, count in phrases.values())


# --- bodies of a known organization -----------------------------------------------------------


def test_a_programme_of_the_un_closed_by_an_adjective_is_its_own_body(linker):
    text = "وقال برنامج الأمم المتحدة الإنمائي إن المساعدات وصلت."
    got = found(linker, text)
    assert spans(got) == [("برنامج الأمم المتحدة الإنمائي", "ORG")]
    assert got[0][3] != "kb:org:UN"


def test_a_body_of_the_un_closed_by_a_lam_phrase_takes_its_coordinated_words(linker):
    text = "وأعلنت مفوضية الأمم المتحدة لشؤون اللاجئين أن عدد اللاجئين ارتفع."
    got = found(linker, text)
    assert spans(got) == [("مفوضية الأمم المتحدة لشؤون اللاجئين", "ORG")]


def test_a_commission_of_a_known_union_is_a_body_without_a_complement(linker):
    text = "وقالت مفوضية الاتحاد الأوروبي إن القمة ستعقد في موعدها."
    assert spans(found(linker, text)) == [("مفوضية الاتحاد الأوروبي", "ORG")]


def test_the_class_noun_of_a_known_organization_is_the_organization_itself(linker):
    text = "وقالت منظمة الأمم المتحدة إن الوضع خطير."
    got = found(linker, text)
    assert [key for *_, key in got] == ["kb:org:UN"]


def test_a_time_word_after_the_organization_is_no_complement(linker):
    text = "وأكد مكتب الأمم المتحدة الماضي في بيان أن الوضع خطير."
    assert [key for *_, key in found(linker, text)] == ["kb:org:UN"]


def test_a_mission_keeps_the_country_it_serves_in_its_name(linker):
    text = "وقالت بعثة الأمم المتحدة للدعم في ليبيا إن الحوار سيستأنف."
    got = found(linker, text)
    assert spans(got)[0] == ("بعثة الأمم المتحدة للدعم في ليبيا", "ORG")


# --- definite head + naming adjectives + ل-phrase ---------------------------------------------


def test_a_definite_head_with_naming_adjectives_and_a_lam_phrase_is_an_organization(linker):
    text = "وأعلنت الهيئة العامة للإحصاء أن معدل البطالة انخفض."
    assert spans(found(linker, text)) == [("الهيئة العامة للإحصاء", "ORG")]


def test_a_body_named_by_a_country_s_nisba_keeps_the_field_the_ner_cut_off(linker):
    text = "واجتمع الوزير مع وفد من الوكالة الكندية للتنمية الدولية في العاصمة."
    assert ("الوكالة الكندية للتنمية الدولية", "ORG") in spans(found(linker, text, ("الوكالة الكندية", "ORG")))
    # a naming adjective before the nisba, and the field's و-joined word
    text = "وقالت الجمعية الوطنية الكندية للعلوم والفنون إنها ستمنح جائزتها في الخريف."
    assert ("الجمعية الوطنية الكندية للعلوم والفنون", "ORG") in spans(
        found(linker, text, ("الجمعية الوطنية الكندية", "ORG")))
    # an indefinite ل-word after a nisba is a purpose, no field
    text = "وتسعى الحكومة الكندية لمواجهة الأزمة بخطة جديدة."
    assert ("الحكومة الكندية", "ORG") in spans(found(linker, text, ("الحكومة الكندية", "ORG")))


def test_a_directorate_a_regional_delegation_and_a_department_are_organizations(linker):
    text = "وأعلنت المديرية العامة للزراعة بدء الحملة."
    assert spans(found(linker, text)) == [("المديرية العامة للزراعة", "ORG")]
    text = "وقالت المندوبية الجهوية للفلاحة إن الموسم جيد."
    assert spans(found(linker, text)) == [("المندوبية الجهوية للفلاحة", "ORG")]
    text = "وأكدت الإدارة العامة للتعليم أن الدراسة تبدأ الأحد."
    assert spans(found(linker, text)) == [("الإدارة العامة للتعليم", "ORG")]


def test_a_local_committee_with_its_field_is_an_organization(linker):
    text = "وقالت اللجنة المحلية للتضامن الاجتماعي إنها وزعت المساعدات."
    assert spans(found(linker, text)) == [("اللجنة المحلية للتضامن الاجتماعي", "ORG")]


def test_the_management_of_a_body_is_no_body_of_its_own(linker):
    text = "وقررت إدارة النادي الأهلي تأجيل الاجتماع."
    assert ("إدارة النادي الأهلي", "ORG") not in spans(found(linker, text, ("النادي الأهلي", "ORG")))
    assert found(linker, "وتدخلت الدولة في إدارة الأزمة بسرعة.") == []
    assert found(linker, "وقالت الإدارة الفرنسية إنها تدرس الطلب.") == []


def test_the_coordinated_fields_of_the_lam_phrase_belong_to_the_name(linker):
    text = "وقال الاتحاد العام لنقابات العمال إن الإضراب مستمر."
    assert spans(found(linker, text)) == [("الاتحاد العام لنقابات العمال", "ORG")]


def test_an_international_body_with_its_field_is_an_organization(linker):
    text = "وقالت المنظمة الدولية للهجرة إن آلاف المهاجرين وصلوا."
    assert spans(found(linker, text)) == [("المنظمة الدولية للهجرة", "ORG")]


def test_an_adjective_that_names_no_institution_opens_no_name(linker):
    text = "وأعلنت اللجنة المنظمة للبطولة موعد المباراة."
    assert found(linker, text) == []


def test_naming_adjectives_without_a_lam_phrase_are_a_description(linker):
    text = "وقررت اللجنة العليا تأجيل الاجتماع."
    assert found(linker, text) == []


def test_a_lam_word_that_opens_no_phrase_ends_the_name(linker):
    text = "وقالت الهيئة العامة لكن المشروع تأخر."
    assert found(linker, text) == []


def test_a_title_or_verbal_noun_after_the_field_is_not_part_of_the_name(linker):
    text = "وقال مدير المؤسسة العامة للخطوط الحديدية المهندس محمد السويكت إن القطار جاهز."
    got = found(linker, text, ("محمد السويكت", "PER"))
    assert ("المؤسسة العامة للخطوط الحديدية", "ORG") in spans(got)


def test_an_indefinite_lam_word_without_its_complement_is_no_name(linker):
    text = "وشكلت الهيئة العليا لتطوير خطة جديدة."
    assert found(linker, text) == []


def test_a_channel_named_after_a_country_is_not_a_canal(linker):
    text = "وقال المتحدث في مقابلة مع قناة روسيا اليوم إن الزيارة ناجحة."
    got = found(linker, text)
    assert all(not t.startswith("قناة") for t, _ in spans(got))


# --- palaces named by a common word, straits, provinces named by a compass word -------------------


def test_a_palace_named_by_a_common_word_after_in_is_a_place(linker):
    got = found(linker, "واستقبل الرئيس ضيفه في قصر الضيافة بالعاصمة.")
    assert ("قصر الضيافة", "LOC") in spans(got)


def test_a_palace_after_a_clitic_preposition_keeps_the_clitic_out(linker):
    got = found(linker, "وعقد الاجتماع بقصر المؤتمرات أمس.")
    assert [(label, n) for _, label, n, _ in got] == [("قصر المؤتمرات", "LOC")]


def test_shortness_is_no_palace(linker):
    assert found(linker, "ويعاني الطفل من قصر النظر منذ سنوات.") == []
    assert found(linker, "وأقيم الحفل في قصر الملك.") == []


def test_the_word_after_a_strait_is_its_name_and_the_strait_is_one_place(linker):
    got = found(linker, "وهددت طهران بإغلاق مضيق ملقا أمام السفن.", ("طهران", "LOC"))
    assert ("مضيق ملقا", "LOC") in spans(got)


def test_a_province_named_by_a_compass_word_is_one_place(linker):
    got = found(linker, "وقتل ثلاثة جنود في محافظة جنوب دارفور أمس.", ("دارفور", "LOC"))
    assert spans(got) == [("جنوب دارفور", "LOC")]


def test_a_district_of_a_city_is_not_a_place_of_its_own(linker):
    got = found(linker, "وشهدت منطقة وسط الرياض زحاما.", ("الرياض", "LOC"))
    assert spans(got) == [("الرياض", "LOC")]



def test_a_mosque_named_after_an_imam_is_one_place_not_the_imam(linker):
    got = found(linker, "وصلى المصلون في جامع الإمام سامي بن فهد أمس.", ("سامي بن فهد", "PER"))
    assert spans(got) == [("جامع الإمام سامي بن فهد", "LOC")]


def test_an_imam_who_speaks_stays_a_person(linker):
    got = found(linker, "وقال الإمام سامي الحداد إن الأمر واضح.", ("سامي الحداد", "PER"))
    assert spans(got) == [("سامي الحداد", "PER")]


def test_a_movement_named_by_its_plural_nisba_is_an_organization(linker):
    text = "وسيطر الحوثيون على المدينة بعد معارك مع القوات الحكومية، ثم انسحب الحوثيين منها."
    got = found(linker, text)
    assert [(label, n) for _, label, n, _ in got] == [("الحوثيون", "ORG"), ("الحوثيين", "ORG")]


def test_a_province_named_by_its_compass_nisba_is_a_place(linker):
    text = "واستقبل أمير المنطقة الشرقية وفدا من رجال الأعمال في مكتبه بالدمام."
    got = found(linker, text, ("الدمام", "LOC"))
    assert ("المنطقة الشرقية", "LOC") in [(label, n) for _, label, n, _ in got]


def test_a_compass_nisba_after_an_indefinite_area_is_no_province(linker):
    text = "وتقع منطقة شرقية من المدينة خارج نطاق الخدمة."
    assert found(linker, text) == []


def test_a_general_hospital_keeps_its_adjective(linker):
    text = "ونقل المحافظ تحيات الأمير إلى المرضى المنومين بمستشفى الخبر العام أمس."
    got = found(linker, text, ("الخبر", "LOC"))
    assert ("مستشفى الخبر العام", "LOC") in [(label, n) for _, label, n, _ in got]


def test_the_year_after_a_hospital_is_no_adjective_of_it(linker):
    text = "وافتتح الوزير مستشفى الخبر العام الماضي بحضور المسؤولين."
    got = found(linker, text, ("الخبر", "LOC"))
    assert ("مستشفى الخبر", "LOC") in [(label, n) for _, label, n, _ in got]


def test_a_quoted_course_named_by_management_is_no_body(linker):
    assert found(linker, 'وقدم المدرب دورة "إدارة الوقت" للطلاب.') == []


def test_the_department_of_a_body_does_not_run_on_over_the_next_body(linker):
    text = "ونسق المجلس مع إدارة التفتيش القضائي والأمانة العامة للمجلس."
    got = spans(found(linker, text, ("إدارة التفتيش القضائي", "ORG")))
    assert ("إدارة التفتيش القضائي والأمانة", "ORG") not in got


def test_a_facility_named_by_an_unknown_town_and_its_adjective_is_one_place(linker):
    text = "ونقل المصاب إلى مستشفى الفلاحة العام لتلقي العلاج."
    assert spans(found(linker, text)) == [("مستشفى الفلاحة العام", "LOC")]
    assert spans(found(linker, "وهبطت الطائرة في قاعدة سامرين الجوية مساء.")) == [("قاعدة سامرين الجوية", "LOC")]


def test_a_hospital_of_last_year_keeps_no_year(linker):
    assert found(linker, "وافتتح مستشفى جديد العام الماضي.") == []


def test_a_body_named_by_its_head_and_one_common_word_is_an_organization(linker):
    got = found(linker, "وانتشرت قوات الطوارئ حول المبنى، وأرسلت هيئة الإذاعة والتلفزيون طاقما لشركة الكهرباء.")
    assert [(label, n) for _, label, n, _ in got] == [("قوات الطوارئ", "ORG"), ("هيئة الإذاعة والتلفزيون", "ORG"),
                                                      ("شركة الكهرباء", "ORG")]


def test_a_body_phrase_inside_a_facility_name_is_no_body_of_its_own(linker):
    got = found(linker, "وزار المسؤول مستشفى قوات الطوارئ بعد ترميمه.")
    assert [label for _, label, t, _ in got if t == "ORG"] == []
