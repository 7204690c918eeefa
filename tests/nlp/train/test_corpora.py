"""The NER corpus converters, on tiny fixtures and on the real corpora in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.nlp.train import corpora

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "newsfane-gold").exists(), reason=f"corpora not found in {DATA}")


def test_newsfane_clitics_are_glued_back_as_raw_news_writes_them():
    sentence = [("و", "O"), ("الصادرات", "O"), ("ان", "O"), ("ه", "O"), ("ل", "O"), ("روسيا", "B-LOC"),
                ("د", "B-ORG"), ("ب", "I-ORG"), ("ا", "I-ORG")]
    assert corpora._reattach_clitics(sentence) == [
        ("والصادرات", "O"), ("انه", "O"), ("لروسيا", "B-LOC"), ("د", "B-ORG"), ("ب", "I-ORG"), ("ا", "I-ORG")]


def test_bio_repair_and_tag_mapping():
    assert corpora.repair_bio([("a", "O"), ("b", "I-PER"), ("c", "I-LOC")]) == [
        ("a", "O"), ("b", "B-PER"), ("c", "B-LOC")]
    assert corpora._newsfane_tag("B-Politician") == "B-PER"
    assert corpora._newsfane_tag("I-Population-Center") == "I-LOC"
    assert corpora._newsfane_tag("B-Book") == "B-MISC"
    assert corpora._aqmar_tag("I--ORG") == "I-ORG" and corpora._aqmar_tag("B-MIS2") == "B-MISC"
    assert corpora._aqmar_tag("B-ENGLISH") == "O"
    assert corpora._wojood_tag(["B-EVENT", "B-GPE"]) == "B-LOC"


def test_overlapping_sentences_are_dropped():
    test = [[(t, "O") for t in "واحد اثنان ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة".split()]]
    inside = [[(t, "O") for t in "قال واحد اثنان ثلاثة اربعة خمسة ستة سبعة ثمانية".split()]]
    other = [[(t, "O") for t in "جملة اخرى لا علاقة لها".split()]]
    kept, dropped = corpora.drop_overlaps(inside + other, test)
    assert kept == other and dropped == 1


@needs_data
def test_our_conversion_matches_the_published_test_split_for_most_sentences():
    ours = corpora.newsfane_splits(DATA / "newsfane-gold" / "NewsFANE_Gold_2014_170K.txt")["test"]
    ref = corpora.read_conll(DATA / "newsfane-gold" / "test-anercorp-split.bio")
    assert len(ours) == len(ref) == 1110
    same_tags = sum([t for _, t in a] == [t for _, t in b] for a, b in zip(ours, ref, strict=True)
                    if len(a) == len(b))
    assert same_tags >= 0.75 * len(ref)


@needs_data
def test_no_training_or_dev_sentence_overlaps_the_newswire_test_set():
    from kg.nlp.train.run import TrainConfig, ner_data

    data = ner_data(TrainConfig(data=DATA, work=Path("/nonexistent"), out=Path("/nonexistent")))
    test = corpora.read_conll(DATA / "newsfane-gold" / "test-anercorp-split.bio")
    test_keys = {corpora.sentence_key(s) for s in test}
    grams = set().union(*(corpora.ngrams(s) for s in test))
    for split in ("train", "dev"):
        assert not any(corpora.sentence_key(s) in test_keys for s in data[split])
        assert not any(corpora.ngrams(s) & grams for s in data[split])
