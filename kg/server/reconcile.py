"""`/reconcile`: the W3C Entity Reconciliation Service API (v0.2, as OpenRefine speaks it).

OpenRefine users match a spreadsheet column of names against any service that speaks this
protocol (https://www.w3.org/community/reports/reconciliation/CG-FINAL-specs-0.2-20230410/):

    GET  /reconcile                         the service manifest (JSON)
    GET  /reconcile?queries={…}             a batch of queries (also POST, form field `queries`)
    GET  /reconcile/suggest/entity?prefix=  autocomplete of entities (also /suggest/type, /property)
    GET  /reconcile/preview?id=IRI          a small HTML card shown in OpenRefine's iframe
    GET  /reconcile/view?id=IRI             303 to the entity's page

Entity ids are kg's IRIs (the identifier space is the server's base IRI); type ids are kg's
class IRIs (`kg:Person` and `Person` are accepted too). Candidates come from the search index
(`kg.store.search_index`: the linker's folding, clitics, prefixes), scored by how well a name
matches the query (0-90: equal after folding is 90, else the Dice overlap of the words),
how often the news mention the entity (0-10), the type (`type_strict: "should"` lowers a
candidate of another type instead of dropping it) and the properties: `wikidata` (a QID or
Wikidata IRI), `label_en` (English name) and `post` (a post the person holds, e.g. وزير
الخارجية). `match` is true for the single candidate whose name equals the query (or whose
Wikidata id was given) with no property against it. Every response allows any origin (CORS,
which the protocol requires of services).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, jsonify, redirect, render_template, request

from kg import __version__
from kg.link.normalize import clitic_splits
from kg.rdf.terms import KG, WD
from kg.server.config import ServerConfig
from kg.server.linked_data import resolve_base
from kg.server.search import page_href, provider_for
from kg.server.sparql import text_response
from kg.store.base import Store
from kg.store.search_index import Hit, SearchIndex, SearchIndexError
from kg.store.search_records import TYPE_BITS, fold, popularity, type_names

#: Queries in one batch (the manifest's batchSize); OpenRefine sends 10 at a time by default.
MAX_BATCH = 1000
DEFAULT_LIMIT = 5
MAX_LIMIT = 50
PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

#: Class local name -> (English, Arabic) names shown for types.
TYPE_LABELS = {
    "Person": ("Person", "شخص"), "Official": ("Official", "مسؤول"), "Organization": ("Organization", "منظمة"),
    "Place": ("Place", "مكان"), "Country": ("Country", "دولة"), "City": ("City", "مدينة"),
    "Meeting": ("Meeting", "لقاء"), "Treaty": ("Treaty", "معاهدة"),
    "MemorandumOfUnderstanding": ("Memorandum of understanding", "مذكرة تفاهم"), "OtherEntity": ("Other", "أخرى"),
}
DEFAULT_TYPES = ("Person", "Organization", "Place")
#: pid -> (name, description) of the properties a query may give.
PROPERTIES = {
    "wikidata": ("Wikidata item", "a QID (Q7747) or a Wikidata entity IRI; the same item is a match"),
    "label_en": ("English name", "the entity's English label, compared folded"),
    "post": ("Post held · المنصب", "a post the person holds in the news, e.g. وزير الخارجية"),
}


class QueryError(ValueError):
    """A malformed reconciliation query or batch (answered 400, one line)."""


@dataclass(frozen=True)
class Query:
    text: str
    types: tuple[str, ...]
    strict: bool
    limit: int
    properties: tuple[tuple[str, tuple[str, ...]], ...]


def type_json(local: str) -> dict[str, str]:
    en, ar = TYPE_LABELS.get(local, (local, local))
    return {"id": KG + local, "name": f"{en} · {ar}"}


def _local_type(name: str) -> str | None:
    local = name.removeprefix(KG).removeprefix("kg:")
    return local if local in TYPE_BITS else None


def _values(raw: Any) -> tuple[str, ...]:
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("id", item.get("name"))
        if isinstance(item, str | int | float) and not isinstance(item, bool) and str(item).strip():
            out.append(str(item).strip())
    return tuple(out)


def parse_query(key: str, raw: Any) -> Query:
    """One query of a batch; raises QueryError naming it."""
    if not isinstance(raw, dict):
        raise QueryError(f"query {key!r} is not a JSON object")
    text = raw.get("query", "")
    if not isinstance(text, str):
        raise QueryError(f"query {key!r}: 'query' must be a string")
    types_raw = raw.get("type", [])
    types_raw = [types_raw] if isinstance(types_raw, str) else types_raw
    if not isinstance(types_raw, list) or not all(isinstance(t, str) for t in types_raw):
        raise QueryError(f"query {key!r}: 'type' must be a type id or a list of them")
    limit = raw.get("limit", DEFAULT_LIMIT)
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise QueryError(f"query {key!r}: 'limit' must be a positive integer")
    props_raw = raw.get("properties", [])
    if not isinstance(props_raw, list):
        raise QueryError(f"query {key!r}: 'properties' must be a list of {{pid, v}} objects")
    props = []
    for prop in props_raw:
        if not isinstance(prop, dict) or not isinstance(prop.get("pid"), str) or "v" not in prop:
            raise QueryError(f"query {key!r}: each property needs a 'pid' string and a 'v'")
        props.append((prop["pid"], _values(prop["v"])))
    if not text.strip() and not props:
        raise QueryError(f"query {key!r} has neither 'query' nor 'properties'")
    types = tuple(t for t in map(_local_type, types_raw) if t)  # unknown types are not ours: ignored
    return Query(text.strip(), types, raw.get("type_strict") != "should", min(limit, MAX_LIMIT), tuple(props))


def parse_batch(text: str) -> dict[str, Query]:
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise QueryError(f"queries is not JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise QueryError("queries must be a JSON object of queries keyed by id (q0, q1 …)")
    if len(raw) > MAX_BATCH:
        raise QueryError(f"a batch holds at most {MAX_BATCH} queries (this one has {len(raw)})")
    return {key: parse_query(key, value) for key, value in raw.items()}


# -- scoring -----------------------------------------------------------------------------------------


def _word_readings(word: str) -> set[str]:
    return {r for _, r in clitic_splits(word) if len(r) >= 2} | {word}


def name_similarity(query_key: str, names: list[str]) -> float:
    """1.0 if a name equals the folded query (clitics aside), else the best Dice overlap of words."""
    words = query_key.split()
    if not words:
        return 0.0
    readings = [_word_readings(w) for w in words]
    whole = {r + query_key[len(words[0]):] for r in readings[0]}
    best = 0.0
    for name in names:
        if name in whole:
            return 1.0
        tokens = name.split()
        hits = sum(1 for rs in readings if rs & set(tokens))
        best = max(best, 2 * hits / (len(words) + len(tokens)))
    return best


def _qid(value: str) -> str:
    return value.removeprefix(WD).removeprefix("wd:").strip()


def _property_checks(index: SearchIndex, hit: Hit,
                     props: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, bool]]:
    """(pid, matched) for each property the query gives and the candidate has values for."""
    checks = []
    for pid, wanted in props:
        if not wanted:
            continue
        if pid == "wikidata":
            have = {_qid(v) for v in index.values(hit.iri, "wikidata")}
            if have:
                checks.append((pid, bool(have & {_qid(v) for v in wanted})))
        elif pid in ("label_en", "post"):
            have = [fold(v) for v in index.values(hit.iri, pid)]
            if have:
                want = [fold(v) for v in wanted]
                checks.append((pid, any(w and (w == h or w in h) for w in want for h in have)))
    return checks


def reconcile_one(index: SearchIndex, query: Query, base: str) -> list[dict[str, Any]]:
    """The scored candidates of one query, best first."""
    wanted_qids = [_qid(v) for pid, vs in query.properties if pid == "wikidata" for v in vs]
    hits: dict[str, Hit] = {}
    direct = index.entity(query.text) or (index.entity(base + query.text.lstrip("/")) if query.text else None)
    if direct is not None:
        hits[direct.iri] = direct
    for qid in wanted_qids:
        for hit in index.with_value("wikidata", WD + qid, limit=query.limit):
            hits.setdefault(hit.iri, hit)
    if query.text:
        filter_types = query.types if query.strict else ()
        for hit in index.search(query.text, types=filter_types, limit=max(3 * query.limit, 10)):
            hits.setdefault(hit.iri, hit)
    key = fold(query.text)
    scored = []
    for hit in hits.values():
        sim = 1.0 if hit is direct else name_similarity(key, index.names(hit.iri)) if key else 0.0
        checks = _property_checks(index, hit, query.properties)
        same_item = any(pid == "wikidata" and ok for pid, ok in checks)
        against = any(not ok for _, ok in checks)
        type_ok = not query.types or bool(hit.types & sum(TYPE_BITS[t] for t in query.types))
        score = 90 * sim + min(10.0, 2 * popularity(hit.mentions))
        score += sum(5 for _, ok in checks if ok) - sum(25 for _, ok in checks if not ok)
        if not type_ok:
            score -= 30
        if same_item or hit is direct:
            score = 100.0
        features = [{"id": "name_similarity", "value": round(sim, 4)},
                    {"id": "mentions", "value": hit.mentions},
                    {"id": "type_match", "value": type_ok}]
        features += [{"id": f"property_{pid}", "value": ok} for pid, ok in checks]
        scored.append((max(0.0, min(100.0, score)), sim, hit, features, against, type_ok, same_item))
    scored.sort(key=lambda s: (-s[0], -s[2].mentions, s[2].label or ""))
    exact = [s for s in scored if s[1] == 1.0 and s[5] and not s[4]]
    out = []
    for score, _sim, hit, features, against, _type_ok, same_item in scored[: query.limit]:
        match = (same_item and not against) or (len(exact) == 1 and exact[0][2] is hit)
        out.append({
            "id": hit.iri,
            "name": hit.label or hit.label_en or hit.iri,
            "description": _description(hit),
            "type": [type_json(t) for t in type_names(hit.types)],
            "score": round(score, 2),
            "match": match,
            "features": features,
        })
    return out


def _description(hit: Hit) -> str:
    parts = [hit.label_en] if hit.label_en else []
    parts.append(f"{hit.mentions} mention{'' if hit.mentions == 1 else 's'} in the news")
    if hit.wikidata:
        parts.append(hit.wikidata.rpartition("/")[2])
    return " · ".join(parts)


# -- the blueprint -------------------------------------------------------------------------------------


def reconcile_blueprint(store: Store, *, base: str | None = None, config: ServerConfig | None = None,
                        name: str = "reconcile") -> Blueprint:
    """A Blueprint serving the reconciliation API under `/reconcile` over the search index of `store`."""
    resolved_base = resolve_base(base)
    title = (config or ServerConfig()).title
    bp = Blueprint(name, __name__, template_folder="templates", url_prefix="/reconcile")

    @bp.after_request
    def cors(response: Response) -> Response:
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response

    def index() -> SearchIndex:
        return provider_for(store).get()

    def service_url() -> str:
        return request.host_url.rstrip("/") + request.script_root + "/reconcile"

    def manifest() -> dict[str, Any]:
        root = service_url()
        suggest = {"service_url": root}
        return {
            "versions": ["0.1", "0.2"],
            "name": f"{title}: persons, organizations and places in Arabic news",
            "identifierSpace": resolved_base,
            "schemaSpace": KG,
            "documentation": request.host_url.rstrip("/") + request.script_root + "/search",
            "serviceVersion": __version__,
            "defaultTypes": [type_json(t) for t in DEFAULT_TYPES],
            "view": {"url": root + "/view?id={{id}}"},
            "preview": {"url": root + "/preview?id={{id}}", "width": 420, "height": 130},
            "suggest": {
                "entity": {**suggest, "service_path": "/suggest/entity"},
                "type": {**suggest, "service_path": "/suggest/type"},
                "property": {**suggest, "service_path": "/suggest/property"},
            },
            "batchSize": MAX_BATCH,
        }

    @bp.route("", methods=["GET", "POST"])
    def service() -> Response:
        queries = request.values.get("queries")
        if queries is None:
            if "extend" in request.values:
                return text_response(400, "data extension is not offered by this service")
            return jsonify(manifest())
        try:
            batch = parse_batch(queries)
            idx = index()
            return jsonify({key: {"result": reconcile_one(idx, q, resolved_base)} for key, q in batch.items()})
        except QueryError as exc:
            return text_response(413 if "at most" in str(exc) else 400, str(exc))
        except SearchIndexError as exc:
            return text_response(503, f"reconciliation is not available: {exc}")

    @bp.get("/suggest/entity")
    def suggest_entity() -> Response:
        prefix = request.args.get("prefix", "")
        try:
            cursor = max(0, int(request.args.get("cursor", "0") or 0))
        except ValueError:
            return text_response(400, "cursor must be a whole number")
        types = [t for t in map(_local_type, request.args.getlist("type")) if t]
        try:
            hits = index().search(prefix, types=types, limit=10, offset=cursor) if prefix.strip() else []
        except SearchIndexError as exc:
            return text_response(503, f"suggest is not available: {exc}")
        return jsonify({"result": [
            {"id": h.iri, "name": h.label or h.label_en or h.iri, "description": _description(h),
             "notable": [type_json(t) for t in type_names(h.types)]} for h in hits]})

    @bp.get("/suggest/type")
    def suggest_type() -> Response:
        prefix = fold(request.args.get("prefix", ""))
        found = [type_json(t) for t, (en, ar) in TYPE_LABELS.items()
                 if not prefix or any(fold(n).startswith(prefix) or f" {prefix}" in f" {fold(n)}"
                                      for n in (t, en, ar))]
        return jsonify({"result": found})

    @bp.get("/suggest/property")
    def suggest_property() -> Response:
        prefix = fold(request.args.get("prefix", ""))
        found = [{"id": pid, "name": name, "description": about} for pid, (name, about) in PROPERTIES.items()
                 if not prefix or fold(pid).startswith(prefix) or prefix in fold(name)]
        return jsonify({"result": found})

    def entity_or_404() -> Hit | Response:
        iri = request.args.get("id", "")
        hit = index().entity(iri) if iri else None
        return hit if hit is not None else text_response(404, "no entity with this id")

    @bp.get("/preview")
    def preview() -> Response:
        hit = entity_or_404()
        if isinstance(hit, Response):
            return hit
        html = render_template("reconcile_preview.html", hit=hit, page=page_href(hit.iri, resolved_base),
                               types=[type_json(t)["name"] for t in type_names(hit.types)])
        response = Response(html, mimetype="text/html")
        response.headers["Content-Security-Policy"] = PREVIEW_CSP  # no frame-ancestors: OpenRefine frames it
        return response

    @bp.get("/view")
    def view() -> Response:
        hit = entity_or_404()
        if isinstance(hit, Response):
            return hit
        return redirect(page_href(hit.iri, resolved_base) or hit.iri, code=303)

    return bp


__all__ = ["MAX_BATCH", "PROPERTIES", "QueryError", "name_similarity", "parse_batch", "reconcile_blueprint",
           "reconcile_one"]
