"""First-level divisions of Arab states in the KB: built from states.csv and the news's noun + name pairs,
and linked when the text names them with their noun (`kg.link.kb.build.divisions`).

Build tests use a composed states.csv and pair table; linking tests use composed sentences.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.link.kb import default_kb
from kg.link.kb.build.confirm import confidence
from kg.link.kb.build.divisions import divisions
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.resolve import Linker
from tests.link.test_mentions import found

STATES = Path(__file__).resolve().parents[2] / "../shared/data/kb-sources/dr5hn-countries-states-cities/states.csv"
_COLUMNS = ("id", "name", "country_code", "iso3166_2", "type", "native", "latitude", "longitude", "wikiDataId")


def _sources(tmp_path: Path, rows: list[tuple[str, ...]], pairs: list[str]) -> tuple[Path, Path]:
    folder = tmp_path / "dr5hn-countries-states-cities"
    folder.mkdir()
    with (folder / "states.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(_COLUMNS)
        w.writerows(rows)
    table = tmp_path / "home_regions.tsv"
    table.write_text("# composed\ncountry\tnoun\tname\tparagraphs\n" + "".join(f"{p}\n" for p in pairs),
                     encoding="utf-8")
    return tmp_path, table


def _build(tmp_path: Path, rows, pairs, taken=None, own=(), spellings=(), bare=()) -> tuple[list[EntryDraft], Summary]:
    src, table = _sources(tmp_path, rows, pairs)
    own_names = tmp_path / "division_names.tsv"
    own_names.write_text("# composed\ncountry\tiso3166_2\tname\tparagraphs\n" + "".join(f"{r}\n" for r in own),
                         encoding="utf-8")
    spelled = tmp_path / "division_spellings.tsv"
    spelled.write_text("# composed\ncountry\tiso3166_2\tname\tparagraphs\tsource\trow\n"
                       + "".join(f"{r}\n" for r in spellings), encoding="utf-8")
    bare_names = tmp_path / "division_bare_names.tsv"
    bare_names.write_text("# composed\ncountry\tiso3166_2\tname\tparagraphs\n" + "".join(f"{r}\n" for r in bare),
                          encoding="utf-8")
    countries = {"XA": EntryDraft(id="country:XA", kind="Country")}
    summary = Summary(out=tmp_path / "kb.jsonl.gz")
    return divisions(src, countries, taken or {}, summary, table, own_names, spelled, bare_names), summary


_PALMS = ("1", "Nakheel", "XA", "XA-01", "region", "النخيل", "24.5", "46.5", "Q900001")
_VALLEY = ("2", "Wadi Fulan", "XA", "XA-02", "province", "وادي فلان", "25", "47", "Q900002")


def test_a_division_is_named_by_its_noun_and_name_with_its_source_qid_single_source(tmp_path):
    (d,), _ = _build(tmp_path, [_PALMS], ["country:XA\tمنطقة\tالنخيل\t12"])
    assert d.kind == "Place" and d.country == "country:XA"
    assert list(d.labels_ar.values()) == ["منطقة النخيل"]  # never the bare name: that is the city's
    assert d.qid == "Q900001" and confidence(d.sources) == "single-source"
    assert d.name_counts == {"منطقة النخيل": 12}
    assert any(s.source.endswith("states.csv") and s.row == "iso3166_2=XA-01" and s.field == "wikiDataId"
               for s in d.sources)
    assert any(s.source.endswith("home_regions.tsv") and "12" in (s.note or "") for s in d.sources)
    assert (d.lat, d.lon) == (24.5, 46.5)


def test_a_noun_that_does_not_name_the_row_s_type_makes_no_division(tmp_path):
    drafts, summary = _build(tmp_path, [_VALLEY], ["country:XA\tجهة\tوادي فلان\t3"])
    assert drafts == []
    assert any("وادي فلان" in line for line in summary.dropped)


def test_a_native_name_the_news_never_writes_after_its_noun_is_no_division(tmp_path):
    drafts, _ = _build(tmp_path, [_PALMS, _VALLEY], ["country:XA\tمنطقة\tالنخيل\t12"])
    assert [d.id for d in drafts] == ["place:XA-nakheel-region"]


def test_a_qid_another_entry_holds_is_not_given_twice_and_the_clash_is_logged(tmp_path):
    (d,), summary = _build(tmp_path, [_PALMS], ["country:XA\tمنطقة\tالنخيل\t12"],
                           taken={"Q900001": "city:XA:nakheel"})
    assert d.qid is None
    assert any("city:XA:nakheel" in line for line in summary.qid_disagreements)


_MIDDLE = ("3", "Middle Province", "XA", "XA-03", "region", "المنطقة الوسطى", "26", "45", "Q900003")


def test_a_source_name_that_carries_its_own_noun_is_the_division_s_name_as_written(tmp_path):
    (d,), _ = _build(tmp_path, [_MIDDLE], [], own=["country:XA\tXA-03\tالمنطقة الوسطى\t40"])
    assert list(d.labels_ar.values()) == ["المنطقة الوسطى"]  # not "منطقة المنطقة الوسطى"
    assert d.qid == "Q900003" and d.name_counts == {"المنطقة الوسطى": 40}
    assert any(s.source.endswith("division_names.tsv") and "40" in (s.note or "") for s in d.sources)


def test_a_name_as_written_joins_the_entry_its_noun_and_name_pair_made(tmp_path):
    (d,), _ = _build(tmp_path, [_PALMS], ["country:XA\tمنطقة\tالنخيل\t12"],
                     own=["country:XA\tXA-01\tالنخيل\t30"])
    assert sorted(d.labels_ar.values()) == ["النخيل", "منطقة النخيل"]


def test_a_name_as_written_that_is_not_its_row_s_native_name_makes_no_division(tmp_path):
    drafts, summary = _build(tmp_path, [_MIDDLE], [], own=["country:XA\tXA-03\tالمنطقة الغربية\t40"])
    assert drafts == []
    assert any("المنطقة الغربية" in line for line in summary.dropped)


_WRONG = ("4", "Hilltop", "XA", "XA-04", "region", "يحيي", "27", "41", "Q900004")  # a mistranslated native


def test_a_spelling_from_another_source_names_the_division_of_its_row_with_the_row_s_qid(tmp_path):
    (d,), _ = _build(tmp_path, [_WRONG], [],
                     spellings=["country:XA\tXA-04\tمنطقة التلال\t50\tgithub:example/regions@abc:r.json\tregion_id=4"])
    assert list(d.labels_ar.values()) == ["منطقة التلال"] and d.qid == "Q900004"
    assert any(s.source == "github:example/regions@abc:r.json" and s.row == "region_id=4" and s.field == "name_ar"
               for s in d.sources)


def test_the_name_the_news_writes_most_comes_first(tmp_path):
    (d,), _ = _build(tmp_path, [_PALMS], ["country:XA\tمنطقة\tالنخيل\t2"],
                     spellings=["country:XA\tXA-01\tمنطقة نخيل\t90\tgithub:example/r@abc:r.json\tid=1"])
    assert list(d.labels_ar.values()) == ["منطقة نخيل", "منطقة النخيل"]


def test_a_spelling_whose_noun_does_not_name_the_row_s_type_is_dropped(tmp_path):
    drafts, summary = _build(tmp_path, [_WRONG], [],
                             spellings=["country:XA\tXA-04\tمحافظة التلال\t50\tgithub:example/r@abc:r.json\tid=4"])
    assert drafts == [] and any("محافظة التلال" in line for line in summary.dropped)


# --- the shipped KB and the linker -------------------------------------------------------------


def _division(label: str):
    return next(e for e in default_kb().entries if e.kind == "Place" and label in e.labels_ar)


@pytest.mark.skipif(not STATES.exists(), reason="kb-sources not present")
def test_the_shipped_division_carries_its_states_row_qid_not_the_city_s():
    with STATES.open(encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["country_code"] == "SA" and r["name"] == "Riyadh")
    region = _division("منطقة الرياض")
    city = next(e for e in default_kb().entries if e.kind == "City" and "الرياض" in e.labels_ar)
    assert region.qid == row["wikiDataId"] != city.qid
    assert region.qid_confidence == "single-source"


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


@pytest.mark.parametrize("text, ner, surface, label", [
    ("وقال أمير منطقة الرياض إن المشروع سيكتمل العام المقبل.", "الرياض", "منطقة الرياض", "منطقة الرياض"),
    ("وافتتح المحافظ مستشفى جديدا في محافظة البصرة أمس.", "البصرة", "محافظة البصرة", "محافظة البصرة"),
    ("وتشهد ولاية صفاقس أمطارا غزيرة منذ الصباح.", "صفاقس", "ولاية صفاقس", "ولاية صفاقس"),
    ("وزار سامي الحداد مدارس بمنطقة تبوك.", "تبوك", "بمنطقة تبوك", "منطقة تبوك"),
    ("وقال أمير المنطقة الشرقية إن المشروع سيكتمل العام المقبل.", "الشرقية", "المنطقة الشرقية", "المنطقة الشرقية"),
    ("وافتتح سامي الحداد مصنعا جديدا بالمنطقة الشرقية أمس.", "الشرقية", "بالمنطقة الشرقية", "المنطقة الشرقية"),
    ("وقال أمير منطقة حائل إن المشروع سيكتمل العام المقبل.", "حائل", "منطقة حائل", "منطقة حائل"),
    ("وهطلت أمطار غزيرة على قرى منطقة جازان أمس.", "جازان", "منطقة جازان", "منطقة جازان"),
])
def test_a_name_after_its_division_s_noun_links_to_the_division(linker, text, ner, surface, label):
    got = found(linker, text, (ner, "LOC"))
    assert [(t, lbl, k) for t, lbl, _, k in got if lbl == label] == [(surface, label, f"kb:{_division(label).id}")]
    assert not [g for g in got if g[1] == ner]  # the city inside it gave way


@pytest.mark.skipif(not STATES.exists(), reason="kb-sources not present")
def test_the_eastern_province_is_named_as_its_source_writes_it_with_its_row_s_qid():
    with STATES.open(encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["country_code"] == "SA" and r["iso3166_2"] == "SA-04")
    region = _division(row["native"])
    assert region.qid == row["wikiDataId"] and region.country == "country:SA"


@pytest.mark.skipif(not STATES.exists(), reason="kb-sources not present")
@pytest.mark.parametrize("code, name", [("SA-06", "منطقة حائل"), ("SA-09", "منطقة جازان")])
def test_a_region_whose_source_arabic_is_wrong_takes_the_cited_spelling_and_keeps_its_row_s_qid(code, name):
    with STATES.open(encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["iso3166_2"] == code)
    assert name not in (f"منطقة {row['native']}",)  # the source's own Arabic is another word
    assert _division(name).qid == row["wikiDataId"]


def test_a_bare_name_that_is_also_a_city_stays_the_city(linker):
    got = found(linker, "ووصل الوفد إلى الرياض قادما من البصرة.", ("الرياض", "LOC"), ("البصرة", "LOC"))
    assert [k.split(":")[1] for _, _, _, k in got] == ["city", "city"]


def test_a_division_the_ner_missed_is_found_with_its_noun(linker):
    got = found(linker, "وهطلت أمطار على منطقة عسير أمس.")
    assert [(t, k) for t, _, _, k in got] == [("منطقة عسير", f"kb:{_division('منطقة عسير').id}")]


def test_a_bare_name_the_news_writes_alone_names_the_division_but_never_first(tmp_path):
    (d,), _ = _build(tmp_path, [_PALMS], ["country:XA\tمنطقة\tالنخيل\t12"], bare=["country:XA\tXA-01\tالنخيل\t40"])
    assert list(d.labels_ar.values()) == ["منطقة النخيل", "النخيل"]


def test_a_governorate_written_without_its_noun_links_to_the_division(linker):
    got = found(linker, "وتأتي الزيارة بعد أيام من بدء عملية تحرير الأنبار من سيطرة التنظيم.")
    assert [(label, key) for _, label, _, key in got] == [("الأنبار", "kb:place:IQ-al-anbar-governorate")]
