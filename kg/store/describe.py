"""The dataset's description of itself in VoID and DCAT: what it holds, under which licences, from
which sources, and where its endpoint and dumps are.

Linked-data tools (and people) look for this at `/.well-known/void` (VoID §7.2), and a dump read
on its own, far from the server, should still say what it is. So the same quads serve both: the
server answers `/.well-known/void` with them, and every whole-store dump ends with them in their
own named graph (`DatasetInfo.description_graph`).

The licences are stated per part because they differ:
- the article texts (and quotes from them) stay under their publishers' terms: kg cannot relicense them;
- the names, English labels, coordinates and Wikidata links that come from kg's knowledge base
  are a derivative of ODbL databases, so they carry the ODbL and its attribution (the KB's own
  header says which sources);
- the ontology is CC BY 4.0 (`ontology/kg.ttl` says so itself).

Counts come from `Store.stats()`, the same figures `kg status` prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.link.kb import read_kb_meta, shipped_kb_path
from kg.rdf.terms import (
    DCAT,
    DCTERMS,
    IANA_MEDIA_TYPES,
    KG,
    KG_ONTOLOGY,
    NIF,
    ORG,
    PROV,
    RDF_TYPE,
    RDFS,
    SCHEMA,
    SD,
    VOID,
    XSD,
)
from kg.store import formats
from kg.store.articles import StoreStats
from kg.store.base import Store

#: Licence IRIs as their publishers spell them.
ODBL = "http://opendatacommons.org/licenses/odbl/1.0/"
CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/"
SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/"
#: Where VoID §7.2 says a dataset's description is found, under its base; also the description's
#: graph name in a dump.
DESCRIPTION_PATH = ".well-known/void"

ARTICLE_RIGHTS = (
    "The article texts stored here, and the quotes and evidence sentences taken from them, remain "
    "under their publishers' terms; kg does not relicense them."
)


@dataclass(frozen=True)
class DatasetInfo:
    """What the description cannot learn from the store: its name, IRIs and where it is served."""

    #: The dataset's title (`kg serve --title`).
    title: str
    #: The base of the IRIs kg minted (`kg build --base-iri`); the dataset's IRI sits under it.
    base: str
    #: Where the server is reached (`http://host:port/`), for the endpoint and dump URLs; None for
    #: a dump written by `kg dump`, which cannot know where it will be published.
    site: str | None = None
    #: The KB the store was linked with (its header names the sources and licence).
    kb_path: Path | None = None

    @property
    def description_graph(self) -> str:
        """The named graph the description sits in inside a dump (also the document's IRI)."""
        return self.base + DESCRIPTION_PATH

    @property
    def dataset(self) -> str:
        return self.description_graph + "#dataset"


def is_description_graph(iri: str) -> bool:
    """True for the named graph a dump's description sits in, whatever the base it was dumped under."""
    return iri.endswith(DESCRIPTION_PATH)


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _text(value: str, lang: str | None = "en") -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_iri(XSD + "integer"))


