"""Small towns below the population cut, admitted on news-corpus evidence (kg/link/kb/build/towns.py)."""

from __future__ import annotations

from pathlib import Path

from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.towns import TownCount, read_town_counts, settle_towns
from kg.link.kb.model import default_kb


def test_a_name_written_after_a_settlement_noun_is_attested() -> None:
    assert TownCount("ينبع", count=800, after_noun=98, countries="SA").attested


def test_a_common_word_rarely_after_a_settlement_noun_is_not() -> None:
    # الخبر 'the news': thousands of uses, a few dozen after مدينة
    assert not TownCount("الخبر", count=2600, after_noun=51, countries="SA").attested


def test_too_few_uses_after_a_noun_are_no_evidence() -> None:
    assert not TownCount("برقين", count=4, after_noun=4, countries="PS").attested


def test_a_name_of_towns_in_two_countries_is_not_admitted() -> None:
    assert not TownCount("البيضاء", count=641, after_noun=158, countries="LY,YE").attested


def test_a_tribe_name_is_not_admitted() -> None:
    assert not TownCount("بني حسن", count=40, after_noun=8, countries="TN").attested


def test_a_name_read_as_mostly_something_else_is_not_admitted() -> None:
    assert not TownCount("دوما", count=411, after_noun=112, countries="SY").attested


def test_counts_are_read_from_the_tsv(tmp_path: Path) -> None:
    path = tmp_path / "towns.tsv"
    path.write_text("name\tcount\tafter_noun\tcountries\nينبع\t800\t98\tSA\n", encoding="utf-8")
    assert read_town_counts(path)["ينبع"] == TownCount("ينبع", 800, 98, "SA")


def _town(name: str, qid: str | None = None) -> EntryDraft:
    d = EntryDraft(id=f"city:XA:{len(name)}", kind="City", qid=qid, town=True)
    d.add_label_ar(name)
    return d


def test_a_town_named_as_another_entry_is_dropped_and_the_rest_are_homographs(tmp_path: Path) -> None:
    seat = EntryDraft(id="city:XA:seat", kind="City", qid="Q10")
    seat.add_label_ar("ألفا")
    kept = settle_towns([_town("ألفا"), _town("بيتاوي", "Q10"), _town("جاما")], [seat], Summary(out=tmp_path))
    assert [d.labels_ar for d in kept] == [{"جاما": "جاما"}]
    assert kept[0].homographs == ["جاما"]


def test_the_shipped_kb_has_a_red_sea_port_town_as_a_homograph_city() -> None:
    entry = default_kb().get("city:SA:yanbu")
    assert entry is not None and entry.qid == "Q466027" and "ينبع" in entry.homographs_ar
