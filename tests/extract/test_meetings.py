"""Meetings, talks, summits, visits, receptions and calls, with participants, place, date,
status and CAMEO code."""

from __future__ import annotations

from datetime import date

from extract_fixtures import make

from kg.extract import extract_facts

FRIDAY = date(2025, 1, 17)


def meetings(linked):
    return extract_facts(linked).meetings


def labels(refs) -> set[str]:
    return {r.entity.label for r in refs}


def people(m) -> set[str]:
    """The participants other than states (an official's state is a participant too)."""
    return {r.entity.label for r in m.participants if r.entity.kind != "Country"}


def test_seed_meeting_held_today_in_the_kremlin():
    text = ("اجتمع الرئيسان الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان في الكرملين اليوم الجمعة "
            "لعقد محادثات، و لتوقيع اتفاق شراكة واسع النطاق بين موسكو وطهران.")
    linked = make(text, ("فلاديمير بوتين", "PER"), ("مسعود بزشكيان", "PER"), ("الكرملين", "LOC"),
                  ("موسكو", "LOC"), ("وطهران", "LOC", "طهران"), published=FRIDAY)
    (m,) = meetings(linked)
    assert people(m) == {"فلاديمير بوتين", "مسعود بزشكيان"}
    assert m.place.entity.label == "الكرملين"
    assert (m.date.iso, m.date.text, m.status, m.evidence) == ("2025-01-17", "اليوم الجمعة", "held", (0,))
    assert m.kind in ("meeting", "talks") and m.cameo in ("040", "046")


def test_seed_summit_named_by_nisbas_and_reception():
    text = ("انعقدت القمة الروسية الإيرانية في موسكو، اليوم الأربعاء، حيث استقبل الرئيس الروسي فلاديمير بوتين "
            "نظيره الإيراني إبراهيم رئيسي.")
    linked = make(text, ("موسكو", "LOC"), ("فلاديمير بوتين", "PER"), ("إبراهيم رئيسي", "PER"),
                  published=date(2022, 1, 19))
    (m,) = meetings(linked)
    assert people(m) == {"فلاديمير بوتين", "إبراهيم رئيسي"}
    assert (m.kind, m.cameo, m.status, m.date.iso) == ("reception", "043", "held", "2022-01-19")
    assert m.place.entity.qid == "Q649"


def test_seed_planned_meeting_with_future_cue():
    text = ("من المقرر أن يلتقي الرئيس الإيراني مسعود بيزشكيان مع الرئيس الروسي فلاديمير بوتين في موسكو "
            "في وقت لاحق من الجمعة.")
    linked = make(text, ("مسعود بيزشكيان", "PER"), ("فلاديمير بوتين", "PER"), ("موسكو", "LOC"), published=FRIDAY)
    (m,) = meetings(linked)
    assert (m.status, m.cameo, m.date.iso) == ("planned", "036", "2025-01-17")


