"""Natural Earth as the second QID source for cities (issue 18): confirm, dispute, fill, decide."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.link.kb.build.confirm import confidence
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.naturalearth import confirm_cities, km, read_places
from kg.link.kb.model import SourceRef

HEADER = "iso2\tname\tname_ascii\tname_alt\tname_en\tfeaturecla\tlat\tlon\tpop_max\tgeonameid\tqid\n"
SOURCE = "github:example/ne@0123456:places.7z"


def _places(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "ne.tsv"
    path.write_text(f"# source: {SOURCE} (Natural Earth, public domain)\n" + HEADER + "".join(rows), encoding="utf-8")
    return path


def _city(cc: str, name: str, qid: str | None, lat: float, lon: float, capital: bool = False) -> EntryDraft:
    d = EntryDraft(id=f"city:{cc}:{name.lower()}", kind="City", qid=qid, country=f"country:{cc}", lat=lat, lon=lon)
    d.add_label_en(name)
    d.capital_of = f"country:{cc}" if capital else None
    if qid:
        d.sources.append(SourceRef("dr5hn-countries-states-cities/cities_extract.tsv", "id=1", "wikiDataId",
                                   "ODbL-1.0"))
    return d


def test_the_file_names_its_source_and_commit(tmp_path):
    source, places = read_places(_places(tmp_path, "XA\tAlpha\tAlpha\t\tAlpha\tPopulated place\t10\t20\t5\t7\tQ11\n"))
    assert source == SOURCE and places[0].qid == "Q11" and "alpha" in places[0].names


def test_distance_is_great_circle_kilometres():
    assert km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.05)


def test_the_same_qid_nearby_makes_a_city_two_source_and_gives_its_geonames_id(tmp_path):
    path = _places(tmp_path, "XA\tAlpha\tAlpha\t\tAlpha\tAdmin-1 capital\t10.05\t20.05\t5\t777\tQ11\n")
    d = _city("XA", "Alpha", "Q11", 10.0, 20.0)
    summary = Summary(out=tmp_path)
    confirm_cities([d], set(), {}, summary, path)
    assert confidence(d.sources) == "two-source" and d.geonames_id == "777" and summary.ne_confirmed == 1


def test_a_point_too_far_away_confirms_nothing(tmp_path):
    path = _places(tmp_path, "XA\tAlpha\tAlpha\t\tAlpha\tPopulated place\t12\t22\t5\t777\tQ11\n")
    d = _city("XA", "Alpha", "Q11", 10.0, 20.0)
    confirm_cities([d], set(), {}, Summary(out=tmp_path), path)
    assert confidence(d.sources) == "single-source"


def test_another_qid_for_the_same_named_place_is_a_written_disagreement(tmp_path):
    path = _places(tmp_path, "XA\tAlpha\tAlpha\t\tAlpha\tPopulated place\t10\t20\t5\t777\tQ12\n")
    d = _city("XA", "Alpha", "Q11", 10.0, 20.0)
    summary = Summary(out=tmp_path)
    confirm_cities([d], set(), {}, summary, path)
    assert d.qid == "Q11" and confidence(d.sources) == "single-source"
    assert summary.qid_disagreements and "is Q12; kept Q11" in summary.qid_disagreements[0]


def test_a_third_source_that_agrees_with_natural_earth_decides(tmp_path):
    path = _places(tmp_path, "XA\tAlpha\tAlpha\t\tAlpha\tAdmin-0 capital\t10\t20\t5\t777\tQ12\n")
    d = _city("XA", "Alpha", "Q11", 10.0, 20.0, capital=True)
    summary = Summary(out=tmp_path)
    confirm_cities([d], set(), {"XA": ("Q12", "Alpha")}, summary, path)
    assert d.qid == "Q12" and d.other_qids == ["Q11"] and summary.qid_decisions


def test_a_city_state_whose_capital_is_the_country_item_keeps_no_qid(tmp_path):
    path = _places(tmp_path, "XA\tAlpha\tAlpha\t\tAlpha\tAdmin-0 capital\t10\t20\t5\t777\tQ99\n")
    d = _city("XA", "Alpha", "Q11", 10.0, 20.0, capital=True)
    confirm_cities([d], {"Q99"}, {"XA": ("Q99", "Alpha")}, Summary(out=tmp_path), path)
    assert d.qid is None and d.other_qids == ["Q11"]


def test_a_city_without_a_qid_takes_the_named_place_s_as_single_source(tmp_path):
    path = _places(tmp_path, "XA\tAlpha\tAlpha\t\tAlpha\tPopulated place\t10\t20\t5\t777\tQ12\n",
                   "XA\tBeta\tBeta\t\tBeta\tPopulated place\t30\t40\t5\t778\tQ13\n")
    alpha, beta = _city("XA", "Alpha", None, 10.0, 20.0), _city("XA", "Beta", None, 30.0, 40.0)
    confirm_cities([alpha, beta], {"Q13"}, {}, Summary(out=tmp_path), path)
    assert alpha.qid == "Q12" and confidence(alpha.sources) == "single-source"
    assert beta.qid is None  # Q13 is another entry's: never two entries with one QID


def test_a_third_lookup_settles_a_natural_earth_disagreement_in_the_shipped_kb():
    from kg.link.kb import default_kb

    kb = default_kb()
    casablanca, montreal = kb["city:MA:casablanca"], kb["city:CA:montreal"]
    assert casablanca.qid == "Q7903" and "Q649078" in casablanca.other_qids
    assert casablanca.qid_confidence == "two-source"
    assert montreal.qid == "Q340" and "Q2826806" in montreal.other_qids  # the agglomeration, an ADM2 unit
    assert montreal.qid_confidence == "single-source"
    assert any(d.startswith("city:MA:casablanca (Casablanca): Q649078 → Q7903") for d in kb.meta["qid_decisions"])
    assert not any(d.startswith(("city:MA:casablanca", "city:CA:montreal")) for d in kb.meta["qid_disagreements"])
