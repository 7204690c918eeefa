"""Treaties, agreements and memoranda: parties, status, date, place, duration, articles, areas."""

from __future__ import annotations

from datetime import date

from extract_fixtures import make

from kg.extract import extract_facts

FRIDAY = date(2025, 1, 17)


def treaties(linked):
    return extract_facts(linked).treaties


def qids(refs) -> set[str | None]:
    return {r.entity.qid for r in refs}


def test_memorandum_signed_between_two_states_in_an_area():
    (t,) = treaties(make("وقعت مصر والإمارات مذكرة تفاهم في مجال الطاقة.", ("مصر", "LOC"),
                         ("والإمارات", "LOC", "الإمارات")))
    assert qids(t.parties) == {"Q79", "Q878"}
    assert (t.status, t.memorandum, t.areas, t.label) == ("signed", True, ("energy",), "مذكرة تفاهم")


def test_free_trade_agreement_duration_and_articles():
    text = "ووقعت الهند والبرازيل اتفاقية تجارة حرة تمتد لمدة 10 أعوام تتضمن 30 مادة."
    (t,) = treaties(make(text, ("الهند", "LOC"), ("والبرازيل", "LOC", "البرازيل")))
    assert qids(t.parties) == {"Q668", "Q155"}
    assert (t.status, t.topic, t.duration_years, t.article_count) == ("signed", "free-trade", 10, 30)
    assert t.label == "اتفاقية تجارة حرة"


def test_to_be_signed_with_an_official_standing_for_the_state():
    text = ("يجري الرئيس الإيراني مسعود بزشكيان اليوم الجمعة محادثات مع نظيره الروسي فلاديمير بوتين في موسكو "
            "ويوقع معاهدة شراكة استراتيجية تتضمن تعاونا دفاعيا أوثق.")
    linked = make(text, ("مسعود بزشكيان", "PER"), ("فلاديمير بوتين", "PER"), ("موسكو", "LOC"), published=FRIDAY)
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q794", "Q159"}
    assert (t.status, t.topic, t.areas) == ("to-be-signed", "strategic-partnership", ("defence",))
    assert t.place.entity.qid == "Q649" and t.date.iso == "2025-01-17"


