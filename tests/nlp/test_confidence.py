import itertools

import numpy as np

from kg.nlp.confidence import _logsumexp, batch_marginals


def tag_marginals(scores: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Forward–backward on one sentence, the reference for `batch_marginals` (scores: T×K, trans: K×K)."""
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


def test_marginals_equal_brute_force_enumeration():
    rng = np.random.default_rng(0)
    scores = rng.normal(size=(4, 3))
    trans = rng.normal(size=(3, 3))
    weights = {}
    for path in itertools.product(range(3), repeat=4):
        s = (sum(scores[t, k] for t, k in enumerate(path))
             + sum(trans[a, b] for a, b in zip(path, path[1:], strict=False)))
        weights[path] = np.exp(s)
    z = sum(weights.values())
    expected = np.zeros((4, 3))
    for path, w in weights.items():
        for t, k in enumerate(path):
            expected[t, k] += w / z
    assert np.allclose(tag_marginals(scores, trans), expected)
    assert np.allclose(tag_marginals(scores, trans).sum(axis=1), 1.0)
    assert np.allclose(batch_marginals(scores[None], trans, [4])[0], expected)


def test_batched_marginals_equal_one_sentence_at_a_time():
    rng = np.random.default_rng(1)
    lengths = [5, 2, 1, 4]
    scores = rng.normal(size=(4, 5, 3))
    trans = rng.normal(size=(3, 3))
    batched = batch_marginals(scores, trans, lengths)
    for i, n in enumerate(lengths):
        assert np.allclose(batched[i, :n], tag_marginals(scores[i, :n], trans))


def test_regression_padding_past_a_short_sentence_overflowed_exp_with_a_warning():
    # Seen on real news batched 16 articles at a time: alpha ran on over a short sentence's
    # padding with large scores, exp() overflowed and numpy printed a RuntimeWarning.
    import warnings

    rng = np.random.default_rng(7)
    trans = rng.normal(size=(4, 4))
    scores = rng.normal(size=(2, 12, 4))
    scores[1, 3:] = 400.0  # the second sentence has 3 tokens; the rest is padding
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        margs = batch_marginals(scores, trans, [12, 3])
    np.testing.assert_allclose(margs[1, :3], tag_marginals(scores[1, :3], trans), atol=1e-12)
    np.testing.assert_allclose(margs[0], tag_marginals(scores[0], trans), atol=1e-12)
