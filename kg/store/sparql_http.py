"""A remote SPARQL 1.1 store (tested against Virtuoso 7.2): the `Store` interface over HTTP.

Locations::

    sparql+http://HOST:8890/sparql                  query and update at the same URL
    sparql+https://HOST/sparql?update=/update       a separate update endpoint (relative or absolute)
    sparql+http://HOST:8890/sparql-auth?timeout=600 with credentials; read timeout in seconds
    http://HOST:8890/sparql                         the same as sparql+http:// (an http URL can only
                                                    name a remote endpoint; folders have no scheme)

`update=` and `timeout=` are kg's parameters and are removed from the URL; any other query
parameter stays on the endpoint URL. There is no Graph Store Protocol option on purpose: kg
writes with SPARQL Update only (see below for why).
Credentials come from the URL's userinfo (`user:password@`) or, better, from `KG_STORE_USER` /
`KG_STORE_PASSWORD` (a URL is echoed by shells, process lists and logs; the environment is
not, and the server's worker processes inherit it). The authentication scheme (Digest, as on
Virtuoso's `/sparql-auth`, or Basic) is taken from the server's first 401 challenge; nothing is
sent before it. The password never appears in `repr`, `str` or error messages.

Errors are one line naming the endpoint: `RemoteStoreError` (an `OSError`: unreachable, timed
out, HTTP 5xx), `RemotePermissionError` (401/403, Virtuoso's SECURITY errors), `SyntaxError`
(HTTP 400 or Virtuoso's SQLSTATE 37000, as the embedded store raises), `RemoteQueryError` (a
`RuntimeError`: parsed but not evaluated). Connections are given 10 s; answers `timeout=`
seconds (300 by default). Only failed connections are retried (twice), since such a request
never reached the server; nothing that may have run is sent again.

Query results are fetched as SPARQL XML results (SELECT/ASK) or N-Triples (CONSTRUCT/DESCRIBE),
spooled to a temporary file (bounded memory) and handed back as pyoxigraph objects
(`QuerySolutions`, `QueryBoolean`, `QueryTriples`), so the server and the CLI need no change.
A CONSTRUCT result is a graph (a set): it is loaded into a small in-memory Oxigraph store and
read back with `CONSTRUCT WHERE { ?s ?p ?o }`, which is how a `QueryTriples` is obtained.

Writes are SPARQL 1.1 Update requests. `replace_graph` is one request (`DROP SILENT GRAPH`, then
`INSERT DATA`), `add_to_graph` one request; a server that runs a request in one transaction
makes them atomic. Virtuoso does: a reader polling a graph while it is replaced never saw it
empty or half-written in our tests (tests/store/test_sparql_http.py checks it). Virtuoso's
Graph Store Protocol PUT is *not* atomic (readers see the graph empty while it loads), which is
why kg does not use it for writes. `load` of a big file is split into several requests and,
like the embedded store's bulk loader, is not atomic; a file with a syntax error loads nothing.

Virtuoso specifics (detected from the `Server: Virtuoso/...` header) and how they are handled:

* Its default graph with no FROM is the union of all graphs, as kg wants, but that includes its
  own system graphs (`virtrdf#`, `ldp#`, the service description graph: about 2500 triples on
  a fresh database), so queries over the union see those too. kg leaves them out of `graphs()`,
  `len()` and dumps. (Virtuoso's `define input:default-graph-exclude` would hide them from
  queries, but with it `GRAPH <iri> { … }` finds nothing at all, so kg does not use it.)
* It has no separate default graph: triples sent to the default graph (a `.nt` file loaded
  without `--graph`, default-graph quads of a `.nq`) are kept in the graph
  `urn:x-kg:default-graph`, which kg treats as the default graph (dumps write its quads back
  in the default graph; `union_default_graph=False` queries and updates use it). Queries with
  `GRAPH ?g` do see it as a named graph.
* With only `default-graph-uri` given it still lets `GRAPH ?g` see every graph; kg adds a
  `named-graph-uri` that names no graph, so the dataset is exactly what the caller named.
* `INSERT DATA` is slow (quadratic: 2.7 s for 1000 triples) unless `define sql:big-data-const 1`
  is given, which kg adds to every update; its parser gives up near 5000 triples in one block
  (kg cuts operations at 2000, several per request) and it refuses blank nodes; kg writes blank-node triples
  with `INSERT { ... } WHERE {}`, one operation per group of connected blank nodes.
* Blank nodes come back labelled `nodeID://b10000`; kg strips the prefix (the label stays
  stable across requests, so blank nodes keep their identity across dump pages).
* It prints `xsd:double` values with 6 significant digits in every results format (Virtuoso
  issue #1006) although it stores the full IEEE value. Dumps ask for `STR()` of doubles and get
  16 digits back; query results keep Virtuoso's rounding. Numeric literals come back in
  canonical form (`"0.70"^^xsd:decimal` → `"0.7"`), language tags in lower case, and numerically
  equal literals of one subject and predicate are stored once (`1` and `true`, `0.7` as decimal
  and as double). kg's own data never has such pairs.
* Results longer than `ResultSetMaxRows` (virtuoso.ini `[SPARQL]`, 10000 by default) are cut
  with an `X-SPARQL-MaxRows` header and timed-out "anytime" queries return partial results
  with `X-SQL-State`; kg raises `ResultTruncatedError` instead of returning them. Dumps and
  `graphs()` page through the results. Virtuoso refuses ORDER BY with OFFSET + LIMIT above
  `MaxSortedTopRows` (10000), so its pages are keyset pages (`FILTER(?k > last) ORDER BY ?k`
  over a string unique to each quad); other servers get ORDER BY/LIMIT/OFFSET.
* SPARQL Update needs `GRANT SPARQL_UPDATE TO "SPARQL";` (isql) on the public `/sparql`
  endpoint, or credentials on `/sparql-auth`. A writable store checks this when it opens.

Other SPARQL 1.1 servers work for queries and writes to named graphs; their default graph is
whatever their default dataset is (Fuseki: set `unionDefaultGraph`), and `len()`/dumps cover
the named graphs only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

from kg.rdf.terms import OWL, PREFIXES, SD, TEXT_HASH, XSD
from kg.store import formats
from kg.store.articles import StoreStats
from kg.store.base import ReadOnlyStoreError, Store
from kg.store.registry import redact_location as redact
from kg.store.sparql_client import (
    PASSWORD_ENV,
    RESULTS_XML,
    USER_ENV,
    EndpointClient,
    Endpoints,
    RemotePermissionError,
    RemoteQueryError,
    RemoteStoreError,
    ResultTruncatedError,
    fix_bnodes,
    parse_endpoints,
)
from kg.store.sparql_inserts import insert_operations
from kg.store.sparql_lexer import has_dataset_clause, query_form
from kg.store.term_text import quads as _quads_of

if TYPE_CHECKING:
    import rdflib

    from kg.store.base import QueryResult

__all__ = [
    "PASSWORD_ENV", "USER_ENV", "VIRTUOSO_DEFAULT_GRAPH", "Endpoints", "RemotePermissionError",
    "RemoteQueryError", "RemoteStoreError", "ResultTruncatedError", "SparqlHttpStore", "parse_endpoints",
]

#: Virtuoso has no default graph separate from the named graphs; this graph plays its part.
VIRTUOSO_DEFAULT_GRAPH = "urn:x-kg:default-graph"
#: A graph name that is never used: naming it keeps Virtuoso's named-graph set empty.
NO_GRAPH = "urn:x-kg:no-graph"
#: Graphs a fresh Virtuoso holds for itself (the service description graph is found at open).
VIRTUOSO_SYSTEM_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    OWL,
    "http://localuriqaserver/sparql",
)
_SD_SERVICE = SD + "Service"
_XSD_DOUBLE = XSD + "double"

#: Graphs fetched together by a dump (one VALUES list).
GRAPHS_PER_PAGE = 50
#: Triples per request of a load that is split in several (not one transaction).
TRIPLES_PER_REQUEST = 20_000


# -- the store -------------------------------------------------------------------------------------


class SparqlHttpStore(EndpointClient, Store):
    """A kg store on a remote SPARQL 1.1 endpoint (see the module docstring)."""

    #: One Update request is one transaction on a server that runs it as one (Virtuoso does).
    transaction_aware = True
    multiprocess_aware = True  # every process reaches the same endpoint by its URL

    def __init__(self, location: str, *, read_only: bool = False, url: str | None = None) -> None:
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        #: As given to `open_store` (may contain a password: print `repr(store)`, not this).
        self.location = location
        self.read_only = read_only
        self.endpoints = parse_endpoints(url or location)
        self._session = requests.Session()
        # Retry only what never reached the server (refused/failed connections): safe for updates too.
        retry = Retry(total=2, connect=2, read=0, status=0, other=0, backoff_factor=0.3, raise_on_status=False)
        for prefix in ("http://", "https://"):
            self._session.mount(prefix, HTTPAdapter(max_retries=retry))
        self._session.headers["User-Agent"] = "kg-sparql-store"
        self._auth: Any = None
        self._auth_scheme: str | None = None
        self._closed = False
        #: True if the endpoint is Virtuoso (its `Server` header); `server` is that header.
        self.virtuoso = False
        self.server = ""
        self._system_graphs: tuple[str, ...] = ()
        try:
            self._probe()
        except BaseException:
            self._session.close()
            raise

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"SparqlHttpStore({redact(self.location)!r}, {mode})"

    __str__ = __repr__

    def _probe(self) -> None:
        """Fail now, with one clear line, if the endpoint is unusable; learn whether it is Virtuoso."""
        resp = self._request("POST", self.endpoints.query, "open", data={"query": "ASK {}"},
                             headers={"Accept": RESULTS_XML})
        with resp:
            self.server = resp.headers.get("Server", "").strip()
            self.virtuoso = self.server.startswith("Virtuoso")
            body = resp.content
        try:
            answer = ox.parse_query_results(fix_bnodes(body), ox.QueryResultsFormat.XML)
        except (SyntaxError, ValueError) as exc:
            raise RemoteStoreError(
                f"open: {self.endpoints.query} did not answer ASK {{}} with SPARQL XML results "
                f"(is it a SPARQL endpoint?): {exc}"
            ) from exc
        if not isinstance(answer, ox.QueryBoolean):
            raise RemoteStoreError(f"open: {self.endpoints.query} answered ASK {{}} without a boolean")
        if self.virtuoso:
            rows = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{_SD_SERVICE}> }} }}")
            found = {row["g"].value for row in rows if isinstance(row["g"], ox.NamedNode)}
            self._system_graphs = tuple(sorted(set(VIRTUOSO_SYSTEM_GRAPHS) | found))
        if not self.read_only:
            # A no-op write: without the right to update Virtuoso says so here, in one line. (Sent
            # without kg's defines: with big-data-const and no grant Virtuoso gives an SP031 riddle.)
            self._post_update("INSERT DATA { }", "open for writing", defines=False)

    # -- reads -----------------------------------------------------------------------------------

    def _not_system(self, var: str) -> str:
        """A FILTER keeping Virtuoso's system graphs out of `?var` (empty elsewhere)."""
        if not self._system_graphs:
            return ""
        return f"FILTER (?{var} NOT IN ({', '.join(f'<{g}>' for g in self._system_graphs)}))"

    def query(
        self,
        sparql: str,
        *,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
        union_default_graph: bool = True,
        base_iri: str | None = None,
    ) -> QueryResult:
        fields: list[tuple[str, str]] = []
        if default_graph_uris or named_graph_uris:
            for uri in (*(default_graph_uris or ()), *(named_graph_uris or ())):
                ox.NamedNode(uri)  # ValueError for an invalid IRI, as the embedded store raises
            fields += [("default-graph-uri", u) for u in default_graph_uris or ()]
            fields += [("named-graph-uri", u) for u in named_graph_uris or ()]
            if not named_graph_uris:
                fields.append(("named-graph-uri", NO_GRAPH))  # else Virtuoso lets GRAPH ?g see all
        elif not union_default_graph and self.virtuoso and not has_dataset_clause(sparql):
            # Virtuoso's own default graph is the union; it keeps every named graph with this
            fields.append(("default-graph-uri", VIRTUOSO_DEFAULT_GRAPH))
        text = (f"BASE <{ox.NamedNode(base_iri).value}>\n" if base_iri else "") + sparql
        return self._run_query(text, fields, query_form(sparql))

    def article_hash(self, graph_iri: str) -> str | None:
        graph = ox.NamedNode(graph_iri)
        rows = self._select(f"SELECT ?h WHERE {{ GRAPH {graph} {{ ?a <{TEXT_HASH}> ?h }} }} LIMIT 1")
        return rows[0]["h"].value if rows else None

    def graphs(self) -> list[str]:
        hidden = {*self._system_graphs, VIRTUOSO_DEFAULT_GRAPH} if self.virtuoso else set()
        pattern = f"{{ SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._not_system('g')} }} }}"
        names = (row["g"] for row in self._paged("?g", pattern, order="?g", key="STR(?g)"))
        return sorted(n.value for n in names if isinstance(n, ox.NamedNode) and n.value not in hidden)

    def __len__(self) -> int:
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._not_system('g')} }}")
        return int(rows[0]["n"].value) if rows else 0

    #: A string unique to each quad (IRIs, language tags and Virtuoso's blank-node ids hold no
    #: space, so only the object, last, may): the keyset of Virtuoso's dump pages.
    _QUAD_KEY = ('CONCAT(STR(?g), " ", STR(?s), " ", STR(?p), " ", COALESCE(LANG(?o), ""), " ", '
                 'COALESCE(STR(DATATYPE(?o)), ""), " ", STR(?o))')

    def _quads(self, graphs: list[str]) -> Iterator[ox.Quad]:
        """The quads of `graphs`, a batch of graphs per query, pages in a fixed order."""
        for start in range(0, len(graphs), GRAPHS_PER_PAGE):
            batch = " ".join(str(ox.NamedNode(g)) for g in graphs[start : start + GRAPHS_PER_PAGE])
            pattern = (
                f"VALUES ?g {{ {batch} }} GRAPH ?g {{ ?s ?p ?o }}\n"
                f"BIND (IF(isLiteral(?o) && datatype(?o) = <{_XSD_DOUBLE}>, STR(?o), \"\") AS ?d)"
            )
            for row in self._paged("?g ?s ?p ?o ?d", pattern, order="?g ?s ?p ?o", key=self._QUAD_KEY):
                obj = row["o"]
                full = row["d"]
                if full is not None and full.value:  # Virtuoso prints doubles to 6 digits; STR() has 16
                    obj = ox.Literal(full.value, datatype=ox.NamedNode(_XSD_DOUBLE))
                g = row["g"].value
                name = ox.DefaultGraph() if self.virtuoso and g == VIRTUOSO_DEFAULT_GRAPH else row["g"]
                yield ox.Quad(row["s"], row["p"], obj, name)

    def dump(
        self, out: BinaryIO, fmt: str, graph_iri: str | None = None, *, gzip: bool = False,
        extra: Iterable[ox.Quad] = (),
    ) -> None:
        info, gz = formats.parse_format(fmt)
        if graph_iri is not None:
            graphs = [ox.NamedNode(graph_iri).value]
        else:
            graphs = ([VIRTUOSO_DEFAULT_GRAPH] if self.virtuoso else []) + self.graphs()
        with formats.gzip_writer(out, gz or gzip) as stream:
            quads = formats.with_extra(self._quads(graphs), list(extra))
            if info.supports_datasets:
                ox.serialize(quads, stream, info.rdf_format, prefixes=PREFIXES)
            else:
                ox.serialize((q.triple for q in quads), stream, info.rdf_format, prefixes=PREFIXES)

    def as_rdflib_dataset(self) -> rdflib.Dataset:
        """A point-in-time in-memory copy, as an rdflib `Dataset` whose default graph is the union.

        A copy rather than rdflib's `SPARQLStore`: SHACL validation (the caller) reads every
        triple anyway, and the copy is what `dump` writes (no Virtuoso system graphs, full-precision
        doubles), where a live view would show Virtuoso's own graphs and rounded doubles.
        """
        from oxrdflib import OxigraphStore as OxrdflibStore
        from rdflib import Dataset

        copy = ox.Store()
        graphs = ([VIRTUOSO_DEFAULT_GRAPH] if self.virtuoso else []) + self.graphs()
        copy.extend(self._quads(graphs))
        return Dataset(store=OxrdflibStore(store=copy), default_union=True)

    @property
    def backend(self) -> str:
        return "sparql"

    def stats(self) -> StoreStats:
        """The generic counts, plus where the endpoint is and what answers there."""
        stats = super().stats()
        details = {"endpoint": self.endpoints.query, "server": self.server or "unknown"}
        if self.endpoints.update != self.endpoints.query:
            details["update endpoint"] = self.endpoints.update
        return dataclasses.replace(stats, details={**stats.details, **details})

    # -- writes ----------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(f"{self!r} was opened read-only")

    def _post_update(self, sparql: str, what: str = "update", *, defines: bool = True) -> None:
        if self.virtuoso and defines:
            sparql = (f"define sql:big-data-const 1\ndefine input:default-graph-uri <{VIRTUOSO_DEFAULT_GRAPH}>\n"
                      + sparql)
        resp = self._request("POST", self.endpoints.update, what, data={"update": sparql},
                             headers={"Accept": f"{RESULTS_XML}, text/plain;q=0.5, */*;q=0.1"})
        resp.close()

    def _graph_term(self, graph: ox.NamedNode | ox.DefaultGraph) -> str | None:
        """How an update names `graph`: `<iri>`, or None for the real default graph."""
        if isinstance(graph, ox.DefaultGraph):
            return f"<{VIRTUOSO_DEFAULT_GRAPH}>" if self.virtuoso else None
        return str(graph)

    def _write(self, steps: list[str], quads: Iterable[ox.Quad], what: str, *, atomic: bool) -> None:
        """Send `steps` then the inserts of `quads`: one request if `atomic`, else in batches."""
        ops, count = list(steps), 0
        for n, op in insert_operations(quads, self._graph_term):
            if not atomic and ops and count + n > TRIPLES_PER_REQUEST:
                self._post_update(" ;\n".join(ops), what)
                ops, count = [], 0
            ops.append(op)
            count += n
        if ops:
            self._post_update(" ;\n".join(ops), what)

    def replace_graph(self, graph_iri: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        self._writable()
        graph = ox.NamedNode(graph_iri)
        self._write([f"DROP SILENT GRAPH {graph}"], _quads_of(triples, graph), "write", atomic=True)

    def add_to_graph(self, graph_iri: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        self._writable()
        self._write([], _quads_of(triples, ox.NamedNode(graph_iri)), "write", atomic=True)

    def remove_graph(self, graph_iri: str) -> None:
        self._writable()
        self._post_update(f"DROP SILENT GRAPH {ox.NamedNode(graph_iri)}", "write")

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        self._writable()
        self._post_update((f"BASE <{ox.NamedNode(base_iri).value}>\n" if base_iri else "") + sparql)

    def load(self, path: Path, *, replace: bool = False, graph: str | None = None) -> None:
        """Import an RDF file: one request for files up to 20000 triples, batches beyond.

        The file is parsed completely before anything is sent (a syntax error loads nothing);
        `replace` then drops every graph first. Several requests are not one transaction.
        """
        self._writable()
        path = Path(path)
        info, _ = formats.guess_format(path)
        to_graph = ox.NamedNode(graph) if graph else None
        with formats.open_input(path) as stream:
            for _ in ox.parse(stream, info.rdf_format):
                pass
        steps: list[str] = []
        if replace:
            old = self.graphs() + ([VIRTUOSO_DEFAULT_GRAPH] if self.virtuoso else [])
            steps = [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in old] or []
            if not self.virtuoso:
                steps.append("DROP SILENT DEFAULT")
        with formats.open_input(path) as stream:
            quads = ox.parse(stream, info.rdf_format)
            if to_graph is not None:
                quads = (ox.Quad(q.subject, q.predicate, q.object, to_graph)
                         if isinstance(q.graph_name, ox.DefaultGraph) else q for q in quads)
            self._write(steps, quads, "load", atomic=False)

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._session.close()


# -- openers (registered in kg.store.registry) -----------------------------------------------------


def open_sparql_http(rest: str, *, read_only: bool = False, **options: Any) -> SparqlHttpStore:
    """`sparql+http://host:port/path?…` (`rest` is what follows the scheme's colon)."""
    return _open("sparql+http:" + rest, "http:" + rest, read_only=read_only, **options)


def open_sparql_https(rest: str, *, read_only: bool = False, **options: Any) -> SparqlHttpStore:
    """`sparql+https://…`."""
    return _open("sparql+https:" + rest, "https:" + rest, read_only=read_only, **options)


def open_http(rest: str, *, read_only: bool = False, **options: Any) -> SparqlHttpStore:
    """A plain `http://…` location: the same as `sparql+http://…`."""
    return _open("http:" + rest, "http:" + rest, read_only=read_only, **options)


def open_https(rest: str, *, read_only: bool = False, **options: Any) -> SparqlHttpStore:
    """A plain `https://…` location: the same as `sparql+https://…`."""
    return _open("https:" + rest, "https:" + rest, read_only=read_only, **options)


def _open(location: str, url: str, *, read_only: bool, **options: Any) -> SparqlHttpStore:
    if options:
        raise TypeError(f"unknown option(s) for a SPARQL endpoint store: {', '.join(sorted(options))}")
    if not url.split(":", 1)[1].startswith("//"):
        scheme = location.split(":", 1)[0]
        raise ValueError(f"expected {scheme}://HOST[:PORT]/PATH, got {redact(location)!r}")
    return SparqlHttpStore(location, read_only=read_only, url=url)

