"""Is an article already in the store? By its id or its URL: how a feed poll skips what it has read."""

from __future__ import annotations

from kg.rdf.terms import ARTICLE_ID, SCHEMA, XSD
from kg.store.base import Store
from kg.store.term_text import string_literal

_ANY_URI = XSD + "anyURI"


def is_stored(store: Store, key: str) -> bool:
    """True if an article graph holds an article whose kg:articleId or schema:url is `key`.

    Exact matches on both (the URL is stored as an xsd:anyURI literal), so the store answers from
    its indexes, not by scanning every article.
    """
    text = string_literal(key)
    return bool(store.query(
        f"ASK {{ GRAPH ?g {{ {{ ?a <{ARTICLE_ID}> {text} }} "
        f"UNION {{ ?a <{SCHEMA}url> {text}^^<{_ANY_URI}> }} }} }}"
    ))
