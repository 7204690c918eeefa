"""Statements: who said what, continued speakers, and the outlet that carried it."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.link.kb import default_kb


def statements(linked):
    return extract_facts(linked).statements


def test_spokesperson_said_with_exact_quote_offsets():
    text = "قال المتحدث باسم وزارة الخارجية الصينية لين جيان إن بكين تعارض العقوبات الأحادية."
    linked = make(text, ("لين جيان", "PER"), ("بكين", "LOC"))
    (s,) = statements(linked)
    assert s.speaker.entity.label == "لين جيان" and s.verb == "قال"
    assert s.quote == "بكين تعارض العقوبات الأحادية" == text[s.start:s.end]


def test_continuation_verb_keeps_the_speaker_and_outlet_is_found():
    text = ('قال المتحدث باسم الكرملين دميتري بيسكوف إن الاتفاق سيرفع العلاقات، حسبما ذكرت وكالة إرنا.\n'
            'وأضاف: "هذا الاتفاق يغطي جميع جوانب العلاقات".')
    linked = make(text, ("الكرملين", "ORG"), ("دميتري بيسكوف", "PER"), ("إرنا", "ORG"))
    first, second = statements(linked)
    assert first.quote == "الاتفاق سيرفع العلاقات"
    # إرنا is an alias of the KB agency: the entity carries its display name
    assert first.outlet.entity.key == "kb:org:IRNA" and first.outlet_text == "وكالة إرنا"
    assert second.speaker == first.speaker and second.quote == "هذا الاتفاق يغطي جميع جوانب العلاقات"


def test_organization_or_state_as_speaker():
    (s,) = statements(make("وأكد الكرملين أن التفاعل بين طهران وموسكو لا يتعارض مع مصالح الآخرين.",
                           ("الكرملين", "ORG"), ("طهران", "LOC"), ("وموسكو", "LOC", "موسكو")))
    assert s.speaker.entity.label == "الكرملين"
    (s,) = statements(make("اعتبرت الرئاسة الروسية اليوم أن التسوية مستحيلة من دون ضمانات."))
    # Russia, or (KB issue 18) the Russian presidency, an institution that stands for Russia
    speaker = s.speaker.entity
    assert speaker.qid == "Q159" or default_kb()[speaker.kb_id].stands_for == "country:RU"


def test_unnamed_title_is_the_official_named_before():
    text = ("وصل الرئيس الإيراني إبراهيم رئيسي إلى موسكو.\n"
            "وأكد الرئيس الإيراني أن العلاقات مع روسيا ستتطور.")
    linked = make(text, ("إبراهيم رئيسي", "PER"), ("موسكو", "LOC"), ("روسيا", "LOC"))
    (s,) = statements(linked)
    assert s.speaker.entity.label == "إبراهيم رئيسي" and s.evidence == 1


def test_subject_before_the_verb():
    text = "وكان المبعوث كيث كيلوغ الذي يزور كييف اليوم صرّح بأنه لا يرى مكانا للأوروبيين."
    (s,) = statements(make(text, ("كيث كيلوغ", "PER"), ("كييف", "LOC")))
    assert s.speaker.entity.label == "كيث كيلوغ"


def test_no_statement_without_reported_words():
    assert statements(make("ودعا الرئيس الفرنسي إيمانويل ماكرون إلى التهدئة.", ("إيمانويل ماكرون", "PER"))) == ()
