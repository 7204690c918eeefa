"""The SPARQL endpoint's common requests answered in plain WSGI, in front of the Flask app.

Why. Issue 16 item 5 asks for an endpoint within 1.15× of `oxigraph serve`. On small results
most of a request's time was fixed cost, and Flask/werkzeug's share of it (request and
context objects, routing, the `Response` object and the after-request hooks) was about as
large as the round trip to the query worker: about 0.15 ms per request called directly and
0.25 ms under waitress, against about 0.03 ms for this module.

What. `SparqlFastPath` wraps `app.wsgi_app`. It answers a GET with a `query` parameter, and a
POST of a form or of an `application/sparql-query` body, when the request is well formed
(UTF-8, one `query`, no `update`, a Content-Length within the limit) and the query passes the
web process's checks (not an update, nesting and size within the limits). It builds the same
`QueryJob` as the Flask route (`kg.server.sparql`), runs it on the same executor and answers
the same status, headers (Content-Type, Content-Length, `nosniff`, `Vary`, CORS) and body.
Everything else (HEAD, OPTIONS, the service description, every refusal the route words, any
other path) goes to the Flask app unchanged, with the body it already read put back. So the
Flask route stays the one definition of the protocol's error cases, and tests compare the two
paths request by request.
"""

from __future__ import annotations

import binascii
import functools
import io
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote

from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.wsgi import get_current_url

from kg.server.config import ServerConfig
from kg.server.cors import cors_headers
from kg.server.jobs import Outcome, QueryJob
from kg.server.sparql import ProtocolError, _FileBody, check_limits
from kg.server.workers import JobExecutor
from kg.store.sparql_lexer import looks_like_update

_FORM = "application/x-www-form-urlencoded"
_QUERY_BODY = "application/sparql-query"
_NOSNIFF = ("X-Content-Type-Options", "nosniff")

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class _Decline(Exception):
    """This request is for the Flask route (an error it words, or a case this module does not take)."""


def _status(code: int) -> str:
    return f"{code} {HTTP_STATUS_CODES.get(code, 'UNKNOWN').upper()}"


_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _unquote(text: str) -> str:
    """`urllib.parse.unquote(text, errors="strict")`, in C where it can be (`_Decline` if not UTF-8).

    urllib decodes escapes one by one in Python: 0.085 ms for a 2.7 KB form of Arabic text.
    Where every `%` starts an escape and no `=` or line break is present, quoted-printable
    decoding (binascii, `=XX`) does the same on the text with `%` turned into `=`.
    """
    if "%" not in text:
        return text
    try:
        if "=" in text or "\n" in text or "\r" in text or _BAD_ESCAPE.search(text):
            return unquote(text, encoding="utf-8", errors="strict")
        return binascii.a2b_qp(text.replace("%", "=").encode("utf-8")).decode("utf-8")
    except UnicodeDecodeError:
        raise _Decline from None


def _params(raw: str) -> dict[str, list[str]]:
    """`urllib.parse.parse_qsl(raw, keep_blank_values=True)` as a dict of lists, strict UTF-8."""
    out: dict[str, list[str]] = {}
    for pair in raw.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        out.setdefault(_unquote(name.replace("+", " ")), []).append(_unquote(value.replace("+", " ")))
    return out


@functools.lru_cache(maxsize=64)
def _base_url(scheme: str, host: str | None, server: tuple[str, str], root: str, path: str) -> str:
    """werkzeug's `request.base_url` (it decodes the host with IDNA: 0.07 ms), per distinct request target."""
    environ = {"wsgi.url_scheme": scheme, "SERVER_NAME": server[0], "SERVER_PORT": server[1],
               "SCRIPT_NAME": root, "PATH_INFO": path}
    if host is not None:
        environ["HTTP_HOST"] = host
    return get_current_url(environ, strip_querystring=True)


def _media_type(environ: dict[str, Any]) -> tuple[str, str]:
    """(media type lowercased, charset or "") of the request body."""
    media, _, params = environ.get("CONTENT_TYPE", "").partition(";")
    charset = ""
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"')
    return media.strip().lower(), charset


