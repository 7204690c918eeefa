"""The search index: every entity's names, folded as the linker folds them, in SQLite FTS5.

Why an index beside the RDF store: a name search over SPARQL is a regex scan of every label
(hundreds of milliseconds on 10,000 articles, and it cannot fold `أوكرانيا`/`اوكرانيا` or strip
`وبوتين`'s clitic). This index is built at write time, one named graph at a time, so a search
is a few B-tree and FTS lookups. Why SQLite FTS5 through Python's `sqlite3`: it ships with
CPython (no new dependency, no server), its prefix queries (`"بوت"*`) are what autocomplete
needs, its WAL mode lets `kg serve` read while `kg build` writes, and one transaction per
article keeps the index in step with the article's write. Tantivy or Whoosh would add a
dependency for features (BM25 over long texts) that names do not need.

Matching folds names with `kg.link.normalize.match_key` (alef forms, ى/ي, ة/ه, Persian
letters, diacritics, tatweel), the linker's own keys; the article ال is indexed both with and
without, and the query's clitics (و ف ب ل ك ال لل) are tried with
`kg.link.normalize.clitic_splits`. Ranking: exact names first, then names the query's words
start, then clitic readings; within each, the most mentioned entity first (`kg.store.search_rank`).

What is indexed, per named graph (`kg.store.search_records.graph_records`): each resource typed with a kg class of
`TYPE_BITS` (persons, organizations, places, meetings, treaties …), its `rdfs:label`s
(Arabic and English), `skos:altLabel`s, the surface forms of the mentions that refer to it
(`nif:anchorOf` of an `itsrdf:taIdentRef` mention), its Wikidata `owl:sameAs`, the labels of
the posts it holds, and its mention count. A graph's contribution is stored with it, so
replacing or removing the graph takes exactly that contribution away (reference counts), and
`rebuild` makes the whole index again from a store (`kg search-index`).

The index lives in `<store folder>/kg-search/index.sqlite` (a subfolder: `kg load` replaces the
store folder's files, never its subfolders); stores without a folder get one in memory.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.rdf.terms import KG
from kg.store.search_rank import Hit, ranked_hits
from kg.store.search_records import (
    INDEXED_PREDICATES,
    TYPE_BITS,
    TYPE_ORDER,
    EntityRecord,
    fold,
    graph_records,
    name_tokens,
    type_mask,
    typed_subjects,
)

if TYPE_CHECKING:
    from kg.store.base import Store

#: How the index names the store's default graph (its triples are indexed like a named graph's).
DEFAULT_GRAPH = ""
#: Where a folder store keeps its index, relative to the store folder.
INDEX_DIR = "kg-search"
INDEX_FILE = "index.sqlite"
#: Bumped when the schema or what is indexed changes: an older index is rebuilt, not misread.
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entity(
    id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE, label TEXT, label_en TEXT, type TEXT,
    types INTEGER NOT NULL DEFAULT 0, wikidata TEXT, mentions INTEGER NOT NULL DEFAULT 0,
    graphs INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS entity_rank ON entity(mentions DESC);
CREATE TABLE IF NOT EXISTS value(
    entity INTEGER NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, refs INTEGER NOT NULL,
    PRIMARY KEY(entity, field, value)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS name(
    id INTEGER PRIMARY KEY, entity INTEGER NOT NULL, key TEXT NOT NULL, tokens TEXT NOT NULL,
    refs INTEGER NOT NULL, UNIQUE(entity, key));
CREATE INDEX IF NOT EXISTS name_key ON name(key);
CREATE VIRTUAL TABLE IF NOT EXISTS name_fts USING fts5(
    tokens, content='name', content_rowid='id', prefix='2 3', tokenize='unicode61');
CREATE TABLE IF NOT EXISTS graph(iri TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
"""


class SearchIndexError(Exception):
    """The index cannot be opened or read (missing, corrupt, or from a newer kg)."""


# -- the index -----------------------------------------------------------------------------------


def index_path(store: Store) -> Path | None:
    """Where the index of `store` lives: `<folder>/kg-search/index.sqlite` for a folder store, else None."""
    from kg.store.registry import parse_location

    scheme, rest = parse_location(store.location) if store.location else ("memory", "")
    if scheme != "oxigraph" or not rest:
        return None
    return Path(rest) / INDEX_DIR / INDEX_FILE


