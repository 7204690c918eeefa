"""Talking to a remote SPARQL 1.1 endpoint over HTTP: its location, credentials, errors and results.

The `SparqlHttpStore` (`kg.store.sparql_http`) is built on this: `parse_endpoints` reads a
store URL (its `update=`/`timeout=` parameters, credentials from the userinfo or from
`KG_STORE_USER`/`KG_STORE_PASSWORD`), and `EndpointClient` sends one request (answering a 401
challenge once, with the scheme the server asks for), turns failures into one-line errors
naming the endpoint, and reads results into pyoxigraph objects through a spool file, paging
where a result may be long. Why each error class and each Virtuoso workaround exists is told
in `kg.store.sparql_http`.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.store.base import StoreError
from kg.store.registry import redact_location as redact
from kg.store.term_text import string_literal

if TYPE_CHECKING:
    import requests

    from kg.store.base import QueryResult

#: Environment variables with the credentials (used when the URL has no userinfo).
USER_ENV = "KG_STORE_USER"
PASSWORD_ENV = "KG_STORE_PASSWORD"
#: Seconds to wait for a connection; the read timeout is the `timeout=` parameter.
CONNECT_TIMEOUT = 10.0
DEFAULT_TIMEOUT = 300.0
#: Rows per page when dumps and `graphs()` page through the store.
PAGE_ROWS = 10_000
_SPOOL_BYTES = 8 * 1024 * 1024

RESULTS_XML = "application/sparql-results+xml"
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



# -- requests --------------------------------------------------------------------------------------


class EndpointClient:
    """Requests to the endpoint and their results (a mixin of `SparqlHttpStore`, which sets these)."""

    endpoints: Endpoints
    #: True if the endpoint is Virtuoso (its `Server` header).
    virtuoso: bool
    _session: requests.Session
    _auth: Any
    _auth_scheme: str | None
    _closed: bool

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
                hint = (f"; set {USER_ENV} and {PASSWORD_ENV}" if self.endpoints.user is None
                        else "; check the credentials")
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

    def _run_query(self, text: str, fields: list[tuple[str, str]], form: str) -> QueryResult:
        graph = form in ("CONSTRUCT", "DESCRIBE")
        resp = self._request(
            "POST", self.endpoints.query, "query", data=[("query", text), *fields],
            headers={"Accept": _GRAPH_ACCEPT if graph else RESULTS_XML}, stream=True,
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
                spool.write(fix_bnodes(data[:cut]))
                carry = data[cut:]
            spool.write(fix_bnodes(carry))
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
                                     headers={"Accept": RESULTS_XML}, stream=True)
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


# -- responses -------------------------------------------------------------------------------------


def fix_bnodes(data: bytes) -> bytes:
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
