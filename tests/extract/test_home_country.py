"""A paragraph's dateline and credited agency give its bare national titles their home country."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.agencies import agency_countries
from kg.extract.home_country import HOME_COUNTRY, dateline_country, home_country, in_dateline
from kg.extract.text import DocView


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None) for p in extract_facts(linked).posts}


def test_a_dateline_city_before_a_dash_names_its_country():
    linked = make("الرياض - أكد المسؤول أن العمل مستمر.", ("الرياض", "LOC"))
    assert dateline_country(DocView(linked)) == "country:SA"


def test_a_city_further_in_the_paragraph_is_no_dateline():
    linked = make("أكد المسؤول في الرياض - أمس - أن العمل مستمر.", ("الرياض", "LOC"))
    assert dateline_country(DocView(linked)) is None


def test_a_dateline_after_a_reporters_name_and_an_outlet_counts():
    text = "سامي الحداد- سبق- الدمام: أكد المسؤول أن العمل مستمر."
    linked = make(text, ("سامي الحداد", "PER"), ("الدمام", "LOC"))
    assert dateline_country(DocView(linked)) == "country:SA"


def test_an_outlets_dateline_credits_its_country():
    assert agency_countries("سبق- الرياض: أعلن المتحدث …") == ["country:SA"]
    assert agency_countries("سامي الحداد- سبق- أبها: أعلن المتحدث …") == ["country:SA"]
    assert agency_countries("وقد سبق - كما قال - أن أعلن") == []


def test_a_bare_minister_under_a_home_dateline_is_not_the_partner_states():
    text = "الرياض - بحث وزير الخارجية سامي الحداد مع فرنسا سبل تعزيز العلاقات."
    linked = make(text, ("الرياض", "LOC"), ("سامي الحداد", "PER"), ("فرنسا", "LOC"))
    facts = extract_facts(linked).posts
    assert posts(linked) == {("سامي الحداد", "minister:foreign", "المملكة العربية السعودية")}
    assert facts[0].of_confidence == HOME_COUNTRY


def test_a_governorate_dateline_places_a_bare_minister_among_two_partner_states():
    text = "صفاقس - أكد وزير التجارة سامي بن عبدالله صباح أن المبادلات مع فرنسا وإيطاليا ارتفعت."
    linked = make(text, ("صفاقس", "LOC"), ("سامي بن عبدالله صباح", "PER"), ("فرنسا", "LOC"), ("إيطاليا", "LOC"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "minister:trade", "تونس")}


def test_a_wire_credit_outweighs_the_one_foreign_state_the_paragraph_names():
    text = "وأكد وزير الفلاحة سامي بن عبدالله صباح في تصريح لـ(وات) أن الصادرات نحو فرنسا ارتفعت."
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فرنسا", "LOC"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "minister:agriculture", "تونس")}


def test_a_dateline_and_an_agency_of_two_states_give_no_home():
    text = "باريس - واس - بحث وزير الخارجية سامي الحداد مع ألمانيا وإيطاليا سبل التعاون."
    linked = make(text, ("باريس", "LOC"), ("سامي الحداد", "PER"), ("ألمانيا", "LOC"), ("إيطاليا", "LOC"))
    assert home_country(DocView(linked)) is None
    assert posts(linked) == {("سامي الحداد", "minister:foreign", None)}
    assert home_country(DocView(make("الرياض - واس - أعلن المسؤول …", ("الرياض", "LOC")))) == (
        "country:SA", "its dateline city and the news agency it credits")


def test_the_home_country_never_overrides_a_stated_country_nor_goes_to_a_counterpart():
    text = "الرياض - التقى وزير الخارجية سامي الحداد نظيره الفرنسي فلان الفلاني."
    linked = make(text, ("الرياض", "LOC"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert posts(linked) == {("سامي الحداد", "minister:foreign", "المملكة العربية السعودية"),
                             ("فلان الفلاني", "minister:foreign", "فرنسا")}


def test_a_bare_member_of_parliament_takes_the_one_country_named_or_the_credited_wires():
    named = make("وترأس النائب سامي الحداد اجتماع لجنة البيئة النيابية لبحث خطة النفايات في لبنان.",
                 ("سامي الحداد", "PER"), ("لبنان", "LOC"))
    credited = make("وقال النائب سامي بن عبدالله صباح في تصريح لـ(وات) إن البرلمان سيصادق على القانون.",
                    ("سامي بن عبدالله صباح", "PER"))
    assert posts(named) | posts(credited) == {("سامي الحداد", "member-of-parliament", "لبنان"),
                                              ("سامي بن عبدالله صباح", "member-of-parliament", "تونس")}


def test_an_outlets_report_from_abroad_does_not_give_its_own_country():
    text = "سبق- القاهرة: أعلنت وزيرة الدولة للسكان سامية الحداد أن خطة بدعم فرنسا وإيطاليا ستطبق في محافظة أسيوط."
    linked = make(text, ("القاهرة", "LOC"), ("سامية الحداد", "PER"), ("فرنسا", "LOC"), ("إيطاليا", "LOC"),
                  ("أسيوط", "LOC"))
    assert posts(linked) == {("سامية الحداد", "minister-of-state", "مصر")}


def test_the_agency_of_a_dateline_stands_in_it_and_a_later_mention_of_it_does_not():
    text = "واس- جدة: وقعت الهيئة مذكرة تفاهم، وأفادت واس أن التوقيع جرى أمس."
    view = DocView(make(text, ("واس", "ORG"), ("جدة", "LOC"), ("واس", "ORG")))
    assert [in_dateline(view, i) for i in range(3)] == [True, True, False]
