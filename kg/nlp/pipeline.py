"""The Arabic NLP stage: Document → AnnotatedDocument with Stanza (tokenize, mwt, ner).

With `ModelSet.syntax` it also runs the POS tagger, lemmatizer and dependency parser, and each
token of a parsed sentence carries its words' parse (`Token.parse`). They run after the NER
pass, on the words it found (pre-tokenized: one Stanza word per word of the NER pass, so the
parse maps back to the tokens, and through them to the article's offsets, by position), and
only on the sentences `ModelSet.parse_sentences` picks from the NER pass's output (e.g. those
with an event trigger): parsing every sentence costs ~2.45x the NLP time per article.

Stanza sees the normalized text (`kg.nlp.normalize`); every offset it returns is mapped
back, so mentions slice the original article exactly. The pipeline is built once per
process (`get_pipeline`): loading it costs seconds, annotating an article milliseconds.
"""

from __future__ import annotations

import functools
import logging
import os
import re

from kg.nlp.models import ModelSet, from_environment
from kg.nlp.normalize import Normalized, normalize
from kg.nlp.stanza_compat import float32_word_vectors, install_confidences, without_optimizers
from kg.types import AnnotatedDocument, Document, Mention, Sentence, Token, Word

#: Proclitic words Stanza's MWT splits off a token: conjunctions, prepositions.
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س"})
#: The NER pass, run on every sentence; the syntax pass, on the chosen sentences' words.
_NER_PROCESSORS = "tokenize,mwt,ner"
_PARSE_PROCESSORS = "pos,lemma,depparse"


class ArabicPipeline:
    def __init__(self, models: ModelSet, *, threads: int | None = None):
        import stanza
        import torch

        if threads:
            torch.set_num_threads(threads)
        self.models = models
        with without_optimizers():
            self._nlp = stanza.Pipeline(
                lang="ar", processors=models.processors, download_method=None, use_gpu=False,
                logging_level="WARN", **models.pipeline_kwargs)
        self._confidences = install_confidences(_float64_tagger(self._nlp))
        if models.syntax:
            float32_word_vectors(self._nlp)
        self._pretokenized = None

    @property
    def name(self) -> str:
        return self.models.name

    def annotate(self, doc: Document) -> AnnotatedDocument:
        return self.annotate_many([doc])[0]

    def annotate_many(self, docs: list[Document]) -> list[AnnotatedDocument]:
        """Annotate several articles in one Stanza call: the output of `annotate` on each.

        Stanza batches sentences across the documents it is given (`bulk_process`), so short
        articles fill the models' batches instead of running them on a few sentences at a time
        (on ~90-token articles bare Stanza took 0.66-0.76x the time of one call per text in
        benchmarks/build_overhead.py).

        An article's output must not depend on the articles batched with it, or an interrupted
        or incremental build would differ from a fresh one. In float32 it did: the tagger's
        scores moved in the last bits with the batch's other sentences, and about one stored
        confidence in 600 changed in its 4th decimal. The tagger therefore runs in float64
        (set up in `__init__`; about 1.3x the tagging time of float32), where such shifts are
        around 1e-15; tests compare batched and one-by-one output.
        """
        norms = [normalize(doc.text, line_paragraphs=True) for doc in docs]
        self._confidences.clear()
        results = self._nlp.bulk_process([n.text for n in norms], processors=_NER_PROCESSORS)
        confs = list(self._confidences)  # per sentence: the documents' sentences, in order
        out, firsts, first = [], [], 0
        for doc, norm, result in zip(docs, norms, results, strict=True):
            n = len(result.sentences)
            firsts.append(first)
            out.append(_convert(doc, norm, result, confs[first:first + n], self.name))
            first += n
        if not self.models.syntax:
            return out
        parses = self._parse(results, out)
        return [_convert(doc, norm, result, confs[f:f + len(result.sentences)], self.name, parsed)
                if parsed else ann
                for doc, norm, result, f, ann, parsed in zip(docs, norms, results, firsts, out, parses, strict=True)]

    def _parse(self, results: list, annotated: list[AnnotatedDocument]) -> list[dict[int, object]]:
        """Tag and parse the chosen sentences of every article in one Stanza call: per article,
        sentence index → the parsed Stanza sentence, word for word the NER pass's words."""
        from stanza.models.common.doc import Document as StanzaDocument

        select = self.models.parse_sentences
        wanted: list[tuple[int, int]] = []  # (article, sentence)
        for d, (result, ann) in enumerate(zip(results, annotated, strict=True)):
            n = len(result.sentences)
            chosen = range(n) if select is None else sorted({i for i in select(ann) if 0 <= i < n})
            wanted.extend((d, i) for i in chosen)
        parses: list[dict[int, object]] = [{} for _ in results]
        if not wanted:
            return parses
        words = [[{"id": k, "text": w.text} for k, w in enumerate(results[d].sentences[i].words, 1)]
                 for d, i in wanted]
        parsed = self._nlp.process(StanzaDocument(words), processors=_PARSE_PROCESSORS)
        for (d, i), sent in zip(wanted, parsed.sentences, strict=True):
            parses[d][i] = sent
        return parses

    def tag_pretokenized(self, sentences: list[list[str]]) -> list[list[str]]:
        """NER tags (BIOES) for sentences already split into tokens, as evaluation needs."""
        import stanza

        if self._pretokenized is None:
            with without_optimizers():
                self._pretokenized = stanza.Pipeline(
                    lang="ar", processors="tokenize,mwt,ner", download_method=None, use_gpu=False,
                    logging_level="WARN", tokenize_pretokenized=True, **self.models.pipeline_kwargs)
            _float64_tagger(self._pretokenized)  # scored as kg build tags
        doc = self._pretokenized([[normalize(t).text or t for t in s] for s in sentences])
        return [[t.ner for t in s.tokens] for s in doc.sentences]


