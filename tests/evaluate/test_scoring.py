"""The scorer on small hand-made golds and hand-made query rows (never the dev set)."""

from __future__ import annotations

import pytest

from kg.evaluate.gold import parse_gold
from kg.evaluate.report import SCORE_NAMES
from kg.evaluate.score import Rows, score

WD = "http://www.wikidata.org/entity/"
KG = "https://kg.example.org/entity/"


def ent(key, ar, en, type_="PER", qid=None, mentions=None, adjectival=(), required=True, guess=None):
    e = {"key": key, "type": type_, "canonical_ar": ar, "canonical_en": en, "qid": qid,
         "mentions": list(mentions if mentions is not None else [ar]), "required": required}
    if adjectival:
        e["adjectival_mentions"] = list(adjectival)
    if guess:
        e["qid_guess"] = guess
    return e


ENTITIES = [
    ent("sisi", "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", qid="Q307871",
        mentions=["عبد الفتاح السيسي", "السيسي", "للسيسي"]),
    ent("lavrov", "سيرغي لافروف", "Sergey Lavrov", qid="Q58217", mentions=["سيرغي لافروف", "لافروف"]),
    ent("moussa", "عمرو موسى", "Amr Moussa"),
    ent("cairo", "القاهرة", "Cairo", "LOC", guess="Q85", mentions=["القاهرة", "بالقاهرة"]),
    ent("egypt", "مصر", "Egypt", "LOC", qid="Q79", adjectival=["المصري"]),
    ent("russia", "روسيا", "Russia", "LOC", qid="Q159", mentions=[], adjectival=["الروسي"], required=False),
    ent("league", "جامعة الدول العربية", "Arab League", "ORG", qid="Q7172"),
]


def gold(entities=ENTITIES, officials=(), meetings=(), treaties=(), doc="a1.txt", **more):
    docs = {doc: {"entities": list(entities), "officials": list(officials), "meetings": list(meetings),
                  "treaties": list(treaties)}, **more}
    return parse_gold({"_meta": {"version": 1}, **docs})


def entity_row(iri, label, qid=None, doc="a1"):
    return {"entity": KG + iri, "type": "x", "label": label, "wikidata": WD + qid if qid else None, "doc": doc}


def post_row(person, role_label, of=None, of_label=None, qid=None, doc="a1", role="post/1"):
    return {"person": KG + person, "personLabel": person, "wikidata": WD + qid if qid else None,
            "role": KG + role, "roleLabel": role_label, "of": KG + of if of else None, "ofLabel": of_label,
            "doc": doc}


def meeting_rows(iri, *members, doc="a1", place=None, date=None):
    """members: (label, qid or None); place: (label, qid or None)."""
    return [{"meeting": KG + iri, "participant": KG + label, "participantLabel": label,
             "participantWikidata": WD + q if q else None,
             "place": KG + place[0] if place else None, "placeLabel": place[0] if place else None,
             "placeWikidata": WD + place[1] if place and place[1] else None,
             "date": date, "status": "held", "doc": doc} for label, q in members]


def treaty_rows(iri, *parties, doc="a1"):
    if not parties:
        return [{"treaty": KG + iri, "treatyLabel": "اتفاقية", "party": None, "partyLabel": None, "doc": doc}]
    return [{"treaty": KG + iri, "treatyLabel": "اتفاقية", "party": KG + label, "partyLabel": label,
             "partyWikidata": WD + q if q else None, "doc": doc} for label, q in parties]


SISI, LAVROV, MOUSSA = ("عبد الفتاح السيسي", None), ("لافروف", None), ("عمرو موسى", None)
EGYPT, RUSSIA, LEAGUE, CAIRO = ("مصر", "Q79"), ("روسيا", "Q159"), ("جامعة الدول العربية", None), ("القاهرة", None)


# -- references and entities --------------------------------------------------------------------


