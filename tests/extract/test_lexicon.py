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