def _float64_tagger(nlp):
    """Run the pipeline's NER model in float64 (see `ArabicPipeline.annotate_many`); returns the processor.

    Scores then agree across batchings to about 1e-15, far below the 4 decimals confidences
    are stored with.
    """
    ner = nlp.processors["ner"]
    for trainer in ner.trainers:
        trainer.model.double()
    return ner


def _standalone(norm_text: str, word: str) -> bool:
    """True if `word` occurs in the text as a whole word of its own (no clitic attached)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", norm_text) is not None


def _label(doc_text: str, norm: Normalized, tokens: list, start_tok: int, end_tok: int,
           span: tuple[int, int]) -> str:
    """The entity's name without the proclitics Stanza's MWT split off its first token.

    The MWT model sometimes takes a name's own first letter for a clitic (واشنطن → و + اشنطن),
    so a split is only trusted when the clitic-free word also stands alone elsewhere in the
    article and is more than two letters (a particle such as ان, from إن/أن, stands alone in most
    articles: فان غال is not ف + ان غال); otherwise the token is kept whole and the linker's
    knowledge-base check decides.
    """
    first = tokens[start_tok]
    words = [w.text for w in first.words]
    skip = 0
    while len(words) > skip + 1 and words[skip] in PROCLITICS:
        skip += 1
    start, end = span
    if not skip:
        return doc_text[start:end]
    body = norm.text[first.start_char + skip:first.end_char]
    prefix, cut = "", skip
    if words[skip].startswith("ال") and not body.startswith("ال") and body.startswith("ل"):
        prefix, cut = "ال", skip + 1  # لل: the preposition ate the article's alef (للأمم → الأمم)
    rest = prefix + norm.text[first.start_char + cut:first.end_char]
    if len(rest) < 3 or not _standalone(norm.text, rest):
        return doc_text[start:end]  # a two-letter rest (فان → ان) stands alone as a particle, not as the name
    o_start, _ = norm.to_original(first.start_char + cut, first.start_char + cut + 1)
    return prefix + doc_text[o_start:end]


def _words(words) -> tuple[Word, ...]:
    """The parser's output for one token's words (Stanza words of the syntax pass)."""
    return tuple(Word(w.id, w.text, w.upos or "X", w.head or 0, w.deprel or "dep") for w in words)


def _convert(doc: Document, norm: Normalized, result, confs: list[list[float]],
             model: str, parses: dict[int, object] | None = None) -> AnnotatedDocument:
    """The NER pass's Stanza document as an AnnotatedDocument; `parses`: sentence index → that
    sentence's syntax-pass output (the same words in the same order), put on its tokens."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    mentions: list[Mention] = []
    for si, sent in enumerate(result.sentences):
        s_tokens = sent.tokens
        s_conf = confs[si] if si < len(confs) else [1.0] * len(s_tokens)
        s_start, _ = norm.to_original(s_tokens[0].start_char, s_tokens[0].start_char + 1)
        _, s_end = norm.to_original(s_tokens[-1].end_char - 1, s_tokens[-1].end_char)
        sentences.append(Sentence(si, s_start, s_end))
        parsed = parses.get(si) if parses else None
        p_words = parsed.words if parsed is not None else []
        begin = None
        w_first = 0
        for ti, tok in enumerate(s_tokens):
            o_start, o_end = norm.to_original(tok.start_char, tok.end_char)
            tag = tok.ner or "O"
            n_words = len(tok.words)
            parse = _words(p_words[w_first:w_first + n_words]) if p_words else ()
            w_first += n_words
            tokens.append(Token(o_start, o_end, doc.text[o_start:o_end],
                                tuple(w.text for w in tok.words), tag, si, parse))
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