class SparqlFastPath:
    """WSGI middleware: answers `path`'s ordinary queries itself, hands the rest to `app`."""

    def __init__(self, app: WsgiApp, config: ServerConfig, executor: JobExecutor, path: str = "/sparql") -> None:
        self.app = app
        self.config = config
        self.executor = executor
        self.path = path

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != self.path or environ.get("REQUEST_METHOD") not in ("GET", "POST"):
            return self.app(environ, start_response)
        try:
            job = self._job(environ)
        except _Decline:
            return self.app(environ, start_response)
        return self._respond(self.executor.run(job, self.config.query_timeout), environ, start_response)

    # -- the request ------------------------------------------------------------------------------

    def _job(self, environ: dict[str, Any]) -> QueryJob:
        """The job the Flask route would build, or `_Decline` where it would answer otherwise."""
        try:
            args = _params(environ.get("QUERY_STRING", "").encode("latin-1").decode("utf-8"))
        except UnicodeError:
            raise _Decline from None
        if "update" in args:
            raise _Decline
        default_graphs = args.get("default-graph-uri", [])
        named_graphs = args.get("named-graph-uri", [])
        if environ["REQUEST_METHOD"] == "GET":
            queries = args.get("query", [])
        else:
            media, charset = _media_type(environ)
            body = self._body(environ)
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise _Decline from None
            if media == _FORM:
                form = _params(text)
                if "update" in form:
                    raise _Decline
                queries = form.get("query", [])
                default_graphs = default_graphs + form.get("default-graph-uri", [])
                named_graphs = named_graphs + form.get("named-graph-uri", [])
            elif media == _QUERY_BODY and charset.lower().replace("_", "-") in ("", "utf-8", "utf8"):
                queries = [text]
            else:
                raise _Decline
        if len(queries) != 1:
            raise _Decline
        query = queries[0]
        if looks_like_update(query):
            raise _Decline
        try:
            check_limits(query, self.config)
        except ProtocolError:
            raise _Decline from None
        return QueryJob(
            query,
            default_graphs,
            named_graphs,
            accept=environ.get("HTTP_ACCEPT"),
            base_iri=self._base_iri(environ),
            allow_service=self.config.allow_service,
            max_results=self.config.max_results,
        )

    @staticmethod
    def _base_iri(environ: dict[str, Any]) -> str:
        key = (environ["wsgi.url_scheme"], environ.get("HTTP_HOST"),
               (environ.get("SERVER_NAME", ""), environ.get("SERVER_PORT", "")),
               environ.get("SCRIPT_NAME", ""), environ.get("PATH_INFO", ""))
        if len(key[1] or "") + len(key[3]) > 512:  # keep no long client-chosen strings
            return _base_url.__wrapped__(*key)
        return _base_url(*key)

    def _body(self, environ: dict[str, Any]) -> bytes:
        """The request body, read once and put back for the Flask app should it get the request."""
        try:
            length = int(environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            raise _Decline from None  # no length (chunked) or a bad one: werkzeug's rules apply
        if not 0 <= length <= self.config.max_request_bytes:
            raise _Decline  # the route answers 413
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        if len(body) != length:
            raise _Decline
        return body

    # -- the response -----------------------------------------------------------------------------

    def _respond(self, outcome: Outcome, environ: dict[str, Any],
                 start_response: Callable[..., Any]) -> Iterable[bytes]:
        """`kg.server.sparql.respond` and the app's after-request hooks, without a `Response` object."""
        body: Iterable[bytes]
        if outcome.message is not None:
            data = (outcome.message.rstrip("\n") + "\n").encode("utf-8")
            headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))]
            body = [data]
        else:
            headers = [("Content-Type", outcome.content_type or "text/html; charset=utf-8"),
                       ("Content-Length", str(outcome.size))]
            body = _FileBody(outcome.path) if outcome.path is not None else [outcome.body or b""]
        headers += outcome.headers.items()
        headers.append(_NOSNIFF)
        if self.config.cors:
            headers.append(("Vary", "Accept, Origin"))
            headers += cors_headers(self.config, environ.get("HTTP_ORIGIN"), environ["REQUEST_METHOD"])
        else:
            headers.append(("Vary", "Accept"))
        start_response(_status(outcome.status), headers)
        return body
