"""The Linked Data routes: 303 from a resource IRI to its page or its RDF, then those documents.

See the package docstring for the URL scheme and why 303 rather than 200.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, render_template, request

from kg.server.linked_data.reads import INCOMING_LIMIT, RDF_EXTENSIONS, LinkedData, resolve_base
from kg.server.sparql import echo, text_response
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


def _plain(status: int, message: str, **headers: str) -> Response:
    return text_response(status, message, **headers)


def _rdf_response(ld: LinkedData, iri: str, ext: str) -> Response:
    triples, truncated = ld.describe(iri)
    info = FORMATS[ext]
    content_type = info.media_type + ("; charset=utf-8" if info.media_type.startswith("text/") else "")
    response = Response(ld.serialize(triples, ext), content_type=content_type)
    if truncated:
        response.headers["KG-Truncated"] = f"incoming links capped at {INCOMING_LIMIT}; query /sparql for all"
    return response


def linked_data_blueprint(
    store: Store,
    *,
    base: str | None = None,
    roots: tuple[str, ...] = RESOURCE_ROOTS,
    name: str = "linked_data",
) -> Blueprint:
    """A Blueprint that makes the IRIs under `base` dereference (see the module docstring).

    `roots` are the first path segments answered with a 303 (`/entity/…`, `/article/…`); the
    rest of the URL space stays free for the endpoint, the dumps and the UI.
    """
    ld = LinkedData(store, resolve_base(base))
    bp = Blueprint(
        name, __name__, template_folder="templates", static_folder="static", static_url_path="/assets",
        root_path=str(SERVER_DIR),
    )
    root_rule = "any(" + ", ".join(roots) + ")"

    def find(prefix: str, strip_ext: bool = False) -> tuple[str, str, str | None] | None:
        """(IRI, its path, extension) of the stored resource the request path names, or None.

        The path is tried as decoded and as sent: kg percent-encodes agent and model names in
        IRIs (`agent/kg/0.1%2Bdev`), which decoding would turn into a different IRI.
        """
        candidates = [request.path.removeprefix(prefix)]
        raw = request.environ.get("REQUEST_URI") or request.environ.get("RAW_URI")
        if raw:
            raw_path = urlsplit(raw).path.removeprefix(request.script_root).removeprefix(prefix)
            if raw_path not in candidates:
                candidates.append(raw_path)
        for candidate in candidates:
            stem, dot, ext = candidate.rpartition(".")
            tries = [(stem, ext)] if strip_ext and dot and ext in RDF_EXTENSIONS else []
            for path, extension in [*tries, (candidate, None)]:
                iri = ld.iri_for_path(path)
                if iri is not None and ld.exists(iri):
                    return iri, path, extension
        return None

    def not_found(prefix: str) -> Response:
        return _plain(404, f"nothing is known about <{ld.base}{echo(request.path.removeprefix(prefix))}>")

    @bp.get(f"/<{root_rule}:root>/<path:rest>")
    def resource(root: str, rest: str) -> Response:
        found = find("/")
        if found is None:
            response = not_found("/")
            response.vary.add("Accept")
            return response
        _, path, _ = found
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

    @bp.get("/page/<path:rest>")
    def page(rest: str) -> Response:
        found = find("/page/")
        if found is None:
            return not_found("/page/")
        model = ld.page(found[0])
        html = render_template(
            "resource.html", page=model, site_title=current_app.config.get("KG_TITLE", "kg")
        )
        response = Response(html, mimetype="text/html")
        response.headers["Content-Security-Policy"] = PAGE_CSP
        response.headers["Content-Language"] = "ar, en"
        if model.data_links:
            response.headers["Link"] = ", ".join(
                f'<{request.script_root}{href}>; rel="alternate"; type="{media}"'
                for _, media, href in model.data_links
            )
        return response

    @bp.get("/data/<path:rest>")
    def data(rest: str) -> Response:
        found = find("/data/", strip_ext=True)
        if found is None:
            return not_found("/data/")
        iri, path, ext = found
        if ext is not None:
            return _rdf_response(ld, iri, ext)
        accept = request.headers.get("Accept")
        chosen = request.accept_mimetypes.best_match([m for m, _ in RDF_OFFERS]) if accept else None
        if accept and chosen is None:
            return _plain(406, "RDF is available as " + ", ".join(m for m, _ in RDF_OFFERS), Vary="Accept")
        ext = dict(RDF_OFFERS)[chosen] if chosen else "ttl"
        response = _rdf_response(ld, iri, ext)
        response.headers["Content-Location"] = f"{request.script_root}/data/{path}.{ext}"
        response.vary.add("Accept")
        return response

    return bp
