import itertools

import numpy as np

from kg.nlp.confidence import tag_marginals


def test_marginals_equal_brute_force_enumeration():
    rng = np.random.default_rng(0)
    scores = rng.normal(size=(4, 3))
    trans = rng.normal(size=(3, 3))
    weights = {}
    for path in itertools.product(range(3), repeat=4):
        s = sum(scores[t, k] for t, k in enumerate(path)) + sum(trans[a, b] for a, b in zip(path, path[1:], strict=False))
        weights[path] = np.exp(s)
    z = sum(weights.values())
    expected = np.zeros((4, 3))
    for path, w in weights.items():
        for t, k in enumerate(path):
            expected[t, k] += w / z
    assert np.allclose(tag_marginals(scores, trans), expected)
    assert np.allclose(tag_marginals(scores, trans).sum(axis=1), 1.0)
