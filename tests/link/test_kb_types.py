"""Type checks of the KB (issue 18, item 2): a city is a settlement in its source, a capital
is the one the country lists name, with the capital lists' QID — over the whole shipped KB."""

from __future__ import annotations

from kg.link.kb.audit import type_violations
from kg.link.kb.build.settlement import StateIndex, adm_reason
from kg.link.kb.model import KBEntry, KnowledgeBase, SourceRef, read_kb, shipped_kb_path

STATES = StateIndex([
    {"country_code": "XB", "iso2": "05", "iso3166_2": "XB-05", "name": "Northdale", "native": "নর্থডেল জেলা",
     "type": "district", "level": "2", "population": "49000", "wikiDataId": ""},
    {"country_code": "XB", "iso2": "10", "iso3166_2": "XB-10", "name": "Southgram", "native": "সাউথ জেলা",
     "type": "district", "level": "2", "population": "", "wikiDataId": ""},
    {"country_code": "XM", "iso2": "MEK", "iso3166_2": "XM-MEK", "name": "Oldtown", "native": "",
     "type": "prefecture", "level": "2", "population": "", "wikiDataId": "Q111"},
    {"country_code": "XI", "iso2": "23", "iso3166_2": "XI-23", "name": "Bigcity", "native": "",
     "type": "province", "level": "1", "population": "13000000", "wikiDataId": "Q222"},
])


def row(name, cc, state, pop, qid="", kind="city", native=""):
    return {"id": "1", "name": name, "country_code": cc, "state_code": state, "population": str(pop),
            "wikiDataId": qid, "type": kind, "native": native}


def test_a_town_row_with_its_districts_millions_is_the_district():
    assert "district XB-05" in adm_reason(row("Northdale", "XB", "05", 1_600_000), STATES)


def test_a_row_named_like_its_district_only_in_the_native_script_is_caught():
    assert adm_reason(row("Southgong", "XB", "10", 2_500_000, native="সাউথ"), STATES)


def test_a_town_named_after_its_district_with_a_towns_population_is_a_settlement():
    assert adm_reason(row("Northdale", "XB", "05", 40_000), STATES) is None


def test_a_row_carrying_a_prefectures_qid_is_the_prefecture():
    assert "prefecture XM-MEK" in adm_reason(row("Oldtown", "XM", "XX", 550_000, "Q111", "adm2"), STATES)


def test_a_city_named_like_its_first_level_province_keeps_its_own_qid():
    assert adm_reason(row("Bigcity", "XI", "23", 9_000_000, "Q333"), STATES) is None


def test_district_and_county_rows_are_not_settlements_by_type_or_name():
    assert "not a settlement type" in adm_reason(row("Northdale", "XB", "05", 10, kind="adm3x"), STATES)
    assert "administrative unit" in adm_reason(row("Northdale District", "XB", "05", 10), STATES)


def test_a_capital_city_state_is_left_to_the_capital_check():
    assert adm_reason(row("Northdale", "XB", "05", 1_600_000), STATES, capital=True) is None


def test_every_city_of_the_shipped_kb_is_a_settlement_and_every_capital_the_listed_one(kb_sources):
    kb = read_kb(shipped_kb_path())
    assert type_violations(kb, kb_sources) == []
    capitals = {e.id: e.qid for e in kb.entries if e.capital_of}
    assert capitals["city:BD:dhaka"] == "Q1354" and capitals["city:PT:lisbon"] == "Q597"
    assert not [e.id for e in kb.entries if e.id.startswith("city:BD:") and e.id != "city:BD:dhaka"]


def test_the_type_check_finds_a_prefecture_row_and_a_wrong_capital_qid(kb_sources):
    ref = SourceRef("dr5hn-countries-states-cities/cities_extract.tsv", "id=67163", "name", "ODbL-1.0")
    kb = KnowledgeBase((
        KBEntry("city:MA:meknes", "City", "Q3408890", ("مكناس",), ("Meknes",), sources=(ref,)),
        KBEntry("city:PT:lisbon", "City", "Q33690701", ("لشبونة",), ("Lisbon",), capital_of="country:PT"),
        KBEntry("city:PT:porto", "City", None, ("بورتو",), ("Porto",), capital_of="country:PT"),
    ))
    found = {(f.entry, f.detail.split(":")[0]) for f in type_violations(kb, kb_sources)}
    assert found == {("city:MA:meknes", "not a settlement"),
                     ("city:PT:lisbon", "capital QID Q33690701, the capital lists give Q597"),
                     ("city:PT:porto", "capital of PT, but the country lists name ['lisbon']")}