def test_an_entity_is_found_by_its_wikidata_iri_or_by_a_label_with_clitics():
    rows = Rows(entities=[entity_row("1", "للسيسي"),  # a listed mention
                          entity_row("2", "Sergei Lavrov", "Q58217"),  # QID only
                          entity_row("3", "وبالقاهرة")])  # two clitics on a listed mention
    r = score(gold(), rows).entities
    assert (r.recall.hits, r.recall.total) == (3, 6)
    assert {m.id for m in r.missed} == {"moussa", "egypt", "league"}


def test_a_qid_guess_matches_but_only_confirmed_qids_are_scored_for_linking():
    rows = Rows(entities=[entity_row("1", "Cairo", "Q85"), entity_row("2", "مصر", "Q79")])
    r = score(gold(), rows).entities
    assert r.recall.hits == 2
    assert (r.linking.hits, r.linking.total) == (1, 1)  # Egypt only: Cairo's QID is a guess


def test_a_found_entity_linked_to_another_qid_is_a_linking_error():
    rows = Rows(entities=[entity_row("1", "السيسي", "Q1"), entity_row("2", "لافروف")])
    r = score(gold(), rows).entities
    assert r.recall.hits == 2
    assert (r.linking.hits, r.linking.total) == (0, 2)
    assert [w.id for w in r.wrong_links] == ["sisi", "lavrov"]


def test_entity_precision_accepts_optional_entities_and_adjectival_forms_only():
    rows = Rows(entities=[entity_row("1", "الروسي"), entity_row("2", "روسيا"), entity_row("3", "المصري"),
                          entity_row("4", "الوزارة")])
    r = score(gold(), rows).entities
    assert (r.precision.hits, r.precision.total) == (3, 4)
    assert [u.text for u in r.unmatched] == ["الوزارة"]
    assert r.recall.hits == 0  # an adjective finds no entity; optional Russia is not in recall
    assert r.recall.total == 6


def test_rows_of_another_document_never_count():
    rows = Rows(entities=[entity_row("1", "السيسي", doc="a2")])
    report = score(gold(), rows)
    assert report.entities.recall.hits == 0
    assert report.entities.precision.total == 0
    assert any("a2" in w for w in report.warnings)


def test_a_reference_resolves_to_an_entity_of_another_document():
    other = {"entities": [ent("saudi", "المملكة العربية السعودية", "Saudi Arabia", "LOC", qid="Q851",
                              mentions=["المملكة العربية السعودية", "السعودية"])]}
    g = gold(officials=[{"person_qid": "Q307871", "person_en": "Sisi", "role_ar": "سفير", "of": "Q851"}],
             **{"b.txt": other})
    rows = Rows(officials=[post_row("السيسي", "سفير", "saudi", "السعودية")])
    assert score(g, rows).officials.recall.hits == 1
    assert not g.warnings


def test_a_reference_to_nothing_is_reported_and_matches_nothing():
    g = gold(officials=[{"person_qid": "Nobody Known", "person_en": "x", "role_ar": "وزير"}])
    assert g.warnings and "Nobody Known" in g.warnings[0]
    assert score(g, Rows(officials=[post_row("Nobody Known", "وزير")])).officials.recall.hits == 0


# -- officials -----------------------------------------------------------------------------------

SISI_PRESIDENT = {"person_qid": "Q307871", "person_en": "Sisi", "role_ar": "رئيس الجمهورية", "of": "Q79"}


def test_an_official_counts_with_the_person_the_head_noun_and_the_country():
    rows = Rows(officials=[post_row("السيسي", "الرئيس", "egypt", "مصر")])
    r = score(gold(officials=[SISI_PRESIDENT]), rows).officials
    assert (r.recall.hits, r.recall.total) == (1, 1)


def test_a_post_without_its_country_does_not_count():
    rows = Rows(officials=[post_row("السيسي", "رئيس")])
    r = score(gold(officials=[SISI_PRESIDENT]), rows).officials
    assert r.recall.hits == 0
    assert "country" in r.missed[0].reason


