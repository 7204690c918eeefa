"""The extractors' word tables: token-level tables hold single words, or an entry could never match."""

from __future__ import annotations

import kg.extract.vocab as vocab

#: Tables the extractors also look up by joined neighbouring tokens ("كانون الثاني", "رئيسا الوزراء").
PHRASE_TABLES = {"MONTHS", "PLURAL_HEADS"}


def test_token_level_tables_hold_no_multi_word_entry():
    multi = {}
    for name in dir(vocab):
        table = getattr(vocab, name)
        if name in PHRASE_TABLES or not isinstance(table, (frozenset, set, dict)):
            continue
        words = [k for k in table if isinstance(k, str) and " " in k]
        if words:
            multi[name] = words
    assert multi == {}


def test_possessive_forms_leave_the_nisba_adjective_and_definite_nouns_alone():
    forms = vocab.with_suffixes(("اجتماع", "الاجتماع", "زيارة", "لقاء"))
    assert {"اجتماعه", "اجتماعها", "زيارتي", "لقائي", "لقائه"} <= forms
    assert not {"اجتماعي", "الاجتماعي", "الاجتماعه"} & forms  # social; the article takes no possessive
