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


def test_seed_meeting_held_today_in_the_kremlin():
    text = ("اجتمع الرئيسان الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان في الكرملين اليوم الجمعة "
            "لعقد محادثات، و لتوقيع اتفاق شراكة واسع النطاق بين موسكو وطهران.")
    linked = make(text, ("فلاديمير بوتين", "PER"), ("مسعود بزشكيان", "PER"), ("الكرملين", "LOC"),
                  ("موسكو", "LOC"), ("وطهران", "LOC", "طهران"), published=FRIDAY)
    (m,) = meetings(linked)
    assert labels(m.participants) == {"فلاديمير بوتين", "مسعود بزشكيان"}
    assert m.place.entity.label == "الكرملين"
    assert (m.date.iso, m.date.text, m.status, m.evidence) == ("2025-01-17", "اليوم الجمعة", "held", (0,))
    assert m.kind in ("meeting", "talks") and m.cameo in ("040", "046")


def test_seed_summit_named_by_nisbas_and_reception():
    text = ("انعقدت القمة الروسية الإيرانية في موسكو، اليوم الأربعاء، حيث استقبل الرئيس الروسي فلاديمير بوتين "
            "نظيره الإيراني إبراهيم رئيسي.")
    linked = make(text, ("موسكو", "LOC"), ("فلاديمير بوتين", "PER"), ("إبراهيم رئيسي", "PER"),
                  published=date(2022, 1, 19))
    (m,) = meetings(linked)
    assert labels(m.participants) == {"فلاديمير بوتين", "إبراهيم رئيسي"}
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
    assert labels(m.participants) == {"محمد بن سلمان", "شهباز شريف"}
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
    assert labels(m.participants) == {"جو بايدن", "المملكة العربية السعودية"}
    assert m.place.entity.qid == "Q851"
    assert (m.status, m.date.text, m.date.iso) == ("planned", "الأسبوع المقبل", None)


def test_the_speaker_reporting_a_meeting_is_not_a_participant():
    text = "قالت المتحدثة باسم البيت الأبيض كارين جان بيير إن الرئيس بايدن سيلتقي نظيره الصيني شي جين بينغ في سان فرانسيسكو."
    linked = make(text, ("البيت الأبيض", "ORG"), ("كارين جان بيير", "PER"), ("بايدن", "PER"),
                  ("شي جين بينغ", "PER"), ("سان فرانسيسكو", "LOC"))
    (m,) = meetings(linked)
    # the lone surname links to the one knowledge-base person of that name, labelled in full
    assert labels(m.participants) == {"جو بايدن", "شي جين بينغ"}
    assert m.status == "planned" and m.place.entity.label == "سان فرانسيسكو"


def test_visit_noun_takes_its_genitive_not_other_persons_in_the_clause():
    text = "وتأتي زيارة بزشكيان لموسكو قبل ثلاثة أيام من تنصيب الرئيس الأمريكي المنتخب دونالد ترامب."
    linked = make(text, ("بزشكيان", "PER"), ("لموسكو", "LOC", "موسكو"), ("دونالد ترامب", "PER"))
    (m,) = meetings(linked)
    assert labels(m.participants) == {"مسعود بزشكيان", "روسيا"}  # the KB person, by surname
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
