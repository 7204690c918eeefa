"""The store interface every backend implements, and the errors it raises.

The builder, the CLI and the server only talk to `Store`, so a remote SPARQL backend can be
added later without touching them. Query results are pyoxigraph's result objects
(`QuerySolutions`, `QueryBoolean`, `QueryTriples`): they serialize themselves into every
SPARQL results format, so no layer above needs hand-written serializers.

The article-level operations (`write_article`, `remove_articles`, `article_graphs`, `stats`)
have default implementations in plain SPARQL 1.1 over `query` and `update`, so every backend
that can run SPARQL Update inherits them; one article's write is one Update request, which a
conforming store applies atomically.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    import rdflib
    from pyoxigraph import QueryBoolean, QuerySolutions, QueryTriples

    QueryResult = QuerySolutions | QueryBoolean | QueryTriples

#: Namespace of the kg ontology.
KG = "https://w3id.org/kg-ar/ontology#"
#: The article graph's hash of the text it was built from (lets `kg build` skip unchanged articles).
TEXT_HASH = KG + "textHash"
#: The article's id as the builder read it (file name or JSONL `id`): what `kg remove` accepts.
ARTICLE_ID = KG + "articleId"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

#: Prefixes used when serializing Turtle/TriG, so dumps are readable.
PREFIXES = {
    "kg": KG,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
}


class StoreError(Exception):
    """Base class of the store's own errors."""


class StoreLockedError(StoreError, OSError):
    """Another process holds the store's write lock (Oxigraph allows one writer)."""


class ReadOnlyStoreError(StoreError, PermissionError):
    """A write was attempted on a store opened read-only."""


class StoreNotFoundError(StoreError, FileNotFoundError):
    """A read-only open of a store that does not exist (readers never create stores)."""


class UnsupportedStoreError(StoreError, ValueError):
    """The location names a backend that does not exist or is not implemented yet."""


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


class Store(ABC):
    """An RDF dataset: one named graph per article plus shared graphs (provenance, ontology).

    Writes are per graph. `replace_graph` is atomic, so a reader never sees half an article
    and a crash leaves either the old or the new version. Malformed SPARQL raises `SyntaxError`.
    """

    #: Where the store lives, as given to `open_store`.
    location: str
    #: True if writes are refused.
    read_only: bool

    # -- reads ---------------------------------------------------------------------------------

    @abstractmethod
    def article_hash(self, graph_iri: str) -> str | None:
        """The kg:textHash stored in that article graph, or None if the article is not stored."""

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
        union_default_graph: bool = True,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a SPARQL 1.1 query.

        Without dataset arguments (and without FROM in the query) the default graph is the union
        of all graphs, so `SELECT * { ?s ?p ?o }` sees everything. `default_graph_uris` /
        `named_graph_uris` are the SPARQL protocol's `default-graph-uri` / `named-graph-uri`:
        when either is given the dataset is exactly what they name. `base_iri` resolves relative
        IRIs (without it they are a syntax error).
        """

    @abstractmethod
    def dump(self, out: BinaryIO, fmt: str, graph_iri: str | None = None, *, gzip: bool = False) -> None:
        """Stream the store (or one graph) to `out` in constant memory.

        `fmt` is a format name from `kg.store.formats` (`ttl`, `nt`, `nq`, `trig`, `jsonld`); a
        `.gz` suffix (`ttl.gz`) or `gzip=True` compresses. Triple formats over the whole store
        write the union of all graphs (a triple stored in two graphs is written twice).
        """

    @abstractmethod
    def graphs(self) -> list[str]:
        """The names of the named graphs."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of quads."""

    @abstractmethod
    def as_rdflib_dataset(self) -> rdflib.Dataset:
        """An rdflib view of the store, for tools that need rdflib (SHACL validation)."""

    # -- writes --------------------------------------------------------------------------------

    @abstractmethod
    def replace_graph(self, graph_iri: str, triples: rdflib.Graph) -> None:
        """Atomically make `triples` the whole content of the named graph `graph_iri`."""

    @abstractmethod
    def add_to_graph(self, graph_iri: str, triples: rdflib.Graph) -> None:
        """Add `triples` to the named graph (atomically), keeping what is there."""

    @abstractmethod
    def remove_graph(self, graph_iri: str) -> None:
        """Delete a named graph and its triples."""

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply a SPARQL 1.1 Update request in one transaction (the server's /update and /store).

        Malformed updates raise `SyntaxError`. In updates the default graph is the store's real
        default graph, not the union of all graphs.
        """
        raise NotImplementedError(f"{type(self).__name__} does not support SPARQL Update")

    # -- articles (plain SPARQL 1.1 over `query`/`update`, so every backend gets them) ------------

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

    @property
    def backend(self) -> str:
        """A short name of the backend, for `kg status`."""
        return type(self).__name__.removesuffix("Store").lower() or "store"

    @abstractmethod
    def load(self, path: Path, *, replace: bool = False, graph: str | None = None) -> None:
        """Import an RDF file (.ttl .nt .nq .trig .jsonld .rdf, optionally .gz).

        Triples formats go to the default graph, or to `graph` if given. `replace` empties the
        whole store first.
        """

    # -- lifecycle -----------------------------------------------------------------------------

    def publish(self) -> None:  # noqa: B027 - optional hook, a no-op for most backends
        """Make committed writes visible to readers in other processes (no-op if they already are)."""

    def refresh(self) -> None:  # noqa: B027 - optional hook
        """Catch up with what writers have published (read-only handles; no-op otherwise)."""

    @abstractmethod
    def close(self) -> None:
        """Release the store (and its write lock). Idempotent."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- SPARQL text helpers ---------------------------------------------------------------------------
# pyoxigraph exposes no parsed-query object, so two questions are answered on the query text with
# comments, strings and IRIs blanked out (they are the only places a keyword can hide).

_NOISE = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                  | '''(?:[^'\\]|\\.|'(?!''))*'''
                  | "(?:[^"\\\n]|\\.)*"
                  | '(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)""",
    re.VERBOSE | re.DOTALL,
)
_FROM = re.compile(r"(?<![\w:?$])FROM(?![\w:])", re.IGNORECASE)
_UPDATE = re.compile(
    r"""^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)\s*)*
        (?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:])""",
    re.IGNORECASE | re.VERBOSE,
)