def test_a_post_of_the_wrong_country_does_not_count_but_of_alt_does():
    wrong = Rows(officials=[post_row("السيسي", "رئيس", "russia", "روسيا")])
    assert score(gold(officials=[SISI_PRESIDENT]), wrong).officials.recall.hits == 0
    with_alt = {**SISI_PRESIDENT, "of_alt": ["Q159"]}
    assert score(gold(officials=[with_alt]), wrong).officials.recall.hits == 1


def test_the_country_of_a_post_may_match_through_its_wikidata_link_in_the_entities_rows():
    rows = Rows(entities=[entity_row("country/eg", "Arab Republic", "Q79")],
                officials=[post_row("السيسي", "رئيس", "country/eg", "Arab Republic")])
    assert score(gold(officials=[SISI_PRESIDENT]), rows).officials.recall.hits == 1


def test_the_country_of_a_post_may_match_through_its_wikidata_link_when_the_article_never_names_it():
    post = post_row("السيسي", "رئيس", "country/eg", "Arab Republic")
    assert score(gold(officials=[SISI_PRESIDENT]), Rows(officials=[post])).officials.recall.hits == 0
    linked = Rows(officials=[post], post_links=[{"doc": "a1", "of": KG + "country/eg", "wikidata": WD + "Q79"}])
    assert score(gold(officials=[SISI_PRESIDENT]), linked).officials.recall.hits == 1
    elsewhere = Rows(officials=[post], post_links=[{"doc": "a2", "of": KG + "country/eg", "wikidata": WD + "Q79"}])
    assert score(gold(officials=[SISI_PRESIDENT]), elsewhere).officials.recall.hits == 0


def test_the_post_must_contain_the_gold_head_noun_as_a_word():
    king = {"person_qid": "Q307871", "person_en": "Sisi", "role_ar": "الملك", "of": "Q79"}
    ambassador_of_the_kingdom = Rows(officials=[post_row("السيسي", "سفير المملكة", "egypt", "مصر")])
    assert score(gold(officials=[king]), ambassador_of_the_kingdom).officials.recall.hits == 0
    minister = Rows(officials=[post_row("السيسي", "وزير الخارجية", "egypt", "مصر")])
    assert score(gold(officials=[SISI_PRESIDENT]), minister).officials.recall.hits == 0


def test_head_nouns_accept_the_feminine_and_the_readmes_synonyms():
    spokeswoman = {"person_qid": "Q307871", "person_en": "x", "role_ar": "الناطقة باسم الحكومة", "of": "Q79"}
    rows = Rows(officials=[post_row("السيسي", "المتحدث الرسمي", "egypt", "مصر")])
    assert score(gold(officials=[spokeswoman]), rows).officials.recall.hits == 1
    prime_minister = {"person_qid": "Q307871", "person_en": "x", "role_ar": "رئيسة الوزراء", "of": "Q79"}
    rows = Rows(officials=[post_row("السيسي", "رئيس الوزراء", "egypt", "مصر")])
    assert score(gold(officials=[prime_minister]), rows).officials.recall.hits == 1


def test_without_of_in_the_gold_person_and_post_are_enough():
    no_of = {"person_qid": "Q307871", "person_en": "Sisi", "role_ar": "رئيس"}
    assert score(gold(officials=[no_of]), Rows(officials=[post_row("السيسي", "رئيس")])).officials.recall.hits == 1


def test_a_person_with_no_post_is_told_apart_from_a_person_the_tool_never_found():
    found_without_post = Rows(entities=[entity_row("1", "السيسي")], officials=[post_row("لافروف", "وزير")])
    r = score(gold(officials=[SISI_PRESIDENT]), found_without_post).officials
    assert r.missed[0].reason == "no post for this person"
    never_found = Rows(entities=[entity_row("2", "لافروف")], officials=[post_row("لافروف", "وزير")])
    r = score(gold(officials=[SISI_PRESIDENT]), never_found).officials
    assert r.missed[0].reason == "no post: the person is not among the tool's entities"


