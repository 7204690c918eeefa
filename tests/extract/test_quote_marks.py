"""An outlet's or a group's name between quote marks is no quotation: the reporting clause goes on past it,
so the speaker stays a party of the meeting his clause tells; a phone interview with the press is no call."""

from __future__ import annotations

from extract_fixtures import make, meetings, people

from kg.extract.quote_marks import speech_clauses
from kg.extract.text import DocView

SAMI, FULAN, ALI, HASAN = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي العلوي", "PER"), ("حسن الحسني", "PER")


def test_the_speaker_who_told_a_quoted_outlet_of_his_meeting_met():
    text = ("وقال سامي الحداد، في حوار أجرته معه «النهار» غداة لقائه الرئيس فلان الفلاني في بيروت، "
            "إن الأزمة طويلة.")
    (m,) = meetings(make(text, SAMI, ("النهار", "ORG"), FULAN, ("بيروت", "LOC")))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}


def test_he_met_after_an_outlet_after_the_preposition():
    text = "وأوضح الوزير سامي الحداد لـ«الصباح» أنه التقى الرئيس فلان الفلاني أمس."
    (m,) = meetings(make(text, SAMI, FULAN))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}


def test_a_phone_interview_with_the_press_is_no_call():
    text = ("وأوضح الوزير سامي الحداد في اتصال هاتفي لـ«الصباح»، عقب لقائه مع نظيره الأردني فلان الفلاني "
            "في عمان أمس، أن المحادثات كانت مثمرة.")
    (m,) = meetings(make(text, SAMI, FULAN, ("عمان", "LOC")))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}
    assert m.kind == "meeting"


def test_a_quotation_still_parts_the_speaker_from_the_meeting_it_reports():
    text = "وقال سامي الحداد: «التقى الوزير علي العلوي بالرئيس حسن الحسني أمس»."
    (m,) = meetings(make(text, SAMI, ALI, HASAN))
    assert people(m) == {"علي العلوي", "حسن الحسني"}


def _words(view: DocView, part: tuple[int, int]) -> str:
    return " ".join(view.tokens[t].text for t in range(part[0], part[1] + 1))


def test_speech_after_saying_is_a_clause_apart_from_its_speaker():
    view = DocView(make("واستطرد سامي الحداد قائلا: «استقبلهم الرئيس في قصره».", SAMI))
    (speaker, speech) = speech_clauses(view, 0)
    assert "سامي" in _words(view, speaker) and "الرئيس" not in _words(view, speaker)
    assert "استقبلهم" in _words(view, speech)


def test_a_clause_with_no_quotation_stays_whole():
    view = DocView(make("والتقى سامي الحداد الرئيس فلان الفلاني في بيروت.", SAMI, FULAN))
    assert len(speech_clauses(view, 0)) == 1
