"""Everything kg changes inside Stanza, in one place, for the one Stanza version it was written for.

kg reaches into Stanza three times:

* `without_optimizers`: while a Pipeline loads, `stanza.models.common.utils.get_optimizer`
  returns None, so the trainers do not build optimizers (and import torch._dynamo) for
  inference (about 1.1 s of every `kg build`);
* `install_confidences`: the NER trainer's `predict` is replaced by a copy that also records
  each tag's CRF marginal (`kg.nlp.confidence`), so mentions get a confidence;
* `float32_word_vectors`: the tagger's and parser's frozen word-vector table (a module
  attribute, `pretrained_emb`) is swapped for one float32 copy, as the shipped vectors are
  stored in float16.

Both depend on Stanza internals (function names, the trainer's batch layout), which change
between releases without notice. So both first call `check_version`, which fails with one
clear line on any other Stanza version instead of computing wrong confidences or crashing
deep inside Stanza. Moving to a new Stanza means re-reading these two functions against its
source, then changing `SUPPORTED_STANZA` (and the pin in pyproject.toml).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib import metadata
from typing import Any

import numpy as np

from kg.nlp.confidence import batch_marginals

#: The Stanza release these patches were written against (pyproject.toml pins the same).
SUPPORTED_STANZA = "1.15.0"


class StanzaVersionError(RuntimeError):
    """The installed Stanza is not the version kg's patches were written for."""


def installed_stanza() -> str | None:
    """The installed Stanza's version, or None if it is not installed."""
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:
        return None


def check_version(found: str | None = None) -> None:
    """Raise StanzaVersionError unless Stanza (`found`, default: the installed one) is SUPPORTED_STANZA."""
    found = found if found is not None else installed_stanza()
    if found != SUPPORTED_STANZA:
        raise StanzaVersionError(
            f"kg needs stanza {SUPPORTED_STANZA} (it patches that version's NER trainer and model "
            f"loading); found {found or 'no stanza'}: run pip install 'stanza=={SUPPORTED_STANZA}'"
        )


@contextlib.contextmanager
def without_optimizers() -> Iterator[None]:
    """Load Stanza's models without the optimizers its trainers build even for inference.

    Each processor's trainer makes an Adam or SGD optimizer when it loads; the first one
    imports torch._dynamo, about 1.1 s of every `kg build` here, for an object nothing uses
    (kg never trains through a Pipeline; `kg models train` runs Stanza's own trainers).
    """
    check_version()
    from stanza.models.common import utils

    original = utils.get_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    try:
        yield
    finally:
        utils.get_optimizer = original


def install_confidences(ner_processor: Any) -> list[list[float]]:
    """Wrap the processor's trainer so each prediction also records per-token confidences.

    Returns the list that receives, per sentence in document order, the marginal of each
    predicted tag. The caller clears it before each document. The wrapper repeats
    `stanza.models.ner.trainer.Trainer.predict` of the supported version, adding the marginals.
    """
    check_version()
    from stanza.models.common import utils
    from stanza.models.common.crf import viterbi_decode
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.ner.trainer import fix_singleton_tags, unpack_batch

    sink: list[list[float]] = []
    trainer = ner_processor.trainers[0]

    def predict(batch, unsort: bool = True):
        device = next(trainer.model.parameters()).device
        inputs, orig_idx, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, charoffsets = \
            unpack_batch(batch, device)
        word, wordchars, wordchars_mask, chars, tags = inputs
        trainer.model.eval()
        _, logits, trans = trainer.model(word, wordchars, wordchars_mask, tags, word_orig_idx, sentlens,
                                         wordlens, chars, charoffsets, charlens, char_orig_idx)
        scores = logits[0].data.cpu().numpy()
        transition = trans[0].data.cpu().numpy()
        seqs, confs = [], []
        margs = batch_marginals(scores.astype(np.float64), transition.astype(np.float64), sentlens)
        for i in range(scores.shape[0]):
            s = scores[i, :sentlens[i]]
            best = viterbi_decode(s, transition)[0]
            marg = margs[i]
            best = [x if x >= VOCAB_PREFIX_SIZE else VOCAB_PREFIX_SIZE for x in best]
            confs.append([float(marg[t, b]) for t, b in enumerate(best)])
            # the same unmapping as Stanza's Trainer.predict, one tag column
            labels = trainer.vocab["tag"].unmap(list(zip(best)))
            column = trainer.args["predict_tagset"]
            labels = [x[column] if isinstance(x, list) else x for x in labels]
            seqs.append(fix_singleton_tags(labels))
        if unsort:
            seqs = utils.unsort(seqs, orig_idx)
            confs = utils.unsort(confs, orig_idx)
        sink.extend(confs)
        return seqs

    trainer.predict = predict
    return sink


def float32_word_vectors(nlp) -> None:
    """Give the tagger and parser one float32 copy of the word vectors.

    `pretrain.pt` is stored in float16; the NER copies it into its own parameters, but
    Stanza's tagger and parser wrap the loaded tensor as it is and then fail on float16
    input. Both get the same float32 table (23 MB → 40 MB, once, not once per model).
    """
    import torch

    check_version()
    shared = None
    for name in ("pos", "depparse"):
        model = nlp.processors[name].trainer.model
        emb = getattr(model, "pretrained_emb", None)
        if emb is None or emb.weight.dtype == torch.float32:
            continue
        if shared is None or shared.weight.shape != emb.weight.shape:
            shared = emb.float()
        model.pretrained_emb = shared


__all__ = ["SUPPORTED_STANZA", "StanzaVersionError", "check_version", "float32_word_vectors", "install_confidences",
           "without_optimizers"]
