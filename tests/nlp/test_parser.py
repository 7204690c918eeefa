"""The shipped POS tagger and dependency parser: off by default, a tree when switched on, and
only on the sentences the model set's selector picks."""

from __future__ import annotations

import pytest

from kg.nlp import models
from kg.nlp.pipeline import ArabicPipeline
from kg.types import Document, Token

# Composed for this test: "The Saudi foreign minister met his Egyptian counterpart in Riyadh
# yesterday, and they discussed bilateral relations."
SENTENCE = "التقى وزير الخارجية السعودي نظيره المصري في الرياض أمس، وبحثا العلاقات الثنائية."


@pytest.fixture(scope="module")
def parsed():
    nlp = ArabicPipeline(models.from_environment(syntax=True))
    return nlp.annotate(Document("t", SENTENCE, "test"))


def test_the_parser_is_off_unless_the_model_set_asks_for_it(monkeypatch):
    monkeypatch.setenv("KG_SYNTAX", "1")  # the environment no longer switches it (an explicit setting does)
    assert not models.from_environment().syntax
    assert "depparse" not in models.from_environment().processors
    assert models.from_environment(syntax=True).syntax
    assert models.from_environment(syntax=True).pipeline_kwargs["depparse_model_path"].endswith("depparse.pt")


def test_a_sentence_selector_is_kept_only_with_the_parser():
    def first(annotated):
        return [0]

    assert models.shipped(syntax=True, parse_sentences=first).parse_sentences is first
    assert models.shipped(parse_sentences=first).parse_sentences is None


def test_only_the_chosen_sentences_are_parsed_and_the_ner_is_unchanged():
    text = SENTENCE + " " + SENTENCE
    chosen = ArabicPipeline(models.from_environment(syntax=True, parse_sentences=_second)).annotate(
        Document("t", text, "test"))
    plain = ArabicPipeline(models.from_environment()).annotate(Document("t", text, "test"))
    assert [t.ner for t in chosen.tokens] == [t.ner for t in plain.tokens]
    assert chosen.mentions == plain.mentions
    assert len(chosen.sentences) == 2
    assert not any(t.parse for t in chosen.tokens if t.sentence == 0)
    assert all(len(t.parse) == len(t.words) for t in chosen.tokens if t.sentence == 1)


def _second(annotated):
    return [1]


def test_parsing_a_chosen_sentence_gives_the_tree_parsing_all_gives(parsed):
    one = ArabicPipeline(models.from_environment(syntax=True, parse_sentences=_first)).annotate(
        Document("t", SENTENCE, "test"))
    assert [t.parse for t in one.tokens] == [t.parse for t in parsed.tokens]


def _first(annotated):
    return [0]


def test_tokens_without_a_parse_keep_their_old_shape():
    token = Token(0, 5, "وبوتين", ("و", "بوتين"), "S-PER", 0)
    assert token.parse == ()


def test_shipped_parser_gives_each_sentence_one_root_and_heads_in_range(parsed):
    for si, _ in enumerate(parsed.sentences):
        tokens = [t for t in parsed.tokens if t.sentence == si]
        words = [w for t in tokens for w in t.parse]
        assert all(len(t.parse) == len(t.words) for t in tokens)
        assert [w.index for w in words] == list(range(1, len(words) + 1))
        assert [w.text for w in words] == [x for t in tokens for x in t.words]
        assert sum(w.head == 0 for w in words) == 1
        assert all(0 <= w.head <= len(words) and w.head != w.index for w in words)
        assert sum(w.deprel == "root" for w in words) == 1
        assert all(w.upos and w.deprel for w in words)


def test_every_word_reaches_the_root_without_a_cycle(parsed):
    words = {w.index: w for t in parsed.tokens if t.sentence == 0 for w in t.parse}
    for w in words.values():
        seen, node = set(), w
        while node.head:
            assert node.index not in seen
            seen.add(node.index)
            node = words[node.head]


def test_the_clitic_conjunction_is_tagged_and_attached_as_one(parsed):
    waw = next(w for t in parsed.tokens if t.text.startswith("وبحث") for w in t.parse if w.text == "و")
    assert waw.upos == "CCONJ"
    assert waw.deprel == "cc"


def test_syntax_scores_come_from_stanzas_scorer_on_the_gold_words(tmp_path):
    from kg.nlp.evaluate import evaluate_syntax

    gold = tmp_path / "gold.conllu"
    gold.write_text(
        "# sent_id = t1\n"
        "1\tالتقى\tالتقى\tVERB\t_\t_\t0\troot\t_\t_\n"
        "2\tالوزير\tالوزير\tNOUN\t_\t_\t1\tnsubj\t_\t_\n"
        "3\tنظيره\tنظيره\tNOUN\t_\t_\t1\tobj\t_\t_\n"
        "4\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n", encoding="utf-8")
    scores = evaluate_syntax(models.from_environment(syntax=True), gold)
    assert (scores["sentences"], scores["words"]) == (1, 4)
    assert all(0.0 <= scores[k] <= 100.0 for k in ("UPOS", "UAS", "LAS"))
    assert scores["LAS"] <= scores["UAS"]
