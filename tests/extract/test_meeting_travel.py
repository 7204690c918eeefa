"""A travel verb to a state ("توجه"، "يسافر"، "سيتوجه" … "إلى X") is a visit of its subject,
also when a temporal clause ("قبل أن يسافر") leaves the subject unsaid; a meeting noun with no
verb lists its parties with "بمشاركة"."""

from __future__ import annotations

from datetime import date

from extract_fixtures import make, meetings, people, states

FRIDAY = date(2025, 1, 17)
SAMI, FULAN, ALI = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي العلوي", "PER")


def test_a_past_travel_verb_to_a_state_is_a_held_visit_of_its_subject():
    text = "توجه وزير الخارجية الأردني سامي الحداد أمس إلى ماليزيا."
    (m,) = meetings(make(text, ("الأردني", "LOC"), SAMI, ("ماليزيا", "LOC"), published=FRIDAY))
    assert (m.kind, m.status) == ("visit", "held")
    assert people(m) == {"سامي الحداد"} and "ماليزيا" in states(m)


def test_a_present_travel_verb_with_tomorrow_is_a_planned_visit():
    text = "يسافر الرئيس الفرنسي فلان الفلاني غدا إلى الجزائر."
    (m,) = meetings(make(text, ("الفرنسي", "LOC"), FULAN, ("الجزائر", "LOC"), published=FRIDAY))
    assert (m.kind, m.status) == ("visit", "planned")
    assert people(m) == {"فلان الفلاني"} and "الجزائر" in states(m)


def test_before_he_travels_the_unsaid_subject_is_the_visitor_of_the_clause_before():
    text = "وصل الرئيس سامي الحداد اليوم إلى كينيا حيث سيشارك في مؤتمر قبل أن يسافر إلى إثيوبيا."
    found = meetings(make(text, SAMI, ("كينيا", "LOC"), ("إثيوبيا", "LOC"), published=FRIDAY))
    by_state = {frozenset(states(m)): m for m in found}
    assert len(found) == 2
    ethiopia = next(m for s, m in by_state.items() if "إثيوبيا" in s)
    assert people(ethiopia) == {"سامي الحداد"} and ethiopia.status == "planned"
    assert any("كينيا" in s for s in by_state)


def test_travelling_to_a_state_in_an_official_visit_is_that_visit():
    text = "سافر رئيس الوزراء الماليزي سامي الحداد إلى السعودية في زيارة رسمية."
    (m,) = meetings(make(text, ("الماليزي", "LOC"), SAMI, ("السعودية", "LOC")))
    assert m.kind == "visit" and people(m) == {"سامي الحداد"}


def test_a_travel_verb_with_a_b_phrase_addresses_a_state_and_is_no_visit():
    text = "توجه الوزير سامي الحداد بالشكر إلى السعودية على دعمها."
    assert meetings(make(text, SAMI, ("السعودية", "LOC"))) == ()


def test_an_official_travelling_to_a_city_of_his_own_state_is_at_home():
    text = "توجه وزير الداخلية المصري سامي الحداد أمس إلى القاهرة."
    assert meetings(make(text, ("المصري", "LOC"), SAMI, ("القاهرة", "LOC"))) == ()


def test_the_speaker_who_then_travels_to_meet_someone_is_a_party_of_that_meeting():
    text = ("وقال وزير الخارجية سامي الحداد في مؤتمر صحفي في أنقرة قبل أن يتوجه إلى إسطنبول "
            "للقاء الرئيس فلان الفلاني «هذه العمليات ستستمر».")
    (m,) = meetings(make(text, SAMI, ("أنقرة", "LOC"), ("إسطنبول", "LOC"), FULAN))
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}


def test_a_meeting_noun_lists_its_parties_with_bimusharaka():
    text = ("جاء ذلك خلال اجتماع اللجنة الوزارية أمس بالقاهرة، بمشاركة وزير الخارجية سامي الحداد "
            "ووزير الخارجية فلان الفلاني إلى جانب علي العلوي رئيس الاجتماع.")
    (m,) = meetings(make(text, ("بالقاهرة", "LOC", "القاهرة"), SAMI, FULAN, ALI))
    assert people(m) == {"سامي الحداد", "فلان الفلاني", "علي العلوي"}


def test_bimusharaka_after_a_cultural_event_noun_is_no_meeting():
    text = "أقيمت ندوة ثقافية بمشاركة الشاعر سامي الحداد والروائي فلان الفلاني."
    assert meetings(make(text, SAMI, ("والروائي فلان الفلاني", "PER", "فلان الفلاني"))) == ()


