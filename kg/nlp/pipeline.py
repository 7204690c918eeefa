"""The Arabic NLP stage: Document → AnnotatedDocument with Stanza (tokenize, mwt, ner).

Stanza sees the normalized text (`kg.nlp.normalize`); every offset it returns is mapped
back, so mentions slice the original article exactly. The pipeline is built once per
process (`get_pipeline`): loading it costs seconds, annotating an article milliseconds.
"""

from __future__ import annotations

import functools
import logging
import os

from kg.nlp import confidence
from kg.nlp.models import ModelSet, from_environment
from kg.nlp.normalize import Normalized, normalize
from kg.types import AnnotatedDocument, Document, Mention, Sentence, Token

#: Proclitic words Stanza's MWT splits off a token: conjunctions, prepositions.
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س"})


class ArabicPipeline:
    def __init__(self, models: ModelSet, *, threads: int | None = None):
        import stanza
        import torch

        if threads:
            torch.set_num_threads(threads)
        self.models = models
        self._nlp = stanza.Pipeline(
            lang="ar", processors="tokenize,mwt,ner", download_method=None, use_gpu=False,
            logging_level="WARN", **models.pipeline_kwargs)
        self._confidences = confidence.install(self._nlp.processors["ner"])
        self._pretokenized = None

    @property
    def name(self) -> str:
        return self.models.name

    def annotate(self, doc: Document) -> AnnotatedDocument:
        norm = normalize(doc.text, line_paragraphs=True)
        self._confidences.clear()
        result = self._nlp(norm.text)
        return _convert(doc, norm, result, list(self._confidences), self.name)

    def tag_pretokenized(self, sentences: list[list[str]]) -> list[list[str]]:
        """NER tags (BIOES) for sentences already split into tokens, as evaluation needs."""
        import stanza

        if self._pretokenized is None:
            self._pretokenized = stanza.Pipeline(
                lang="ar", processors="tokenize,mwt,ner", download_method=None, use_gpu=False,
                logging_level="WARN", tokenize_pretokenized=True, **self.models.pipeline_kwargs)
        doc = self._pretokenized([[normalize(t).text or t for t in s] for s in sentences])
        return [[t.ner for t in s.tokens] for s in doc.sentences]


def _label(doc_text: str, norm: Normalized, tokens: list, start_tok: int, end_tok: int,
           span: tuple[int, int]) -> str:
    """The entity's name without the proclitics Stanza's MWT split off its first token."""
    first = tokens[start_tok]
    words = [w.text for w in first.words]
    skip = 0
    while len(words) > skip + 1 and words[skip] in PROCLITICS:
        skip += 1
    start, end = span
    if not skip:
        return doc_text[start:end]
    # the clitic letters are the first `skip` letters of the token
    n_start = first.start_char + skip
    o_start, _ = norm.to_original(n_start, n_start + 1)
    label = doc_text[o_start:end]
    rest = words[skip]
    if rest.startswith("ال") and not norm.text[n_start:].startswith("ال") and words[skip - 1] == "ل":
        label = "ال" + label  # لل: the preposition ate the article's alef (للأمم → الأمم)
    return label


def _convert(doc: Document, norm: Normalized, result, confs: list[list[float]],
             model: str) -> AnnotatedDocument:
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    mentions: list[Mention] = []
    for si, sent in enumerate(result.sentences):
        s_tokens = sent.tokens
        s_conf = confs[si] if si < len(confs) else [1.0] * len(s_tokens)
        s_start, _ = norm.to_original(s_tokens[0].start_char, s_tokens[0].start_char + 1)
        _, s_end = norm.to_original(s_tokens[-1].end_char - 1, s_tokens[-1].end_char)
        sentences.append(Sentence(si, s_start, s_end))
        begin = None
        for ti, tok in enumerate(s_tokens):
            o_start, o_end = norm.to_original(tok.start_char, tok.end_char)
            tag = tok.ner or "O"
            tokens.append(Token(o_start, o_end, doc.text[o_start:o_end],
                                tuple(w.text for w in tok.words), tag, si))
            if tag.startswith(("B-", "S-")):
                begin = ti
            if tag.startswith(("E-", "S-")) and begin is not None:
                a, _ = norm.to_original(s_tokens[begin].start_char, s_tokens[begin].start_char + 1)
                _, b = norm.to_original(tok.end_char - 1, tok.end_char)
                label = _label(doc.text, norm, s_tokens, begin, ti, (a, b))
                conf = min(s_conf[begin:ti + 1]) if s_conf else 1.0
                mentions.append(Mention(a, b, doc.text[a:b], label, tag[2:], round(conf, 4), si))
                begin = None
            elif tag == "O":
                begin = None
    return AnnotatedDocument(doc, tuple(sentences), tuple(tokens), tuple(mentions), model)


@functools.lru_cache(maxsize=2)
def _cached(models: ModelSet, threads: int | None) -> ArabicPipeline:
    logging.getLogger("stanza").setLevel(logging.WARNING)
    return ArabicPipeline(models, threads=threads)


def get_pipeline(models: ModelSet | None = None) -> ArabicPipeline:
    """The process-wide pipeline; the models are loaded on first use only."""
    threads = int(os.environ["KG_THREADS"]) if os.environ.get("KG_THREADS") else None
    return _cached(models or from_environment(), threads)
