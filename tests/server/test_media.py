"""Content negotiation: the same answer for an Accept header however often and however long."""

from __future__ import annotations

import pytest

from kg.server import media


def test_the_same_header_asked_again_gets_the_same_offer():
    accept = "text/csv;q=0.5, application/sparql-results+xml"
    first = media.choose(accept, media.RESULTS_OFFERS)
    assert first[0] == "application/sparql-results+xml"
    assert media.choose(accept, media.RESULTS_OFFERS) == first
    with pytest.raises(media.NotAcceptable):  # other offers: not answered from the first call
        media.choose(accept, media.GRAPH_OFFERS)


def test_a_header_over_the_memo_limit_is_negotiated_and_not_kept():
    accept = ", ".join(f"application/x-{i}" for i in range(200)) + ", text/turtle"
    assert len(accept) > 1024
    size = media._best_match.cache_info().currsize
    assert media.choose(accept, media.GRAPH_OFFERS)[0] == "text/turtle"
    assert media._best_match.cache_info().currsize == size


def test_nothing_acceptable_is_refused_each_time():
    for _ in range(2):
        with pytest.raises(media.NotAcceptable):
            media.choose("image/png", media.RESULTS_OFFERS)
