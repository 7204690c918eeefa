"""`kg kb audit` (issue 18, item 6): the four lists over the whole KB; non-zero exit on a
type violation. CI runs this file, so CI runs the audit."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.link.kb.model import KBEntry, SourceRef, read_kb, shipped_kb_path, write_kb


def test_the_audit_of_the_shipped_kb_lists_everything_and_passes(kb_sources):
    result = CliRunner().invoke(main, ["kb", "audit", "--sources", str(kb_sources)])
    assert result.exit_code == 0, result.output
    for section in ("== type violations: 0", "== disagreements:", "== single-source:", "== unattested spellings:"):
        assert section in result.output
    assert "org:UNHCR: Q132551" in result.output
    assert "صبحا (2×, alias); news writes سبها" in result.output


def test_a_kb_with_an_administrative_row_as_a_city_fails_the_audit(kb_sources, tmp_path):
    meta = read_kb(shipped_kb_path()).meta
    ref = SourceRef("dr5hn-countries-states-cities/cities_extract.tsv", "id=67163", "name", "ODbL-1.0")
    path = tmp_path / "kb.jsonl.gz"
    write_kb(path, [KBEntry("city:MA:meknes", "City", "Q3408890", ("مكناس",), ("Meknes",), sources=(ref,))], meta)
    result = CliRunner().invoke(main, ["kb", "audit", "--sources", str(kb_sources), "--kb-file", str(path)])
    assert result.exit_code == 1
    assert "== type violations: 1" in result.output and "prefecture MA-MEK" in result.output


def test_the_audit_names_a_missing_sources_folder_in_one_line(tmp_path):
    result = CliRunner().invoke(main, ["kb", "audit", "--sources", str(tmp_path)])
    assert result.exit_code != 0 and "not a kb-sources folder" in result.output
