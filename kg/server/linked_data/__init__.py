"""Linked Data: every IRI kg mints under the server's base dereferences, as HTML or as RDF.

A request for `/entity/person/<hash>` names the IRI `<base>entity/person/<hash>` (the base is
`kg build`'s, `https://kg.example.org/` unless `KG_BASE_IRI` or `base=` says otherwise). The
server answers the way "Cool URIs for the Semantic Web" (W3C note, §4.3) and DBpedia do:

    GET /entity/person/<h>                -> 303 See Other, `Vary: Accept`
        Accept: text/html (or */*, none)  -> Location: /page/entity/person/<h>
        Accept: text/turtle …             -> Location: /data/entity/person/<h>.ttl (.nt .jsonld .rdf)
    GET /page/…   the HTML page           (one representation: no Vary)
    GET /data/….ttl|.nt|.jsonld|.rdf      the RDF    (one representation: no Vary)
    GET /data/…   (no extension)          RDF negotiated by Accept, `Vary: Accept`, `Content-Location`

Why 303 rather than answering 200 on the resource URL: a person, a meeting or a news article is
not the document that describes it; the 303 keeps "the thing" and "the page about it" apart
(httpRange-14), which is what Linked Data crawlers expect. Each representation also gets a URL
of its own, so it can be bookmarked, linked ("download as Turtle") and cached without
relying on caches honouring `Vary`; only the redirect varies. The cost is one extra round trip.

Pages only read; all values reach HTML through Jinja2 autoescaping, links are made only for
http(s) IRIs, and pages carry a Content-Security-Policy that allows no inline script and no
script from elsewhere (only the search box's own, from this server).

`views` holds the page's view model, `page` the SPARQL that fills it, `reads` the RDF
descriptions and IRI mapping (`LinkedData`, which includes `page`), `query_terms` the checks on
what goes into those queries, `tasks` runs those reads in a query worker under `--query-timeout`,
`cache` keeps the answers per store snapshot, `routes` the Flask blueprint.
"""

from kg.server.linked_data.reads import LinkedData, resolve_base
from kg.server.linked_data.routes import linked_data_blueprint
from kg.server.linked_data.views import text_direction

__all__ = ["LinkedData", "linked_data_blueprint", "resolve_base", "text_direction"]
