"""The office holders in the curated KB files: every post row is sourced, dated sensibly
and held by a person who exists; every holder's QID says how well it is confirmed."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from kg.link.kb.model import QID_CONFIDENCE, ROLES

CURATED = Path(__file__).resolve().parents[2] / "kg" / "link" / "kb" / "curated"
POST_FILES = ("posts.tsv", "holders_posts.tsv")
PERSON_FILES = ("persons.tsv", "holders_persons.tsv")


def _rows(name: str) -> list[dict[str, str]]:
    with (CURATED / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _parse(value: str) -> date:
    """`YYYY[-MM[-DD]]` as the first day it can mean (a year alone is 1 January)."""
    parts = [int(p) for p in value.split("-")]
    return date(*(parts + [1] * (3 - len(parts))))


def _post_rows() -> list[tuple[str, dict[str, str]]]:
    return [(f"{name} line {i}", row) for name in POST_FILES for i, row in enumerate(_rows(name), start=2)]


PERSON_IDS = {row["id"] for name in PERSON_FILES for row in _rows(name)}


@pytest.mark.parametrize("where, row", _post_rows(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_post_row_has_a_source_parsable_dates_in_order_and_an_existing_person(where, row):
    assert row["source"].strip(), f"{where}: no source"
    assert row["role"] in ROLES, where
    dates = {k: _parse(row[k]) for k in ("start", "end", "as_of") if row[k].strip()}
    if "start" in dates and "end" in dates:
        assert dates["start"] <= dates["end"], f"{where}: start {row['start']} after end {row['end']}"
    assert row["person"] in PERSON_IDS, f"{where}: unknown person {row['person']}"


def test_a_year_alone_parses_and_a_malformed_date_does_not():
    assert _parse("2015") == date(2015, 1, 1)
    assert _parse("2015-04-29") == date(2015, 4, 29)
    with pytest.raises(ValueError):
        _parse("2015-13")


def test_every_person_with_a_qid_says_how_many_sources_confirm_it():
    for name in PERSON_FILES:
        for row in _rows(name):
            if row["qid"]:
                assert row["qid_confidence"] in QID_CONFIDENCE, f"{name}: {row['id']}"
                sources = [s for s in row["qid_source"].split("|") if s]
                if row["qid_confidence"] == "two-source":
                    assert len(sources) >= 2, f"{name}: {row['id']} is two-source with {sources}"
            else:
                assert not row["qid_confidence"], f"{name}: {row['id']} has a confidence but no QID"


def test_holders_come_from_both_lists_where_both_name_them():
    """A mined holder is two-source only when a Wikidata list and a Wikipedia list both give the QID."""
    for row in _rows("holders_persons.tsv"):
        sources = row["qid_source"].split("|")
        wikipedia = [s for s in sources if s.endswith(("scraped.csv", "wikipedia.csv"))]
        wikidata = [s for s in sources if s.endswith(("holders21.csv", "wikidata.csv"))]
        assert wikidata, row["id"]
        assert (row["qid_confidence"] == "two-source") == bool(wikipedia), row["id"]
