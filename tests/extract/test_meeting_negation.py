"""A meeting the text negates, denies or refuses is kept with the status "not-held"; a hypothetical one
stays planned, and a denial of something else beside a held meeting leaves it held (composed sentences)."""

from __future__ import annotations

from extract_fixtures import make, meetings, people


def persons(*names: str) -> list[tuple[str, str]]:
    return [(n, "PER") for n in names]


PAIR = persons("سامي الحداد", "فهد العتيبي")


def only(text: str, spans=PAIR):
    (m,) = meetings(make(text, *spans))
    return m


def test_a_negated_reception_is_not_held():
    m = only("ولم يستقبل الرئيس سامي الحداد الوزير فهد العتيبي.")
    assert m.status == "not-held" and people(m) == {"سامي الحداد", "فهد العتيبي"}


def test_a_meeting_negated_in_the_future_is_not_planned_but_not_held():
    assert only("ولن يلتقي الرئيس سامي الحداد الوزير فهد العتيبي.").status == "not-held"


def test_a_denied_meeting_is_not_held():
    text = "نفى المتحدث فلان الفلاني أن يكون الرئيس سامي الحداد قد التقى الوزير فهد العتيبي."
    found = meetings(make(text, *persons("فلان الفلاني", "سامي الحداد", "فهد العتيبي")))
    assert [m.status for m in found] == ["not-held"]


def test_a_refused_or_ruled_out_meeting_is_not_held():
    for text in ("ورفض الرئيس سامي الحداد لقاء الوزير فهد العتيبي.",
                 "واستبعد الرئيس سامي الحداد أي لقاء مع الوزير فهد العتيبي."):
        assert only(text).status == "not-held", text


def test_a_possible_meeting_stays_planned():
    assert only("ومن المحتمل أن يلتقي الرئيس سامي الحداد الوزير فهد العتيبي.").status == "planned"


def test_a_denial_of_something_else_before_a_held_meeting_leaves_it_held():
    for text in ("ونفى الرئيس سامي الحداد وجود خلافات، خلال لقائه الوزير فهد العتيبي أمس.",
                 "والتقى الرئيس سامي الحداد الوزير فهد العتيبي، ونفى وجود خلافات."):
        assert only(text).status == "held", text
