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

import contextlib
import dataclasses
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.rdf.terms import OWL, PREFIXES, SD, TEXT_HASH, XSD
from kg.store import formats
from kg.store.articles import StoreStats
from kg.store.base import ReadOnlyStoreError, Store, StoreError
from kg.store.registry import redact_location as redact
from kg.store.sparql_lexer import has_dataset_clause, query_form
from kg.store.term_text import quads as _quads_of
from kg.store.term_text import string_literal

if TYPE_CHECKING:
    import rdflib
    import requests

    from kg.store.base import QueryResult

#: Environment variables with the credentials (used when the URL has no userinfo).
USER_ENV = "KG_STORE_USER"
PASSWORD_ENV = "KG_STORE_PASSWORD"
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

#: Seconds to wait for a connection; the read timeout is the `timeout=` parameter.
CONNECT_TIMEOUT = 10.0
DEFAULT_TIMEOUT = 300.0
#: Rows per page when dumps and `graphs()` page through the store.
PAGE_ROWS = 10_000
#: Graphs fetched together by a dump (one VALUES list).
GRAPHS_PER_PAGE = 50
#: Triples per INSERT DATA operation (Virtuoso's parser gives up near 5000) and per request.
TRIPLES_PER_OPERATION = 2_000
TRIPLES_PER_REQUEST = 20_000
#: Triples per `INSERT {…} WHERE {}` operation (blank nodes); slow on Virtuoso, so small.
BNODE_TRIPLES_PER_OPERATION = 200
_SPOOL_BYTES = 8 * 1024 * 1024

_RESULTS_XML = "application/sparql-results+xml"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
_SQLSTATE = re.compile(r"\b(?:Virtuoso\s+|Error\s+)([0-9A-Z]{5})\b")
_SORT_CAP = re.compile(r"SR353: .* Only (\d+) are allowed")
_ERRNO = re.compile(r"\[Errno -?\d+\] ([^'\")\]]+)")


class RemoteStoreError(StoreError, OSError):
    """The endpoint is unreachable, answered with a server error, or sent something unreadable."""


class RemotePermissionError(RemoteStoreError, PermissionError):
    """The endpoint refused the request for lack of rights (HTTP 401/403, Virtuoso SECURITY)."""


class RemoteQueryError(StoreError, RuntimeError):
    """The endpoint parsed the request but would not evaluate it (e.g. an unknown function)."""


class ResultTruncatedError(RemoteQueryError):
    """The endpoint cut the result short (a row cap or a timeout); kg never returns partial results."""


# -- locations -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoints:
    """Where the remote store answers; URLs without credentials."""

    query: str
    update: str
    timeout: float
    user: str | None
    password: str | None = field(default=None, repr=False)


def _strip_userinfo(url: str) -> tuple[str, str | None, str | None]:
    parts = urlsplit(url)
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    host = parts.hostname or ""
    if ":" in host:  # IPv6
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), user, password


