"""Two sources per QID (issue 18, item 1): which publishers confirm an entry's QID."""

from __future__ import annotations

from kg.link.kb.build.confirm import confidence, confirming_sources, source_key
from kg.link.kb.model import QID_CONFIDENCE, SourceRef, read_kb, shipped_kb_path


def ref(source, fld="qid", note=None):
    return SourceRef(source, "r", fld, "l", note)


def test_files_of_one_project_or_repository_are_one_source():
    assert source_key("dr5hn-countries-states-cities/states.csv") == source_key("dr5hn-countries-states-cities/x.tsv")
    assert source_key("github:waldenn/conzept@149bbc9:app/a.js") == "github:waldenn/conzept"
    assert source_key("github-index:123") == "github-index:123"
    assert source_key("https://www.example.org/a/b") == "example.org"


def test_one_project_twice_is_single_source_and_two_publishers_are_two():
    dr5hn = [ref("dr5hn-countries-states-cities/cities_extract.tsv", "wikiDataId"),
             ref("dr5hn-countries-states-cities/states.csv", "wikiDataId")]
    assert confidence(dr5hn) == "single-source"
    assert confidence([*dr5hn, ref("opensanctions-rigour/territories/ua_30.yml", note="confirms")]) == "two-source"


def test_a_source_that_gives_another_qid_or_only_a_name_does_not_confirm():
    refs = [ref("dr5hn-countries-states-cities/countries.json", "wikiDataId"),
            ref("opensanctions-rigour/territories/dk.yml", note="gives Q756617"),
            ref("mledoze-countries/countries.json", "name.common")]
    assert confirming_sources(refs) == ["dr5hn-countries-states-cities"]


def test_every_qid_of_the_shipped_kb_states_its_confidence_and_two_source_means_two():
    kb = read_kb(shipped_kb_path())
    for e in kb.entries:
        if e.qid:
            assert e.qid_confidence in QID_CONFIDENCE, e.id
            if e.kind != "Person" and e.qid_confidence == "two-source":  # persons: the mined lists decide
                assert len(confirming_sources(e.sources)) >= 2, e.id


def test_the_disputed_unhcr_qid_follows_the_majority_and_is_logged():
    kb = read_kb(shipped_kb_path())
    assert kb.get("org:UNHCR").qid == "Q132551"
    assert any(d.startswith("org:UNHCR: Q132551 (not Q28606331") for d in kb.meta["qid_decisions"])
    # Singapore: Natural Earth and the capital list give Q334, the country item (a city-state)
    assert kb.get("city:SG:singapore").qid is None and kb.get("country:SG").qid == "Q334"
    assert any(d.startswith("city:SG:singapore (Singapore): Q191698 → none") for d in kb.meta["qid_decisions"])
    assert not any("city:SG:singapore" in d for d in kb.meta["qid_disagreements"])
    # San José: the other QID was a duplicate row's, dropped before the capital list is read
    assert kb.get("city:CR:san-jose").qid == "Q3070"
    assert not any("city:CR:san-jose" in d for d in kb.meta["qid_disagreements"])