def test_officials_marked_not_required_are_not_scored():
    optional = {**SISI_PRESIDENT, "required": False}
    r = score(gold(officials=[optional, {**SISI_PRESIDENT, "person_qid": "Q58217"}]), Rows()).officials
    assert r.recall.total == 1


# -- meetings ------------------------------------------------------------------------------------


def meeting(mid, participants, countries=(), required=True, **more):
    return {"id": mid, "participants": list(participants), "participant_countries": list(countries),
            "place": None, "date": None, "required": required, **more}


SISI_LAVROV = meeting("M1", ["Q307871", "Q58217"], ["Q79", "Q159"])


def test_a_meeting_with_every_gold_participant_matches():
    rows = Rows(meetings=meeting_rows("m1", SISI, LAVROV, EGYPT))
    r = score(gold(meetings=[SISI_LAVROV]), rows).meetings
    assert (r.recall.hits, r.recall.total, r.precision.hits, r.precision.total) == (1, 1, 1, 1)


def test_a_meeting_matches_through_every_country_plus_one_gold_person():
    assert score(gold(meetings=[SISI_LAVROV]),
                 Rows(meetings=meeting_rows("m1", SISI, EGYPT, RUSSIA))).meetings.recall.hits == 1
    countries_only = Rows(meetings=meeting_rows("m1", EGYPT, RUSSIA))
    assert score(gold(meetings=[SISI_LAVROV]), countries_only).meetings.recall.hits == 0
    one_person_one_country = Rows(meetings=meeting_rows("m1", SISI, EGYPT))
    assert score(gold(meetings=[SISI_LAVROV]), one_person_one_country).meetings.recall.hits == 0


def test_a_meeting_listing_every_entity_of_the_article_does_not_count():
    everything = Rows(meetings=meeting_rows("m1", SISI, LAVROV, MOUSSA, EGYPT, RUSSIA, LEAGUE, CAIRO))
    r = score(gold(meetings=[SISI_LAVROV]), everything).meetings
    assert (r.recall.hits, r.precision.hits, r.precision.total) == (0, 0, 1)
    assert "عمرو موسى" in r.missed[0].reason
    assert r.unmatched[0].id == KG + "m1"


def test_a_missed_meeting_tells_a_participant_never_found_from_one_found_but_left_out():
    entities = [entity_row("sisi", "عبد الفتاح السيسي", "Q307871")]
    rows = Rows(entities=entities, meetings=meeting_rows("m1", SISI, MOUSSA))
    reason = score(gold(meetings=[SISI_LAVROV]), rows).meetings.missed[0].reason
    assert "Q58217 (not among the tool's entities)" in reason
    found = Rows(entities=[*entities, entity_row("lavrov", "سيرغي لافروف", "Q58217")],
                 meetings=meeting_rows("m1", SISI, MOUSSA))
    reason = score(gold(meetings=[SISI_LAVROV]), found).meetings.missed[0].reason
    assert "lacks Q58217," in reason and "Q58217 (not among" not in reason


def test_a_missed_treaty_says_which_lacking_party_the_tool_never_found():
    rows = Rows(entities=[entity_row("egypt", "مصر", "Q79")], treaties=treaty_rows("t1", EGYPT))
    t = {"id": "T1", "name_ar": "اتفاقية", "name_en": "x", "parties": ["Q79", "Q159"], "required": True}
    reason = score(gold(treaties=[t]), rows).treaties.missed[0].reason
    assert reason.startswith("closest tool record lacks Q159 (not among the tool's entities)")


def test_extra_participants_are_allowed_up_to_half_the_gold_participants_and_at_least_one():
    assert score(gold(meetings=[SISI_LAVROV]),
                 Rows(meetings=meeting_rows("m1", SISI, LAVROV, MOUSSA))).meetings.recall.hits == 1
    assert score(gold(meetings=[SISI_LAVROV]),
                 Rows(meetings=meeting_rows("m1", SISI, LAVROV, MOUSSA, LEAGUE))).meetings.recall.hits == 0
    summit = meeting("M2", ["Q307871", "Q58217", "Amr Moussa", "Q7172"])
    two_extra = Rows(meetings=meeting_rows("m1", SISI, LAVROV, MOUSSA, LEAGUE, ("A", None), ("B", None)))
    assert score(gold(meetings=[summit]), two_extra).meetings.recall.hits == 1
    three_extra = Rows(meetings=meeting_rows("m1", SISI, LAVROV, MOUSSA, LEAGUE, ("A", None), ("B", None),
                                             ("C", None)))
    assert score(gold(meetings=[summit]), three_extra).meetings.recall.hits == 0


