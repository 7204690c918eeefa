"""Word vectors for Stanza's NER ("pretrain"), trained offline with gensim on raw Arabic news."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.nlp.normalize import normalize_token

# Split punctuation off words the way the tokenizer does, so vector keys match NER tokens.
_TOKEN = re.compile(r"[\w\u0600-\u06FF]+(?:[.,][0-9]+)*|[^\s\w]", re.UNICODE)


def tokens(line: str) -> list[str]:
    return _TOKEN.findall(normalize_token(line))


class RawCorpus:
    """Re-iterable sentences (gensim passes over the corpus once per epoch)."""

    def __init__(self, files: Iterable[Path], extra: Iterable[list[str]] = ()):
        self.files = list(files)
        self.extra = list(extra)

    def __iter__(self) -> Iterator[list[str]]:
        for path in self.files:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    toks = tokens(line)
                    if toks:
                        yield toks
        yield from self.extra


def train_vectors(corpus: RawCorpus, out_txt: Path, *, dim: int, epochs: int, min_count: int,
                  seed: int = 1) -> int:
    """Skip-gram word2vec, one worker so the result is the same on every run."""
    import logging

    from gensim.models import Word2Vec

    logging.basicConfig(format="[gensim %(asctime)s] %(message)s", level=logging.INFO, force=True)
    logging.getLogger("gensim.utils").setLevel(logging.WARNING)

    model = Word2Vec(sentences=corpus, vector_size=dim, window=5, min_count=min_count, sg=1,
                     negative=5, epochs=epochs, workers=1, seed=seed)
    model.wv.save_word2vec_format(str(out_txt))
    return len(model.wv)


def to_stanza_pretrain(w2v_txt: Path, out_pt: Path, max_vocab: int) -> None:
    """Stanza's own Pretrain class writes the .pt the NER trainer and pipeline read."""
    from stanza.models.common.pretrain import Pretrain

    pt = Pretrain(str(out_pt), str(w2v_txt), max_vocab=max_vocab)
    pt.load()
