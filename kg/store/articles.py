"""kg's articles in any store: one article's write, its removal and `kg status`, in plain SPARQL 1.1.

These are not part of the abstract store (`kg.store.base`): they are kg's own data model (one
named graph per article, its provenance in a shared graph, `kg:articleId`, `kg:textHash`)
written as SPARQL over the store's `query` and `update`, so every backend that runs SPARQL
Update inherits them through `Store`. One article's write is one Update request, which a
conforming store applies atomically (`Store.transaction_aware`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from kg.rdf.terms import ARTICLE_ID, KG, PROV, RDF_TYPE, RDFS_LABEL, SCHEMA
from kg.store.term_text import iri as _iri
from kg.store.term_text import is_blank_node, sparql_triples
from kg.store.term_text import string_literal as _string
from kg.store.term_text import term as _term

#: Triples per INSERT DATA block in `write_article`.
INSERT_DATA_CHUNK = 2000

_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#]*@")


@dataclass(frozen=True)
class StoreStats:
    """What a store holds, for `kg status` (like `datasette inspect` or Fuseki's stats)."""

    location: str
    backend: str
    quads: int
    graphs: int
    articles: int
    mentions: int
    #: Distinct resources per kg: class (Person, Place, Meeting …), articles and mentions aside.
    entities: dict[str, int]
    #: The newest prov:startedAtTime of a build activity (SOURCE_DATE_EPOCH when that was set).
    last_build: str | None
    #: Build activities per kg version and per NLP model, as the provenance records them.
    tools: dict[str, int]
    models: dict[str, int]
    #: Backend-specific facts (files, snapshots, endpoint).
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class ArticleMethods:
    """The article-level operations of `Store`, over its `query` and `update` (a mixin)."""

    # Provided by the store: location, backend, query, update, graphs and __len__.

    def article_graphs(self, article_id: str) -> list[str]:
        """The named graphs holding an article with this kg:articleId (current and stale versions)."""
        rows = self.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a <{ARTICLE_ID}> {_string(article_id)} }} }}"
        )
        return sorted(row["g"].value for row in rows)

    def has_provenance(self, graph_iri: str, provenance_graph: str) -> bool:
        """True if the provenance graph says which activity generated `graph_iri`."""
        return bool(self.query(
            f"ASK {{ GRAPH {_iri(provenance_graph)} {{ {_iri(graph_iri)} <{PROV}wasGeneratedBy> ?act }} }}"
        ))

    def write_article(
        self,
        graph_iri: str,
        triples: Iterable[tuple[Any, Any, Any]],
        *,
        provenance_graph: str,
        provenance: Iterable[tuple[Any, Any, Any]],
        replaces: Sequence[str] = (),
    ) -> None:
        """Store one article in ONE transaction: its graph, its provenance, and nothing stale.

        The graph `graph_iri` and the graphs in `replaces` (earlier versions of the article) are
        dropped together with the provenance only they supported (see `remove_articles`), then
        `triples` become the graph and `provenance` is added to `provenance_graph`. A crash
        leaves the article entirely old or entirely new, never without its provenance.
        Raises ValueError (nothing written) if a term cannot be written as RDF.
        """
        doomed = [g for g in (graph_iri, *(g for g in replaces if g != graph_iri))
                  if not (self._surely_absent(g, None) and self._surely_absent(g, provenance_graph))]
        prov = list(provenance)
        restarted = {s for s, p, _ in prov if str(p) == f"{PROV}startedAtTime"
                     and not self._surely_absent(s, provenance_graph)}
        labels: dict[Any, str] = {}
        ops = _forget_articles(doomed, provenance_graph) if doomed else []
        # An activity shared with an article that stays keeps one start time: the newest.
        ops += [f"DELETE WHERE {{ GRAPH {_iri(provenance_graph)} {{ {_term(a, labels)} "
                f"<{PROV}startedAtTime> ?t }} }}" for a in sorted(restarted, key=str)]
        rows = list(triples)
        # Several INSERT DATA blocks in the same request (still one transaction): Virtuoso's parser
        # gives out near 5,000 triples in one block. Blank-node labels are scoped to one
        # operation, so a graph with blank nodes stays in a single block.
        chunk = (len(rows) or 1) if any(is_blank_node(t) for row in rows for t in row) else INSERT_DATA_CHUNK
        for start in range(0, max(len(rows), 1), chunk):
            body = sparql_triples(rows[start:start + chunk], labels)
            ops.append(f"INSERT DATA {{\nGRAPH {_iri(graph_iri)} {{\n{body}\n}}\n}}")
        ops.append(f"INSERT DATA {{\nGRAPH {_iri(provenance_graph)} {{\n{sparql_triples(prov, labels)}\n}}\n}}")
        self.update(" ;\n".join(ops))

    def _surely_absent(self, subject: Any, graph: str | None) -> bool:
        """True only if nothing has `subject` as subject in `graph` (None: no graph is named `subject`).

        Lets `write_article` leave out the removals that have nothing to remove (for a new
        article, about a quarter of the embedded store's write time). The default never
        claims it: a remote store would pay a round trip to find out.
        """
        return False

    def remove_articles(self, graph_iris: Sequence[str], *, provenance_graph: str) -> None:
        """Drop article graphs and, in ONE transaction, the provenance only they supported.

        Goes: each graph's PROV entity, the activities that generated only these graphs, and
        the agents (kg versions) and models that no remaining activity uses.
        """
        if graph_iris:
            self.update(" ;\n".join(_forget_articles(list(graph_iris), provenance_graph)))

    def stats(self) -> StoreStats:
        """Counts for `kg status`; backends may add `details` or answer faster."""

        def count(sparql: str) -> int:
            return next((int(row["n"].value) for row in self.query(sparql)), 0)

        def tally(sparql: str) -> dict[str, int]:
            return {row["k"].value: int(row["n"].value) for row in self.query(sparql)}

        entities = tally(
            f"SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e <{RDF_TYPE}> ?t }} "
            f"FILTER(STRSTARTS(STR(?t), {_string(KG)}) && ?t NOT IN (<{KG}NewsArticle>, <{KG}Mention>)) "
            f"BIND(STRAFTER(STR(?t), {_string(KG)}) AS ?k) }} GROUP BY ?k ORDER BY ?k"
        )
        last = [row["t"].value for row in self.query(
            f"SELECT (MAX(STR(?s)) AS ?t) WHERE {{ GRAPH ?g {{ ?act <{PROV}startedAtTime> ?s }} }}"
        ) if row["t"] is not None]
        used = f"GRAPH ?g {{ ?act <{RDF_TYPE}> <{PROV}Activity> ; "
        return StoreStats(
            location=_USERINFO.sub(r"\1", self.location),  # never print a password
            backend=self.backend,
            quads=len(self),
            graphs=len(self.graphs()),
            articles=count(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a <{ARTICLE_ID}> ?id }} }}"),
            mentions=count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?m <{RDF_TYPE}> <{KG}Mention> }} }}"),
            entities=entities,
            last_build=last[0] if last else None,
            tools=tally(f"SELECT ?k (COUNT(DISTINCT ?act) AS ?n) WHERE {{ {used} "
                        f"<{PROV}wasAssociatedWith> ?agent . ?agent <{SCHEMA}softwareVersion> ?k }} }} "
                        "GROUP BY ?k ORDER BY ?k"),
            models=tally(f"SELECT ?k (COUNT(DISTINCT ?act) AS ?n) WHERE {{ {used} <{PROV}used> ?m . "
                         f"?m <{RDF_TYPE}> <{PROV}Entity> ; <{RDFS_LABEL}> ?k }} }} GROUP BY ?k ORDER BY ?k"),
        )


