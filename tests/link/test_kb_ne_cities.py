"""New city entries from Natural Earth's populated places (issues 18 and 13): which places
are added, with which names and QID confidence, and that news sentences link them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.link.kb.build.confirm import confidence
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.ne_cities import add_ne_cities, mark_unreviewed_homographs
from kg.link.kb.build.readers import Zone
from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Mention, Sentence

HEADER = "iso2\tname\tname_ascii\tname_alt\tname_en\tname_ar\tfeaturecla\tlat\tlon\tpop_max\tgeonameid\tqid\n"
DR5HN_HEADER = ("id\tname\tname_ar\tnative\tcountry_code\tstate_code\ttype\tpopulation\tlatitude\tlongitude"
                "\twikiDataId\n")
ZONES = [Zone("Europe/Alpha", "XA", "Alpha", "ألفا")]


def _src(tmp_path: Path, *dr5hn_rows: str) -> Path:
    folder = tmp_path / "src" / "dr5hn-countries-states-cities"
    folder.mkdir(parents=True)
    (folder / "cities_extract.tsv").write_text(DR5HN_HEADER + "".join(dr5hn_rows), encoding="utf-8")
    return tmp_path / "src"


def _places(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "ne.tsv"
    path.write_text("# source: github:example/ne@0123456:places.7z (Natural Earth, public domain)\n" + HEADER
                    + "".join(rows), encoding="utf-8")
    return path


def _add(tmp_path: Path, rows: list[str], drafts: list[EntryDraft] = (),
         dr5hn: list[str] = ()) -> tuple[list[EntryDraft], Summary]:
    countries = {"XA": EntryDraft(id="country:XA", kind="Country", qid="Q1")}
    summary = Summary(out=tmp_path)
    added = add_ne_cities(_src(tmp_path, *dr5hn), [*countries.values(), *drafts], countries, ZONES, summary,
                          _places(tmp_path, *rows))
    return added, summary


def test_a_national_capital_the_kb_lacks_is_added_with_its_cldr_name_as_a_reviewed_label(tmp_path):
    added, summary = _add(tmp_path, ["XA\tAlpha\tAlpha\t\tAlpha\t\tAdmin-0 capital\t10\t20\t90000\t777\tQ11\n"])
    (d,) = added
    assert (d.id, d.qid, d.capital_of, d.geonames_id) == ("city:XA:alpha", "Q11", "country:XA", "777")
    assert list(d.labels_ar.values()) == ["ألفا"] and d.reviewed_ar
    assert (d.lat, d.lon) == (10.0, 20.0) and confidence(d.sources) == "single-source"
    assert summary.ne_added == 1


def test_a_dr5hn_row_with_the_same_qid_gives_the_arabic_name_and_a_second_source(tmp_path):
    added, _ = _add(tmp_path, ["XA\tBeta\tBeta\t\tBeta\t\tPopulated place\t11\t21\t2000000\t778\tQ12\n"],
                    dr5hn=["9\tBeta\tبيتا\tBeta\tXA\t01\tcity\t2000000\t11\t21\tQ12\n"])
    (d,) = added
    assert list(d.labels_ar.values()) == ["بيتا"] and not d.reviewed_ar
    assert confidence(d.sources) == "two-source"


def test_a_dr5hn_row_typed_as_an_administrative_unit_is_no_source(tmp_path):
    added, summary = _add(tmp_path, ["XA\tBeta\tBeta\t\tBeta\t\tPopulated place\t11\t21\t2000000\t778\tQ12\n"],
                          dr5hn=["9\tBeta\tبيتا\tBeta\tXA\t01\tprefecture\t2000000\t11\t21\tQ12\n"])
    assert added == [] and any("no Arabic name" in line for line in summary.dropped)


def test_admin1_capitals_below_the_population_threshold_are_not_added(tmp_path):
    added, _ = _add(tmp_path, ["XA\tTheta\tTheta\t\tTheta\tثيتا\tAdmin-1 capital\t11\t21\t40000\t790\tQ17\n"])
    assert added == []


def test_unreviewed_names_of_added_cities_are_homographs_cldr_names_are_not(tmp_path):
    rows = ["XA\tAlpha\tAlpha\t\tAlpha\t\tAdmin-0 capital\t10\t20\t90000\t777\tQ11\n",
            "XA\tEta\tEta\t\tEta\tإيتا\tPopulated place\t16\t26\t2000000\t783\tQ16\n"]
    added, _ = _add(tmp_path, rows)
    mark_unreviewed_homographs(added)
    assert [d.homographs for d in added] == [[], ["إيتا"]]


def test_a_place_whose_qid_or_english_name_the_kb_has_is_not_added_again(tmp_path):
    known = EntryDraft(id="city:XA:alpha", kind="City", country="country:XA", qid="Q99")
    known.add_label_en("Alpha")
    rows = ["XA\tAlpha\tAlpha\t\tAlpha\t\tAdmin-0 capital\t10\t20\t90000\t777\tQ11\n",
            "XA\tGamma\tGamma\t\tGamma\tغاما\tPopulated place\t12\t22\t900000\t779\tQ99\n"]
    added, _ = _add(tmp_path, rows, drafts=[known])
    assert added == []


def test_small_towns_historic_places_and_places_without_an_arabic_name_are_not_added(tmp_path):
    rows = ["XA\tDelta\tDelta\t\tDelta\tدلتا\tPopulated place\t13\t23\t20000\t780\tQ13\n",
            "XA\tEpsilon\tEpsilon\t\tEpsilon\tإبسيلون\tHistoric place\t14\t24\t2000000\t781\tQ14\n",
            "XA\tZeta\tZeta\t\tZeta\t\tPopulated place\t15\t25\t2000000\t782\tQ15\n"]
    added, summary = _add(tmp_path, rows)
    assert added == []
    assert any("Zeta" in line and "no Arabic name" in line for line in summary.dropped)


def test_a_large_place_with_a_natural_earth_arabic_name_is_added(tmp_path):
    added, _ = _add(tmp_path, ["XA\tEta\tEta\t\tEta\tإيتا\tPopulated place\t16\t26\t2000000\t783\tQ16\n"])
    assert [(d.qid, list(d.labels_ar.values())) for d in added] == [("Q16", ["إيتا"])]


def _names_file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "names_ar.tsv"
    path.write_text("# source: github:example/ne-vector@89abcde:places_110m.geojson (Natural Earth, public domain)\n"
                    "qid\tiso2\tname_en\tname_ar\n" + "".join(rows), encoding="utf-8")
    return path


def _add_named(tmp_path: Path, rows: list[str], names: list[str]) -> tuple[list[EntryDraft], Summary]:
    countries = {"XA": EntryDraft(id="country:XA", kind="Country", qid="Q1")}
    summary = Summary(out=tmp_path)
    added = add_ne_cities(_src(tmp_path), list(countries.values()), countries, ZONES, summary,
                          _places(tmp_path, *rows), _names_file(tmp_path, *names))
    return added, summary


def test_an_arabic_name_from_the_official_release_fills_an_extract_without_one_and_cites_it(tmp_path):
    added, _ = _add_named(tmp_path, ["XA\tIota\tIota\t\tIota\t\tAdmin-0 capital\t12\t22\t900000\t791\tQ18\n"],
                          ["Q18\tXA\tIota\tيوتا\n"])
    (d,) = added
    assert list(d.labels_ar.values()) == ["يوتا"] and d.capital_of == "country:XA"
    assert any(s.source == "github:example/ne-vector@89abcde:places_110m.geojson" and s.field == "name_ar"
               for s in d.sources)


def test_a_name_for_another_country_or_qid_is_not_used(tmp_path):
    added, _ = _add_named(tmp_path, ["XA\tIota\tIota\t\tIota\t\tAdmin-0 capital\t12\t22\t900000\t791\tQ18\n"],
                          ["Q18\tXB\tIota\tيوتا\n", "Q19\tXA\tIota\tيوتا\n"])
    assert added == []


def test_a_second_seat_is_added_but_is_not_the_capital(tmp_path):
    added, _ = _add_named(tmp_path, ["XA\tKappa\tKappa\t\tKappa\t\tAdmin-0 capital alt\t12\t22\t90000\t792\tQ20\n"],
                          ["Q20\tXA\tKappa\tكابا\n"])
    (d,) = added
    assert d.capital_of is None


def test_a_reviewed_common_word_from_the_names_file_does_not_become_a_place(tmp_path, monkeypatch):
    import kg.link.kb.build.ne_cities as ne_cities
    monkeypatch.setitem(ne_cities.CITY_NAME_REJECT, ("XA", "Lambda"), "a common word")
    added, summary = _add_named(tmp_path,
                                ["XA\tLambda\tLambda\t\tLambda\t\tAdmin-0 capital\t12\t22\t90000\t793\tQ21\n"],
                                ["Q21\tXA\tLambda\tلامدا\n"])
    assert added == [] and any("reviewed: a common word" in line for line in summary.dropped)


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


@pytest.mark.parametrize(("text", "name", "qid"), [
    ("وصل الوزير إلى مدريد في زيارة رسمية.", "مدريد", "Q2807"),
    ("عقد الاجتماع في روما بحضور الوزراء.", "روما", "Q220"),
])
def test_news_sentences_link_capitals_the_kb_lacked(linker, text, name, qid):
    start = text.index(name)
    mention = Mention(start, start + len(name), name, name, "LOC", 0.9, 0)
    doc = AnnotatedDocument(Document("t", text, "test"), (Sentence(0, 0, len(text)),), (), (mention,), "test")
    (entity,) = linker.link(doc).entities
    assert entity.qid == qid and entity.kind == "City"


def test_the_shipped_kb_has_capitals_whose_only_arabic_name_is_natural_earth_s():
    from kg.link.kb import default_kb
    entry = default_kb()["city:US:washington-d-c"]
    assert entry.qid == "Q61" and entry.capital_of == "country:US" and "واشنطن" in entry.labels_ar
    assert any("nvkelso/natural-earth-vector@" in s.source and s.field == "name_ar" for s in entry.sources)
