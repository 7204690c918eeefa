"""The Linked Data routes: 303 from a resource IRI to its page or its RDF, then those documents.

See the package docstring for the URL scheme and why 303 rather than 200.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, render_template, request

from kg.server.explore.reads import isolate_dates
from kg.server.jobs import Outcome
from kg.server.linked_data.cache import Built, SnapshotCache, current_snapshot
from kg.server.linked_data.reads import INCOMING_LIMIT, RDF_EXTENSIONS, resolve_base
from kg.server.linked_data.tasks import Answer, LinkedDataTask
from kg.server.sparql import echo, text_response
from kg.server.workers import InlineJobExecutor, JobExecutor
from kg.store.base import Store
from kg.store.formats import FORMATS

#: kg/server/, where templates/ and static/ are.
SERVER_DIR = Path(__file__).resolve().parents[1]
#: First path segments under which kg mints IRIs (events and treaties included before they exist).
RESOURCE_ROOTS = (
    "entity",
    "article",
    "event",
    "meeting",
    "treaty",
    "post",
    "activity",
    "agent",
    "model",
    "graph",
)
#: Media types offered for RDF, by the extension of their /data/ URL (kg.store.formats' names).
RDF_OFFERS: list[tuple[str, str]] = [(FORMATS[ext].media_type, ext) for ext in RDF_EXTENSIONS] + [
    ("application/json", "jsonld"),
    ("application/x-turtle", "ttl"),
]
HTML_OFFERS = ["text/html", "application/xhtml+xml"]
#: Scripts only from this server (the search box's autocomplete, static/search.js), none inline.
PAGE_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; "
            "base-uri 'none'; form-action 'self'")
#: Pages with a map, timeline or graph (kg.server.explore) need nothing more: scripts and data
#: from this server only, as every page with the search box.
VIEWS_CSP = PAGE_CSP


def _plain(status: int, message: str, **headers: str) -> Response:
    return text_response(status, message, **headers)


def _rdf_response(answer: Answer) -> Response:
    assert answer.rdf is not None and answer.rdf_ext is not None
    info = FORMATS[answer.rdf_ext]
    content_type = info.media_type + ("; charset=utf-8" if info.media_type.startswith("text/") else "")
    response = Response(answer.rdf, content_type=content_type)
    if answer.truncated:
        response.headers["KG-Truncated"] = f"incoming links capped at {INCOMING_LIMIT}; query /sparql for all"
    return response


@dataclass(frozen=True)
class _Reply:
    """A response as the cache keeps it (a Flask Response is not reusable across requests)."""

    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()
    answer: Answer | None = None

    def response(self) -> Response:
        response = Response(self.body, status=self.status, content_type=self.content_type)
        for name, value in self.headers:
            response.headers[name] = value
        return response

    @classmethod
    def of(cls, response: Response, answer: Answer | None = None) -> _Reply:
        headers = tuple((k, v) for k, v in response.headers.items() if k not in ("Content-Type", "Content-Length"))
        return cls(response.status_code, response.get_data(), response.content_type or "text/plain", headers, answer)


def linked_data_blueprint(
    store: Store,
    *,
    base: str | None = None,
    roots: tuple[str, ...] = RESOURCE_ROOTS,
    name: str = "linked_data",
    executor: JobExecutor | None = None,
    timeout: float = 30.0,
    cache: SnapshotCache[_Reply] | None = None,
) -> Blueprint:
    """A Blueprint that makes the IRIs under `base` dereference (see the module docstring).

    `roots` are the first path segments answered with a 303 (`/entity/…`, `/article/…`); the
    rest of the URL space stays free for the endpoint, the dumps and the UI. Pages and RDF are
    built by `executor` (the query workers; in the request thread if None) within `timeout`
    seconds, and cached per store snapshot in `cache` (see `kg.server.linked_data.cache`).
    """
    base_iri = resolve_base(base)  # pages are read in the workers (tasks), not here
    run = executor or InlineJobExecutor(store)
    answers: SnapshotCache[_Reply] = cache if cache is not None else SnapshotCache()
    bp = Blueprint(
        name, __name__, template_folder="templates", static_folder="static", static_url_path="/assets",
        root_path=str(SERVER_DIR),
    )
    bp.record_once(lambda state: state.app.extensions.setdefault("kg.linked_data_cache", answers))
    bp.add_app_template_filter(isolate_dates, "isolate_dates")
    root_rule = "any(" + ", ".join(roots) + ")"

    def candidates(prefix: str, strip_ext: bool = False) -> list[tuple[str, str | None]]:
        """The stored resource the request path may name, as (path, RDF extension) to try in order.

        The path is tried as decoded and as sent: kg percent-encodes agent and model names in
        IRIs (`agent/kg/0.1%2Bdev`), which decoding would turn into a different IRI.
        """
        paths = [request.path.removeprefix(prefix)]
        raw = request.environ.get("REQUEST_URI") or request.environ.get("RAW_URI")
        if raw:
            raw_path = urlsplit(raw).path.removeprefix(request.script_root).removeprefix(prefix)
            if raw_path not in paths:
                paths.append(raw_path)
        out: list[tuple[str, str | None]] = []
        for candidate in paths:
            stem, dot, ext = candidate.rpartition(".")
            if strip_ext and dot and ext in RDF_EXTENSIONS:
                out.append((stem, ext))
            out.append((candidate, None))
        return out

    def not_found(prefix: str) -> Response:
        return _plain(404, f"nothing is known about <{base_iri}{echo(request.path.removeprefix(prefix))}>")

    def failed(outcome: Outcome, prefix: str) -> _Reply:
        """A clear one-line error for a task that did not finish (timeout, busy workers, crash)."""
        what = f"<{base_iri}{echo(request.path.removeprefix(prefix))}>"
        message = f"the server could not build its answer for {what}: {echo(outcome.message or '', 1000)}"
        return _Reply.of(_plain(outcome.status, message, **outcome.headers))

    def answer(task: LinkedDataTask, prefix: str, render: Callable[[Answer], Response]) -> _Reply:
        """`task`'s answer rendered by `render` (404 if nothing is stored), cached per snapshot."""

        def build() -> Built[_Reply]:
            outcome = run.run(task, timeout)
            found = outcome.value
            if not isinstance(found, Answer):
                return Built(failed(outcome, prefix), None)
            reply = _Reply.of(not_found(prefix) if found.iri is None else render(found), found)
            return Built(reply, found.snapshot, len(reply.body) + 512)

        key = (task.want, tuple(task.candidates), task.fallback_ext, request.script_root)
        busy = _Reply.of(_plain(503, f"the answer for <{base_iri}{echo(request.path.removeprefix(prefix))}> "
                                     f"was not ready within {timeout:g} s; retry later", **{"Retry-After": "5"}))
        return answers.get(key, current_snapshot(store), build, wait=timeout + 1.0, busy=busy)

    @bp.get(f"/<{root_rule}:root>/<path:rest>")
    def resource(root: str, rest: str) -> Response:
        task = LinkedDataTask(base_iri, "resolve", candidates("/"))
        reply = answer(task, "/", lambda found: Response(b"", status=200))
        if reply.answer is None or reply.answer.path is None:
            response = reply.response()
            if reply.status == 404:
                response.vary.add("Accept")
            return response
        path = reply.answer.path
        offers = HTML_OFFERS + [media for media, _ in RDF_OFFERS]
        chosen = request.accept_mimetypes.best_match(offers) if request.headers.get("Accept") else "text/html"
        if chosen is None:
            return _plain(406, "this resource is available as " + ", ".join(offers), Vary="Accept")
        if chosen in HTML_OFFERS:
            location = f"/page/{path}"
        else:
            location = f"/data/{path}.{dict(RDF_OFFERS)[chosen]}"
        response = _plain(303, f"See Other: {location}", Location=request.script_root + location)
        response.vary.add("Accept")
        return response

    def render_page(found: Answer) -> Response:
        model = found.page
        assert model is not None
        extra = found.extra
        html = render_template(
            "resource.html", page=model, site_title=current_app.config.get("KG_TITLE", "kg"), extra=extra
        )
        response = Response(html, mimetype="text/html")
        views = extra.get("views")
        response.headers["Content-Security-Policy"] = VIEWS_CSP if views and views.any else PAGE_CSP
        response.headers["Content-Language"] = "ar, en"
        if model.data_links:
            response.headers["Link"] = ", ".join(
                f'<{request.script_root}{href}>; rel="alternate"; type="{media}"'
                for _, media, href in model.data_links
            )
        return response

    @bp.get("/page/<path:rest>")
    def page(rest: str) -> Response:
        return answer(LinkedDataTask(base_iri, "page", candidates("/page/")), "/page/", render_page).response()

    @bp.get("/data/<path:rest>")
    def data(rest: str) -> Response:
        accept = request.headers.get("Accept")
        chosen = request.accept_mimetypes.best_match([m for m, _ in RDF_OFFERS]) if accept else None
        fallback = dict(RDF_OFFERS)[chosen] if chosen else (None if accept else "ttl")
        task = LinkedDataTask(base_iri, "rdf", candidates("/data/", strip_ext=True), fallback)
        reply = answer(task, "/data/", lambda found: _rdf_response(found) if found.rdf is not None
                       else Response(b"", status=406))
        found = reply.answer
        if found is None or found.iri is None or found.ext is not None:
            return reply.response()
        if found.rdf is None:
            return _plain(406, "RDF is available as " + ", ".join(m for m, _ in RDF_OFFERS), Vary="Accept")
        response = reply.response()
        response.headers["Content-Location"] = f"{request.script_root}/data/{found.path}.{found.rdf_ext}"
        response.vary.add("Accept")
        return response

    return bp
