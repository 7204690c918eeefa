"""DBpedia resource IRIs from Wikipedia titles, the one honest way to name a DBpedia resource.

DBpedia mints `http://dbpedia.org/resource/<English Wikipedia title>` (chapters such as
ar.dbpedia.org the same from their own Wikipedia), so an IRI is only right when the title is
known from a source for that very item: never derived from an English name ("Georgia").
"""

from __future__ import annotations

import unicodedata

DBPEDIA = "http://dbpedia.org/resource/"
#: DBpedia chapters mint `http://xx.dbpedia.org/resource/<xx Wikipedia title>` IRIs (not URIs).
AR_DBPEDIA = "http://ar.dbpedia.org/resource/"
#: What DBpedia percent-encodes in a title (all ASCII, so one byte each).
_IRI_UNSAFE = frozenset('"#%<>?[\\]^`{|}')


def wiki_encode(title: str) -> str:
    """A Wikipedia title as DBpedia writes it in resource IRIs.

    Spaces become underscores (runs collapsed, none at the ends) and only the characters an
    IRI path cannot hold (`"#%<>?[\\]^`{|}`) are percent-encoded; everything else, Arabic
    letters included, is kept as is.
    """
    text = "_".join(part for part in unicodedata.normalize("NFC", title).replace(" ", "_").split("_") if part)
    return "".join(f"%{ord(ch):02X}" if ch in _IRI_UNSAFE else ch for ch in text)


def resource_iri(title: str, base: str = DBPEDIA) -> str:
    """The DBpedia resource of a Wikipedia title (English DBpedia unless another chapter's base)."""
    return base + wiki_encode(title)


__all__ = ["AR_DBPEDIA", "DBPEDIA", "resource_iri", "wiki_encode"]