def sparql_skeleton(text: str) -> str:
    """The query with comments removed and every string/IRI emptied (`""`, `<>`)."""

    def blank(m: re.Match[str]) -> str:
        if m.group("comment") is not None:
            return " "
        return '""' if m.group("string") is not None else "<>"

    return _NOISE.sub(blank, text)


def has_dataset_clause(sparql: str) -> bool:
    """True if the query has FROM / FROM NAMED (then it chooses its own default graph)."""
    return _FROM.search(sparql_skeleton(sparql)) is not None


def looks_like_update(sparql: str) -> bool:
    """True if the text is a SPARQL Update request (INSERT, DELETE, LOAD, DROP …), not a query."""
    return _UPDATE.match(sparql_skeleton(sparql)) is not None


# -- SPARQL Update text for article writes (backend-neutral) ---------------------------------------

_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#]*@")
_IRI_TEXT = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\x00-\x20]*')
_LANG_TAG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _iri(value: object) -> str:
    text = str(value)
    if not _IRI_TEXT.fullmatch(text):
        raise ValueError(f"not an absolute IRI: {text!r}")
    return f"<{text}>"


def _string(value: str) -> str:
    """A SPARQL string literal (only backslash, quote, CR and LF need escaping)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _term(term: Any, bnodes: dict[Any, str]) -> str:
    """An rdflib (or pyoxigraph) term as SPARQL text; blank nodes get labels local to one request."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return _iri(term)
    if isinstance(term, Literal):
        text = _string(str(term))
        if term.language:
            if not _LANG_TAG.fullmatch(term.language):
                raise ValueError(f"bad language tag {term.language!r}")
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f"{text}^^{_iri(term.datatype)}"
        return text
    if isinstance(term, BNode) or type(term).__name__ == "BlankNode":
        return bnodes.setdefault(term, f"_:b{len(bnodes)}")
    if type(term).__module__.startswith("pyoxigraph"):  # NamedNode / Literal print as N-Triples
        return str(term)
    raise ValueError(f"cannot write {type(term).__name__} {term!r} as an RDF term")


#: Triples per INSERT DATA block in `Store.write_article`.
INSERT_DATA_CHUNK = 2000


def is_blank_node(term: Any) -> bool:
    """An rdflib BNode or a pyoxigraph BlankNode (the store accepts terms of either library)."""
    return type(term).__name__ in ("BNode", "BlankNode")


def sparql_triples(triples: Iterable[tuple[Any, Any, Any]], bnodes: dict[Any, str] | None = None) -> str:
    """Triples as the body of an INSERT DATA block; raises ValueError on a term RDF cannot hold."""
    from rdflib import URIRef

    labels: dict[Any, str] = {} if bnodes is None else bnodes
    # An article repeats its subjects and predicates many times: check and format each IRI once.
    known: dict[URIRef, str] = {}

    def text(term: Any) -> str:
        if type(term) is URIRef:
            if (done := known.get(term)) is None:
                done = known[term] = _iri(term)
            return done
        return _term(term, labels)

    return "\n".join(f"{text(s)} {text(p)} {text(o)} ." for s, p, o in triples)


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
