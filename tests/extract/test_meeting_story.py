"""The actor a zero-subject meeting verb goes on with is the acting subject told before, by role:
"التقى X Y. واجتمع بـZ وW" — X met Z and W; Y, the one met, is nobody's actor."""

from __future__ import annotations

from extract_fixtures import make, meetings, people

from kg.extract.facts import Ref
from kg.extract.meeting_story import UNKNOWN, clause_subject, objects_only
from kg.extract.officials import extract_officials
from kg.extract.text import DocView

SAMI, FULAN, ALI, KARIM = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي العلوي", "PER"), \
    ("كريم الكريمي", "PER")


def _subject(text: str, *spans: tuple[str, str]) -> str | None:
    """The acting subject of the text read as one clause (its last token, the full stop, left out)."""
    view = DocView(make(text, *spans))
    found = clause_subject(view, extract_officials(view), 0, len(view.tokens) - 2)
    return found.entity.label if isinstance(found, Ref) else None


def test_the_subject_of_a_verb_with_a_second_person_after_it_acts():
    assert _subject("واستقبل الرئيس فلان الفلاني الوزير سامي الحداد.", FULAN, SAMI) == "فلان الفلاني"


def test_the_one_person_after_a_meeting_verb_is_the_one_met():
    assert _subject("والتقى الرئيس فلان الفلاني في العاصمة.", FULAN) is None


def test_a_person_after_a_partner_word_or_a_clitic_is_no_actor():
    assert _subject("وبحث مع الرئيس فلان الفلاني سبل التعاون.", FULAN) is None
    assert _subject("واتصل هاتفيا بالرئيس فلان الفلاني.", FULAN) is None


def test_the_speaker_of_a_reporting_clause_is_a_source_not_an_actor():
    assert _clause_subject("وأكد المتحدث سامي الحداد أهمية العلاقات.", SAMI) is None


def test_a_spokesman_told_between_does_not_take_the_hosts_next_meeting():
    text = ("التقى الرئيس فلان الفلاني الوزير سامي الحداد. وقال المتحدث علي العلوي إن اللقاء تناول العلاقات. "
            "كما التقى الوزير كريم الكريمي.")
    later = [m for m in meetings(make(text, FULAN, SAMI, ALI, KARIM)) if m.evidence == (2,)]
    assert [people(m) for m in later] == [{"فلان الفلاني", "كريم الكريمي"}]


def _clause_subject(text: str, *spans: tuple[str, str]):
    view = DocView(make(text, *spans))
    return clause_subject(view, extract_officials(view), 0, len(view.tokens) - 2)


def test_a_clause_that_opens_with_a_phrase_does_not_show_its_actor():
    assert _clause_subject("وفي لقائه مع الرئيس فلان الفلاني تناول الجانبان العلاقات.", FULAN) is UNKNOWN


def test_a_phrase_cut_off_by_a_comma_is_passed_over():
    text = "ومن جهة أخرى، استقبل الرئيس فلان الفلاني الوزير سامي الحداد."
    assert _subject(text, FULAN, SAMI) == "فلان الفلاني"


def test_a_byline_names_no_actor():
    assert _clause_subject("سامي الحداد - العاصمة : أعلنت الوزارة أمس.", SAMI) is UNKNOWN


def test_a_partner_word_right_after_an_opening_verb_leaves_its_subject_unsaid():
    view = DocView(make("واجتمع بالرئيس فلان الفلاني والوزير علي العلوي.", FULAN, ALI))
    assert objects_only(view, extract_officials(view), 0, 0, len(view.tokens) - 2)
    view = DocView(make("واجتمع الرئيس فلان الفلاني بالوزير علي العلوي.", FULAN, ALI))
    assert not objects_only(view, extract_officials(view), 0, 0, len(view.tokens) - 2)


def test_the_host_goes_on_and_meets_both_partners_told_after_a_partner_word():
    text = "التقى الرئيس فلان الفلاني الوزير سامي الحداد. واجتمع بالوزير علي العلوي والوزير كريم الكريمي."
    found = meetings(make(text, FULAN, SAMI, ALI, KARIM))
    later = [m for m in found if m.evidence == (1,)]
    assert later and all("فلان الفلاني" in people(m) and "سامي الحداد" not in people(m) for m in later)
    assert {"علي العلوي", "كريم الكريمي"} <= set().union(*(people(m) for m in later))


def test_the_visitor_who_arrived_meets_the_partners_after_with():
    text = "وصل الوزير سامي الحداد إلى العاصمة أمس. وبحث مع الرئيس فلان الفلاني والوزير علي العلوي سبل التعاون."
    found = [m for m in meetings(make(text, SAMI, FULAN, ALI)) if m.evidence == (1,)]
    assert found and all("سامي الحداد" in people(m) for m in found)


def test_two_persons_joined_after_a_subjectless_verb_are_both_met_by_the_visitor():
    text = "وصل الوزير سامي الحداد إلى العاصمة أمس. كما التقى الرئيس فلان الفلاني ورئيس الوزراء علي العلوي."
    found = [m for m in meetings(make(text, SAMI, FULAN, ALI)) if m.evidence == (1,)]
    assert found and all("سامي الحداد" in people(m) for m in found)
    assert {"فلان الفلاني", "علي العلوي"} <= set().union(*(people(m) for m in found))


def test_a_counterpart_joined_to_the_first_person_makes_him_the_subject():
    view = DocView(make("والتقى الرئيس فلان الفلاني ونظيره علي العلوي.", FULAN, ALI))
    assert not objects_only(view, extract_officials(view), 0, 0, len(view.tokens) - 2)


def test_a_verb_joined_inside_its_clause_takes_the_subject_of_the_arrival():
    text = "وصل الوزير سامي الحداد إلى العاصمة أمس، والتقى الرئيس فلان الفلاني والوزير علي العلوي."
    found = meetings(make(text, SAMI, FULAN, ALI))
    assert found and all("سامي الحداد" in people(m) for m in found)