def test_negotiating_between_capitals_standing_for_their_states():
    text = "أفادت وزارة الخارجية الروسية أن المناقشات بشأن اتفاق استراتيجي بين موسكو وطهران جارية."
    linked = make(text, ("وزارة الخارجية الروسية", "ORG"), ("موسكو", "LOC"), ("وطهران", "LOC", "طهران"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q159", "Q794"} and t.status == "negotiating"


def test_seed_both_countries_duration_articles_and_areas_across_sentences():
    text = ("من المقرر أن يلتقي الرئيس الإيراني مسعود بيزشكيان مع الرئيس الروسي فلاديمير بوتين في موسكو في وقت "
            "لاحق من الجمعة للتوقيع على اتفاقية شراكة استراتيجية شاملة بين البلدين تمتد لمدة 20 عاما.\n"
            "ولم يكشف عن العديد من التفاصيل حول الاتفاقية حتى الآن، حيث أفادت وسائل الإعلام الإيرانية بأنها "
            "ستتضمن 47 مادة تغطي مجالات مثل الدفاع، والسياسة، والتجارة.")
    linked = make(text, ("مسعود بيزشكيان", "PER"), ("فلاديمير بوتين", "PER"), ("موسكو", "LOC"), published=FRIDAY)
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q794", "Q159"}
    assert (t.status, t.duration_years, t.article_count) == ("to-be-signed", 20, 47)
    assert {"defence", "politics", "trade"} <= set(t.areas)
    assert t.evidence == (0, 1) and t.label == "اتفاقية شراكة استراتيجية شاملة"


def test_nisba_parties_and_a_comparison_is_not_a_party():
    text = ("ويُتوقع ألا يتضمن الاتفاق الروسي الإيراني الذي يمتد لـ20 عاما بندا للدفاع المتبادل مثل ذلك القائم "
            "مع مينسك وبيونغ يانغ.")
    linked = make(text, ("مينسك", "LOC"), ("وبيونغ يانغ", "LOC", "بيونغ يانغ"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q159", "Q794"} and t.duration_years == 20


def test_signed_in_the_past_with_date():
    text = "وأبرمت موسكو اتفاقا العام الماضي مع كوريا الشمالية."
    (t,) = treaties(make(text, ("موسكو", "LOC"), ("كوريا الشمالية", "LOC"), published=FRIDAY))
    assert qids(t.parties) == {"Q159", "Q423"}
    assert (t.status, t.date.iso) == ("signed", "2024")


def test_future_signing_of_a_defence_agreement():
    text = "وقالت رئيسة وزراء إيطاليا جورجيا ميلوني إن بلادها ستوقع اتفاقية للتعاون الدفاعي مع اليابان."
    (t,) = treaties(make(text, ("إيطاليا", "LOC"), ("جورجيا ميلوني", "PER"), ("اليابان", "LOC")))
    assert t.status == "to-be-signed" and t.topic == "defence"
    assert qids(t.parties) == {"Q17", "Q38"}  # "بلادها": the country of the official speaking


def test_a_bare_agreement_with_nothing_known_is_not_a_fact():
    assert treaties(make("وقال إن الاتفاق مهم.")) == ()


def test_anaphora_goes_to_the_treaty_last_spoken_of():
    text = ("وقعت روسيا اتفاقية شراكة استراتيجية مع كوريا الشمالية.\n"
            "وتتفاوض روسيا وإيران على اتفاقية شراكة استراتيجية.\n"
            "ومن المتوقع توقيع الاتفاقية قريبا.")
    linked = make(text, ("روسيا", "LOC"), ("كوريا الشمالية", "LOC"), ("روسيا", "LOC"),
                  ("وإيران", "LOC", "إيران"))
    by_parties = {frozenset(qids(t.parties)): t for t in treaties(linked)}
    assert by_parties[frozenset({"Q159", "Q423"})].status == "signed"
    iran = by_parties[frozenset({"Q159", "Q794"})]
    assert iran.status == "to-be-signed" and iran.evidence == (1, 2)


def test_same_treaty_in_two_articles_is_one_key_whatever_the_word():
    a = make("وقعت روسيا وإيران معاهدة شراكة استراتيجية شاملة.", ("روسيا", "LOC"), ("وإيران", "LOC", "إيران"),
             doc_id="a")
    b = make("ستوقع إيران وروسيا اتفاق الشراكة الاستراتيجية.", ("إيران", "LOC"), ("وروسيا", "LOC", "روسيا"),
             doc_id="b")
    c = make("وقعت روسيا وإيران مذكرة تفاهم للتعاون الاستراتيجي.", ("روسيا", "LOC"), ("وإيران", "LOC", "إيران"),
             doc_id="c")
    (ta,), (tb,), (tc,) = treaties(a), treaties(b), treaties(c)
    assert ta.key == tb.key != tc.key


def test_coordinated_instruments_of_one_clause_are_one_record():
    text = "ووقعت الجزائر وإيطاليا 15 اتفاقية ومذكرة تفاهم في مجالات الطاقة والصناعة والزراعة."
    (t,) = treaties(make(text, ("الجزائر", "LOC"), ("وإيطاليا", "LOC", "إيطاليا")))
    assert {p.entity.label for p in t.parties} == {"الجزائر", "إيطاليا"} and t.status == "signed"
    assert set(t.areas) == {"energy", "industry", "agriculture"}


def test_both_countries_are_not_the_place_of_signing():
    text = "وقّع وزيرا خارجية السعودية وإيران في بكين اتفاقا لاستئناف العلاقات الدبلوماسية بين البلدين."
    (t,) = treaties(make(text, ("السعودية", "LOC"), ("وإيران", "LOC", "إيران"), ("بكين", "LOC")))
    assert qids(t.parties) == {"Q851", "Q794"} and t.place.entity.qid == "Q956"


def labels(refs) -> set[str]:
    return {r.entity.label for r in refs}


def test_maghrebi_signing_noun_after_tam_is_signed_between_a_state_and_a_bank():
    text = "تم أمس إمضاء اتفاقية تمويل بين تونس والبنك الدولي لدعم المؤسسات الصغرى."
    (t,) = treaties(make(text, ("تونس", "LOC"), ("والبنك الدولي", "ORG", "البنك الدولي")))
    assert qids(t.parties) >= {"Q948"} and len(t.parties) == 2 and t.status == "signed"
    assert t.label == "اتفاقية تمويل"


def test_signing_noun_after_a_future_cue_stays_to_be_signed():
    text = "وسيتم غدا توقيع اتفاقية بين المغرب وموريتانيا في مجال الصيد البحري."
    (t,) = treaties(make(text, ("المغرب", "LOC"), ("وموريتانيا", "LOC", "موريتانيا")))
    assert qids(t.parties) == {"Q1028", "Q1025"} and t.status == "to-be-signed"


def test_dual_agreements_of_one_clause_are_one_record():
    text = "ووقعت مصر والسودان اتفاقيتين في مجالي النقل والكهرباء."
    (t,) = treaties(make(text, ("مصر", "LOC"), ("والسودان", "LOC", "السودان")))
    assert qids(t.parties) == {"Q79", "Q1049"} and t.status == "signed"


def test_agreeing_on_something_is_not_a_treaty():
    text = ("وتم الاتفاق على تعزيز التعاون بين مصر والأردن.\n"
            "وأكد الجانبان الاتفاق على أهمية الحل السياسي في سوريا.")
    assert treaties(make(text, ("مصر", "LOC"), ("والأردن", "LOC", "الأردن"), ("سوريا", "LOC"))) == ()


def test_the_speaker_of_the_sentence_is_not_a_party_of_the_signing_he_attends():
    text = ("وقال محافظ البنك المركزي التونسي على هامش توقيع اتفاقية قرض بين تونس والبنك الأفريقي للتنمية "
            "إن النمو ضعيف.")
    linked = make(text, ("البنك المركزي التونسي", "ORG"), ("تونس", "LOC"),
                  ("والبنك الأفريقي للتنمية", "ORG", "البنك الأفريقي للتنمية"))
    (t,) = treaties(linked)
    assert labels(t.parties) == {"تونس", "البنك الأفريقي للتنمية"} and t.status == "signed"


def test_a_far_with_phrase_is_not_a_party():
    text = ("وقعت جامعة القاهرة اتفاقية تعاون مع جامعة السوربون بهدف تبادل الأساتذة والتكامل مع برامج "
            "وزارة التعليم العالي.")
    linked = make(text, ("جامعة القاهرة", "ORG"), ("جامعة السوربون", "ORG"), ("وزارة التعليم العالي", "ORG"))
    (t,) = treaties(linked)
    assert labels(t.parties) == {"جامعة القاهرة", "جامعة السوربون"}


def test_subject_before_the_verb_and_a_head_noun_before_the_name():
    text = "المغرب ونيجيريا يوقعان اتفاقية لمد أنبوب للغاز، ووقعت شركة «سوناطراك» اتفاقا مع إيطاليا."
    linked = make(text, ("المغرب", "LOC"), ("ونيجيريا", "LOC", "نيجيريا"), ("سوناطراك", "ORG"), ("إيطاليا", "LOC"))
    first, second = treaties(linked)
    assert qids(first.parties) == {"Q1028", "Q1033"} and first.status == "to-be-signed"
    assert labels(second.parties) == {"سوناطراك", "إيطاليا"} and second.status == "signed"


def test_the_antecedent_of_a_relative_pronoun_signs():
    text = "وتعترف إسرائيل التي وقعت معاهدة سلام مع الأردن عام 1994 بدور عمان في القدس."
    linked = make(text, ("إسرائيل", "LOC"), ("الأردن", "LOC"), ("عمان", "LOC"), ("القدس", "LOC"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q801", "Q810"} and t.topic == "peace"


def test_signing_officials_stand_for_their_countries():
    text = "ووقع وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي مذكرة تفاهم للتشاور السياسي."
    (t,) = treaties(make(text, ("سامح شكري", "PER"), ("أيمن الصفدي", "PER")))
    assert qids(t.parties) == {"Q79", "Q810"} and t.memorandum


def test_zero_subject_is_the_previous_sentences_actor():
    text = ("واستقبلت الجزائر وفدا رفيعا من قطر.\n"
            "ووقعت اتفاقية تعاون مع قطر في مجال الطاقة.")
    (t,) = treaties(make(text, ("الجزائر", "LOC"), ("قطر", "LOC"), ("قطر", "LOC")))
    assert qids(t.parties) == {"Q262", "Q846"} and t.status == "signed"


def test_a_pronoun_possessor_is_the_previous_sentences_actor():
    text = ("وتملك البرازيل علاقات تجارية واسعة في آسيا.\n"
            "ولديها اتفاقيات تجارية مع الصين.")
    (t,) = treaties(make(text, ("البرازيل", "LOC"), ("آسيا", "LOC"), ("الصين", "LOC")))
    assert qids(t.parties) == {"Q155", "Q148"}


def test_our_agreement_is_the_speakers_country():
    text = "وقال وزير الخارجية التركي مولود جاويش أوغلو إن اتفاقيتنا مع ليبيا سارية."
    (t,) = treaties(make(text, ("مولود جاويش أوغلو", "PER"), ("ليبيا", "LOC")))
    assert qids(t.parties) == {"Q43", "Q1016"}


def test_between_them_is_the_pair_just_named():
    text = "واجتمع ممثلو روسيا وتركيا في سوتشي وجرى التوقيع على اتفاق بينهما حول إدلب."
    linked = make(text, ("روسيا", "LOC"), ("وتركيا", "LOC", "تركيا"), ("سوتشي", "LOC"), ("إدلب", "LOC"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q159", "Q43"} and t.status == "signed"


def test_an_executive_programme_is_a_treaty():
    text = "ووقعت مصر وتونس البرنامج التنفيذي للتعاون الثقافي للأعوام الثلاثة المقبلة."
    (t,) = treaties(make(text, ("مصر", "LOC"), ("وتونس", "LOC", "تونس")))
    assert qids(t.parties) == {"Q79", "Q948"} and t.status == "signed"


def test_repeated_mentions_of_one_agreement_are_one_record():
    text = ("وقعت مصر والأردن اتفاقية للربط الكهربائي.\n"
            "وتنص الاتفاقية التي وقعتها مصر والأردن على رفع قدرة الخط.")
    linked = make(text, ("مصر", "LOC"), ("والأردن", "LOC", "الأردن"), ("مصر", "LOC"), ("والأردن", "LOC", "الأردن"))
    (t,) = treaties(linked)
    assert t.evidence == (0, 1)


def test_both_countries_is_the_articles_main_pair():
    text = ("وصل الرئيس التونسي إلى الجزائر في زيارة رسمية لبحث العلاقات بين تونس والجزائر.\n"
            "وتطرق الجانبان إلى الأزمة الليبية.\n"
            "ووقعت خلال الزيارة اتفاقية للتعاون الأمني بين البلدين.")
    linked = make(text, ("الجزائر", "LOC"), ("تونس", "LOC"), ("والجزائر", "LOC", "الجزائر"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q948", "Q262"} and t.status == "signed"


def test_a_head_noun_may_stand_before_each_coordinated_party():
    text = "وأبرمت حكومة مالي وحكومة النيجر اتفاقا لتأمين الحدود المشتركة."
    (t,) = treaties(make(text, ("مالي", "LOC"), ("النيجر", "LOC")))
    assert qids(t.parties) == {"Q912", "Q1032"} and t.status == "signed"


def test_a_parliament_with_a_nisba_ratifies_for_its_state():
    text = "وصادق البرلمان الروسي على معاهدة الشراكة الاستراتيجية مع كوريا الشمالية."
    (t,) = treaties(make(text, ("كوريا الشمالية", "LOC")))
    assert qids(t.parties) == {"Q159", "Q423"} and t.status == "ratified"


def test_a_government_named_by_its_nisba_is_its_country():
    text = "ووقعت الحكومة الأردنية مع صندوق النقد الدولي اتفاقا جديدا للتمويل."
    (t,) = treaties(make(text, ("الحكومة الأردنية", "ORG"), ("صندوق النقد الدولي", "ORG")))
    assert "Q810" in qids(t.parties) and len(t.parties) == 2


def test_the_subject_of_talks_about_a_treaty_negotiates_it():
    text = "وتجري الولايات المتحدة والسعودية مفاوضات حول اتفاقية دفاعية."
    (t,) = treaties(make(text, ("الولايات المتحدة", "LOC"), ("والسعودية", "LOC", "السعودية")))
    assert qids(t.parties) == {"Q30", "Q851"} and t.status == "negotiating"


def test_leaders_who_witness_the_signing_make_it_past():
    text = ("وشهد الرئيس عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون توقيع عدد من الاتفاقيات "
            "ومذكرات التفاهم بين مصر وفرنسا في مجالات النقل والطاقة.")
    linked = make(text, ("عبد الفتاح السيسي", "PER"), ("إيمانويل ماكرون", "PER"), ("مصر", "LOC"),
                  ("وفرنسا", "LOC", "فرنسا"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q79", "Q142"} and t.status == "signed"


def test_both_countries_as_the_subject_of_signing():
    text = ("واستقبل أمير قطر الرئيس الرواندي في الدوحة لبحث العلاقات بين قطر ورواندا.\n"
            "ووقع البلدان على هامش الزيارة اتفاقية لتجنب الازدواج الضريبي.")
    linked = make(text, ("قطر", "LOC"), ("الدوحة", "LOC"), ("قطر", "LOC"), ("ورواندا", "LOC", "رواندا"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q846", "Q1037"} and t.status == "signed"


def test_ministries_of_two_states_with_their_countries_after_fi():
    text = ("ووافق مجلس الوزراء على مذكرة تفاهم بين وزارة الصحة في المملكة العربية السعودية ووزارة الصحة "
            "في جمهورية مصر العربية.")
    linked = make(text, ("المملكة العربية السعودية", "LOC"), ("جمهورية مصر العربية", "LOC", "مصر"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q851", "Q79"} and t.memorandum


def test_initialling_is_not_yet_signing():
    text = "وجرى التوقيع بالأحرف الأولى على اتفاق سياسي بين الحكومة والبرلمان الليبيين في الصخيرات."
    found = treaties(make(text, ("الصخيرات", "LOC")))
    assert all(t.status != "signed" for t in found)


def test_a_cabinet_approving_an_agreement_is_a_ratification():
    text = "ووافق مجلس الوزراء على اتفاقية للتعاون في مجال النقل البحري بين المملكة العربية السعودية واليونان."
    linked = make(text, ("المملكة العربية السعودية", "LOC"), ("واليونان", "LOC", "اليونان"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q851", "Q41"} and t.status == "ratified"


def test_a_later_mention_naming_one_side_is_the_same_treaty():
    text = ("ووقعت مصر والسعودية اتفاقية للربط الكهربائي.\n"
            "وقال وزير الكهرباء الأردني إن الاتفاقية مع السعودية ستفيد المنطقة.")
    linked = make(text, ("مصر", "LOC"), ("والسعودية", "LOC", "السعودية"), ("السعودية", "LOC"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q79", "Q851"} and t.evidence == (0, 1)


def test_a_treaty_signed_long_ago_named_in_passing_gets_no_guessed_sides():
    text = ("وزار الرئيس المصري الرياض لبحث العلاقات بين مصر والسعودية.\n"
            "ودعا الفصائل الموقعة على اتفاق المصالحة إلى الحوار.")
    linked = make(text, ("الرياض", "LOC"), ("مصر", "LOC"), ("والسعودية", "LOC", "السعودية"))
    assert treaties(linked) == ()


def test_the_city_that_names_a_convention_is_not_a_party():
    text = "ووقعت تركيا اتفاق باريس للمناخ."
    for t in extract_facts(make(text, ("تركيا", "LOC"), ("باريس", "LOC"))).treaties:
        assert "Q142" not in {p.entity.qid for p in t.parties}


def test_a_guessed_second_party_must_be_named_near_the_treaty():
    text = ("التقى وزير الخارجية المصري سامح شكري نظيره الفرنسي في القاهرة. "
            "وأكد الوزيران أهمية الحوار. وتناول اللقاء قضايا المنطقة. "
            "ووقعت الحكومة الأردنية اتفاقية للتعاون الزراعي.")
    linked = make(text, ("سامح شكري", "PER"), ("القاهرة", "LOC"))
    for t in extract_facts(linked).treaties:
        assert not {"Q79", "Q142"} & {p.entity.qid for p in t.parties}


def test_a_definite_treaty_noun_naming_no_party_gets_no_parties_guessed_from_the_article():
    text = ("وأعلنت الخارجية الإيطالية أن الوزير سيزور إيران الشهر المقبل، بعد نظيره الفرنسي ووزير الاقتصاد "
            "الألماني الذي توجه إلى طهران في أول زيارة لمسؤول غربي منذ التوقيع على الاتفاق.")
    linked = make(text, ("إيران", "LOC"), ("طهران", "LOC"))
    assert all(not t.parties for t in treaties(linked))


def test_officials_of_a_signing_verb_are_its_signatories():
    text = "ويوقع وزير الخارجية الإيطالي ووزير الاقتصاد الألماني غدا اتفاقية للتعاون."
    (t,) = treaties(make(text))
    assert labels(t.parties) == {"إيطاليا", "ألمانيا"}


def test_the_head_of_a_think_tank_who_speaks_is_not_the_other_side_of_a_treaty():
    text = ("وأكد مدير مؤسسة العلاقات الخارجية في برلين فولكر برتيس أنه بعد توقيع الاتفاق النووي مع إيران "
            "بات من الضروري البدء في مرحلة جديدة.")
    linked = make(text, ("مؤسسة العلاقات الخارجية", "ORG"), ("برلين", "LOC"), ("فولكر برتيس", "PER"),
                  ("إيران", "LOC"))
    assert not any("مؤسسة العلاقات الخارجية" in labels(t.parties) or "ألمانيا" in labels(t.parties)
                   for t in treaties(linked))


def test_the_body_the_speaker_heads_signs_when_the_subject_is_its_bare_noun():
    text = ("أعلنت رئيسة هيئة الحقيقة والكرامة سهام بن سدرين أن الهيئة ستوقع الأسبوع القادم على اتفاقية شراكة "
            "مع الاتحاد العام التونسي للشغل.")
    linked = make(text, ("هيئة الحقيقة والكرامة", "ORG"), ("سهام بن سدرين", "PER"),
                  ("الاتحاد العام التونسي للشغل", "ORG"))
    (t,) = treaties(linked)
    assert labels(t.parties) == {"هيئة الحقيقة والكرامة", "الاتحاد العام التونسي للشغل"}
    assert t.status == "to-be-signed"


def test_a_side_named_as_a_group_of_states_is_that_group_not_the_speakers_state():
    text = ("وقال وزير الخارجية الكويتي إن المباحثات تناولت شرح الاتفاق النووي بين إيران والسداسية الدولية.")
    linked = make(text, ("إيران", "LOC"))
    (t,) = treaties(linked)
    assert labels(t.parties) == {"إيران", "السداسية الدولية"}


def test_a_ministry_located_in_its_state_stands_for_that_state():
    text = ("وقع الجانبان أمس مذكرة تفاهم في مجال الصحة بين وزارة الصحة بالمملكة الأردنية الهاشمية "
            "ووزارة الصحة في العراق.")
    linked = make(text, ("وزارة الصحة", "ORG"), ("بالمملكة الأردنية الهاشمية", "LOC", "الأردن"),
                  ("ووزارة الصحة", "ORG", "وزارة الصحة"), ("العراق", "LOC"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q810", "Q796"}


def test_a_list_of_bodies_goes_on_past_the_place_that_locates_the_first():
    text = ("وجرى التوقيع على اتفاقية تعاون في مجال النقل الجوي بين الهيئة العامة للطيران المدني في الكويت، "
            "ووكالة الطيران المدني الفرنسية.")
    linked = make(text, ("الهيئة العامة للطيران المدني", "ORG"), ("الكويت", "LOC"),
                  ("ووكالة الطيران المدني الفرنسية", "ORG", "وكالة الطيران المدني الفرنسية"))
    (t,) = treaties(linked)
    assert labels(t.parties) == {"الهيئة العامة للطيران المدني", "وكالة الطيران المدني الفرنسية"}


def test_a_relative_clause_names_the_signing_subject_and_its_partner():
    text = ("التقى السفير الكندي في واشنطن جون دو أعضاء الكونجرس للتحذير من الاتفاق الذي أبرمته "
            "الولايات المتحدة وخمس دول غربية أخرى (مجموعة 5+1) مع إيران حول برنامج طهران النووي.")
    linked = make(text, ("واشنطن", "LOC"), ("جون دو", "PER"), ("الكونجرس", "ORG"), ("الولايات المتحدة", "LOC"),
                  ("إيران", "LOC"), ("طهران", "LOC"))
    (t,) = extract_facts(linked).treaties
    assert {p.entity.label for p in t.parties} == {"الولايات المتحدة", "إيران"}


def test_an_unnamed_partner_after_ma_is_not_guessed_from_a_later_phrase():
    text = ("وأشار المصدر إلى التطورات المتمثلة في الاتفاق النووي الذي وقعته طهران مع المجتمع الدولي، "
            "والتقارب الكبير بين المملكة وروسيا.")
    linked = make(text, ("طهران", "LOC"), ("المملكة", "LOC"), ("وروسيا", "LOC", "روسيا"))
    assert not any(len(t.parties) == 2 or "روسيا" in labels(t.parties) for t in extract_facts(linked).treaties)


def test_a_state_body_cut_off_its_state_by_the_ner_stands_for_the_state():
    text = "وافق مجلس الوزراء على مشروع اتفاقية عامة للتعاون بين السعودية وحكومة جمهورية ساحل العاج، والتوقيع عليه."
    linked = make(text, ("مجلس الوزراء", "ORG"), ("السعودية", "LOC"), ("وحكومة جمهورية", "LOC", "حكومة جمهورية"),
                  ("ساحل العاج", "LOC"))
    (t,) = extract_facts(linked).treaties
    assert {p.entity.label for p in t.parties} == {"المملكة العربية السعودية", "ساحل العاج"}


def test_each_side_a_signatory_signs_on_behalf_of_is_a_party():
    text = ("ووقع الاتفاقية عن الجانب السعودي وزير المالية سامي الحداد، وعن الجانب المصري وزير الاستثمار "
            "فلان الفلاني.")
    (t,) = extract_facts(make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))).treaties
    assert {p.entity.label for p in t.parties} == {"المملكة العربية السعودية", "مصر"}


def test_a_ministry_whose_adjective_stands_before_the_place_that_locates_it_stands_for_that_state():
    text = ("وافق المجلس على اتفاقية بين وزارة العدل في جمهورية مصر العربية ووزارة العدل الاتحادية في جمهورية "
            "النمسا في شأن التعاون القضائي.")
    linked = make(text, ("وزارة العدل", "ORG"), ("جمهورية مصر العربية", "LOC"), ("ووزارة العدل", "ORG", "وزارة العدل"),
                  ("جمهورية النمسا", "LOC", "النمسا"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q79", "Q40"}


def test_a_government_whose_name_holds_its_state_stands_for_that_state():
    text = "وصادق البرلمان على اتفاقية للتعاون الفني بين حكومة الجمهورية اللبنانية وحكومة اليونان."
    linked = make(text, ("البرلمان", "ORG"), ("حكومة الجمهورية اللبنانية", "ORG"),
                  ("وحكومة اليونان", "ORG", "حكومة اليونان"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q822", "Q41"}


def test_a_state_named_in_quotes_after_its_bare_government_stands_for_the_state():
    text = "وافق مجلس الوزراء على مشروع اتفاقية عامة للتعاون بين السعودية وحكومة جمهورية «جزر القمر»، والتوقيع عليه."
    linked = make(text, ("مجلس الوزراء", "ORG"), ("السعودية", "LOC"), ("وحكومة جمهورية", "ORG", "حكومة جمهورية"),
                  ("جزر القمر", "LOC"))
    (t,) = treaties(linked)
    assert "حكومة جمهورية" not in labels(t.parties) and len(t.parties) == 2


def test_the_with_phrase_after_the_area_of_a_signed_memorandum_is_a_party():
    text = "وقعت جامعة الساحل مذكرة تفاهم في مجال البحث العلمي والتطوير في قطاع الطاقة مع شركة الواحة للكهرباء."
    linked = make(text, ("جامعة الساحل", "ORG"), ("شركة الواحة للكهرباء", "ORG"))
    (t,) = treaties(linked)
    assert labels(t.parties) == {"جامعة الساحل", "شركة الواحة للكهرباء"}


def test_nisbas_joined_by_a_dash_are_both_parties():
    text = "وقال وزير الخارجية الفنزويلي خوان بيريز إن الاتفاق البرازيلي - الأرجنتيني في مجال الطاقة لم يكتمل بعد."
    (t,) = treaties(make(text, ("خوان بيريز", "PER")))
    assert qids(t.parties) == {"Q155", "Q414"}


def test_a_group_of_states_before_a_named_one_after_bayna_is_a_party_and_the_speaker_is_not():
    text = "وقال وزير الخارجية الكندي جون سميث إن الاتفاق الذي وقع مؤخرا بين القوى الكبرى وكوبا حول التجارة سيصمد."
    (t,) = treaties(make(text, ("جون سميث", "PER"), ("وكوبا", "LOC", "كوبا")))
    assert qids(t.parties) == {"Q241", None} and labels(t.parties) == {"القوى الكبرى", "كوبا"}


def test_a_ministry_located_in_a_state_the_kb_lacks_stands_for_that_place():
    text = ("وافق المجلس على مشروع مذكرة تفاهم في شأن المشاورات السياسية بين وزارة الخارجية في مصر "
            "ووزارة الخارجية في الدانمارك، والتوقيع عليه.")
    linked = make(text, ("وزارة الخارجية", "ORG"), ("مصر", "LOC"), ("ووزارة الخارجية", "ORG", "وزارة الخارجية"),
                  ("الدانمارك", "LOC"))
    (t,) = treaties(linked)
    assert labels(t.parties) == {"مصر", "الدانمارك"}


def test_a_signing_with_no_side_named_gets_no_single_guessed_side():
    text = ("وقال وزير الخارجية السعودي فيصل الحربي إن الدبلوماسية وسيلة لتوثيق الصلات الثقافية "
            "وفض المنازعات وتوقيع اتفاقيات سلام.")
    found = treaties(make(text, ("فيصل الحربي", "PER")))
    assert all(not t.parties for t in found)


def test_two_treaties_of_the_same_states_signed_on_different_dates_stay_two():
    text = ("واستندت الحكومة إلى اتفاقية التعاون الأمني الموقعة في 12 مارس 2004 بين وزارتي داخلية الأردن وتونس.\n"
            "ووقعت حكومتا البلدين بروتوكول التعاون في مجال التدريب بين الأردن وتونس في 3 مايو 2016.\n"
            "ويهدف البروتوكول إلى تبادل الخبرات.")
    linked = make(text, ("الأردن", "LOC"), ("وتونس", "LOC", "تونس"), ("الأردن", "LOC"), ("وتونس", "LOC", "تونس"))
    found = treaties(linked)
    assert sorted(t.date.iso for t in found) == ["2004-03-12", "2016-05-03"]
    assert all(qids(t.parties) == {"Q810", "Q948"} for t in found)
    assert len({t.key for t in found}) == 2
    assert next(t for t in found if t.date.iso == "2016-05-03").evidence == (1, 2)


def test_a_treaty_repeated_with_its_date_and_a_finer_one_stays_one():
    text = ("ووقعت الأردن وتونس اتفاقية للتعاون الأمني في مايو 2016.\n"
            "وكانت الأردن وتونس قد وقعتا اتفاقية التعاون الأمني في 3 مايو 2016 في عمان.")
    linked = make(text, ("الأردن", "LOC"), ("وتونس", "LOC", "تونس"), ("الأردن", "LOC"), ("وتونس", "LOC", "تونس"),
                  ("عمان", "LOC"))
    (t,) = treaties(linked)
    assert t.evidence == (0, 1)


def test_ala_waqi_is_in_the_wake_of_not_a_signing():
    text = ("جاءت المواقف الأوروبية التي سمعها الوفد اليمني على وقع تأثر التقييم الأوروبي للأحداث في اليمن "
            "بالاتفاق النووي مع إيران.")
    linked = make(text, ("اليمن", "LOC"), ("إيران", "LOC"))
    assert all(len(t.parties) < 2 for t in treaties(linked))


def test_agreements_between_a_named_group_of_people_get_no_guessed_states():
    text = ("وزار رئيس الحكومة التونسية بوركينا فاسو على رأس وفد كبير.\n"
            "كما تم التوقيع على اتفاقيات ثنائية بين رجال الأعمال.")
    linked = make(text, ("بوركينا فاسو", "LOC"))
    assert all(len(t.parties) < 2 for t in treaties(linked))


def test_agreements_between_the_two_countries_still_get_the_article_pair():
    text = ("وزار رئيس الحكومة التونسية بوركينا فاسو على رأس وفد كبير.\n"
            "كما تم التوقيع على اتفاقيات ثنائية بين البلدين.")
    linked = make(text, ("بوركينا فاسو", "LOC"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q948", "Q965"}


def test_two_states_that_reached_an_agreement_in_the_feminine_dual_are_its_parties():
    text = "وأعلنت الرئاسة أن الأردن وتونس توصلتا إلى اتفاق لتسوية الديون."
    (t,) = treaties(make(text, ("الأردن", "LOC"), ("وتونس", "LOC", "تونس")))
    assert qids(t.parties) == {"Q810", "Q948"} and t.status == "signed"


def test_tawqi_after_an_is_the_subjunctive_signing_verb():
    text = "ومن المقرر أن توقع الكويت والبحرين اتفاقية لتجنب الازدواج الضريبي."
    (t,) = treaties(make(text, ("الكويت", "LOC"), ("والبحرين", "LOC", "البحرين")))
    assert qids(t.parties) == {"Q817", "Q398"} and t.status == "to-be-signed"


def test_tawqi_as_expects_is_no_signing_verb():
    text = "وتوقع الكويت والبحرين أن تتراجع الأسعار بعد الاتفاق النووي."
    found = treaties(make(text, ("الكويت", "LOC"), ("والبحرين", "LOC", "البحرين")))
    assert all(len(t.parties) < 2 for t in found)


def test_aqada_right_before_a_treaty_noun_concludes_it():
    text = "وكانت ليبيا قد عقدت اتفاقية سرية مع المنظمة الدولية للهجرة."
    (t,) = treaties(make(text, ("ليبيا", "LOC"), ("المنظمة الدولية للهجرة", "ORG")))
    assert labels(t.parties) == {"ليبيا", "المنظمة الدولية للهجرة"} and t.status == "signed"


def test_aqada_a_meeting_is_no_treaty_signing():
    text = "وعقدت ليبيا اجتماعا مع المنظمة الدولية للهجرة لبحث الاتفاق مع تونس."
    found = treaties(make(text, ("ليبيا", "LOC"), ("المنظمة الدولية للهجرة", "ORG"), ("تونس", "LOC")))
    assert all(len(t.parties) < 2 for t in found)


def test_a_bodys_counterpart_named_by_its_nisba_is_that_state():
    text = "وجرى التوقيع على مذكرة تفاهم بين وزارة الطاقة الأردنية ونظيرتها المصرية."
    (t,) = treaties(make(text, ("وزارة الطاقة الأردنية", "ORG")))
    assert qids(t.parties) == {"Q810", "Q79"}


def test_a_second_signing_verb_after_a_comma_opens_the_next_treatys_clause():
    text = "ووقعت الأردن مع مصر اتفاقية للربط الكهربائي، كما وقعت مع العراق مذكرة تفاهم في مجال النفط."
    found = treaties(make(text, ("الأردن", "LOC"), ("مصر", "LOC"), ("العراق", "LOC")))
    assert sorted(sorted(qids(t.parties)) for t in found) == [["Q79", "Q810"], ["Q796", "Q810"]]


def test_a_cue_with_the_lam_of_purpose_after_the_treaty_is_its_aim_not_its_status():
    text = "وقع وزير الخارجية الأردني ونظيره المغربي اتفاقية لإلغاء التأشيرات."
    (t,) = treaties(make(text))
    assert t.status == "signed"


def test_qama_bil_tawqi_is_a_signing_done():
    text = "وصل وزير الخارجية الكويتي إلى بغداد أمس. وقام الوزير بالتوقيع على مذكرة تفاهم مع نظيره العراقي."
    (t,) = treaties(make(text, ("بغداد", "LOC")))
    assert qids(t.parties) == {"Q817", "Q796"} and t.status == "signed"


def test_the_subject_after_the_treaty_noun_that_is_the_verbs_object_signs():
    text = "ووقع على الاتفاقية كل من مصر والسودان."
    (t,) = treaties(make(text, ("مصر", "LOC"), ("والسودان", "LOC", "السودان")))
    assert qids(t.parties) == {"Q79", "Q1049"} and t.status == "signed"


def test_the_agent_of_a_passive_signing_after_the_treaty_noun_signs():
    text = "ووقعت مذكرة التفاهم من قبل سلطنة عمان ومملكة البحرين."
    (t,) = treaties(make(text, ("سلطنة عمان", "LOC", "عمان"), ("ومملكة البحرين", "LOC", "البحرين")))
    assert qids(t.parties) == {"Q842", "Q398"}


def test_a_place_after_the_object_of_the_signing_verb_is_no_signatory():
    text = "ووقعت مذكرة التفاهم في مسقط بحضور عدد من المسؤولين."
    assert all(len(t.parties) < 2 for t in treaties(make(text, ("مسقط", "LOC"))))


def test_a_project_after_the_treaty_noun_is_what_it_funds_not_a_draft():
    text = "ووقع البنك الإسلامي للتنمية وحكومة جيبوتي اتفاقية لتمويل مشروع للمياه."
    (t,) = treaties(make(text, ("البنك الإسلامي للتنمية", "ORG"), ("وحكومة جيبوتي", "ORG", "حكومة جيبوتي")))
    assert t.status == "signed" and "Q977" in qids(t.parties)


def test_a_draft_before_the_treaty_noun_is_proposed():
    text = "ووافق مجلس الوزراء على تفويض وزير الخارجية بالتباحث في شأن مشروع اتفاقية بين الأردن وتونس."
    (t,) = treaties(make(text, ("الأردن", "LOC"), ("وتونس", "LOC", "تونس")))
    assert t.status == "proposed"


def test_protocol_of_agreement_is_one_instrument_whose_parties_come_late():
    text = ("تم أمس بتونس إمضاء بروتوكول اتفاق يتعلق بالتعاون في مجال الصحة والتكوين المهني بين حكومة الجمهورية "
            "التونسية وحكومة المملكة المغربية.")
    linked = make(text, ("بتونس", "LOC", "تونس"), ("حكومة الجمهورية التونسية", "ORG"),
                  ("حكومة المملكة المغربية", "ORG"))
    (t,) = treaties(linked)
    assert qids(t.parties) == {"Q948", "Q1028"}
    assert (t.label, t.status) == ("بروتوكول اتفاق", "signed")


def test_sponsorship_contract_is_between_a_club_and_its_sponsor():
    text = "وقع نادي الهلال عقد رعاية مع شركة الاتصالات السعودية لمدة ثلاث سنوات."
    linked = make(text, ("نادي الهلال", "ORG"), ("شركة الاتصالات السعودية", "ORG"))
    (t,) = treaties(linked)
    assert {r.entity.label for r in t.parties} == {"نادي الهلال", "شركة الاتصالات السعودية"}
    assert t.label == "عقد رعاية"



def test_a_bare_government_with_a_union_is_the_state_the_union_s_name_holds():
    text = "وقعت الحكومة والاتحاد العام التونسي للشغل اتفاقا حول الزيادة في الأجور."
    linked = make(text, ("والاتحاد العام التونسي للشغل", "ORG", "الاتحاد العام التونسي للشغل"))
    (t,) = treaties(linked)
    assert {r.entity.label for r in t.parties} == {"تونس", "الاتحاد العام التونسي للشغل"}


def test_an_agreement_reached_with_the_government_is_with_the_subject_s_own_state():
    text = "وقد توصل الاتحاد العام التونسي للشغل إلى اتفاق مع الحكومة يقضي بصرف الزيادة في الأجور."
    (t,) = treaties(make(text, ("الاتحاد العام التونسي للشغل", "ORG")))
    assert {r.entity.label for r in t.parties} == {"تونس", "الاتحاد العام التونسي للشغل"}


def test_a_foreign_body_named_with_its_nisba_gives_no_state_to_a_bare_government():
    text = "وكشف مدير المؤسسة عن اتفاق مع الحكومة والهلال الإماراتي بشأن إمداد المحطة بمولدات."
    assert not treaties(make(text, ("والهلال الإماراتي", "ORG", "الهلال الإماراتي")))


def test_a_sponsorship_contract_takes_no_state_from_its_sponsor_s_nisba():
    text = ("قدمت شركة غاز قطر عرضا لرعاية النادي، وأشار المصدر إلى أن إدارة الزعيم بصدد توقيع عقد الرعاية مع "
            "الشركة القطرية.")
    assert not treaties(make(text, ("قطر", "LOC"), ("الشركة القطرية", "ORG")))


def test_the_news_agency_of_the_dateline_is_no_party_of_the_treaty_reported():
    text = ("واس- نيروبي: أقامت المملكة العربية السعودية علاقات دبلوماسية مع جمهورية ملاوي. ووقع مندوب المملكة "
            "على اتفاقية إقامة العلاقات الدبلوماسية.")
    linked = make(text, ("واس", "ORG", "وكالة الأنباء السعودية"), ("نيروبي", "LOC"),
                  ("المملكة العربية السعودية", "LOC"), ("جمهورية ملاوي", "LOC", "ملاوي"))
    assert all("وكالة الأنباء السعودية" not in {r.entity.label for r in t.parties} for t in treaties(linked))


def test_the_city_that_names_a_treaty_does_not_sign_it():
    text = ("ولا يخلو الحال مع فنزويلا من أمرين، فقادتها إما أنهم يكذبون على العالم حينما وقعوا اتفاقية ماستريخت، "
            "وإما أنهم يكذبون على شعبهم.")
    found = treaties(make(text, ("فنزويلا", "LOC"), ("ماستريخت", "LOC")))
    assert all("ماستريخت" not in {r.entity.label for r in t.parties} for t in found)


def test_between_them_after_a_listed_pair_of_bodies_is_that_pair():
    text = ("ويقام الملتقى بالتعاون بين جامعة الخليج للعلوم والهيئة العربية للطيران، تفعيلا لاتفاقية التعاون "
            "التي تم توقيعها بينهما في الرباط.")
    linked = make(text, ("جامعة الخليج", "ORG"), ("والهيئة العربية للطيران", "ORG", "الهيئة العربية للطيران"),
                  ("الرباط", "LOC"))
    (t,) = treaties(linked)
    assert {r.entity.label for r in t.parties} == {"جامعة الخليج", "الهيئة العربية للطيران"}
