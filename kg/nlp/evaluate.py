"""`kg models evaluate`: entity-level NER scores and tokenizer/MWT scores of the pipeline users get.

NER is scored by exact span and type (CoNLL style). "micro" pools PER, ORG and LOC, the
types every Arabic NER benchmark shares; "micro_all" adds MISC, whose definition differs
between corpora.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.train.corpora import read_conll

CORE_TYPES = ("PER", "ORG", "LOC")
ALL_TYPES = ("PER", "ORG", "LOC", "MISC")


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO, IOB2 or BIOES sequence."""
    found: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        continues = prefix in ("I", "E") and kind == t and start is not None
        if not continues and start is not None:
            found.add((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "S") or (prefix in ("I", "E") and not continues):
            start, kind = i, t
        if prefix in ("E", "S") and start is not None:
            found.add((start, i + 1, kind))
            start, kind = None, None
    return found


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, Score]:
    """Per-type and pooled scores for parallel lists of tag sequences."""
    counts: dict[str, Counter] = {}
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g, p = spans(g_tags), spans(p_tags)
        for s in g & p:
            counts.setdefault(s[2], Counter())["tp"] += 1
        for s in p - g:
            counts.setdefault(s[2], Counter())["fp"] += 1
        for s in g - p:
            counts.setdefault(s[2], Counter())["fn"] += 1
    result = {t: Score(**counts.get(t, {})) for t in sorted(set(ALL_TYPES) | set(counts))}
    for name, types in (("micro", CORE_TYPES), ("micro_all", ALL_TYPES)):
        result[name] = Score(*(sum(counts.get(t, Counter())[k] for t in types) for k in ("tp", "fp", "fn")))
    return result


def evaluate_ner(pipeline, test_file: Path) -> dict[str, Score]:
    sentences = read_conll(test_file)
    tokens = [[t for t, _ in s] for s in sentences]
    gold = [[tag for _, tag in s] for s in sentences]
    predicted = pipeline.tag_pretokenized(tokens)
    return score(gold, predicted)


def format_table(scores: dict[str, Score]) -> str:
    lines = [f"{'type':<10}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}"]
    for name, s in scores.items():
        lines.append(f"{name:<10}{100 * s.precision:8.1f}{100 * s.recall:8.1f}{100 * s.f1:8.1f}"
                     f"{s.tp:7d}{s.fp:7d}{s.fn:7d}")
    return "\n".join(lines)


def evaluate_tokenizer(models, gold_conllu: Path) -> dict[str, float]:
    """Tokens/Sentences/Words F1 of tokenize+mwt on the gold file's raw text (Stanza's scorer)."""
    import stanza
    from stanza.models.common.utils import ud_scores  # Stanza's CoNLL 2018 scorer
    from stanza.utils.conll import CoNLL

    from kg.nlp.normalize import normalize

    paragraphs, current = [], []
    for line in gold_conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and current:
            paragraphs.append(" ".join(current))
            current = []
        if line.startswith("# text = "):
            current.append(line[len("# text = "):])
    if current:
        paragraphs.append(" ".join(current))
    nlp = stanza.Pipeline(lang="ar", processors="tokenize,mwt", download_method=None, use_gpu=False,
                          logging_level="WARN", **models.pipeline_kwargs)
    doc = nlp(normalize("\n\n".join(paragraphs)).text)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.conllu"
        CoNLL.write_doc2conll(doc, str(out))
        result = ud_scores(str(gold_conllu), str(out))
    return {k: round(100 * result[k].f1, 2) for k in ("Tokens", "Sentences", "Words")}


def read_conllu_words(path: Path) -> list[list[str]]:
    """The word forms of each sentence of a CoNLL-U file (multi-word-token ranges skipped)."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        cols = line.split("\t")
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
        elif len(cols) == 10 and cols[0].isdigit():
            current.append(cols[1])
    return sentences


def _normalized_forms(conllu: Path) -> str:
    from kg.nlp.normalize import normalize_token

    lines = []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10:
            cols[1] = normalize_token(cols[1]) or cols[1]
            line = "\t".join(cols)
        lines.append(line)
    return "\n".join(lines) + "\n"


def evaluate_syntax(models, gold_conllu: Path) -> dict[str, float]:
    """UPOS, UFeats, UAS and LAS of the shipped tagger and parser on the gold file's words.

    Gold words in, so the figures measure tagging and parsing alone (tokenization is scored by
    `evaluate_tokenizer`); the parser sees predicted tags, as in `kg build`.
    """
    import stanza
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    from kg.nlp.normalize import normalize_token
    from kg.nlp.stanza_compat import float32_word_vectors, without_optimizers

    words = [[normalize_token(w) or w for w in s] for s in read_conllu_words(gold_conllu)]
    with without_optimizers():
        nlp = stanza.Pipeline(lang="ar", processors="tokenize,pos,lemma,depparse", tokenize_pretokenized=True,
                              download_method=None, use_gpu=False, logging_level="WARN", **models.pipeline_kwargs)
    float32_word_vectors(nlp)
    doc = nlp(words)
    with tempfile.TemporaryDirectory() as tmp:
        out, gold = Path(tmp) / "pred.conllu", Path(tmp) / "gold.conllu"
        CoNLL.write_doc2conll(doc, str(out))
        gold.write_text(_normalized_forms(gold_conllu), encoding="utf-8")  # the scorer compares the words
        result = ud_scores(str(gold), str(out))
    scores = {k: round(100 * result[k].f1, 2) for k in ("UPOS", "UFeats", "UAS", "LAS")}
    scores["sentences"] = len(words)
    scores["words"] = sum(len(s) for s in words)
    return scores