def _forget_articles(graphs: list[str], provenance_graph: str) -> list[str]:
    """Update operations dropping article graphs and the provenance only they supported.

    In the provenance graph (what `kg.rdf.article.provenance_triples` writes): each graph's
    PROV entity; the activities that generated only these graphs (an activity is shared when
    two articles have the same text); the doomed articles from activities that stay; agents
    and models that no remaining activity uses. The operations run in order in one request.
    """
    prov = _iri(provenance_graph)
    values = " ".join(_iri(g) for g in graphs)
    listed = ", ".join(_iri(g) for g in graphs)
    gen = f"<{PROV}wasGeneratedBy>"
    uses = f"<{PROV}wasAssociatedWith>|<{PROV}used>"
    doomed_activity = (f"VALUES ?g {{ {values} }} ?g {gen} ?act . "
                       f"FILTER NOT EXISTS {{ ?kept {gen} ?act FILTER(?kept NOT IN ({listed})) }}")
    return [
        f"DELETE {{ GRAPH {prov} {{ ?x ?p ?o }} }} WHERE {{ GRAPH {prov} {{ {doomed_activity} "
        f"?act {uses} ?x . ?x ?p ?o . "
        f"FILTER NOT EXISTS {{ ?other {uses} ?x . "
        f"FILTER(NOT EXISTS {{ ?d {gen} ?other FILTER(?d IN ({listed})) }} "
        f"|| EXISTS {{ ?h {gen} ?other FILTER(?h NOT IN ({listed})) }}) }} }} }}",
        f"DELETE {{ GRAPH {prov} {{ ?act <{PROV}used> ?a }} }} WHERE {{ VALUES ?g {{ {values} }} "
        f"GRAPH {prov} {{ ?g {gen} ?act }} GRAPH ?g {{ ?a <{ARTICLE_ID}> ?id }} }}",
        f"DELETE {{ GRAPH {prov} {{ ?act ?p ?o }} }} WHERE {{ GRAPH {prov} {{ {doomed_activity} ?act ?p ?o }} }}",
        f"DELETE {{ GRAPH {prov} {{ ?g ?p ?o }} }} WHERE {{ GRAPH {prov} {{ VALUES ?g {{ {values} }} ?g ?p ?o }} }}",
        *(f"DROP SILENT GRAPH {_iri(g)}" for g in graphs),
    ]
