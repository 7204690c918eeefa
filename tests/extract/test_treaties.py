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


def test_coordinated_instruments_share_parties_and_areas():
    text = "ووقعت الجزائر وإيطاليا 15 اتفاقية ومذكرة تفاهم في مجالات الطاقة والصناعة والزراعة."
    found = treaties(make(text, ("الجزائر", "LOC"), ("وإيطاليا", "LOC", "إيطاليا")))
    assert {t.memorandum for t in found} == {False, True}
    for t in found:
        assert {p.entity.label for p in t.parties} == {"الجزائر", "إيطاليا"} and t.status == "signed"
        assert set(t.areas) == {"energy", "industry", "agriculture"}


def test_both_countries_are_not_the_place_of_signing():
    text = "وقّع وزيرا خارجية السعودية وإيران في بكين اتفاقا لاستئناف العلاقات الدبلوماسية بين البلدين."
    (t,) = treaties(make(text, ("السعودية", "LOC"), ("وإيران", "LOC", "إيران"), ("بكين", "LOC")))
    assert qids(t.parties) == {"Q851", "Q794"} and t.place.entity.qid == "Q956"
