"""Entity search: `/search?q=` (an HTML page) and `/api/suggest?q=&type=` (JSON, for autocomplete).

Both read the store's search index (`kg.store.search_index`): a SQLite file beside a folder
store, which `kg build` keeps in step and this server only reads, so new articles show up in
search as soon as they are written. A store without one (in memory, remote, or built before
kg had an index) is indexed into memory from its content on the first search, until a writer
makes the index file (then the server reads that).

`/api/suggest` answers `{"results": [{"id", "label", "label_en", "type", "wikidata",
"mentions", "page"}]}`, best first: exact names, then names the query's words begin, then
readings without clitics, each most mentioned first. `page` is the entity's page on this
server. Every page's search box (templates/layout.html) completes with it (static/search.js).
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from kg.server.linked_data import resolve_base
from kg.server.sparql import text_response
from kg.store.base import Store
from kg.store.search_index import Hit, SearchIndex, SearchIndexError, index_path
from kg.store.search_records import TYPE_ORDER
from kg.store.search_records import type_mask as _type_mask

log = logging.getLogger(__name__)

#: The search page runs only this server's scripts and talks only to it.
SEARCH_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; "
              "base-uri 'none'; form-action 'self'")
SUGGEST_LIMIT = 10
MAX_LIMIT = 50
PAGE_SIZE = 20
#: Types offered in the search form: (local name, English, Arabic).
TYPE_CHOICES = (
    ("Person", "Persons", "أشخاص"), ("Organization", "Organizations", "منظمات"), ("Place", "Places", "أماكن"),
    ("Meeting", "Meetings", "لقاءات"), ("Treaty", "Treaties", "معاهدات"),
)


class IndexProvider:
    """The search index of a store, opened (or built in memory) on first use, shared by all requests."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

    def get(self) -> SearchIndex:
        index = self._index
        if index is None or (index.path is None and self._file_appeared()):
            with self._lock:
                if self._index is None or (self._index.path is None and self._file_appeared()):
                    self._index = self._open()  # the old one is left to the requests still using it
                index = self._index
        return index

    def _file_appeared(self) -> bool:
        """True when a writer (kg build, kg search-index) has made the index file since we indexed in memory."""
        path = index_path(self.store)
        return path is not None and path.is_file()

    def _open(self) -> SearchIndex:
        index = SearchIndex.for_store(self.store, read_only=True)
        if index is not None:
            return index
        log.info("%s: no search index on disk; indexing the store in memory (kg search-index keeps one)",
                 self.store.location or "in-memory store")
        index = SearchIndex(None)
        index.rebuild(self.store)
        return index

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None


def provider_for(app_store: Store) -> IndexProvider:
    """The app's shared `IndexProvider` (made on first call)."""
    provider = current_app.extensions.get("kg.search")
    if provider is None:
        provider = current_app.extensions["kg.search"] = IndexProvider(app_store)
    return provider


def page_href(iri: str, base: str) -> str | None:
    """This server's page for an IRI under `base` (None for other IRIs)."""
    if iri.startswith(base) and len(iri) > len(base):
        return f"{request.script_root}/page/{iri[len(base):]}"
    return None


def requested_types() -> list[str]:
    """The `type` parameters (repeated or comma-separated); raises ValueError for an unknown one."""
    names = [t.strip() for value in request.args.getlist("type") for t in value.split(",") if t.strip()]
    _type_mask(names)
    return names


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw[:40]!r}") from None
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}")
    return value


def hit_json(hit: Hit, base: str) -> dict[str, object]:
    return {**hit.as_json(), "page": page_href(hit.iri, base)}


def search_blueprint(store: Store, *, base: str | None = None, name: str = "search") -> Blueprint:
    """A Blueprint serving `/search` and `/api/suggest` over the search index of `store`."""
    resolved_base = resolve_base(base)
    bp = Blueprint(name, __name__, template_folder="templates")

    @bp.get("/api/suggest")
    def suggest() -> Response:
        text = request.args.get("q", "")
        try:
            types = requested_types()
            limit = _int_arg("limit", SUGGEST_LIMIT, 1, MAX_LIMIT)
            hits = provider_for(store).get().search(text, types=types, limit=limit) if text.strip() else []
        except ValueError as exc:
            return text_response(400, str(exc))
        except SearchIndexError as exc:
            return text_response(503, f"search is not available: {exc}")
        return jsonify({"results": [hit_json(h, resolved_base) for h in hits]})

    @bp.get("/search")
    def search_page() -> Response:
        text = request.args.get("q", "")
        error = None
        status = 200
        hits: list[Hit] = []
        types: list[str] = []
        page = 1
        try:
            types = requested_types()
            page = _int_arg("page", 1, 1, 1000)
            if text.strip():
                hits = provider_for(store).get().search(text, types=types, limit=PAGE_SIZE + 1,
                                                        offset=(page - 1) * PAGE_SIZE)
        except ValueError as exc:
            error, status = str(exc), 400
        except SearchIndexError as exc:
            error, status = f"search is not available: {exc}", 503
        html = render_template(
            "search.html",
            site_title=current_app.config.get("KG_TITLE", "kg"),
            search_query=text,
            types=types,
            type_choices=TYPE_CHOICES,
            results=[(h, page_href(h.iri, resolved_base), (h.type or "").rpartition("#")[2])
                     for h in hits[:PAGE_SIZE]],
            more=len(hits) > PAGE_SIZE,
            page=page,
            page_query=lambda n: urlencode({"q": text, "type": types, "page": n}, doseq=True),
            error=error,
        )
        response = Response(html, status=status, mimetype="text/html")
        response.headers["Content-Security-Policy"] = SEARCH_CSP
        return response

    return bp


__all__ = ["TYPE_ORDER", "IndexProvider", "provider_for", "search_blueprint"]
