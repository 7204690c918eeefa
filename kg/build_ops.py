"""Managing what `kg build` stored: `kg remove` (articles by id or IRI) and `kg status` (text)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.rdf.iris import Iris
from kg.store.base import Store, StoreStats

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
    store.remove_articles(result.graphs, provenance_graph=str(iris.provenance_graph))
    return result


def format_status(stats: StoreStats) -> str:
    """`kg status` as aligned lines of text."""

    def tally(counts: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in counts.items()) or "-"

    rows = [
        ("store", f"{stats.location} ({stats.backend})"),
        ("articles", str(stats.articles)),
        ("mentions", str(stats.mentions)),
        ("entities", tally(stats.entities)),
        ("graphs", str(stats.graphs)),
        ("quads", str(stats.quads)),
        ("last build", stats.last_build or "-"),
        ("kg versions", tally(stats.tools)),
        ("models", tally(stats.models)),
        *((key.replace("_", " "), str(value)) for key, value in stats.details.items()),
    ]
    width = max(len(key) for key, _ in rows)
    return "\n".join(f"{key:<{width}}  {value}" for key, value in rows)


__all__ = ["Removal", "format_status", "remove_articles", "resolve_article"]