def parse_endpoints(url: str) -> Endpoints:
    """Split an `http(s)://…` location into endpoints, options and credentials."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) SPARQL endpoint URL: {redact(url)!r}")
    options: dict[str, str] = {}
    kept: list[tuple[str, str]] = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key in ("update", "timeout"):
            options[key] = value
        else:
            kept.append((key, value))
    base = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(kept), ""))
    query, user, password = _strip_userinfo(base)
    if user is None:
        user = os.environ.get(USER_ENV) or None
        password = os.environ.get(PASSWORD_ENV) if user else None
    try:
        timeout = float(options.get("timeout", DEFAULT_TIMEOUT))
    except ValueError:
        raise ValueError(f"timeout= must be a number of seconds, got {options['timeout']!r}") from None
    update = _strip_userinfo(urljoin(query, options["update"]))[0] if options.get("update") else query
    return Endpoints(query, update, timeout, user, password)


# -- the store -------------------------------------------------------------------------------------


class SparqlHttpStore(Store):
    """A kg store on a remote SPARQL 1.1 endpoint (see the module docstring)."""

    #: One Update request is one transaction on a server that runs it as one (Virtuoso does).
    transaction_aware = True

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

    # -- HTTP ------------------------------------------------------------------------------------

    def _request(self, method: str, url: str, what: str, **kwargs: Any) -> requests.Response:
        """Send a request; a 401 challenge is answered once with the configured credentials."""
        import requests

        if self._closed:
            raise StoreError(f"{self!r} is closed")
        kwargs.setdefault("timeout", (CONNECT_TIMEOUT, self.endpoints.timeout))
        try:
            resp = self._session.request(method, url, auth=self._auth, **kwargs)
            if resp.status_code == 401 and self._auth_scheme is None and self.endpoints.user is not None:
                challenge = resp.headers.get("WWW-Authenticate", "").lower()
                scheme = "digest" if "digest" in challenge else "basic" if "basic" in challenge else None
                if scheme is not None:
                    resp.close()
                    self._auth_scheme = scheme
                    user, password = self.endpoints.user, self.endpoints.password or ""
                    self._auth = (requests.auth.HTTPDigestAuth(user, password) if scheme == "digest"
                                  else requests.auth.HTTPBasicAuth(user, password))
                    resp = self._session.request(method, url, auth=self._auth, **kwargs)
        except requests.ConnectTimeout as exc:
            raise RemoteStoreError(f"{what}: cannot reach SPARQL endpoint {url}: connection timed out") from exc
        except requests.Timeout as exc:
            raise RemoteStoreError(
                f"{what}: SPARQL endpoint {url} did not answer within "
                f"{self.endpoints.timeout:g} s (timeout= in the store URL)"
            ) from exc
        except requests.RequestException as exc:
            found = _ERRNO.search(str(exc))
            reason = found.group(1).strip() if found else type(exc).__name__
            raise RemoteStoreError(f"{what}: cannot reach SPARQL endpoint {url}: {reason}") from exc
        if resp.status_code >= 300:
            try:
                raise self._error(resp, url, what)
            finally:
                resp.close()
        return resp

    def _error(self, resp: requests.Response, url: str, what: str) -> Exception:
        message = _server_message(resp)
        text = f"{what}: {url} answered HTTP {resp.status_code} {resp.reason or ''}".rstrip()
        if message:
            text += f": {message}"
        state = _SQLSTATE.search(message or "")
        sqlstate = state.group(1) if state else None
        upper = (message or "").upper()
        if resp.status_code in (401, 403) or "SECURITY" in upper or "PERMISSION DENIED" in upper:
            hint = ""
            if self.virtuoso and what.startswith(("update", "write", "open for writing", "load")):
                hint = ('; on Virtuoso run GRANT SPARQL_UPDATE TO "SPARQL"; in isql, or use /sparql-auth '
                        f"with {USER_ENV}/{PASSWORD_ENV}")
            elif resp.status_code == 401:
                hint = f"; set {USER_ENV} and {PASSWORD_ENV}" if self.endpoints.user is None else "; check the credentials"
            return RemotePermissionError(text + hint)
        if resp.status_code == 404:
            return RemoteStoreError(text + " (is this the SPARQL endpoint URL?)")
        if sqlstate == "37000" or (resp.status_code == 400 and sqlstate is None):
            return SyntaxError(text)
        if 400 <= resp.status_code < 500 and resp.status_code not in (408, 429):
            return RemoteQueryError(text)
        if sqlstate is not None and sqlstate[:2] in ("22", "42"):
            return RemoteQueryError(text)
        return RemoteStoreError(text)

    def _probe(self) -> None:
        """Fail now, with one clear line, if the endpoint is unusable; learn whether it is Virtuoso."""
        resp = self._request("POST", self.endpoints.query, "open", data={"query": "ASK {}"},
                             headers={"Accept": _RESULTS_XML})
        with resp:
            self.server = resp.headers.get("Server", "").strip()
            self.virtuoso = self.server.startswith("Virtuoso")
            body = resp.content
        try:
            answer = ox.parse_query_results(_fix_bnodes(body), ox.QueryResultsFormat.XML)
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

    def _run_query(self, text: str, fields: list[tuple[str, str]], form: str) -> QueryResult:
        graph = form in ("CONSTRUCT", "DESCRIBE")
        resp = self._request(
            "POST", self.endpoints.query, "query", data=[("query", text), *fields],
            headers={"Accept": _GRAPH_ACCEPT if graph else _RESULTS_XML}, stream=True,
        )
        spool = self._spool(resp, "query")
        try:
            if graph:
                return self._triples(spool, resp.headers.get("Content-Type", ""))
            return ox.parse_query_results(spool, ox.QueryResultsFormat.XML)
        except (SyntaxError, ValueError) as exc:
            spool.close()
            raise RemoteStoreError(f"query: unreadable results from {self.endpoints.query}: {exc}") from exc

    def _spool(self, resp: requests.Response, what: str, *, cap_ok: bool = False) -> IO[bytes]:
        """The response body in a temporary file (memory up to 8 MiB), Virtuoso's blank nodes fixed."""
        with resp:
            _check_complete(resp, what, self.endpoints.query, cap_ok=cap_ok)
            spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 - returned
            carry = b""
            for chunk in resp.iter_content(64 * 1024):
                data = carry + chunk
                cut = data.rfind(b"\n") + 1
                spool.write(_fix_bnodes(data[:cut]))
                carry = data[cut:]
            spool.write(_fix_bnodes(carry))
        spool.seek(0)
        return spool  # type: ignore[return-value]

    def _triples(self, spool: IO[bytes], content_type: str) -> ox.QueryTriples:
        fmt = ox.RdfFormat.from_media_type(content_type.split(";")[0].strip()) or ox.RdfFormat.N_TRIPLES
        graph = ox.Store()
        with spool:
            graph.load(spool, fmt)
        result = graph.query("CONSTRUCT WHERE { ?s ?p ?o }")
        assert isinstance(result, ox.QueryTriples)
        return result

    def _select(self, sparql: str) -> list[ox.QuerySolution]:
        result = self._run_query(sparql, [], "SELECT")
        assert isinstance(result, ox.QuerySolutions)
        return list(result)

    def _paged(self, variables: str, pattern: str, *, order: str, key: str) -> Iterator[ox.QuerySolution]:
        """All solutions of `SELECT variables WHERE { pattern }`, page by page.

        Virtuoso refuses ORDER BY with OFFSET + LIMIT beyond MaxSortedTopRows (10000 by default),
        so there pages follow a unique string `key` of each row (`FILTER(?k > last)`, keyset
        pagination); elsewhere ORDER BY `order` with LIMIT/OFFSET. A page cut by the server's row
        cap is an ordered prefix, so it is used as it is and the page size shrinks to the cap.
        """
        page, offset, last = PAGE_ROWS, 0, None
        while True:
            if self.virtuoso:
                after = f"FILTER (?k > {string_literal(last)})" if last is not None else ""
                query = (f"SELECT {variables} ?k WHERE {{ {pattern}\nBIND ({key} AS ?k) {after} }}\n"
                         f"ORDER BY ?k LIMIT {page}")
            else:
                query = f"SELECT {variables} WHERE {{ {pattern} }}\nORDER BY {order} LIMIT {page} OFFSET {offset}"
            try:
                resp = self._request("POST", self.endpoints.query, "query", data={"query": query},
                                     headers={"Accept": _RESULTS_XML}, stream=True)
            except RemoteQueryError as exc:  # Virtuoso's SR353: LIMIT over MaxSortedTopRows
                allowed = _SORT_CAP.search(str(exc))
                if allowed is None or int(allowed.group(1)) >= page:
                    raise
                page = int(allowed.group(1))
                continue
            capped = resp.headers.get("X-SPARQL-MaxRows") is not None
            spool = self._spool(resp, "query", cap_ok=True)
            rows = 0
            with spool:
                for row in ox.parse_query_results(spool, ox.QueryResultsFormat.XML):  # type: ignore[union-attr]
                    rows += 1
                    if self.virtuoso:
                        last = row["k"].value
                    yield row
            offset += rows
            if rows == 0 or (rows < page and not capped):
                return
            page = min(page, rows)

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
                             headers={"Accept": f"{_RESULTS_XML}, text/plain;q=0.5, */*;q=0.1"})
        resp.close()

    def _graph_term(self, graph: ox.NamedNode | ox.DefaultGraph) -> str | None:
        """How an update names `graph`: `<iri>`, or None for the real default graph."""
        if isinstance(graph, ox.DefaultGraph):
            return f"<{VIRTUOSO_DEFAULT_GRAPH}>" if self.virtuoso else None
        return str(graph)

    def _insert_operations(self, quads: Iterable[ox.Quad]) -> Iterator[tuple[int, str]]:
        """(triple count, operation) for INSERTs of `quads`, streamed; blank-node groups stay whole."""

        def operation(key: str, lines: list[str]) -> str:
            body = "\n".join(lines)
            return "INSERT DATA {\n" + (f"GRAPH {key} {{\n{body}\n}}" if key else body) + "\n}"

        plain: dict[str, list[str]] = {}
        blank: list[ox.Quad] = []
        for quad in quads:
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                blank.append(quad)
                continue
            key = self._graph_term(quad.graph_name) or ""
            lines = plain.setdefault(key, [])
            lines.append(f"{quad.subject} {quad.predicate} {quad.object} .")
            if len(lines) >= TRIPLES_PER_OPERATION:
                yield len(lines), operation(key, lines)
                plain[key] = []
        for key, lines in plain.items():
            if lines:
                yield len(lines), operation(key, lines)
        # Virtuoso refuses blank nodes in INSERT DATA; a template's blank nodes are fresh per
        # operation, so each group of quads linked by blank nodes goes into one operation.
        for group in _bnode_groups(blank, BNODE_TRIPLES_PER_OPERATION):
            by_graph: dict[str, list[str]] = {}
            for quad in group:
                key = self._graph_term(quad.graph_name) or ""
                by_graph.setdefault(key, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
            parts = [f"GRAPH {k} {{\n{chr(10).join(v)}\n}}" if k else "\n".join(v) for k, v in by_graph.items()]
            yield len(group), "INSERT {\n" + "\n".join(parts) + "\n} WHERE {}"

    def _write(self, steps: list[str], quads: Iterable[ox.Quad], what: str, *, atomic: bool) -> None:
        """Send `steps` then the inserts of `quads`: one request if `atomic`, else in batches."""
        ops, count = list(steps), 0
        for n, op in self._insert_operations(quads):
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
                quads = (ox.Quad(q.subject, q.predicate, q.object, to_graph) if isinstance(q.graph_name, ox.DefaultGraph)
                         else q for q in quads)
            self._write(steps, quads, "load", atomic=False)

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._session.close()


# -- helpers ---------------------------------------------------------------------------------------


def _fix_bnodes(data: bytes) -> bytes:
    """Virtuoso labels blank nodes `nodeID://b1`, which is no valid label; XML escapes `<` in text."""
    return data.replace(b"<bnode>nodeID://", b"<bnode>")


def _check_complete(resp: requests.Response, what: str, url: str, *, cap_ok: bool = False) -> None:
    """Refuse results the server cut short (Virtuoso's row cap, or an "anytime" query timeout)."""
    cap = resp.headers.get("X-SPARQL-MaxRows")
    state = resp.headers.get("X-SQL-State")
    if cap is not None and not cap_ok:
        raise ResultTruncatedError(
            f"{what}: {url} cut the result at {cap} rows (Virtuoso's ResultSetMaxRows); add a LIMIT "
            "or raise ResultSetMaxRows in virtuoso.ini [SPARQL]"
        )
    if state:
        message = resp.headers.get("X-SQL-Message", "")
        raise ResultTruncatedError(
            f"{what}: {url} returned partial results ({state} {message}".rstrip() + "); the query ran "
            "into the server's MaxQueryExecutionTime"
        )


def _server_message(resp: requests.Response) -> str:
    """The first meaningful line of an error body (text or HTML), at most 300 characters."""
    with contextlib.suppress(Exception):
        text = resp.content[:8192].decode("utf-8", errors="replace")
        if "<html" in text[:500].lower() or "<!doctype" in text[:100].lower():
            inner = re.search(r"<(xmp|pre)>(.*?)</\1>", text, re.DOTALL | re.IGNORECASE)
            text = inner.group(2) if inner else re.sub(r"<[^>]+>", "\n", text)
        for line in text.splitlines():
            line = " ".join(line.split())
            if line and not line.upper().startswith(("HTTP/1", "<!DOCTYPE")):
                return line[:300]
    return ""


def _bnode_groups(quads: list[ox.Quad], size: int) -> Iterator[list[ox.Quad]]:
    """Quads linked by shared blank nodes (same graph) kept together, packed into lists of ~`size`."""
    parent: dict[Any, Any] = {}

    def find(x: Any) -> Any:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for q in quads:
        nodes = [(q.graph_name, t) for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)]
        for other in nodes[1:]:
            parent[find(nodes[0])] = find(other)
        find(nodes[0])
    groups: dict[Any, list[ox.Quad]] = {}
    for q in quads:
        first = q.subject if isinstance(q.subject, ox.BlankNode) else q.object
        groups.setdefault(find((q.graph_name, first)), []).append(q)
    batch: list[ox.Quad] = []
    for group in groups.values():
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


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
