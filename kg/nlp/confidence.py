"""NER confidences from the tagger's own CRF: the marginal probability of each chosen tag.

Stanza decodes with Viterbi and throws the scores away. We run the same forward pass,
keep Stanza's Viterbi tags unchanged, and add forward–backward marginals, so a mention's
confidence is a real probability under the model (the lowest over its tokens).
"""

from __future__ import annotations

import numpy as np


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    """numpy only: scipy's version costs ~0.25 ms a call in overhead, and we make thousands."""
    m = x.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def tag_marginals(scores: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """P(tag_t = k | sentence) for a linear-chain CRF; scores: T×K emissions, trans: K×K."""
    n, k = scores.shape
    alpha = np.empty((n, k))
    beta = np.zeros((n, k))
    alpha[0] = scores[0]
    for t in range(1, n):
        alpha[t] = _logsumexp(alpha[t - 1][:, None] + trans, axis=0) + scores[t]
    for t in range(n - 2, -1, -1):
        beta[t] = _logsumexp(trans + (scores[t + 1] + beta[t + 1])[None, :], axis=1)
    log_z = _logsumexp(alpha[-1], axis=0)
    return np.exp(alpha + beta - log_z)


def batch_marginals(scores: np.ndarray, trans: np.ndarray, lengths) -> np.ndarray:
    """`tag_marginals` for a padded batch (B×T×K) at once: one Python loop over T, not over B×T."""
    n_batch, n_steps, _ = scores.shape
    lengths = np.asarray(lengths)
    alpha = np.empty_like(scores)
    beta = np.zeros_like(scores)
    alpha[:, 0] = scores[:, 0]
    for t in range(1, n_steps):
        alpha[:, t] = _logsumexp(alpha[:, t - 1][:, :, None] + trans[None], axis=1) + scores[:, t]
    for t in range(n_steps - 2, -1, -1):
        step = _logsumexp(trans[None] + (scores[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
        beta[:, t] = np.where((t < lengths - 1)[:, None], step, 0.0)
    last = alpha[np.arange(n_batch), lengths - 1]
    log_z = _logsumexp(last, axis=1)
    # Past a sentence's end alpha runs on over padding and may exceed log_z (exp overflowed,
    # with a RuntimeWarning on stderr); real marginals are <= 1, so clipping the log at 0
    # touches only those unused cells (and rounding noise above 1).
    return np.exp(np.minimum(alpha + beta - log_z[:, None, None], 0.0))


def install(ner_processor) -> list[list[float]]:
    """Wrap the processor's trainer so each prediction also records per-token confidences.

    Returns the list that receives, per sentence in document order, the marginal of each
    predicted tag. The caller clears it before each document.
    """
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
