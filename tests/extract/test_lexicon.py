"""Event lexicons as data: the TSV loader and the treaty lexicon's evidence."""

from __future__ import annotations

import pytest

from kg.extract import lexicon


def test_a_lexicon_row_gives_its_class_form_and_count():
    lex = lexicon.parse("t", "# comment\nhead\tاتفاقية\t712\tagreement\nmemorandum\tمذكرة تفاهم\t59\n")
    assert lex.keys("head") == {"اتفاقيه"} and lex.count("اتفاقية") == 712
    assert lex.pairs("memorandum") == {"مذكره": frozenset({"تفاهم"})}


def test_a_malformed_row_names_its_line():
    with pytest.raises(ValueError, match="t.tsv line 2"):
        lexicon.parse("t", "head\tاتفاق\t5\nhead\tمعاهدة\n")


def test_every_treaty_entry_has_corpus_evidence_or_names_its_paradigm():
    lex = lexicon.load("treaties")
    assert len(lex.entries) > 100
    for e in lex.entries:
        assert e.count > 0 or e.note.startswith("paradigm of"), e


def test_every_event_kind_is_declared_with_codes_roles_and_a_lexicon_that_loads():
    kinds = lexicon.event_kinds()
    assert {"meeting", "call", "visit", "treaty"} <= set(kinds)
    for k in kinds.values():
        assert k.cameo.isdigit() and k.plover and k.roles
        lex = lexicon.load(k.lexicon)
        assert {e.cls for e in lex.entries} <= set().union(*(x.roles for x in kinds.values() if x.lexicon == k.lexicon))


def test_a_meeting_row_names_its_kind_and_a_starred_word_admits_possessives():
    lex = lexicon.parse("m", "host\tفي استقبال*\t410\t\treception\nleader\tبرئاسة\t771\n")
    host, leader = lex.entries
    assert host.kind == "reception" and leader.kind is None and host.role == "host"
    assert "استقباله" in host.words[1] and leader.words == (frozenset({"برئاسه"}),)
