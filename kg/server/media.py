"""Media types the endpoint offers and content negotiation over them (werkzeug's Accept parsing).

Kept free of Flask so the query workers, which only learn the kind of result (solutions,
boolean or triples) after parsing the query, negotiate with exactly the same tables and rules
as the web process.
"""

from __future__ import annotations

import functools

from pyoxigraph import QueryResultsFormat, RdfFormat
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.rdf.terms import FORMATS

#: SELECT/ASK: (media type offered, pyoxigraph format); the first is the default.
RESULTS_OFFERS: list[tuple[str, QueryResultsFormat]] = [
    ("application/sparql-results+json", QueryResultsFormat.JSON),
    ("application/sparql-results+xml", QueryResultsFormat.XML),
    ("text/csv", QueryResultsFormat.CSV),
    ("text/tab-separated-values", QueryResultsFormat.TSV),
    ("application/json", QueryResultsFormat.JSON),
]
#: CONSTRUCT/DESCRIBE. The quad formats carry the triples in the default graph: clients that
#: only read N-Quads or TriG still get an answer.
GRAPH_OFFERS: list[tuple[str, RdfFormat]] = [
    ("text/turtle", RdfFormat.TURTLE),
    ("application/n-triples", RdfFormat.N_TRIPLES),
    ("application/ld+json", RdfFormat.JSON_LD),
    ("application/rdf+xml", RdfFormat.RDF_XML),
    ("application/n-quads", RdfFormat.N_QUADS),
    ("application/trig", RdfFormat.TRIG),
    ("text/plain", RdfFormat.N_TRIPLES),
]

#: Official W3C format IRIs for the service description (pyoxigraph's JSON-LD IRI differs).
FORMAT_IRIS = {
    QueryResultsFormat.JSON: FORMATS + "SPARQL_Results_JSON",
    QueryResultsFormat.XML: FORMATS + "SPARQL_Results_XML",
    QueryResultsFormat.CSV: FORMATS + "SPARQL_Results_CSV",
    QueryResultsFormat.TSV: FORMATS + "SPARQL_Results_TSV",
    RdfFormat.TURTLE: FORMATS + "Turtle",
    RdfFormat.N_TRIPLES: FORMATS + "N-Triples",
    RdfFormat.JSON_LD: FORMATS + "JSON-LD",
    RdfFormat.RDF_XML: FORMATS + "RDF_XML",
    RdfFormat.N_QUADS: FORMATS + "N-Quads",
    RdfFormat.TRIG: FORMATS + "TriG",
}


class NotAcceptable(Exception):
    """Nothing in the Accept header can be produced; the message lists what can."""


def choose(accept: str | None, offers: list[tuple[str, object]]) -> tuple[str, object]:
    """The offer the client prefers (q-values honoured); the first one without an Accept header."""
    if not accept or not accept.strip():
        return offers[0]
    medias = tuple(media for media, _ in offers)
    best = _best_match if len(accept) <= 1024 else _best_match.__wrapped__  # keep no huge headers
    chosen = best(accept, medias)
    if chosen is None:
        raise NotAcceptable(
            "none of the accepted media types can be produced; this result is available as "
            + ", ".join(dict.fromkeys(media for media, _ in offers))
        )
    return next(offer for offer in offers if offer[0] == chosen)


@functools.lru_cache(maxsize=256)  # clients send few distinct headers; each request asks again
def _best_match(accept: str, medias: tuple[str, ...]) -> str | None:
    return _without_parameters(accept).best_match(list(medias))


def _without_parameters(accept: str) -> MIMEAccept:
    """The Accept header with media-type parameters dropped (werkzeug would match them exactly):
    `text/turtle; charset=utf-8` accepts our Turtle; a charset other than UTF-8 accepts nothing."""
    values = []
    for value, quality in parse_accept_header(accept, MIMEAccept):
        media_type, *params = (part.strip() for part in value.split(";"))
        charset = next((p.split("=", 1)[1].strip('"').lower() for p in params if p.lower().startswith("charset=")),
                       None)
        if charset is None or charset in ("utf-8", "utf8"):
            values.append((media_type, quality))
    return MIMEAccept(values)


def content_type(media_type: str) -> str:
    """`media_type` with `charset=utf-8` added to text types (everything kg writes is UTF-8)."""
    if media_type.startswith("text/") and "charset" not in media_type:
        return f"{media_type}; charset=utf-8"
    return media_type
