"""The dataset and its vocabulary, described where tools look: `/.well-known/void` (VoID + DCAT)
and `/ontology` (the kg ontology as Turtle or other RDF, and as an HTML page generated from
`ontology/kg.ttl`).

The ontology's namespace is `https://w3id.org/kg-ar/ontology#`; w3id.org redirects to wherever
kg is published, and this route is what it redirects to. Each class and property has an anchor
on the HTML page, so `…/ontology#Meeting` lands on its entry.

The description is counted once per store snapshot (the store only changes by publishing a new
one) and per site URL, and the dumps use the same cached copy.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request

from kg.rdf.namespaces import ONTOLOGY_PATH
from kg.rdf.terms import DCAT, KG, KG_ONTOLOGY, OWL, PREFIXES, RDF, RDF_TYPE, RDFS, SD, SKOS, VOID
from kg.server import media
from kg.server.sparql import text_response
from kg.store.base import Store
from kg.store.describe import DatasetInfo, describe

#: Both documents as RDF (Turtle without an Accept header or for `*/*`) or as an HTML page for
#: browsers, which name text/html.
_PAGE_OFFERS: list[tuple[str, object]] = [*media.GRAPH_OFFERS, ("text/html", None)]


class Descriptions:
    """The store's VoID/DCAT description, recounted only when the store's snapshot changes."""

    def __init__(self, store: Store, *, title: str, base: str) -> None:
        self.store = store
        self.title = title
        self.base = base
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], list[ox.Triple]] = {}

    def info(self, site: str) -> DatasetInfo:
        return DatasetInfo(self.title, self.base, site=site)

    def triples(self, site: str) -> list[ox.Triple]:
        self.store.refresh()
        snapshot = str(self.store.snapshot or "")
        key = (snapshot, site)
        with self._lock:
            cached = self._cache.get(key) if snapshot else None
        if cached is not None:
            return cached
        triples = describe(self.store, self.info(site))
        if snapshot:
            with self._lock:
                self._cache = {key: triples}  # only the newest snapshot is worth keeping
        return triples


def _negotiate(offers: list[tuple[str, object]]) -> tuple[str, object] | Response:
    try:
        return media.choose(request.headers.get("Accept"), offers)
    except media.NotAcceptable as exc:
        return text_response(406, str(exc))


def _rdf_response(triples: list[ox.Triple], media_type: str, fmt: object) -> Response:
    prefixes = {**PREFIXES, "sd": SD}
    body = ox.serialize(triples, format=fmt, prefixes=prefixes)  # type: ignore[arg-type]
    response = Response(body, content_type=media.content_type(media_type))
    response.vary.add("Accept")
    return response


@dataclass(frozen=True)
class Term:
    """A class or property of the ontology, as the HTML page lists it."""

    name: str
    kind: str
    label_en: str
    label_ar: str
    comment_en: str
    comment_ar: str
    parents: tuple[str, ...]
    domain: tuple[str, ...]
    range: tuple[str, ...]
    matches: tuple[str, ...]


def _curie(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def ontology_terms(path: Path = ONTOLOGY_PATH) -> list[Term]:
    """`_ontology_terms` of the file as it is now: parsed once per version of the file."""
    return list(_ontology_terms(path, path.stat().st_mtime_ns))


@lru_cache(maxsize=4)
def _ontology_terms(path: Path, mtime_ns: int) -> tuple[Term, ...]:
    return tuple(_parse_terms(path))


def _parse_terms(path: Path) -> list[Term]:
    """Every class, property and value (statuses and their schemes) the ontology defines in kg's
    namespace: classes first, then properties, then values, each by name."""
    graph = ox.Store()
    graph.load(path=str(path), format=ox.RdfFormat.TURTLE)

    def values(subject: ox.NamedNode, predicate: str, lang: str | None = None) -> list[str]:
        out = []
        for quad in graph.quads_for_pattern(subject, ox.NamedNode(predicate), None):
            obj = quad.object
            if isinstance(obj, ox.BlankNode):
                continue  # an OWL restriction: the Turtle shows it, the summary does not
            if lang is not None and (not isinstance(obj, ox.Literal) or obj.language != lang):
                continue
            out.append(obj.value)
        return sorted(out)

    kinds = {OWL + "Class": "class", OWL + "ObjectProperty": "property", OWL + "DatatypeProperty": "property",
             RDF + "Property": "property", OWL + "AnnotationProperty": "property",
             OWL + "NamedIndividual": "value", SKOS + "ConceptScheme": "value"}
    terms: dict[str, Term] = {}
    for quad in graph.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None):
        subject, kind = quad.subject, kinds.get(quad.object.value)
        if kind is None or not isinstance(subject, ox.NamedNode) or not subject.value.startswith(KG):
            continue
        if subject.value[len(KG):] in terms and kind == "value":
            continue  # an individual typed twice (kg:TreatyStatus and owl:NamedIndividual) is listed once
        name = subject.value[len(KG):]

        def first(predicate: str, lang: str, subject: ox.NamedNode = subject) -> str:
            return (values(subject, predicate, lang) or [""])[0]

        parent = {"class": RDFS + "subClassOf", "property": RDFS + "subPropertyOf", "value": SKOS + "inScheme"}[kind]
        parents = values(subject, parent)
        terms[name] = Term(
            name, kind, first(RDFS + "label", "en"), first(RDFS + "label", "ar"),
            first(RDFS + "comment", "en"), first(RDFS + "comment", "ar"),
            tuple(map(_curie, parents)), tuple(map(_curie, values(subject, RDFS + "domain"))),
            tuple(map(_curie, values(subject, RDFS + "range"))),
            tuple(values(subject, SKOS + "closeMatch")),
        )
    order = {"class": 0, "property": 1, "value": 2}
    return sorted(terms.values(), key=lambda t: (order[t.kind], t.name.lower()))


def describe_blueprint(store: Store, *, base: str, title: str | None = None, name: str = "describe",
                       ontology_path: Path = ONTOLOGY_PATH) -> Blueprint:
    """A Blueprint serving `/.well-known/void` and `/ontology`; `app.extensions["kg.descriptions"]`
    is set when it is registered, for the dumps."""
    bp = Blueprint(name, __name__, template_folder="templates")
    state: dict[str, Descriptions] = {}

    def descriptions() -> Descriptions:
        return state["d"]

    @bp.record_once
    def _register(setup_state) -> None:  # noqa: ANN001 - Flask's BlueprintSetupState
        app = setup_state.app
        state["d"] = Descriptions(store, title=title or app.config.get("KG_TITLE", "kg"), base=base)
        app.extensions["kg.descriptions"] = state["d"]

    @bp.get("/.well-known/void")
    def void() -> Response:
        chosen = _negotiate(_PAGE_OFFERS)
        if isinstance(chosen, Response):
            return chosen
        media_type, fmt = chosen
        triples = descriptions().triples(request.url_root)
        if fmt is not None:
            return _rdf_response(triples, media_type, fmt)
        turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes={**PREFIXES, "sd": SD}).decode()
        counts = _counts(triples)
        html = render_template("void.html", site_title=descriptions().title, turtle=turtle, counts=counts)
        response = Response(html, mimetype="text/html")
        response.vary.add("Accept")
        return response

    @bp.get("/ontology")
    def ontology() -> Response:
        if not ontology_path.is_file():
            return text_response(404, f"the ontology file is not installed here ({ontology_path.name} missing); "
                                      "set KG_ONTOLOGY_DIR to the folder that has it")
        chosen = _negotiate(_PAGE_OFFERS)
        if isinstance(chosen, Response):
            return chosen
        media_type, fmt = chosen
        if fmt == ox.RdfFormat.TURTLE:
            response = Response(ontology_path.read_bytes(), content_type=media.content_type(media_type))
            response.vary.add("Accept")
            return response
        if fmt is not None:
            triples = [q.triple for q in ox.parse(path=str(ontology_path), format=ox.RdfFormat.TURTLE)]
            return _rdf_response(triples, media_type, fmt)
        html = render_template("ontology.html", site_title=descriptions().title, terms=ontology_terms(ontology_path),
                               ontology_iri=KG_ONTOLOGY, namespace=KG)
        response = Response(html, mimetype="text/html")
        response.vary.add("Accept")
        return response

    @bp.get("/ontology.ttl")
    def ontology_turtle() -> Response:
        if not ontology_path.is_file():
            return text_response(404, "the ontology file is not installed here; set KG_ONTOLOGY_DIR")
        return Response(ontology_path.read_bytes(), content_type="text/turtle; charset=utf-8")

    return bp


def _counts(triples: list[ox.Triple]) -> list[tuple[str, str]]:
    """(what, value) rows for the HTML page: the dataset's VoID figures and class partitions."""
    rows = []
    partitions: dict[str, dict[str, str]] = {}
    for t in triples:
        p = t.predicate.value
        if p in (VOID + "class", VOID + "entities") and isinstance(t.subject, ox.BlankNode):
            partitions.setdefault(t.subject.value, {})[p[len(VOID):]] = t.object.value
        elif p in (VOID + "triples", VOID + "documents", VOID + "entities"):
            rows.append((p[len(VOID):], t.object.value))
        elif p == DCAT + "endpointURL":
            rows.append(("SPARQL endpoint", t.object.value))
    for part in sorted(partitions.values(), key=lambda d: d.get("class", "")):
        if "class" in part:
            rows.append((_curie(part["class"]), part.get("entities", "")))
    return rows


__all__ = ["Descriptions", "Term", "describe_blueprint", "ontology_terms"]