def test_reception_with_honorific_and_place_between():
    text = "استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض رئيس الوزراء الباكستاني شهباز شريف."
    linked = make(text, ("محمد بن سلمان", "PER"), ("الرياض", "LOC"), ("شهباز شريف", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"محمد بن سلمان", "شهباز شريف"}
    assert (m.kind, m.status, m.cameo, m.place.entity.qid) == ("reception", "held", "043", "Q3692")


def test_phone_call_between_unnamed_officials_is_between_their_countries():
    text = "أجرى المستشار الألماني اتصالا هاتفيا مع الرئيس الفرنسي."
    (m,) = meetings(make(text))
    assert {p.entity.qid for p in m.participants} == {"Q183", "Q142"}
    assert (m.kind, m.cameo, m.status) == ("call", "041", "held")


def test_talks_between_countries_planned_and_cameo_intent():
    (m,) = meetings(make("وتجري تركيا وروسيا مفاوضات بشأن اتفاق جديد للغاز.", ("تركيا", "LOC"),
                         ("وروسيا", "LOC", "روسيا")))
    assert {p.entity.qid for p in m.participants} == {"Q43", "Q159"}
    assert m.kind == "talks"


def test_future_visit_has_the_host_country_as_participant_and_place():
    text = "من المقرر أن يزور الرئيس الأمريكي جو بايدن السعودية الأسبوع المقبل."
    (m,) = meetings(make(text, ("جو بايدن", "PER"), ("السعودية", "LOC"), published=FRIDAY))
    assert labels(m.participants) >= {"جو بايدن", "المملكة العربية السعودية"}
    assert m.place.entity.qid == "Q851"
    assert (m.status, m.date.text, m.date.iso) == ("planned", "الأسبوع المقبل", None)


def test_the_speaker_reporting_a_meeting_is_not_a_participant():
    text = ("قالت المتحدثة باسم البيت الأبيض كارين جان بيير إن الرئيس بايدن سيلتقي نظيره الصيني شي جين بينغ "
            "في سان فرانسيسكو.")
    linked = make(text, ("البيت الأبيض", "ORG"), ("كارين جان بيير", "PER"), ("بايدن", "PER"),
                  ("شي جين بينغ", "PER"), ("سان فرانسيسكو", "LOC"))
    (m,) = meetings(linked)
    # the lone surname links to the one knowledge-base person of that name, labelled in full
    assert people(m) == {"جو بايدن", "شي جين بينغ"}
    assert m.status == "planned" and m.place.entity.label == "سان فرانسيسكو"


def test_visit_noun_takes_its_genitive_not_other_persons_in_the_clause():
    text = "وتأتي زيارة بزشكيان لموسكو قبل ثلاثة أيام من تنصيب الرئيس الأمريكي المنتخب دونالد ترامب."
    linked = make(text, ("بزشكيان", "PER"), ("لموسكو", "LOC", "موسكو"), ("دونالد ترامب", "PER"))
    (m,) = meetings(linked)
    assert labels(m.participants) == {"مسعود بزشكيان", "روسيا", "إيران"}  # the KB person (by surname) and his state
    assert m.kind == "visit" and m.place.entity.qid == "Q649"


def test_cancelled_and_postponed():
    (m,) = meetings(make("أعلنت الرئاسة إلغاء القمة بين الرئيس المصري عبد الفتاح السيسي ونظيره التركي رجب طيب أردوغان.",
                         ("عبد الفتاح السيسي", "PER"), ("رجب طيب أردوغان", "PER")))
    assert m.status == "cancelled"
    (m,) = meetings(make("تقرر تأجيل الاجتماع بين وزير الخارجية الهندي سوبرامانيام جايشانكار ونظيره الصيني وانغ يي.",
                         ("سوبرامانيام جايشانكار", "PER"), ("وانغ يي", "PER")))
    assert m.status == "postponed"


def test_no_meeting_without_partner_or_participants():
    assert meetings(make("بحث العلماء أسباب التغير المناخي.")) == ()
    assert meetings(make("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع في غزة كارثي.",
                         ("للأمم المتحدة", "ORG", "الأمم المتحدة"), ("أنطونيو غوتيريش", "PER"),
                         ("غزة", "LOC"))) == ()


def test_same_event_in_two_articles_is_one_key_and_another_year_is_another():
    a = make("اجتمع الرئيس الروسي فلاديمير بوتين مع الرئيس الإيراني مسعود بزشكيان في موسكو اليوم.",
             ("فلاديمير بوتين", "PER"), ("مسعود بزشكيان", "PER"), ("موسكو", "LOC"), published=FRIDAY, doc_id="a")
    b = make("أجرى الرئيس الإيراني مسعود بزشكيان أمس محادثات مع الرئيس الروسي فلاديمير بوتين في الكرملين.",
             ("مسعود بزشكيان", "PER"), ("فلاديمير بوتين", "PER"), ("الكرملين", "LOC"),
             published=date(2025, 1, 18), doc_id="b")
    c = make("اجتمع الرئيس الروسي فلاديمير بوتين مع الرئيس الإيراني مسعود بزشكيان في موسكو اليوم.",
             ("فلاديمير بوتين", "PER"), ("مسعود بزشكيان", "PER"), ("موسكو", "LOC"),
             published=date(2022, 1, 19), doc_id="c")
    (ma,), (mb,), (mc,) = meetings(a), meetings(b), meetings(c)
    assert ma.key == mb.key != mc.key


def test_one_event_told_in_two_sentences_is_merged_with_both_evidences():
    text = ("يجري الرئيس الإيراني مسعود بزشكيان اليوم الجمعة محادثات مع نظيره الروسي فلاديمير بوتين في موسكو.\n"
            "ومن المقرر أن تركز محادثاته مع بوتين على العلاقات الثنائية.")
    linked = make(text, ("مسعود بزشكيان", "PER"), ("فلاديمير بوتين", "PER"), ("موسكو", "LOC"), ("بوتين", "PER"),
                  published=FRIDAY)
    (m,) = meetings(linked)
    assert m.evidence == (0, 1) and m.date.iso == "2025-01-17"


# --- cues of the corpus lexicon, participants by role, sentence structure ---------------------

def test_call_received_names_the_caller_after_min_across_a_long_title():
    text = ("تلقى ولي العهد الأمير محمد بن نايف اتصالا هاتفيا أمس من ملك المملكة المغربية الشقيقة "
            "الملك محمد السادس أعرب خلاله عن تضامنه.")
    (m,) = meetings(make(text, ("محمد بن نايف", "PER"), ("المملكة المغربية", "LOC"), ("محمد السادس", "PER")))
    assert {"محمد بن نايف", "محمد السادس"} <= labels(m.participants)
    assert (m.kind, m.status) == ("call", "held")


def test_visit_carried_by_qama_has_the_visitor_and_the_inviter_not_the_preamble():
    text = ("انطلاقا من العلاقات التي تربط البلدين بقيادة الرئيس سعيد بن علي وأخيه الملك كريم الأول، "
            "فقد قام الأمير فهد بن خالد بزيارة إلى الأردن تلبية لدعوة كريمة من الملك كريم الأول.")
    linked = make(text, ("سعيد بن علي", "PER"), ("كريم الأول", "PER"), ("فهد بن خالد", "PER"), ("الأردن", "LOC"),
                  ("كريم الأول", "PER"))
    (m,) = meetings(linked)
    assert labels(m.participants) == {"فهد بن خالد", "كريم الأول"}
    assert (m.kind, m.place.entity.qid) == ("visit", "Q810")


def test_support_verb_after_the_noun_carries_the_event():
    text = "وصف الوزير نتائج الزيارة الرسمية التي أداها كمال يوسف إلى تونس بأنها ممتازة."
    (m,) = meetings(make(text, ("كمال يوسف", "PER"), ("تونس", "LOC")))
    assert labels(m.participants) == {"كمال يوسف", "تونس"}
    assert m.status == "held"


def test_delegation_led_by_names_its_head_as_participant():
    text = "استقبل الرئيس المصري أمس وفدا برئاسة وزير الخارجية الفرنسي."
    (m,) = meetings(make(text))
    assert {p.entity.qid for p in m.participants} == {"Q79", "Q142"}


def test_companion_after_bimaiyya_is_the_actors_delegation_not_a_party():
    text = "وصل الرئيس سامي حداد إلى الجزائر بمعية وزير الخارجية منير صالح في زيارة تستغرق يومين."
    (m,) = meetings(make(text, ("سامي حداد", "PER"), ("الجزائر", "LOC"), ("منير صالح", "PER")))
    assert people(m) == {"سامي حداد"}
    assert m.kind == "visit" and "Q262" in {p.entity.qid for p in m.participants}


def test_persons_of_the_topic_are_not_participants():
    text = ("التقى وزير الخارجية علي حسن نظيره الروسي سيرغي لافروف وبحثا العلاقات الثنائية وموقف الرئيس "
            "بشار الأسد من الحل في سوريا.")
    linked = make(text, ("علي حسن", "PER"), ("سيرغي لافروف", "PER"), ("بشار الأسد", "PER"), ("سوريا", "LOC"))
    (m,) = meetings(linked)
    assert "بشار الأسد" not in labels(m.participants)
    assert {"علي حسن", "سيرغي لافروف"} <= labels(m.participants)


def test_subject_before_the_verb_with_one_object_after_it():
    text = "وكان الوزير ماجد سالم اجتمع مع رئيس الهيئة جميل ناصر لبحث ملفات الإسكان."
    (m,) = meetings(make(text, ("ماجد سالم", "PER"), ("جميل ناصر", "PER")))
    assert labels(m.participants) == {"ماجد سالم", "جميل ناصر"}


def test_zero_subject_and_pronoun_take_the_previous_sentence_actor():
    text = "وصل الرئيس سامي حداد إلى القاهرة أمس. كما التقى رئيس الوزراء شريف إسماعيل."
    linked = make(text, ("سامي حداد", "PER"), ("القاهرة", "LOC"), ("شريف إسماعيل", "PER"))
    (visit, m) = sorted(meetings(linked), key=lambda e: e.evidence)  # the arrival is a visit of its own
    assert visit.kind == "visit" and people(visit) == {"سامي حداد"}
    assert people(m) == {"سامي حداد", "شريف إسماعيل"}
    assert m.evidence == (1,)


def test_with_him_after_the_verb_is_the_previous_actor_and_the_event_is_one():
    text = "استقبل الرئيس سامي حداد أمس وزير الخارجية منير صالح. وبحث معه العلاقات الثنائية."
    linked = make(text, ("سامي حداد", "PER"), ("منير صالح", "PER"))
    (m,) = meetings(linked)
    assert labels(m.participants) == {"سامي حداد", "منير صالح"}


def test_meeting_noun_on_the_sidelines_is_the_setting_not_an_event():
    text = "وعلى هامش القمة التقى الرئيس سامي حداد الملك كريم الأول."
    (m,) = meetings(make(text, ("سامي حداد", "PER"), ("كريم الأول", "PER")))
    assert labels(m.participants) == {"سامي حداد", "كريم الأول"}
    assert m.kind == "meeting"


def test_summit_of_one_organization_has_it_as_participant():
    text = "وجرت الخميس قمة لحلف شمال الأطلسي في بروكسل."
    (m,) = meetings(make(text, ("لحلف شمال الأطلسي", "ORG", "حلف شمال الأطلسي"), ("بروكسل", "LOC")))
    assert [p.entity.qid for p in m.participants] == ["Q7184"]
    assert m.kind == "summit"


def test_subject_of_the_clause_met_the_partner_of_a_meeting_noun():
    text = ("وأشار المبعوث الأممي ستيفان دي ميستورا بعد اجتماع في طهران مع وزير الخارجية الإيراني محمد جواد ظريف "
            "الى تقدم.")
    linked = make(text, ("ستيفان دي ميستورا", "PER"), ("طهران", "LOC"), ("محمد جواد ظريف", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"ستيفان دي ميستورا", "محمد جواد ظريف", "الأمم المتحدة"}  # the UN envoy's body


def test_members_listed_in_a_relative_clause_are_not_parties_of_the_talks():
    text = "وتهيمن على المحادثات قضايا الإرهاب وما بعد الاتفاق مع مجموعة 5+1 التي تضم روسيا والصين وفرنسا."
    assert meetings(make(text, ("روسيا", "LOC"), ("والصين", "LOC", "الصين"), ("وفرنسا", "LOC", "فرنسا"))) == ()


def test_event_kinds_are_declarations_with_codes_and_the_lexicon_keeps_counts():
    from kg.extract.lexicon.meetings import EVENT_KINDS, LEXICON, ROLES

    assert {k.cameo for k in EVENT_KINDS.values()} >= {"040", "041", "042", "043", "046"}
    assert all(c.role in ROLES and c.count > 0 for c in LEXICON)


def test_on_behalf_of_someone_is_not_a_participant():
    text = "ونيابة عن الأمير سعد بن فهد، استقبل الأمير بندر بن علي أمس السفير الياباني كينجي ساتو."
    linked = make(text, ("سعد بن فهد", "PER"), ("بندر بن علي", "PER"), ("كينجي ساتو", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"بندر بن علي", "كينجي ساتو"}


def test_a_long_list_of_guests_is_not_one_meeting():
    names = ["سعد علي", "خالد عمر", "فهد سالم", "ناصر حمد", "صالح يوسف", "ماجد فيصل", "عادل سعيد", "منصور راشد",
             "طلال حسن"]
    text = "واستقبلت الأسرة في منزلها المعزين ومنهم " + " و".join(names) + "."
    spans = [(n, "PER") for n in names]
    assert meetings(make(text, *spans)) == ()


def test_each_official_brings_the_state_he_represents():
    text = "التقى وزير الخارجية الروسي سيرغي لافروف في موسكو أمس نظيره الإيراني عباس عراقجي."
    linked = make(text, ("سيرغي لافروف", "PER"), ("موسكو", "LOC"), ("عباس عراقجي", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"سيرغي لافروف", "عباس عراقجي"}
    assert {p.entity.qid for p in m.participants if p.entity.kind == "Country"} == {"Q159", "Q794"}


def test_a_bare_title_is_the_articles_one_holder_of_that_post():
    text = ("وصل وزير الخارجية المصري سامح شكري إلى الرياض أمس. "
            "والتقى الوزير خلال الزيارة ولي العهد السعودي الأمير محمد بن سلمان.")
    linked = make(text, ("سامح شكري", "PER"), ("الرياض", "LOC"), ("محمد بن سلمان", "PER"))
    meetings_ = [m for m in meetings(linked) if 1 in m.evidence]
    assert any({"سامح شكري", "محمد بن سلمان"} <= people(m) for m in meetings_)


def test_the_clause_subject_made_the_visit_told_after_baad():
    text = "وغادر الفنان يحيى الفخراني تونس بعد زيارة قصيرة بدعوة من وزير الثقافة محمد زين العابدين."
    linked = make(text, ("يحيى الفخراني", "PER"), ("تونس", "LOC"), ("محمد زين العابدين", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"يحيى الفخراني", "محمد زين العابدين"}


def test_the_speaker_quoting_talks_is_not_a_participant():
    text = "وقال الوزير جان إيف لودريان «انتهت محادثات بين الرئيس بوتين والرئيس فرانسوا هولاند أمس»."
    linked = make(text, ("جان إيف لودريان", "PER"), ("بوتين", "PER", "فلاديمير بوتين"), ("فرانسوا هولاند", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"فلاديمير بوتين", "فرانسوا هولاند"}


def test_a_visit_to_a_hospital_is_not_a_meeting_of_places():
    text = "واختتم الوزير جولته في منطقة جازان، حيث زار مستشفى الملك فهد."
    assert meetings(make(text, ("جازان", "LOC"), ("مستشفى الملك فهد", "LOC"))) == ()


def test_an_attached_object_pronoun_is_the_previous_actor():
    text = "وصل الرئيس سامي حداد إلى الرياض مساء أمس. واستقبله الملك سلمان بن عبدالعزيز في قصر اليمامة."
    linked = make(text, ("سامي حداد", "PER"), ("الرياض", "LOC"), ("سلمان بن عبدالعزيز", "PER"))
    found = [m for m in meetings(linked) if 1 in m.evidence]
    assert found and people(found[0]) == {"سامي حداد", "سلمان بن عبدالعزيز"}
    assert found[0].kind == "reception"


def test_both_countries_is_the_articles_pair():
    text = ("وتشهد العلاقات بين المغرب وفرنسا تحسنا. "
            "وعقد وزيرا خارجية البلدين اجتماعا في الرباط أمس.")
    linked = make(text, ("المغرب", "LOC"), ("وفرنسا", "LOC", "فرنسا"), ("الرباط", "LOC"))
    found = [m for m in meetings(linked) if 1 in m.evidence]
    assert found and {p.entity.qid for p in found[0].participants} == {"Q1028", "Q142"}


def test_a_first_person_plural_verb_makes_the_speakers_state_a_party():
    text = "وقال الرئيس التركي رجب طيب أردوغان: التقينا مع الرئيس فلاديمير بوتين في موسكو."
    linked = make(text, ("رجب طيب أردوغان", "PER"), ("فلاديمير بوتين", "PER"), ("موسكو", "LOC"))
    (m,) = meetings(linked)
    assert people(m) == {"فلاديمير بوتين"}
    assert {p.entity.qid for p in m.participants if p.entity.kind == "Country"} == {"Q43", "Q159"}


def test_our_country_is_the_state_of_the_official_who_speaks():
    text = "وقال وزير الخارجية المصري سامح شكري إن بلادنا بحثت مع روسيا سبل التعاون."
    (m,) = meetings(make(text, ("سامح شكري", "PER"), ("روسيا", "LOC")))
    assert {p.entity.qid for p in m.participants} == {"Q79", "Q159"}


def test_a_first_person_plural_without_a_speaker_adds_nobody():
    text = "بحثنا مع روسيا سبل التعاون."
    assert meetings(make(text, ("روسيا", "LOC"))) == ()


def test_a_bodys_meeting_lists_the_body_and_its_named_members():
    text = "واجتمع قادة دول مجلس التعاون الخليجي في الرياض، ومنهم أمير قطر تميم بن حمد وملك البحرين حمد بن عيسى."
    linked = make(text, ("مجلس التعاون الخليجي", "ORG"), ("الرياض", "LOC"), ("تميم بن حمد", "PER"),
                  ("حمد بن عيسى", "PER"))
    (m,) = meetings(linked)
    assert {"تميم بن حمد", "حمد بن عيسى"} <= people(m)
    assert any(p.entity.kind == "Organization" for p in m.participants)


def test_our_meeting_noun_names_the_speakers_state_beside_the_partner():
    text = "وقال الرئيس التركي رجب طيب أردوغان إن لقاءنا مع الرئيس فلاديمير بوتين كان مثمرا."
    (m,) = meetings(make(text, ("رجب طيب أردوغان", "PER"), ("فلاديمير بوتين", "PER")))
    assert {p.entity.qid for p in m.participants if p.entity.kind == "Country"} == {"Q43", "Q159"}


def test_two_calls_from_two_callers_are_two_bilateral_calls():
    text = ("تلقى الملك سلمان بن عبد العزيز اتصالين هاتفيين من الملك حمد بن عيسى آل خليفة ملك البحرين، "
            "والملك عبد الله الثاني بن الحسين عاهل الأردن.")
    linked = make(text, ("سلمان بن عبد العزيز", "PER"), ("حمد بن عيسى آل خليفة", "PER"), ("البحرين", "LOC"),
                  ("عبد الله الثاني بن الحسين", "PER"), ("الأردن", "LOC"))
    calls = meetings(linked)
    assert len(calls) == 2 and all(m.kind == "call" for m in calls)
    assert all(len(people(m)) == 2 and "سلمان بن عبد العزيز" in people(m) for m in calls)
    assert sorted(sorted(labels(m.participants) & {"البحرين", "الأردن"}) for m in calls) == [["الأردن"], ["البحرين"]]


def test_the_sender_of_greetings_conveyed_at_a_meeting_is_not_a_participant():
    text = ("واجتمع وزير الخارجية الكويتي صباح الخالد مع الرئيس عبد الفتاح السيسي، ونقل إليه تحيات "
            "أمير الكويت الشيخ صباح الأحمد الجابر الصباح.")
    linked = make(text, ("صباح الخالد", "PER"), ("عبد الفتاح السيسي", "PER"), ("الكويت", "LOC"),
                  ("صباح الأحمد الجابر الصباح", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"صباح الخالد", "عبد الفتاح السيسي"}


def test_who_chairs_the_subject_of_a_welcome_is_not_at_the_visit():
    text = "ورحب حزب الحرية برئاسة بهاء أبو شقة بزيارة الرئيس الفرنسي إيمانويل ماكرون إلى مصر."
    linked = make(text, ("حزب الحرية", "ORG"), ("بهاء أبو شقة", "PER"), ("إيمانويل ماكرون", "PER"), ("مصر", "LOC"))
    (m,) = meetings(linked)
    assert "بهاء أبو شقة" not in people(m)
    assert "إيمانويل ماكرون" in people(m)


def test_an_official_of_an_international_body_brings_the_body():
    text = "التقى وزير الخارجية الروسي سيرغي لافروف الأمين العام لجامعة الدول العربية نبيل العربي في موسكو."
    linked = make(text, ("سيرغي لافروف", "PER"), ("لجامعة الدول العربية", "ORG", "جامعة الدول العربية"),
                  ("نبيل العربي", "PER"), ("موسكو", "LOC"))
    (m,) = meetings(linked)
    assert {"سيرغي لافروف", "نبيل العربي"} <= people(m)
    assert {p.entity.qid for p in m.participants} >= {"Q159", "Q7172"}  # Russia, the Arab League


def test_a_bare_national_title_meeting_a_named_visitor_is_of_the_other_side():
    text = ("وصل وزير الخارجية الإيطالي باولو جنتيلوني إلى تونس. وأجرى الوزير الإيطالي محادثات مع رئيس الجمهورية "
            "ورئيس الحكومة.")
    linked = make(text, ("باولو جنتيلوني", "PER"), ("تونس", "LOC"))
    talks = [m for m in meetings(linked) if m.kind == "talks"]
    assert talks
    assert {"إيطاليا", "تونس"} <= labels(talks[0].participants)


def test_an_official_whose_post_has_no_country_is_of_the_other_side_of_the_article():
    text = ("وصل وزير الخارجية المصري سامح شكري إلى السعودية. واستقبل ولي العهد الأمير محمد بن نايف "
            "الوزير شكري في جدة.")
    linked = make(text, ("سامح شكري", "PER"), ("السعودية", "LOC"), ("محمد بن نايف", "PER"),
                  ("شكري", "PER", "سامح شكري"), ("جدة", "LOC"))
    receptions = [m for m in meetings(linked) if m.kind == "reception"]
    assert receptions
    assert {"مصر", "المملكة العربية السعودية"} <= labels(receptions[0].participants)


def test_institutions_receiving_patients_are_not_a_reception():
    text = "واستقبلت مستشفى الملك فهد العام ومستشفى الملك عبدالعزيز خلال الأيام الماضية 3864 مراجعا."
    linked = make(text, ("مستشفى الملك فهد العام", "ORG"), ("ومستشفى الملك عبدالعزيز", "ORG", "مستشفى الملك عبدالعزيز"))
    assert meetings(linked) == ()


def test_a_tour_announced_with_a_future_support_verb_is_one_visit_per_host_country():
    text = ("وقالت المصادر إن وزير الخارجية الإيراني محمد جواد ظريف سيقوم غدا بزيارة إلى دول المنطقة "
            "تشمل الكويت وقطر والعراق.")
    linked = make(text, ("محمد جواد ظريف", "PER"), ("الكويت", "LOC"), ("وقطر", "LOC", "قطر"),
                  ("والعراق", "LOC", "العراق"))
    visits = meetings(linked)
    assert len(visits) == 3 and all(m.kind == "visit" and m.status == "planned" for m in visits)
    hosts = sorted(sorted(labels(m.participants) - {"محمد جواد ظريف", "إيران"}) for m in visits)
    assert hosts == [["العراق"], ["الكويت"], ["قطر"]]


def test_a_zero_subject_takes_the_person_of_the_clause_before_and_a_title_before_a_comma_is_its_name():
    text = ("حط أمس وزير الخارجية الأردني، سامي الحداد، رحاله في الرباط، والتقى الوزير المغربي المسؤول عن الشؤون "
            "الخارجية، فلان الفلاني.")
    linked = make(text, ("سامي الحداد", "PER"), ("الرباط", "LOC"), ("فلان الفلاني", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"سامي الحداد", "فلان الفلاني"}
    assert {"الأردن", "المغرب"} <= labels(m.participants)


def test_those_who_attend_a_reception_told_before_are_not_a_meeting_of_their_own():
    text = ("استقبل الملك سلمان بن عبد العزيز في جدة رئيس الوزراء الباكستاني نواز شريف. وحضر الاستقبال "
            "الأمير محمد بن نايف ووزير الخارجية عادل الجبير.")
    linked = make(text, ("سلمان بن عبد العزيز", "PER"), ("جدة", "LOC"), ("نواز شريف", "PER"), ("محمد بن نايف", "PER"),
                  ("عادل الجبير", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"سلمان بن عبد العزيز", "نواز شريف"}


def test_a_coordinated_meeting_verb_is_a_second_meeting_of_the_same_host():
    text = ("استقبل الرئيس التونسي قيس سعيد أمس وزير الخارجية الجزائري أحمد عطاف، "
            "كما التقى رئيسة الوزراء الإيطالية جيورجيا ميلوني.")
    linked = make(text, ("قيس سعيد", "PER"), ("أحمد عطاف", "PER"), ("جيورجيا ميلوني", "PER"))
    found = {frozenset(people(m)) for m in meetings(linked)}
    assert found == {frozenset({"قيس سعيد", "أحمد عطاف"}), frozenset({"قيس سعيد", "جيورجيا ميلوني"})}


def test_the_actor_of_coordinated_visits_is_not_the_person_met_in_the_clause_before():
    text = ("وزار الوفد مقر الصحيفة، والتقى رئيس تحريرها خالد المالك، "
            "كما زار الغرفة التجارية والتقى أمينها العام سعد العتيبي.")
    linked = make(text, ("خالد المالك", "PER"), ("سعد العتيبي", "PER"))
    assert not any(people(m) == {"خالد المالك", "سعد العتيبي"} for m in meetings(linked))


def test_a_title_set_off_by_commas_after_the_name_is_that_persons_post():
    text = ("وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى نظيره الألماني فرانك فالتر شتاينماير "
            "في برلين أمس.")
    linked = make(text, ("عادل الجبير", "PER"), ("فرانك فالتر شتاينماير", "PER"), ("برلين", "LOC"))
    (m,) = meetings(linked)
    assert people(m) == {"عادل الجبير", "فرانك فالتر شتاينماير"}
    assert {"المملكة العربية السعودية", "ألمانيا"} <= labels(m.participants)


def test_who_travels_to_meet_someone_is_a_participant_of_the_meeting():
    text = "توجه الرئيس الفلسطيني محمود عباس أمس إلى عمان للقاء العاهل الأردني الملك عبد الله الثاني."
    linked = make(text, ("محمود عباس", "PER"), ("عمان", "LOC"), ("عبد الله الثاني", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"محمود عباس", "عبد الله الثاني"}


def test_who_welcomes_a_visit_is_still_not_a_participant():
    text = "رحب حزب الوفد بزيارة ولي العهد السعودي الأمير محمد بن سلمان إلى القاهرة."
    linked = make(text, ("حزب الوفد", "ORG"), ("محمد بن سلمان", "PER"), ("القاهرة", "LOC"))
    assert all("حزب الوفد" not in labels(m.participants) for m in meetings(linked))


def test_a_fronted_meeting_phrase_meets_the_speaker_of_the_clause_after_it():
    text = "وخلال اللقاء الذي جمعه بالملك عبد الله الثاني، أكد الرئيس محمود عباس دعم الأردن."
    linked = make(text, ("عبد الله الثاني", "PER"), ("محمود عباس", "PER"), ("الأردن", "LOC"))
    (m,) = meetings(linked)
    assert people(m) == {"محمود عباس", "عبد الله الثاني"}


def test_an_interview_fronted_before_the_speaker_is_not_a_meeting():
    text = "وفي لقاء مع صحيفة الأهرام، قال الرئيس محمود عباس إن المفاوضات متوقفة."
    linked = make(text, ("صحيفة الأهرام", "ORG"), ("محمود عباس", "PER"))
    assert meetings(linked) == ()


def test_call_with_the_callee_after_the_clitic_b_is_a_call_between_both():
    text = "اتصل الرئيس المصري عبد الفتاح السيسي هاتفيا بالرئيس الفرنسي إيمانويل ماكرون."
    linked = make(text, ("عبد الفتاح السيسي", "PER"), ("إيمانويل ماكرون", "PER"), published=FRIDAY)
    (m,) = meetings(linked)
    assert (m.kind, people(m)) == ("call", {"عبد الفتاح السيسي", "إيمانويل ماكرون"})


def test_call_verb_without_phone_word_takes_the_callee_after_b():
    text = "اتصل الرئيس المصري عبد الفتاح السيسي بالرئيس الفرنسي إيمانويل ماكرون أمس."
    linked = make(text, ("عبد الفتاح السيسي", "PER"), ("إيمانويل ماكرون", "PER"), published=FRIDAY)
    (m,) = meetings(linked)
    assert m.kind == "call" and people(m) == {"عبد الفتاح السيسي", "إيمانويل ماكرون"}


def test_hosting_a_person_is_a_reception_declared_in_the_lexicon():
    text = "استضاف الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في القاهرة."
    linked = make(text, ("عبد الفتاح السيسي", "PER"), ("إيمانويل ماكرون", "PER"), ("القاهرة", "LOC"),
                  published=FRIDAY)
    (m,) = meetings(linked)
    assert (m.kind, m.cameo, people(m)) == ("reception", "043", {"عبد الفتاح السيسي", "إيمانويل ماكرون"})


def test_hosting_a_conference_or_a_guest_list_is_no_meeting():
    conference = make("استضافت الرياض المؤتمر الدولي للطاقة بمشاركة الوزير سامح شكري.",
                      ("الرياض", "LOC"), ("سامح شكري", "PER"), published=FRIDAY)
    artists = make("استضافت الفنانة شذى حسون نخبة من الفنانين المغاربة.", ("شذى حسون", "PER"), published=FRIDAY)
    assert not meetings(conference) and not meetings(artists)


def test_talks_verb_with_two_coordinated_subjects_has_both_as_parties():
    text = "بحث الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون العلاقات الثنائية."
    linked = make(text, ("عبد الفتاح السيسي", "PER"), ("إيمانويل ماكرون", "PER"), published=FRIDAY)
    (m,) = meetings(linked)
    assert (m.kind, people(m)) == ("talks", {"عبد الفتاح السيسي", "إيمانويل ماكرون"})


def test_talks_verb_with_bare_coordinated_names_has_both_as_parties():
    text = "بحث عبد الفتاح السيسي وإيمانويل ماكرون الأوضاع في المنطقة."
    linked = make(text, ("عبد الفتاح السيسي", "PER"), ("وإيمانويل ماكرون", "PER", "إيمانويل ماكرون"),
                  published=FRIDAY)
    (m,) = meetings(linked)
    assert people(m) == {"عبد الفتاح السيسي", "إيمانويل ماكرون"}


def test_discussing_what_two_others_said_is_no_meeting():
    text = "ناقش الوزير المصري سامح شكري تصريحات الرئيس الفرنسي إيمانويل ماكرون وبنيامين نتنياهو."
    linked = make(text, ("سامح شكري", "PER"), ("إيمانويل ماكرون", "PER"),
                  ("وبنيامين نتنياهو", "PER", "بنيامين نتنياهو"), published=FRIDAY)
    assert not meetings(linked)


def test_guest_of_a_host_is_a_visit_between_guest_and_host():
    text = "حل الرئيس الفرنسي إيمانويل ماكرون ضيفا على الرئيس المصري عبد الفتاح السيسي في القاهرة."
    linked = make(text, ("إيمانويل ماكرون", "PER"), ("عبد الفتاح السيسي", "PER"), ("القاهرة", "LOC"),
                  published=FRIDAY)
    (m,) = meetings(linked)
    assert (m.kind, m.status, people(m)) == ("visit", "held", {"إيمانويل ماكرون", "عبد الفتاح السيسي"})


def test_guest_to_come_takes_the_future_of_the_clause_verb():
    text = "سيحل الرئيس الفرنسي إيمانويل ماكرون ضيفا على الرئيس المصري عبد الفتاح السيسي الأسبوع المقبل."
    linked = make(text, ("إيمانويل ماكرون", "PER"), ("عبد الفتاح السيسي", "PER"), published=FRIDAY)
    (m,) = meetings(linked)
    assert (m.kind, m.status) == ("visit", "planned")


def test_guest_of_a_programme_is_no_visit():
    text = "حل الوزير سامح شكري ضيفا على برنامج تلفزيوني مساء أمس."
    linked = make(text, ("سامح شكري", "PER"), published=FRIDAY)
    assert not meetings(linked)


def test_social_adjective_is_no_meeting_noun():
    text = ("نوه الوزير سامي الحداد باهتمام الرئيس فلان الفلاني بالشأن الاجتماعي وشكر الأمير "
            "علي الجابري على دعمه للمركز.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"), ("علي الجابري", "PER"))
    assert meetings(linked) == ()


def test_persons_after_ma_or_bi_are_met_by_the_subject_before_the_verb():
    text = ("وأفادت مصادر أن سامي الحداد وصل إلى موسكو أمس والتقى بالرئيس الروسي إيفان فلانوف "
            "ووزير الدفاع الروسي بوريس علانوف.")
    linked = make(text, ("سامي الحداد", "PER"), ("موسكو", "LOC"), ("إيفان فلانوف", "PER"),
                  ("بوريس علانوف", "PER"))
    found = meetings(linked)  # one meeting per counterpart, the subject in each (meeting_split)
    assert sorted(sorted(people(m)) for m in found) == [
        ["إيفان فلانوف", "سامي الحداد"], ["بوريس علانوف", "سامي الحداد"]]


def test_visitor_before_haythu_meets_those_after_ma():
    text = "زار المبعوث الخاص سامي الحداد بكين، أمس، حيث التقى مع لي وانغ، وتشانغ مينغ."
    linked = make(text, ("سامي الحداد", "PER"), ("بكين", "LOC"), ("لي وانغ", "PER"),
                  ("وتشانغ مينغ", "PER", "تشانغ مينغ"))
    found = meetings(linked)  # one meeting per counterpart, the visitor in each (meeting_split)
    assert sorted(sorted(people(m)) for m in found) == [["تشانغ مينغ", "سامي الحداد"], ["سامي الحداد", "لي وانغ"]]


def test_svo_reception_keeps_the_host_when_the_guest_has_a_title_after_his_name():
    text = "وكان الأمير فلان الفلاني استقبل جون دو وزير خارجية كندا في الدوحة."
    linked = make(text, ("فلان الفلاني", "PER"), ("جون دو", "PER"), ("كندا", "LOC"), ("الدوحة", "LOC"))
    (m,) = meetings(linked)
    assert people(m) == {"فلان الفلاني", "جون دو"}
    assert "كندا" in labels(m.participants)


def test_a_time_adverb_between_meeting_noun_and_its_titled_genitive():
    text = ("ودعا الرئيس اليمني خلال لقائه أمس مبعوث الأمم المتحدة إلى اليمن سامي الحداد، في الرياض "
            "إلى زيارة عدن.")
    linked = make(text, ("الأمم المتحدة", "ORG"), ("اليمن", "LOC"), ("سامي الحداد", "PER"), ("الرياض", "LOC"),
                  ("عدن", "LOC"))
    found = [m for m in meetings(linked) if "سامي الحداد" in people(m)]
    assert found and "اليمن" in labels(found[0].participants)


def test_a_party_state_that_is_also_the_place_stays_a_party():
    text = "وأعلن عن عقد اجتماع بين وزراء خارجية تونس والجزائر ومصر حول الملف الليبي في تونس."
    linked = make(text, ("تونس", "LOC"), ("والجزائر", "LOC", "الجزائر"), ("ومصر", "LOC", "مصر"), ("تونس", "LOC"))
    (m,) = meetings(linked)
    assert {"تونس", "الجزائر", "مصر"} <= labels(m.participants)


def test_a_fronted_time_phrase_after_a_comma_opens_the_next_reception():
    text = ("وفي يوم الخميس استقبل الملك فلان الفلاني وزير الخارجية الكندي جون دو، وفي يوم الأحد الماضي "
            "استقبل وزير الاقتصاد الألماني هانس مولر.")
    linked = make(text, ("فلان الفلاني", "PER"), ("جون دو", "PER"), ("هانس مولر", "PER"))
    found = sorted(sorted(people(m)) for m in meetings(linked))
    assert found == [["جون دو", "فلان الفلاني"], ["فلان الفلاني", "هانس مولر"]]


def test_an_honorific_pronoun_names_the_person_of_its_rank_told_before():
    text = ("وصل الرئيس الكندي جون دو إلى جدة أمس. وكان في مقدمة مستقبليه في المطار الأمير فلان بن علان "
            "أمير منطقة مكة. ثم عقد فخامته جلسة مباحثات مع جلالة الملك سامي الحداد.")
    linked = make(text, ("جون دو", "PER"), ("جدة", "LOC"), ("فلان بن علان", "PER"), ("مكة", "LOC"),
                  ("سامي الحداد", "PER"))
    talks = [m for m in meetings(linked) if 2 in m.evidence]
    assert [people(m) for m in talks] == [{"جون دو", "سامي الحداد"}]


def test_attendees_after_bihudur_are_not_parties():
    text = ("واستقبل الرئيس سامي الحداد في قصر بعبدا وزير الخارجية الكندي جون دو بحضور وزير الخارجية "
            "فلان الفلاني ووزير المالية علي الجابري.")
    linked = make(text, ("سامي الحداد", "PER"), ("قصر بعبدا", "LOC"), ("جون دو", "PER"), ("فلان الفلاني", "PER"),
                  ("علي الجابري", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"سامي الحداد", "جون دو"}


def test_a_meeting_noun_with_dhamma_lists_who_met():
    text = ("وأعلنت الوزارة أن لقاء ثلاثيا سيعقد في الدوحة اليوم يضم وزير الخارجية الكندي جون دو مع نظيريه "
            "المكسيكي خوان بيريز والتونسي سامي الحداد.")
    linked = make(text, ("الدوحة", "LOC"), ("جون دو", "PER"), ("خوان بيريز", "PER"), ("سامي الحداد", "PER"))
    (m,) = meetings(linked)
    assert people(m) == {"جون دو", "خوان بيريز", "سامي الحداد"}


def test_a_body_that_includes_states_is_still_no_list_of_who_met():
    text = "وقال الوزير إن المنظمة التي تضم كندا والمكسيك ستعقد اجتماعا الشهر المقبل مع الرئيس جون دو."
    linked = make(text, ("كندا", "LOC"), ("والمكسيك", "LOC", "المكسيك"), ("جون دو", "PER"))
    assert not any({"كندا", "المكسيك"} <= labels(m.participants) for m in meetings(linked))


def test_the_field_of_an_envoys_post_is_not_the_meeting_place():
    text = ("من جانبها، قالت الوزيرة فلانة الفلانية اليوم بعد اجتماع مع المبعوث الأمريكي الخاص لأوكرانيا "
            "جون دو، إن بلادها تريد التعاون.")
    linked = make(text, ("فلانة الفلانية", "PER"), ("لأوكرانيا", "LOC", "أوكرانيا"), ("جون دو", "PER"))
    (m,) = meetings(linked)
    assert {"فلانة الفلانية", "جون دو"} <= people(m)
    assert m.place is None