def test_a_second_meeting_noun_after_a_comma_and_wa_is_a_second_meeting():
    text = "وذلك منذ لقاء سامي الحداد وفلان الفلاني في جنيف، ولقاء سامي الحداد وعلي العلوي في باريس."
    found = meetings(make(text, SAMI, ("وفلان الفلاني", "PER", "فلان الفلاني"), ("جنيف", "LOC"), SAMI,
                          ("وعلي العلوي", "PER", "علي العلوي"), ("باريس", "LOC")))
    assert sorted(sorted(people(m)) for m in found) == [["سامي الحداد", "علي العلوي"], ["سامي الحداد", "فلان الفلاني"]]


def test_a_pakistani_premier_arriving_in_al_mamlaka_is_a_visit_of_his_state():
    text = "وصل رئيس الوزراء الباكستاني سامي الحداد إلى المملكة أمس في زيارة رسمية."
    (m,) = meetings(make(text, ("الباكستاني", "LOC"), SAMI, ("المملكة", "LOC")))
    assert m.kind == "visit" and people(m) == {"سامي الحداد"} and "باكستان" in states(m)


def test_a_prince_arriving_in_al_mamlaka_with_no_state_of_his_own_told_may_be_home():
    text = "وصل الأمير سامي الحداد إلى المملكة قادما من باريس."
    assert meetings(make(text, SAMI, ("المملكة", "LOC"), ("باريس", "LOC"))) == ()


def bodies(m) -> set[str]:
    return {r.entity.label for r in m.participants if r.entity.kind == "Organization"}


def test_talks_between_a_minister_and_the_foreign_ministers_of_a_body_have_the_body_as_a_side():
    text = "وتشهد العاصمة اليوم جولة مباحثات بين الوزير سامي الحداد ووزراء الخارجية في اتحاد دول البحر الأزرق."
    (m,) = meetings(make(text, SAMI, ("اتحاد دول البحر الأزرق", "ORG")))
    assert people(m) == {"سامي الحداد"} and bodies(m) == {"اتحاد دول البحر الأزرق"}


def test_a_joint_meeting_between_a_bodys_ministers_and_a_named_minister_has_both_sides():
    text = ("أكد الوزير علي العلوي أن الاجتماع المشترك بين وزراء خارجية دول اتحاد دول البحر الأزرق "
            "ووزير الخارجية سامي الحداد الذي انعقد أمس كان بناء.")
    (m,) = meetings(make(text, ALI, ("اتحاد دول البحر الأزرق", "ORG"), SAMI))
    assert people(m) == {"سامي الحداد"} and bodies(m) == {"اتحاد دول البحر الأزرق"}


def test_a_bodys_ministers_in_a_purpose_phrase_are_another_event_not_a_side():
    text = ("التقى الأمير علي العلوي اليوم الوزير سامي الحداد الذي يزور الدوحة؛ للمشاركة في الاجتماع المشترك "
            "مع وزراء خارجية دول اتحاد دول البحر الأزرق.")
    (m,) = meetings(make(text, ALI, SAMI, ("الدوحة", "LOC"), ("اتحاد دول البحر الأزرق", "ORG")))
    assert bodies(m) == set()


def test_a_team_travelling_to_a_state_names_no_traveller_and_is_no_visit():
    text = "وتوجهت البعثة الرياضية إلى النمسا بعد موافقة الاتحاد الوطني للعبة."
    assert meetings(make(text, ("النمسا", "LOC"), ("الاتحاد الوطني للعبة", "ORG"))) == ()


def test_bimusharaka_that_opens_with_unnamed_people_is_not_a_list_of_parties():
    text = "وتم العثور على صور لاجتماعات سرية للتنظيم بمشاركة أفراد الخلية رفقة سامي الحداد وفلان الفلاني."
    assert meetings(make(text, SAMI, ("وفلان الفلاني", "PER", "فلان الفلاني"))) == ()


def test_a_possessive_meeting_noun_after_a_comma_stays_with_the_visit_before_it():
    text = "واستمع المجلس إلى نتائج زيارة الأمير سامي الحداد إلى تونس، واجتماعه مع الرئيس فلان الفلاني."
    found = meetings(make(text, SAMI, ("تونس", "LOC"), FULAN))
    assert any(people(m) == {"سامي الحداد", "فلان الفلاني"} for m in found)
