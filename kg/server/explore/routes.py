"""JSON endpoints of the views, and the extra sections an entity or event page gets.

    GET /api/map[?entity=IRI]       places with coordinates, article and event counts
    GET /api/timeline[?entity=IRI]  meetings and treaties by date
    GET /api/graph?entity=IRI       who met (or signed with) whom around the entity
    GET /explore                    the store's map and timeline, as a page

All answers are JSON built from the store at request time; a bad `entity` is a 400 with one
line saying why.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, current_app, jsonify, render_template, request
from pyoxigraph import NamedNode

from kg.server.explore.reads import Explorer, isolate_dates
from kg.server.sparql import text_response
from kg.store.base import Store

#: Scripts, styles and data from this server only (the page has no inline script or style).
EXPLORE_CSP = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'self'"
)


def _entity_arg(required: bool) -> tuple[str | None, Response | None]:
    value = request.args.get("entity", "").strip()
    if not value:
        if required:
            return None, text_response(400, "give the entity's IRI: ?entity=https://…")
        return None, None
    try:
        return NamedNode(value).value, None
    except ValueError:
        return None, text_response(400, f"entity={value[:200]!r} is not an IRI")


def explore_blueprint(store: Store, *, base: str, name: str = "explore") -> Blueprint:
    """The `/api/map`, `/api/timeline` and `/api/graph` endpoints over `store`, whose IRIs under
    `base` (resolved: `kg.server.linked_data.resolve_base`) link to this server's pages."""
    explorer = Explorer(store, base)
    bp = Blueprint(name, __name__, template_folder=str(Path(__file__).resolve().parents[1] / "templates"))
    bp.add_app_template_filter(isolate_dates, "isolate_dates")

    def answer(data: dict) -> Response:
        response = jsonify(data)
        response.headers["Cache-Control"] = "no-cache"
        return response

    @bp.get("/api/map")
    def map_view() -> Response:
        entity, error = _entity_arg(required=False)
        return error or answer(explorer.places(entity))

    @bp.get("/api/timeline")
    def timeline_view() -> Response:
        entity, error = _entity_arg(required=False)
        return error or answer(explorer.events(entity))

    @bp.get("/api/graph")
    def graph_view() -> Response:
        entity, error = _entity_arg(required=True)
        return error or answer(explorer.graph(entity or ""))

    @bp.get("/explore")
    def explore_page() -> Response:
        html = render_template("explore.html", site_title=current_app.config.get("KG_TITLE", "kg"))
        response = Response(html, mimetype="text/html")
        response.headers["Content-Security-Policy"] = EXPLORE_CSP
        return response

    return bp
