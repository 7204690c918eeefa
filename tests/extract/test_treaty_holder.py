"""The speaker's state as the other side of "الاتفاق مع X" (kg.extract.treaty_holder), composed sentences."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def parties(linked) -> list[set[str]]:
    return [{p.entity.label for p in t.parties} for t in extract_facts(linked).treaties]


def test_the_official_who_speaks_of_the_agreement_with_a_state_is_its_other_side():
    text = "وأوضح وزير الخارجية البيروفي سامي الحداد أن الاتفاق مع فنزويلا حول استخدام الميناء أقر بخطوطه العريضة."
    assert parties(make(text, ("سامي الحداد", "PER"), ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]


def test_a_continuing_speech_verb_keeps_the_speaker_before_it():
    text = ("وقال وزير الخارجية البيروفي سامي الحداد إن بلاده حريصة على الأمن، "
            "مشيرا إلى أن الاتفاقيات مع فنزويلا تنظم الهجرة.")
    assert parties(make(text, ("سامي الحداد", "PER"), ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]


def test_an_unnamed_official_speaks_for_the_state_of_his_nisba():
    assert parties(make("وقال مسؤول بيروفي إن الاتفاق مع فنزويلا أقر.", ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]


def test_the_counterpart_spoken_to_is_not_the_other_side():
    text = "وأكد سامي الحداد لنظيره البيروفي أن الاتفاق مع فنزويلا مهم."
    assert parties(make(text, ("سامي الحداد", "PER"), ("فنزويلا", "LOC"))) == []


def test_a_newspaper_that_reports_it_is_no_side():
    assert parties(make("وقالت صحيفة بيروفية إن الاتفاق مع فنزويلا أقر.", ("فنزويلا", "LOC"))) == []


def test_the_agreement_with_iran_is_the_nuclear_deal_and_gets_no_speaker_side():
    text = "وقال وزير الخارجية البيروفي سامي الحداد إن الاتفاق مع إيران يمنعها من امتلاك السلاح."
    assert parties(make(text, ("سامي الحداد", "PER"), ("إيران", "LOC"))) == []


def test_a_signed_participle_may_stand_between_the_noun_and_its_partner():
    text = "وأكد وزير الداخلية البيروفي سامي الحداد أن الاتفاقية المبرمة مع فنزويلا تنظم عودة المهاجرين."
    assert parties(make(text, ("سامي الحداد", "PER"), ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]
