"""Who met, when the clause names a party away from the meeting verb: the speaker of "قال X إنه
التقى Y", the subject of a visit whose meeting verb follows ("يؤدي X زيارة … يلتقي خلالها Y وZ"),
a counterpart after "مع نظيره", a delegation with an adjective before its nisba, and the head of
a group after "يتقدمهم"."""

from __future__ import annotations

from extract_fixtures import make, meetings, people


def test_the_speaker_of_inna_hu_met_is_a_party():
    text = "وقال سامي الحداد في بيان أمس إنه التقى وزير الخارجية الكندي جون دو، وجرى خلال اللقاء بحث العلاقات."
    linked = make(text, ("سامي الحداد", "PER"), ("جون دو", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"سامي الحداد", "جون دو"}


def test_the_speaker_of_anna_hu_held_talks_is_a_party():
    text = "وأكد الوزير فلان الفلاني أنه أجرى محادثات مع نظيره الكندي جون دو في أوتاوا."
    linked = make(text, ("فلان الفلاني", "PER"), ("جون دو", "PER"), ("أوتاوا", "LOC"))
    (m,) = meetings(linked)
    assert people(m) == {"فلان الفلاني", "جون دو"}


def test_a_speaker_who_reports_others_meeting_is_no_party():
    text = "وقال سامي الحداد إن الرئيس الكندي جون دو التقى رئيس الوزراء المكسيكي خوان بيريز."
    linked = make(text, ("سامي الحداد", "PER"), ("جون دو", "PER"), ("خوان بيريز", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"جون دو", "خوان بيريز"}


def test_the_visitor_is_a_party_of_the_meetings_his_visit_holds():
    text = ("يؤدي الأمين العام للمنظمة سامي الحداد اليوم الجمعة زيارة بيومين إلى تونس سيلتقي خلالها رئيس "
            "الجمهورية فلان الفلاني ورئيس الحكومة علي الجابري.")
    linked = make(text, ("سامي الحداد", "PER"), ("تونس", "LOC"), ("فلان الفلاني", "PER"), ("علي الجابري", "PER"))
    found = meetings(linked)
    # the visit, then one meeting per counterpart, the visitor in each (meeting_split)
    assert sorted(sorted(people(m)) for m in found) == [
        ["سامي الحداد"], ["سامي الحداد", "علي الجابري"], ["سامي الحداد", "فلان الفلاني"]]
    visit = next(m for m in found if people(m) == {"سامي الحداد"})
    assert visit.kind == "visit" and "تونس" in {p.entity.label for p in visit.participants}


def test_after_inna_hu_visited_the_speaker_goes_on_to_meet():
    text = ("وقال الوزير سامي الحداد إنه زار كندا، والتقى الرئيس الكندي جون دو، وأبلغه رسالة من حكومته.")
    linked = make(text, ("سامي الحداد", "PER"), ("كندا", "LOC"), ("جون دو", "PER"))
    assert any(people(m) == {"سامي الحداد", "جون دو"} for m in meetings(linked))


def test_a_counterpart_without_a_post_told_before_is_met():
    text = "وقبيل اجتماعه مع نظيره الكندي جون دو، أكد سامي الحداد أن البلدين سيعملان معا."
    linked = make(text, ("جون دو", "PER"), ("سامي الحداد", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"سامي الحداد", "جون دو"}


def test_a_delegation_with_an_adjective_before_its_nisba_brings_its_state():
    text = "وبحث الرئيس سامي الحداد اليوم مع وفد برلماني كندي العلاقات بين البلدين."
    linked = make(text, ("سامي الحداد", "PER"))
    (m,) = meetings(linked)
    assert {r.entity.label for r in m.participants} == {"سامي الحداد", "كندا"}


def test_the_head_of_a_group_after_yataqaddamuhum_takes_part():
    text = ("يلتئم اليوم اجتماع في الخرطوم يجمع الرئيس سامي الحداد، وأحزاب المعارضة يتقدمهم غريمه السابق "
            "الأمين العام لحزب المؤتمر الشعبي الدكتور فلان الفلاني.")
    linked = make(text, ("الخرطوم", "LOC"), ("سامي الحداد", "PER"), ("حزب المؤتمر الشعبي", "ORG"),
                  ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in meetings(linked))


def test_who_speaks_after_a_call_took_part_in_it():
    text = ("بدوره، يسعى الرئيس الكندي جون دو إلى الانفتاح. وقال عقب اتصال هاتفي مع أمير قطر الشيخ سامي الحداد "
            "«إن الاتفاق سيقود إلى علاقات أوثق».")
    linked = make(text, ("جون دو", "PER"), ("قطر", "LOC"), ("سامي الحداد", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"جون دو", "سامي الحداد"}


def test_who_speaks_in_a_statement_about_a_visit_is_no_party():
    text = "وقال فلان الفلاني في بيان عن زيارة الرئيس الكندي جون دو إلى المكسيك إنها ناجحة."
    linked = make(text, ("فلان الفلاني", "PER"), ("جون دو", "PER"), ("المكسيك", "LOC"))
    assert not any("فلان الفلاني" in people(m) for m in meetings(linked))


def test_officials_of_a_state_named_by_their_nisba_bring_the_state():
    text = "وأكد أن سامي الحداد بحث مع المسؤولين المكسيكيين زيادة التعاون على الحدود."
    linked = make(text, ("سامي الحداد", "PER"))
    (m,) = meetings(linked)
    assert "المكسيك" in {r.entity.label for r in m.participants}


def test_talks_with_a_government_bring_its_state():
    text = "ناقش الرئيس سامي الحداد إنهاء الحرب خلال مباحثات ثنائية مع الحكومة الإثيوبية اليوم."
    linked = make(text, ("سامي الحداد", "PER"))
    (m,) = meetings(linked)
    assert "إثيوبيا" in {r.entity.label for r in m.participants}


def test_a_titled_second_party_after_a_comma_and_wa_is_met():
    text = ("وجاء الإعلان في ختام لقاء عقد في القاهرة بين موفد الأمم المتحدة إلى كندا سامي الحداد، والأمين العام "
            "للجامعة العربية فلان الفلاني.")
    linked = make(text, ("القاهرة", "LOC"), ("الأمم المتحدة", "ORG"), ("كندا", "LOC"), ("سامي الحداد", "PER"),
                  ("للجامعة العربية", "ORG", "الجامعة العربية"), ("فلان الفلاني", "PER"))
    assert any({"سامي الحداد", "فلان الفلاني"} <= people(m) for m in meetings(linked))


def test_the_host_of_kana_fi_istiqbalihi_is_the_one_after_the_pronoun():
    text = ("وصل الرئيس الكندي جون دو إلى الرياض أمس. وكان في استقباله في المطار الأمير سامي الحداد "
            "أمير المنطقة.")
    linked = make(text, ("جون دو", "PER"), ("الرياض", "LOC"), ("سامي الحداد", "PER"))
    assert any(people(m) == {"جون دو", "سامي الحداد"} for m in meetings(linked))


def test_the_one_met_after_a_time_and_place_aside_is_tied_to_the_noun():
    text = ("ودعا الرئيس الكندي خلال لقائه، أمس في الرياض، سامي الحداد مبعوث الأمين العام للأمم المتحدة، "
            "إلى زيارة أوتاوا.")
    linked = make(text, ("الرياض", "LOC"), ("سامي الحداد", "PER"), ("للأمم المتحدة", "ORG", "الأمم المتحدة"),
                  ("أوتاوا", "LOC"))
    assert any("سامي الحداد" in people(m) and "كندا" in {r.entity.label for r in m.participants}
               for m in meetings(linked))


def test_who_speaks_after_anothers_visit_is_no_party_of_it():
    text = "وقال المتحدث فلان الفلاني بعد زيارة الرئيس الكندي جون دو إلى المكسيك إن العلاقات ممتازة."
    linked = make(text, ("فلان الفلاني", "PER"), ("جون دو", "PER"), ("المكسيك", "LOC"))
    assert not any("فلان الفلاني" in people(m) for m in meetings(linked))


def test_an_unnamed_counterpart_after_ma_brings_his_state():
    text = "وسيلقي سامي الحداد كلمة في المنتدى، كما سيجري محادثات مع نظيره المكسيكي حول أمن الحدود."
    linked = make(text, ("سامي الحداد", "PER"))
    (m,) = meetings(linked)
    assert {"سامي الحداد", "المكسيك"} <= {r.entity.label for r in m.participants}


def test_a_phone_call_with_an_unnamed_counterpart_by_b_brings_his_state():
    text = "وأجرى سامي الحداد اليوم اتصالا هاتفيا بنظيره المكسيكي بحث خلاله التعاون الاقتصادي."
    linked = make(text, ("سامي الحداد", "PER"))
    (m,) = meetings(linked)
    assert m.kind == "call" and {"سامي الحداد", "المكسيك"} <= {r.entity.label for r in m.participants}


def test_a_named_counterpart_is_the_party_not_his_state_alone():
    text = "وقال المصدر إنه من المقرر أن يلتقي مع نظيره المكسيكي جون دو في الدوحة."
    linked = make(text, ("جون دو", "PER"), ("الدوحة", "LOC"))
    assert not any({r.entity.label for r in m.participants} <= {"جون دو", "المكسيك"} and len(m.participants) > 1
                   for m in meetings(linked))


def test_a_match_against_a_national_team_has_no_state_side():
    text = "ويلتقي المنتخب السعودي للشباب مع نظيره المكسيكي مساء اليوم في فالنسيا."
    linked = make(text, ("المنتخب السعودي للشباب", "ORG"), ("فالنسيا", "LOC"))
    assert not any("المكسيك" in {r.entity.label for r in m.participants} for m in meetings(linked))
