"""Keeping the search index in step with writes over HTTP (`/update`, `/store`).

The writer worker calls `sync_after_write` after a write job succeeded, with the store it
wrote. A Graph Store request names its graph; a SPARQL Update names the graphs it writes
after `GRAPH`, `INTO`, `WITH`, `TO` or `DROP`/`CLEAR`/`CREATE`/`ADD`/`MOVE`/`COPY` (found on
the lexed text, `kg.store.sparql_lexer`, so IRIs in strings and comments are not taken).
Those graphs, and the default graph, are indexed again from the store. An update whose graphs
cannot be told from its text (`GRAPH ?g`, `DROP ALL`, prefixed names, relative IRIs) makes
the whole index again. A failure leaves the write done and logs how to mend the index.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from kg.server.jobs import GraphWriteJob, UpdateJob
from kg.store.base import Store
from kg.store.search_index import DEFAULT_GRAPH, kept_in_step
from kg.store.sparql_lexer import tokens

log = logging.getLogger(__name__)

_TARGETS = frozenset({"GRAPH", "INTO", "WITH", "TO", "DROP", "CLEAR", "CREATE", "ADD", "MOVE", "COPY"})


def graphs_an_update_writes(update: str) -> list[str] | None:
    """The named graphs (and "" for the default graph) an update may write; None if they cannot be told."""
    found = [DEFAULT_GRAPH]
    after_keyword = False
    for kind, text, _ in tokens(update):
        word = text.upper() if kind == "word" else ""
        if after_keyword:
            if word in ("SILENT", "GRAPH"):
                continue
            after_keyword = False
            if kind == "iri":
                iri = text[1:-1]
                if ":" not in iri:  # relative to a BASE: not worth resolving here
                    return None
                found.append(iri)
            elif word == "DEFAULT":
                continue
            elif word in _TARGETS:
                after_keyword = True
            elif kind == "word" or word in ("ALL", "NAMED"):
                return None  # a variable, a prefixed name, ALL or NAMED
            continue
        if word in _TARGETS:
            after_keyword = True
    return list(dict.fromkeys(found))


def graphs_written(job: UpdateJob | GraphWriteJob) -> list[str] | None:
    if isinstance(job, GraphWriteJob):
        return [job.graph if job.graph is not None else DEFAULT_GRAPH]
    return graphs_an_update_writes(job.update)


def sync_after_write(store: Store, graphs: Sequence[str] | None) -> None:
    """Index `graphs` again from `store` (None: everything). Never raises: the write is done."""
    try:
        with kept_in_step(store) as index:
            if index is None:
                return
            if graphs is None:
                index.rebuild(store)
            else:
                for graph in graphs:
                    index.index_graph_from(store, graph)
    except (OSError, sqlite3.Error, ValueError) as exc:
        log.warning("%s: the search index may miss this write (%s); run kg search-index", store.location, exc)


__all__ = ["graphs_an_update_writes", "graphs_written", "sync_after_write"]