def description_triples(info: DatasetInfo, stats: StoreStats, kb_meta: dict[str, Any]) -> list[ox.Triple]:
    """The VoID + DCAT description as triples (no store access: `describe` gathers the inputs)."""
    a = _iri(RDF_TYPE)
    ds = _iri(info.dataset)
    kb = _iri(info.dataset.removesuffix("#dataset") + "#knowledge-base")
    t: list[ox.Triple] = []

    def add(s: ox.NamedNode | ox.BlankNode, p: str, o: ox.NamedNode | ox.BlankNode | ox.Literal) -> None:
        t.append(ox.Triple(s, _iri(p), o))

    t.append(ox.Triple(ds, a, _iri(VOID + "Dataset")))
    t.append(ox.Triple(ds, a, _iri(DCAT + "Dataset")))
    add(ds, DCTERMS + "title", _text(info.title))
    add(ds, DCTERMS + "description", _text(
        f"A knowledge graph built by kg from {stats.articles} Arabic news articles: the persons, "
        "organizations and places they mention (linked to Wikidata where known), who holds which "
        "post, who met whom, which treaties were signed, each with the text offsets (NIF) and the "
        "provenance (PROV) it was extracted from."))
    add(ds, DCTERMS + "language", _iri("http://id.loc.gov/vocabulary/iso639-1/ar"))
    add(ds, DCTERMS + "rights", _text(ARTICLE_RIGHTS))
    if stats.last_build:
        add(ds, DCTERMS + "modified", ox.Literal(stats.last_build, datatype=_iri(XSD + "dateTime"))
            if "T" in stats.last_build else _text(stats.last_build, None))
    add(ds, VOID + "uriSpace", _text(info.base, None))
    for vocabulary in (KG_ONTOLOGY, SCHEMA, NIF, PROV, ORG):
        add(ds, VOID + "vocabulary", _iri(vocabulary.rstrip("#") if vocabulary == KG_ONTOLOGY else vocabulary))
    add(ds, VOID + "triples", _integer(stats.quads))
    add(ds, VOID + "documents", _integer(stats.articles))
    add(ds, VOID + "entities", _integer(sum(stats.entities.values())))
    for name, count in sorted(stats.entities.items()):
        partition = ox.BlankNode()
        add(ds, VOID + "classPartition", partition)
        add(partition, VOID + "class", _iri(KG + name))
        add(partition, VOID + "entities", _integer(count))

    # The knowledge-base part: its own licence and attribution.
    add(ds, VOID + "subset", kb)
    t.append(ox.Triple(kb, a, _iri(VOID + "Dataset")))
    t.append(ox.Triple(kb, a, _iri(DCAT + "Dataset")))
    add(kb, DCTERMS + "title", _text("Names, English labels, coordinates and Wikidata links from kg's knowledge base"))
    if kb_meta.get("licence") == "ODbL-1.0":
        add(kb, DCTERMS + "license", _iri(ODBL))
    if attribution := kb_meta.get("attribution"):
        add(kb, DCTERMS + "rights", _text(str(attribution)))
    add(kb, DCTERMS + "source", _iri("https://www.wikidata.org/"))
    add(_iri(KG_ONTOLOGY), DCTERMS + "license", _iri(CC_BY_4))

    if info.site:
        site = info.site if info.site.endswith("/") else info.site + "/"
        endpoint = _iri(site + "sparql")
        add(ds, VOID + "sparqlEndpoint", endpoint)
        t.append(ox.Triple(endpoint, a, _iri(DCAT + "DataService")))
        t.append(ox.Triple(endpoint, a, _iri(SD + "Service")))
        add(endpoint, DCAT + "endpointURL", endpoint)
        add(endpoint, DCAT + "servesDataset", ds)
        add(endpoint, DCTERMS + "conformsTo", _iri(SPARQL_PROTOCOL))
        add(endpoint, DCTERMS + "title", _text(f"{info.title} SPARQL endpoint"))
        for name in formats.DUMPABLE:
            media = formats.FORMATS[name].media_type
            for gz in (False, True):
                url = _iri(f"{site}dump.{name}" + (".gz" if gz else ""))
                add(ds, VOID + "dataDump", url)
                distribution = _iri(f"{site}dump.{name}" + (".gz" if gz else "") + "#distribution")
                add(ds, DCAT + "distribution", distribution)
                t.append(ox.Triple(distribution, a, _iri(DCAT + "Distribution")))
                add(distribution, DCAT + "downloadURL", url)
                add(distribution, DCAT + "mediaType", _iri(IANA_MEDIA_TYPES + media))
                if gz:
                    add(distribution, DCAT + "compressFormat", _iri(IANA_MEDIA_TYPES + "application/gzip"))
        add(ds, RDFS + "seeAlso", _iri(site + ".well-known/void"))
    return t


def describe(store: Store, info: DatasetInfo) -> list[ox.Triple]:
    """The store's VoID + DCAT description, counted now."""
    kb_path = info.kb_path or shipped_kb_path()
    try:
        kb_meta = read_kb_meta(kb_path)
    except (OSError, ValueError):
        kb_meta = {}
    return description_triples(info, store.stats(), kb_meta)


def as_quads(triples: Iterable[ox.Triple], info: DatasetInfo) -> Iterator[ox.Quad]:
    """The description in its own named graph, as a dump carries it."""
    graph = _iri(info.description_graph)
    for triple in triples:
        yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


__all__ = [
    "ARTICLE_RIGHTS",
    "CC_BY_4",
    "DESCRIPTION_PATH",
    "ODBL",
    "DatasetInfo",
    "as_quads",
    "describe",
    "description_triples",
    "is_description_graph",
]
