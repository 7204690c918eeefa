"""Operations on a built store, above the store layer: `kg remove`, `kg status`, `kg link --online`.

* `remove`: articles out, with the provenance only they supported;
* `status`: `Store.stats` as text;
* `wikidata_enrich`: the online Wikidata enrichment (reads the store, asks the API through
  `wikidata_api`, writes one named graph). It lives here, not in `kg.link` (the offline linker
  the build runs), because it reads and writes the store: `kg.link` sits below `kg.rdf` and
  `kg.store` and imports neither.
"""
