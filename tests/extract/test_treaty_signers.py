"""Who signs when news reports the signing with a noun (توقيع، إبرام): companies, universities,
funds and ministries as parties (kg.extract.treaty_signers)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def parties(linked) -> list[set[str]]:
    return [{p.entity.label for p in t.parties} for t in extract_facts(linked).treaties]


def test_officials_after_a_light_verb_and_kull_min_stand_for_the_bodies_their_titles_name():
    text = ("وقد تولى التوقيع على الاتفاقية كل من المدير العام لشركة النماء، سامي الحداد والمديرة العامة "
            "لمؤسسة الرواد للتمويل، هدى الفلاني، بمقر الشركة.")
    linked = make(text, ("لشركة النماء", "ORG", "شركة النماء"), ("سامي الحداد", "PER"),
                  ("لمؤسسة الرواد للتمويل", "ORG", "مؤسسة الرواد للتمويل"), ("هدى الفلاني", "PER"))
    assert parties(linked) == [{"شركة النماء", "مؤسسة الرواد للتمويل"}]
    assert extract_facts(linked).treaties[0].status == "signed"


def test_a_board_chair_stands_for_the_company_not_also_for_its_board():
    text = ("وقام بتوقيع الاتفاقية كل من مدير جامعة النماء سامي الحداد ورئيس مجلس إدارة شركة الرواد "
            "هدى الفلاني.")
    linked = make(text, ("جامعة النماء", "ORG"), ("سامي الحداد", "PER"), ("شركة الرواد", "ORG"),
                  ("هدى الفلاني", "PER"))
    assert parties(linked) == [{"جامعة النماء", "شركة الرواد"}]


def test_the_agent_right_after_a_signing_noun_is_a_party():
    text = "وتحسنت الخدمات بعد توقيع مدير جامعة النماء سامي الحداد اتفاقية مع الأمم المتحدة لوضع آلية."
    linked = make(text, ("جامعة النماء", "ORG"), ("سامي الحداد", "PER"), ("الأمم المتحدة", "ORG"))
    assert parties(linked) == [{"جامعة النماء", "الأمم المتحدة"}]


def test_states_as_the_agent_of_a_signing_noun():
    text = "وارتفعت الأسعار بعد توقيع مصر والسودان اتفاقية لتقاسم المياه."
    assert parties(make(text, ("مصر", "LOC"), ("والسودان", "LOC", "السودان"))) == [{"مصر", "السودان"}]


def test_the_subject_of_the_verb_that_announces_the_signing_is_a_party():
    text = "أعلنت وزارة العمل أمس توقيع اتفاقية مع سريلانكا لتنظيم استقدام العمالة."
    assert parties(make(text, ("وزارة العمل", "ORG"), ("سريلانكا", "LOC"))) == [{"وزارة العمل", "سريلانكا"}]


def test_a_speaker_on_a_signing_is_no_party():
    text = "قال مدير مركز النماء للدراسات إن توقيع الاتفاق مع إيران سيغير المنطقة."
    assert parties(make(text, ("مركز النماء للدراسات", "ORG"), ("إيران", "LOC"))) == []


def test_a_body_that_discusses_a_signing_is_no_party():
    assert parties(make("وناقش المجلس توقيع اتفاقية مع شركة الرواد.", ("شركة الرواد", "ORG"))) == []


def test_a_body_named_with_its_city_signs_not_the_city():
    text = "يذكر أن الهيئة الملكية بينبع وقعت اتفاقية شراكة مع شركة النماء للاتصالات."
    linked = make(text, ("الهيئة الملكية", "ORG"), ("بينبع", "LOC", "ينبع"), ("شركة النماء للاتصالات", "ORG"))
    assert parties(linked) == [{"الهيئة الملكية", "شركة النماء للاتصالات"}]
    unlinked = make(text, ("الهيئة الملكية", "ORG"), ("شركة النماء للاتصالات", "ORG"))
    assert parties(unlinked) == [{"الهيئة الملكية", "شركة النماء للاتصالات"}]


def test_a_body_found_only_by_its_short_name_in_brackets_is_the_subject():
    text = ("أبرمت كنفدرالية المواطنة والمؤسسات التونسية (كونكت)، السبت، اتفاقية شراكة مع المنظمة "
            "الايفوارية للمؤسسات الصغرى.")
    linked = make(text, ("كونكت", "ORG"), ("المنظمة الايفوارية للمؤسسات الصغرى", "ORG"))
    assert parties(linked) == [{"كونكت", "المنظمة الايفوارية للمؤسسات الصغرى"}]


def test_a_company_founded_under_the_agreement_is_no_party():
    text = ("وكانت شركة النماء قد وقعت اتفاقية شراكة مع شركة الرواد للاستثمار وتأسيس شركة ذات مسؤولية محدودة "
            "برأسمال قدره 100 مليون ريال.")
    linked = make(text, ("شركة النماء", "ORG"), ("شركة الرواد للاستثمار", "ORG"), ("شركة ذات مسؤولية محدودة", "ORG"))
    assert parties(linked) == [{"شركة النماء", "شركة الرواد للاستثمار"}]


def test_a_subject_that_kana_puts_before_the_signing_verb_with_a_counterpart_and_a_comma():
    text = ("وكانت وزيرة المياه الكينية هدى الفلاني ونظيرها في تنزانيا سامي الحداد، أبرما اتفاقا لتقاسم مياه "
            "البحيرة في مارس.")
    linked = make(text, ("هدى الفلاني", "PER"), ("تنزانيا", "LOC"), ("سامي الحداد", "PER"))
    assert parties(linked) == [{"كينيا", "تنزانيا"}]


def test_two_states_set_off_from_their_verb_by_a_comma():
    text = "وكانت مصر والسودان، وقعتا الاتفاق في يونيو."
    assert parties(make(text, ("مصر", "LOC"), ("والسودان", "LOC", "السودان"))) == [{"مصر", "السودان"}]