def test_one_tool_meeting_matches_at_most_one_gold_meeting():
    call = meeting("M2", ["Q307871", "Q58217"], ["Q79", "Q159"], type="phone call")
    one = Rows(meetings=meeting_rows("m1", SISI, LAVROV))
    r = score(gold(meetings=[SISI_LAVROV, call]), one).meetings
    assert (r.recall.hits, r.recall.total) == (1, 2)
    two = Rows(meetings=[*meeting_rows("m1", SISI, LAVROV), *meeting_rows("m2", LAVROV, SISI, EGYPT)])
    assert score(gold(meetings=[SISI_LAVROV, call]), two).meetings.recall.hits == 2


def test_a_tool_meeting_goes_to_the_gold_meeting_it_fits_most_closely():
    lavrov_alone = meeting("M0", ["Q58217"], ["Q159"], required=False)  # smaller, listed first
    rows = Rows(meetings=meeting_rows("m1", SISI, LAVROV))
    r = score(gold(meetings=[lavrov_alone, SISI_LAVROV]), rows).meetings
    assert r.recall.hits == 1
    assert r.matched == (("a1", "M1", KG + "m1"),)


def test_meeting_precision_counts_matches_with_optional_gold_meetings():
    optional = meeting("M3", ["Amr Moussa", "Q7172"], required=False)
    rows = Rows(meetings=[*meeting_rows("m1", MOUSSA, LEAGUE), *meeting_rows("m2", SISI, CAIRO)])
    r = score(gold(meetings=[SISI_LAVROV, optional]), rows).meetings
    assert (r.recall.hits, r.recall.total) == (0, 1)
    assert (r.precision.hits, r.precision.total) == (1, 2)


def test_a_gold_meeting_without_participants_matches_through_its_countries_only():
    unnamed = meeting("M4", [], ["Q79", "Q159"], required=False)
    assert score(gold(meetings=[unnamed]), Rows(meetings=meeting_rows("m1", MOUSSA))).meetings.precision.hits == 0
    both = Rows(meetings=meeting_rows("m1", EGYPT, RUSSIA))
    assert score(gold(meetings=[unnamed]), both).meetings.precision.hits == 1


def test_place_and_iso_date_are_checked_on_matched_meetings():
    dated = {**SISI_LAVROV, "place": "Cairo", "date": "2017-05-02"}
    rows = Rows(meetings=meeting_rows("m1", SISI, LAVROV, place=("القاهرة", None), date="2017-05-02"))
    r = score(gold(meetings=[dated]), rows).meetings
    assert (r.secondary["place"].hits, r.secondary["date"].hits) == (1, 1)
    rows = Rows(meetings=meeting_rows("m1", SISI, LAVROV, place=("Moscow", "Q649"), date="2017-05-03"))
    r = score(gold(meetings=[dated]), rows).meetings
    assert (r.secondary["place"].hits, r.secondary["place"].total) == (0, 1)
    assert (r.secondary["date"].hits, r.secondary["date"].total) == (0, 1)
    assert r.recall.hits == 1  # secondary fields never undo a match
    month = {**dated, "date_precision": "the day is not stated; accept 2017-05"}
    assert score(gold(meetings=[month]), rows).meetings.secondary["date"].hits == 1


def test_place_alt_is_an_accepted_place():
    dated = {**SISI_LAVROV, "place": "Cairo", "place_alt": ["Q79"]}
    rows = Rows(meetings=meeting_rows("m1", SISI, LAVROV, place=EGYPT))
    assert score(gold(meetings=[dated]), rows).meetings.secondary["place"].hits == 1


