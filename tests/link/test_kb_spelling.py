"""Spelling checks (issue 18, item 3): a city's Arabic label is from a reviewed source or
attested in the raw news corpus; other names are aliases, with their counts kept."""

from __future__ import annotations

from kg.link.kb.build.attest import attest_names
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.model import read_kb, shipped_kb_path
from kg.link.kb.spelling import ATTESTED_MIN, count_names, spelling_variants
from kg.link.normalize import match_key


def test_names_are_counted_as_whole_words_after_proclitics():
    lines = ["وصل الوفد إلى سبها أمس", "في الدار البيضاء وللقاهرة", "والقاهرة وبالدار البيضاء", "سبهاوي"]
    assert count_names(["سبها", "الدار البيضاء", "القاهرة", "صبحا"], lines) == {
        "سبها": 1, "الدار البيضاء": 2, "القاهرة": 2, "صبحا": 0}


def test_a_transliteration_slip_is_two_confusable_swaps_away():
    assert "سبها" in spelling_variants("صبحا")
    assert "صبحا" not in spelling_variants("صبحا")


def _city(label: str, cldr: str | None = None) -> EntryDraft:
    d = EntryDraft(id="city:XX:x", kind="City")
    if cldr:
        d.add_label_ar(cldr)
        d.reviewed_ar.add(match_key(cldr))
    d.add_label_ar(label)
    return d


def test_an_unattested_source_label_becomes_an_alias_and_keeps_its_count():
    d = _city("صبحا")
    assert attest_names([d], {"صبحا": 2}, Summary(out=None)) == 1
    assert list(d.labels_ar.values()) == [] and list(d.aliases_ar.values()) == ["صبحا"]
    assert d.name_counts == {"صبحا": 2}


def test_attested_and_reviewed_labels_stay_labels():
    d = _city("مسقط", cldr="مسقط")
    attested = _city("سبها")
    assert attest_names([d, attested], {"مسقط": 0, "سبها": ATTESTED_MIN}, Summary(out=None)) == 0
    assert list(attested.labels_ar.values()) == ["سبها"] and list(d.labels_ar.values()) == ["مسقط"]


def test_every_city_label_of_the_shipped_kb_is_reviewed_or_attested():
    kb = read_kb(shipped_kb_path())
    for e in kb.of_kind("City"):
        counts = dict(e.name_counts)
        cldr = any(r.source.startswith("cldr/") for r in e.sources)
        for name in e.labels_ar:
            assert cldr or counts.get(name, 0) >= ATTESTED_MIN, (e.id, name, counts.get(name))
    sabha = kb["city:LY:sabha"]
    assert "صبحا" not in sabha.labels_ar and dict(sabha.name_counts)["صبحا"] < ATTESTED_MIN
