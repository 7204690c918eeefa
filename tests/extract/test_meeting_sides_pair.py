"""The two sides a "الجانبان" stands for are told before it: a state its own sentence names
afterwards, in the topic, is what they discussed, not a side."""

from __future__ import annotations

from extract_fixtures import make, meetings, people, states

SAMI, FULAN = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER")


def test_a_state_in_the_topic_after_the_sides_word_is_not_a_side():
    text = ("استقبل الرئيس الكيني سامي الحداد اليوم وزير الخارجية البرازيلي فلان الفلاني. "
            "واستعرض الجانبان خلال اللقاء علاقات التعاون وتطورات الأزمة الليبية.")
    found = meetings(make(text, SAMI, FULAN))
    assert found and all("ليبيا" not in states(m) for m in found)
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in found)


def test_nisbas_right_after_the_sides_word_name_the_sides():
    text = "وعقد الجانبان الكيني والبرازيلي أمس محادثات تناولت تطورات الأزمة الليبية."
    found = meetings(make(text))
    assert found and {"كينيا", "البرازيل"} <= states(found[0]) and "ليبيا" not in states(found[0])