# -- treaties ------------------------------------------------------------------------------------


def treaty(tid, parties, required=True, **more):
    return {"id": tid, "name_ar": "اتفاقية", "parties": list(parties), "required": required, **more}


def test_a_treaty_needs_every_gold_party_and_at_most_one_other():
    t = treaty("T1", ["Q79", "Q159"])
    assert score(gold(treaties=[t]), Rows(treaties=treaty_rows("t1", EGYPT, RUSSIA, LEAGUE))).treaties.recall.hits == 1
    assert score(gold(treaties=[t]), Rows(treaties=treaty_rows("t1", EGYPT, LEAGUE))).treaties.recall.hits == 0
    too_many = Rows(treaties=treaty_rows("t1", EGYPT, RUSSIA, LEAGUE, CAIRO))
    r = score(gold(treaties=[t]), too_many).treaties
    assert (r.recall.hits, r.precision.hits, r.precision.total) == (0, 0, 1)


def test_parties_alt_is_an_alternative_list_of_parties():
    t = treaty("T1", ["Q79", "Q159"], parties_alt=["Amr Moussa", "Q7172"])
    assert score(gold(treaties=[t]), Rows(treaties=treaty_rows("t1", MOUSSA, LEAGUE))).treaties.recall.hits == 1


def test_one_tool_treaty_matches_at_most_one_gold_treaty():
    both = [treaty("T1", ["Q79", "Q159"]), treaty("T2", ["Q79", "Q159"])]
    r = score(gold(treaties=both), Rows(treaties=treaty_rows("t1", EGYPT, RUSSIA))).treaties
    assert (r.recall.hits, r.recall.total) == (1, 2)


def test_a_gold_treaty_without_parties_matches_nothing_and_partyless_tool_treaties_are_not_in_precision():
    unnamed = treaty("T0", [], required=False)
    rows = Rows(treaties=[*treaty_rows("t1", EGYPT), *treaty_rows("t2")])
    r = score(gold(treaties=[unnamed]), rows).treaties
    assert (r.precision.hits, r.precision.total) == (0, 1)


def test_treaty_duration_and_articles_are_checked_when_the_gold_gives_them():
    t = treaty("T1", ["Q79", "Q159"], duration_years=5)
    rows = [{**row, "durationYears": "5"} for row in treaty_rows("t1", EGYPT, RUSSIA)]
    r = score(gold(treaties=[t]), Rows(treaties=rows)).treaties
    assert (r.secondary["duration_years"].hits, r.secondary["duration_years"].total) == (1, 1)
    assert r.secondary["articles"].total == 0


# -- the report ----------------------------------------------------------------------------------


def test_the_json_gives_every_headline_figure_by_dotted_name_and_as_nested_objects():
    rows = Rows(entities=[entity_row("1", "السيسي", "Q307871")],
                meetings=meeting_rows("m1", SISI, LAVROV, MOUSSA, LEAGUE, CAIRO))
    data = score(gold(meetings=[SISI_LAVROV], treaties=[treaty("T1", ["Q79", "Q159"])]), rows).as_dict()
    assert set(data["scores"]) == set(SCORE_NAMES) == {
        "entities.recall", "entities.precision", "entities.linking", "officials.recall",
        "meetings.recall", "meetings.precision", "treaties.recall", "treaties.precision"}
    for name in SCORE_NAMES:
        kind, measure = name.split(".")
        assert data[kind][measure] == pytest.approx(data["scores"][name], abs=1e-4) or data[kind][measure] is None
    assert data["entities"]["recall"] == pytest.approx(1 / 6)
    assert data["meetings"]["precision"] == 0.0
    assert data["treaties"]["precision"] is None  # no tool treaty: nothing to divide
    assert data["meetings"]["missed"][0]["id"] == "M1"
    assert data["meetings"]["unmatched"][0]["doc"] == "a1"
    assert data["treaties"]["missed"][0]["reason"] == "no tool record in this document"
