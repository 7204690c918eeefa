"""`kg remove`: take articles out of the store by id or IRI, with the provenance only they had."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.rdf.iris import Iris
from kg.store.base import Store
from kg.store.search_index import kept_in_step

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


@dataclass
class Removal:
    graphs: list[str] = field(default_factory=list)
    #: References that matched no stored article.
    missing: list[str] = field(default_factory=list)


def resolve_article(store: Store, ref: str, iris: Iris) -> list[str]:
    """The article graphs `ref` names: an article id (kg:articleId), an article IRI or a graph IRI."""
    graphs = store.article_graphs(ref)
    if graphs or not _IRI.match(ref):
        return graphs
    parsed = iris.parse(ref)
    graph = str(iris.build("article-graph", parsed.id)) if parsed and parsed.kind == "article" else ref
    return [graph] if store.article_hash(graph) is not None else []


def remove_articles(store: Store, refs: Iterable[str], iris: Iris) -> Removal:
    """Remove every article `refs` name, with the provenance only they had, in one transaction."""
    result = Removal()
    for ref in refs:
        graphs = resolve_article(store, ref, iris)
        if not graphs:
            result.missing.append(ref)
        result.graphs += [g for g in graphs if g not in result.graphs]
    store.remove_articles(result.graphs, provenance_graph=str(iris.provenance_graph_iri))
    with kept_in_step(store) as index:
        if index is not None:
            index.remove_graphs(result.graphs)
    return result


__all__ = ["Removal", "remove_articles", "resolve_article"]
