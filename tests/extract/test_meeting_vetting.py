"""A meeting record keeps only who met: no eponym of a foundation or league, no news outlet, no name cut
from a clitic; a match of teams, a wish or a condition is no meeting, a real meeting beside them stays."""

from __future__ import annotations

from extract_fixtures import make, meetings, people

from kg.extract.meeting_vetting import parties
from kg.extract.text import DocView


def labels(m) -> set[str]:
    return {r.entity.label for r in m.participants}


def test_the_person_a_foundation_is_named_after_did_not_visit():
    text = "زار وفد طلاب برنامج مؤسسة سامي الحداد الخيرية مساء أمس الملحقية الثقافية الكندية في واشنطن."
    linked = make(text, ("سامي الحداد", "PER"), ("الكندية", "LOC"), ("واشنطن", "LOC"))
    assert not any("سامي الحداد" in labels(m) for m in meetings(linked))


def test_the_person_a_league_is_named_after_is_no_guest_of_a_reception():
    text = ("واستقبل رئيس النادي فلان الفلاني أعضاء الشرف وناقشوا الاستعدادات قبل الدخول في منافسات دوري "
            "سامي الحداد للمحترفين.")
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"))
    assert not any("سامي الحداد" in labels(m) for m in meetings(linked))


def test_a_news_channel_that_reports_a_reception_is_not_its_guest():
    text = "الرئيس سامي الحداد يستقبل وزير الخارجية الكندي إعفاء الرئيس المدير العام لمؤسسة التلفزة الوطنية من مهامه"
    linked = make(text, ("سامي الحداد", "PER"), ("الكندي", "LOC"), ("مؤسسة التلفزة الوطنية", "ORG"))
    assert not any("مؤسسة التلفزة الوطنية" in labels(m) for m in meetings(linked))


def test_a_name_that_opens_with_a_cut_off_clitic_is_no_visitor():
    text = "وقام ولي عهد ه الأمين بزيارة إلى كندا أمس."
    linked = make(text, ("ه الأمين", "PER"), ("كندا", "LOC"))
    assert not any("ه الأمين" in labels(m) for m in meetings(linked))


def test_two_teams_that_meet_on_a_court_hold_no_meeting():
    text = ("وستشهد الجولة إقامة 9 مواجهات، حيث يلتقي نادي النصر مع نظيره نادي الأمل على صالة رعاية الشباب "
            "بأوتاوا.")
    linked = make(text, ("نادي النصر", "ORG"), ("نادي الأمل", "ORG"), ("أوتاوا", "LOC"))
    assert not meetings(linked)


def test_two_national_teams_drawn_to_meet_hold_no_meeting():
    text = "وأسفرت القرعة عن مواجهات سهلة لكندا والمغرب، اللذين سيلتقيان في الدور الثاني مع المكسيك وزامبيا."
    linked = make(text, ("لكندا", "LOC", "كندا"), ("المغرب", "LOC"), ("المكسيك", "LOC"), ("زامبيا", "LOC"))
    assert not meetings(linked)


def test_a_minister_who_receives_the_national_team_still_meets_its_coach():
    text = "استقبل وزير الرياضة الكندي سامي الحداد أمس لاعبي المنتخب ومدربهم فلان الفلاني قبل المباراة."
    linked = make(text, ("الكندي", "LOC"), ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in meetings(linked))


def test_a_president_who_says_a_player_visited_him_keeps_the_visit():
    text = "وقال رئيس كندا «لقد التقيت بسامي الحداد الذي قال لي انه سيأتي لزيارتي في أوتاوا» قبل افتتاح الملعب."
    linked = make(text, ("كندا", "LOC"), ("بسامي الحداد", "PER", "سامي الحداد"), ("أوتاوا", "LOC"))
    assert any("سامي الحداد" in labels(m) for m in meetings(linked))


def test_a_wish_to_meet_is_no_meeting():
    text = "وتمنى سامي الحداد لو يلتقي فلان الفلاني لكي يشد على يده ويشكره."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert not meetings(linked)


def test_a_meeting_told_plainly_stays():
    text = "والتقى سامي الحداد فلان الفلاني لكي يشد على يده ويشكره."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in meetings(linked))


def test_the_ministry_where_two_ministers_met_is_no_party_of_their_meeting():
    text = "وشدد سامي الحداد، خلال تصريح عقب لقاء جمعه بنظيره الكندي بمقر وزارة الزراعة، على ضرورة تأمين الحدود."
    linked = make(text, ("سامي الحداد", "PER"), ("الكندي", "LOC"), ("وزارة الزراعة", "ORG"))
    view = DocView(linked)
    venue, person = (view.ref(i) for i, m in enumerate(view.mentions) if m.text in ("وزارة الزراعة", "سامي الحداد"))
    assert [r.entity.label for r in parties(view, [person, venue])] == ["سامي الحداد"]