class SearchIndex:
    """An entity name index in SQLite: written by one writer, read by any number of threads.

    `SearchIndex(path)` opens (and creates) a writable index; `SearchIndex(path, read_only=True)`
    reads one that must exist; `SearchIndex(None)` is a private in-memory index.
    """

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._local = threading.local()
        self._lock = threading.RLock()
        #: One connection under `_lock` for a writable or in-memory index (the build's writer thread
        #: uses it too); read-only file indexes give each thread its own.
        self._shared: sqlite3.Connection | None = None
        if read_only and path is not None and not path.is_file():
            raise SearchIndexError(f"{path}: no search index here (run: kg search-index --store STORE)")
        if path is None or not read_only:
            self._shared = self._connect()
        conn = self._conn()
        if not read_only:
            if path is not None:
                # WAL: readers (kg serve) never wait for the writer. synchronous=NORMAL: a commit
                # does not wait for fsync; a power cut may lose the last articles' entries, which
                # the next build puts back (it indexes any stored article the index lacks).
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            with conn:
                conn.executescript(_SCHEMA)
                version = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if version is None:
                    conn.execute("INSERT INTO meta VALUES('schema', ?)", (SCHEMA_VERSION,))
                elif version[0] != SCHEMA_VERSION:
                    self._clear(conn)
                    conn.execute("UPDATE meta SET value=? WHERE key='schema'", (SCHEMA_VERSION,))

    @classmethod
    def for_store(cls, store: Store, *, read_only: bool = False) -> SearchIndex | None:
        """The index kept beside `store` (None if `store` has no folder, or read-only and none exists)."""
        path = index_path(store)
        if path is None:
            return None
        if read_only:
            return cls(path, read_only=True) if path.is_file() else None
        path.parent.mkdir(parents=True, exist_ok=True)
        index = cls(path)
        # A store built before it had an index, or a load killed before the index followed it.
        if index.is_stale() or (not index.has_graphs() and len(store)):
            index.rebuild(store)
        return index

    def _connect(self) -> sqlite3.Connection:
        if self.path is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
        elif self.read_only:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    def _conn(self) -> sqlite3.Connection:
        """This thread's connection (the shared one, under `_lock`, unless read-only)."""
        if self._shared is not None:
            return self._shared
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def close(self) -> None:
        conn = self._shared or getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self._shared = None
        self._local = threading.local()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ----------------------------------------------------------------------------------

    def write_graph(self, graph_iri: str, triples: Iterable[tuple[Any, Any, Any]],
                    *, replaces: Sequence[str] = ()) -> None:
        """Make `triples` the indexed content of `graph_iri`, forgetting it and `replaces` first."""
        records = graph_records(triples)
        with self._lock, self._conn() as conn:
            touched = self._forget(conn, [graph_iri, *replaces])
            touched |= self._add(conn, graph_iri, records)
            self._refresh(conn, touched)

    def remove_graphs(self, graph_iris: Sequence[str]) -> None:
        """Take the contributions of these graphs out of the index (graphs never indexed are ignored)."""
        with self._lock, self._conn() as conn:
            self._refresh(conn, self._forget(conn, list(graph_iris)))

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock if self._shared is not None else _NoLock():
            return self._conn().execute(sql, params).fetchall()

    def mark_stale(self) -> None:
        """Say that the store is about to change in ways the index cannot follow (a load):
        until `rebuild` finishes, every writer that opens the index makes it again."""
        with self._lock, self._conn() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES('stale', '1')")

    def is_stale(self) -> bool:
        return bool(self._rows("SELECT 1 FROM meta WHERE key='stale' AND value='1'"))

    def has_graphs(self) -> bool:
        return bool(self._rows("SELECT 1 FROM graph LIMIT 1"))

    def has_graph(self, graph_iri: str) -> bool:
        return bool(self._rows("SELECT 1 FROM graph WHERE iri=?", (graph_iri,)))

    def index_graph_from(self, store: Store, graph_iri: str) -> None:
        """Index what `store` holds in `graph_iri` now (after a write that did not go through here)."""
        self.write_graph(graph_iri, _graph_triples(store, graph_iri))

    def rebuild(self, store: Store) -> int:
        """Make the index again from everything in `store`, in one transaction. Returns the graphs indexed."""
        by_graph: dict[str, list[tuple[Any, Any, Any]]] = defaultdict(list)
        values = " ".join(f"<{p}>" for p in INDEXED_PREDICATES)
        for row in store.query(f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"):
            by_graph[row["g"].value].append((row["s"], row["p"], row["o"]))
        default = list(_graph_triples(store, DEFAULT_GRAPH))  # `kg load` of a Turtle file puts it there
        if default:
            by_graph[DEFAULT_GRAPH] = default
        typed = set().union(*map(typed_subjects, by_graph.values())) if by_graph else set()
        with self._lock, self._conn() as conn:
            self._clear(conn)
            for graph_iri, triples in by_graph.items():
                self._add(conn, graph_iri, graph_records(triples, keep=typed))
            self._refresh(conn, None)
            conn.execute("DELETE FROM meta WHERE key='stale'")
        return len(by_graph)

    def _clear(self, conn: sqlite3.Connection) -> None:
        for table in ("entity", "value", "name", "graph"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("INSERT INTO name_fts(name_fts) VALUES('delete-all')")

    def _entity_id(self, conn: sqlite3.Connection, iri: str) -> int:
        row = conn.execute("SELECT id FROM entity WHERE iri=?", (iri,)).fetchone()
        if row is not None:
            return int(row[0])
        return int(conn.execute("INSERT INTO entity(iri) VALUES(?)", (iri,)).lastrowid or 0)

    def _add(self, conn: sqlite3.Connection, graph_iri: str, records: dict[str, EntityRecord]) -> set[int]:
        if not records:
            return set()
        touched = set()
        for iri, rec in records.items():
            eid = self._entity_id(conn, iri)
            touched.add(eid)
            conn.execute("UPDATE entity SET mentions=mentions+?, graphs=graphs+1 WHERE id=?", (rec.mentions, eid))
            conn.executemany(
                "INSERT INTO value VALUES(?,?,?,1) ON CONFLICT(entity, field, value) DO UPDATE SET refs=refs+1",
                [(eid, f, v) for f, v in rec.values])
            for key in dict.fromkeys(k for k in map(fold, rec.names) if k):
                row = conn.execute("SELECT id FROM name WHERE entity=? AND key=?", (eid, key)).fetchone()
                if row is not None:
                    conn.execute("UPDATE name SET refs=refs+1 WHERE id=?", (row[0],))
                    continue
                tokens = name_tokens(key)
                rowid = conn.execute("INSERT INTO name(entity, key, tokens, refs) VALUES(?,?,?,1)",
                                     (eid, key, tokens)).lastrowid
                conn.execute("INSERT INTO name_fts(rowid, tokens) VALUES(?,?)", (rowid, tokens))
        data = {iri: [rec.mentions, [list(v) for v in rec.values], list(rec.names)] for iri, rec in records.items()}
        conn.execute("INSERT OR REPLACE INTO graph VALUES(?,?)", (graph_iri, json.dumps(data, ensure_ascii=False)))
        return touched

    def _forget(self, conn: sqlite3.Connection, graph_iris: Sequence[str]) -> set[int]:
        touched: set[int] = set()
        for graph_iri in dict.fromkeys(graph_iris):
            row = conn.execute("SELECT data FROM graph WHERE iri=?", (graph_iri,)).fetchone()
            if row is None:
                continue
            conn.execute("DELETE FROM graph WHERE iri=?", (graph_iri,))
            for iri, (mentions, values, names) in json.loads(row[0]).items():
                found = conn.execute("SELECT id FROM entity WHERE iri=?", (iri,)).fetchone()
                if found is None:
                    continue
                eid = int(found[0])
                touched.add(eid)
                conn.execute("UPDATE entity SET mentions=mentions-?, graphs=graphs-1 WHERE id=?", (mentions, eid))
                conn.executemany("UPDATE value SET refs=refs-1 WHERE entity=? AND field=? AND value=?",
                                 [(eid, f, v) for f, v in values])
                for key in dict.fromkeys(k for k in map(fold, names) if k):
                    conn.execute("UPDATE name SET refs=refs-1 WHERE entity=? AND key=?", (eid, key))
        return touched

    def _refresh(self, conn: sqlite3.Connection, touched: set[int] | None) -> None:
        """Drop what no graph supports any more and recompute the shown fields of `touched` (None: all)."""
        if touched is None:
            ids = [r[0] for r in conn.execute("SELECT id FROM entity")]
        else:  # only the touched entities' rows can have dropped to zero: no scan of the whole index
            ids = sorted(touched)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for rowid, tokens in conn.execute(
                    f"SELECT id, tokens FROM name WHERE entity IN ({marks}) AND refs<=0", chunk).fetchall():
                conn.execute("INSERT INTO name_fts(name_fts, rowid, tokens) VALUES('delete', ?, ?)", (rowid, tokens))
            conn.execute(f"DELETE FROM name WHERE entity IN ({marks}) AND refs<=0", chunk)
            conn.execute(f"DELETE FROM value WHERE entity IN ({marks}) AND refs<=0", chunk)
            conn.execute(f"DELETE FROM entity WHERE id IN ({marks}) AND graphs<=0", chunk)
        for eid in ids:
            fields: dict[str, list[tuple[str, int]]] = defaultdict(list)
            for field, value, refs in conn.execute("SELECT field, value, refs FROM value WHERE entity=?", (eid,)):
                fields[field].append((value, refs))
            present = {v for v, _ in fields.get("type", [])}
            mask = sum(TYPE_BITS[t] for t in present if t in TYPE_BITS)
            shown = next((KG + t for t in TYPE_ORDER if t in present), None)
            conn.execute("UPDATE entity SET label=?, label_en=?, type=?, types=?, wikidata=? WHERE id=?",
                         (_best(fields.get("label")), _best(fields.get("label_en")), shown, mask,
                          _best(fields.get("wikidata")), eid))

    # -- reads -----------------------------------------------------------------------------------

    def search(self, text: str, *, types: Iterable[str] = (), limit: int = 10, offset: int = 0) -> list[Hit]:
        """Entities whose names match `text`, best first (`kg.store.search_rank`); `types` filters."""
        with self._lock if self._shared is not None else _NoLock():
            try:
                return ranked_hits(self._conn(), text, type_mask(types), limit, offset)
            except sqlite3.Error as exc:
                raise SearchIndexError(f"{self.path or 'in-memory index'}: {exc}") from exc

    def entity(self, iri: str) -> Hit | None:
        """The entity with this IRI, if indexed (as a tier-0 hit)."""
        rows = self._rows("SELECT iri, label, label_en, type, wikidata, mentions, types FROM entity "
                          "WHERE iri=? AND types != 0", (iri,))
        return Hit(*rows[0][:5], int(rows[0][5]), 0, int(rows[0][6])) if rows else None

    def names(self, iri: str) -> list[str]:
        """The folded names of an entity (for scoring a candidate against a query)."""
        return [r[0] for r in self._rows(
            "SELECT n.key FROM name n JOIN entity e ON e.id=n.entity WHERE e.iri=?", (iri,))]

    def values(self, iri: str, field: str) -> list[str]:
        return [r[0] for r in self._rows(
            "SELECT v.value FROM value v JOIN entity e ON e.id=v.entity WHERE e.iri=? AND v.field=? "
            "ORDER BY v.refs DESC", (iri, field))]

    def with_value(self, field: str, value: str, *, limit: int = 10) -> list[Hit]:
        """Entities with a field value (e.g. ("wikidata", IRI)), most mentioned first."""
        rows = self._rows(
            "SELECT e.iri, e.label, e.label_en, e.type, e.wikidata, e.mentions, e.types FROM value v "
            "JOIN entity e ON e.id=v.entity WHERE v.field=? AND v.value=? AND e.types != 0 "
            "ORDER BY e.mentions DESC LIMIT ?", (field, value, limit))
        return [Hit(r[0], r[1], r[2], r[3], r[4], int(r[5]), 0, int(r[6])) for r in rows]

    def counts(self) -> dict[str, int]:
        return {
            "entities": self._rows("SELECT COUNT(*) FROM entity WHERE types != 0")[0][0],
            "names": self._rows("SELECT COUNT(*) FROM name")[0][0],
            "graphs": self._rows("SELECT COUNT(*) FROM graph")[0][0],
        }


class _NoLock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _best(values: list[tuple[str, int]] | None) -> str | None:
    """The value most graphs give; ties go to the longer (fuller) one, then the first in order."""
    if not values:
        return None
    return sorted(values, key=lambda vr: (-vr[1], -len(vr[0]), vr[0]))[0][0]


@contextlib.contextmanager
def kept_in_step(store: Store) -> Iterator[SearchIndex | None]:
    """The writable index beside `store` while a command writes it (None for stores without a folder).

    A store that had no index yet gets one made from its content first, so the index is whole
    from the first write on.
    """
    index = SearchIndex.for_store(store)
    try:
        yield index
    finally:
        if index is not None:
            index.close()


def mark_stale(store: Store) -> None:
    """Before a change the index cannot follow (`kg load`): the next writer rebuilds unless `reindex` ran."""
    path = index_path(store)
    if path is not None and path.is_file():
        with SearchIndex(path) as index:
            index.mark_stale()


def reindex(store: Store) -> dict[str, int] | None:
    """Make the index beside `store` again from its content (`kg load`, `kg search-index`).

    Returns the index's counts, or None for a store without a folder (its server indexes it in memory).
    """
    path = index_path(store)
    if path is None:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    with SearchIndex(path) as index:
        index.rebuild(store)
        return index.counts()


def _graph_triples(store: Store, graph_iri: str) -> Iterator[tuple[Any, Any, Any]]:
    """The indexed predicates' triples of one named graph, or of the default graph (`DEFAULT_GRAPH`)."""
    values = " ".join(f"<{p}>" for p in INDEXED_PREDICATES)
    if graph_iri == DEFAULT_GRAPH:
        rows = store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}", union_default_graph=False)
    else:
        rows = store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
    for row in rows:
        yield row["s"], row["p"], row["o"]


__all__ = ["DEFAULT_GRAPH", "Hit", "SearchIndex", "SearchIndexError", "index_path", "kept_in_step", "mark_stale",
           "reindex"]
