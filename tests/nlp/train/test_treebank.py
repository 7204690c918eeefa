"""PUD → tokenizer/MWT training data: clitics joined into MWT tokens, Arabic punctuation, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.nlp.train import treebank

PUD = Path(__file__).resolve().parents[4] / "shared" / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu"


def _word(i: int, form: str, upos: str = "NOUN", misc: str = "_") -> list[str]:
    return [str(i), form, form, upos, "_", "_", "0", "root", "_", misc]


def test_joined_arabic_words_become_one_token_with_an_mwt_range():
    words = [_word(1, "قال"), _word(2, "ل", "ADP", "SpaceAfter=No"), _word(3, "أوباما", misc="SpaceAfter=No"),
             _word(4, ",", "PUNCT")]
    text, lines = treebank._convert(words, arabic_punct=True)
    assert text == "قال لاوباما،"
    assert lines[1].split("\t")[:2] == ["2-3", "لاوباما"]
    assert lines[1].endswith("SpaceAfter=No")
    assert lines[-1].split("\t")[1] == "،"


@pytest.mark.skipif(not PUD.exists(), reason=f"{PUD} not found")
def test_splits_group_five_sentences_per_paragraph(tmp_path):
    paths = treebank.write_splits(PUD, tmp_path, "ar_kg")
    train = paths["train"].read_text(encoding="utf-8")
    assert train.count("# sent_id") == 800
    assert train.count("# newpar") == 160
    assert "،" in train and "\t_\t_\t_\t_\t_\t_\t_\t" in train  # Arabic commas and MWT range lines
