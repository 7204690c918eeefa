"""Online enrichment (`kg link --online`): link stored entities to Wikidata through its API.

The offline linker (`kg.link.resolve`) only knows the shipped knowledge base. This module
takes the persons, organizations and places of a store that still have no
`owl:sameAs wd:…`, searches Wikidata for their Arabic name, and scores each candidate on
evidence that can be checked:

* type: the candidate's P31 must fit the entity's kind (human Q5 for a person; a city,
  settlement or country class for a place; an organization class for an organization).
  Classes kg does not know are looked up one P279 step up. A candidate of the wrong type is
  never linked, however well its name matches;
* name: the entity's Arabic label equals the candidate's Arabic label or one of its
  aliases, compared with `match_key` (hamza, taa marbuta and diacritics folded);
* country: the candidate's P17/P27 agrees (or disagrees) with the countries linked in the
  articles that mention the entity;
* P39: a person who holds or held a public position (news is mostly about officials).

A link is written only when the best candidate reaches the threshold and no other
candidate comes within `AMBIGUITY_MARGIN` of it. Links go to one named graph of their own,
`<base>graph/wikidata-online`, with `kg:linkConfidence` and one `kg:linkEvidence` per piece
of evidence; each run replaces that graph as a whole, so a re-run gives the same graph and
dropping it undoes the enrichment. DBpedia IRIs are added only from the Wikipedia titles
Wikidata gives (sitelinks), never guessed from English names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, Literal, URIRef

from kg import __version__
from kg.link.dbpedia import AR_DBPEDIA, DBPEDIA, wiki_encode
from kg.link.normalize import match_key
from kg.link.resolve import SAME_AS_THRESHOLD
from kg.ops.wikidata_api import WikidataClient
from kg.rdf.iris import Iris, short_hash
from kg.rdf.namespaces import KG, OWL, PROV, RDF, RDFS, WD, XSD, bind_prefixes
from kg.rdf.terms import sparql_prefixes
from kg.store.base import Store
from kg.store.search_index import kept_in_step

#: Where the enrichment is written, under the base IRI.
GRAPH_PATH = "graph/wikidata-online"
#: The best candidate must beat the second by this much, or the name is ambiguous.
AMBIGUITY_MARGIN = 0.1

# Score parts: a candidate of the right type with its Arabic name is 0.85 (0.8 by an alias),
# over the 0.7 threshold; country agreement adds, disagreement sinks it under the threshold.
TYPE_FITS = 0.5
LABEL_MATCH = 0.35
ALIAS_MATCH = 0.3
COUNTRY_AGREES = 0.1
COUNTRY_DISAGREES = -0.3
HOLDS_POSITION = 0.05

HUMAN = "Q5"
#: Classes that make a candidate a city/settlement, a country, a place, an organization.
CITY_CLASSES = frozenset({
    "Q515",  # city
    "Q1549591",  # big city
    "Q5119",  # capital
    "Q1637706",  # city with millions of inhabitants
    "Q200250",  # metropolis
    "Q486972",  # human settlement
    "Q3957",  # town
    "Q532",  # village
    "Q15284",  # municipality
})
COUNTRY_CLASSES = frozenset({"Q6256", "Q3624078"})  # country, sovereign state
PLACE_CLASSES = CITY_CLASSES | COUNTRY_CLASSES | frozenset({
    "Q35657",  # state of the United States
    "Q10864048",  # first-level administrative division
    "Q82794",  # geographic region
    "Q2221906",  # geographic location
})
ORGANIZATION_CLASSES = frozenset({
    "Q43229",  # organization
    "Q484652",  # international organization
    "Q7210356",  # political organization
    "Q7278",  # political party
    "Q327333",  # government agency
    "Q4830453",  # business
    "Q783794",  # company
    "Q163740",  # nonprofit organization
    "Q1127126",  # military alliance
})
#: The classes a kind of entity may be an instance of.
KIND_CLASSES: dict[str, frozenset[str]] = {
    "Person": frozenset({HUMAN}),
    "Country": COUNTRY_CLASSES,
    "City": CITY_CLASSES,
    "Place": PLACE_CLASSES,
    "Organization": ORGANIZATION_CLASSES,
}
#: rdf:types of stored entities → the kind they are linked as (most specific type first).
_KIND_OF_TYPE = (
    (KG.Country, "Country"), (KG.City, "City"), (KG.Place, "Place"),
    (KG.Official, "Person"), (KG.Person, "Person"), (KG.Organization, "Organization"),
)
_WD = str(WD)


def online_graph(iris: Iris) -> URIRef:
    return URIRef(f"{iris.base}{GRAPH_PATH}")


def dbpedia_iris(sitelinks: Mapping[str, Any]) -> tuple[str, ...]:
    """DBpedia resources named by the item's English and Arabic Wikipedia articles."""
    found = []
    for site, prefix in (("enwiki", DBPEDIA), ("arwiki", AR_DBPEDIA)):
        title = (sitelinks.get(site) or {}).get("title")
        if title:
            found.append(prefix + wiki_encode(title))
    return tuple(found)


# -- what is stored --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredEntity:
    """An entity of the store still without a Wikidata link, with its articles' countries."""

    iri: str
    kind: str
    label: str
    context: frozenset[str] = frozenset()  # QIDs of the countries linked in its articles


_PREFIXES = sparql_prefixes("kg", "rdfs", "owl", "schema")


def unlinked_entities(store: Store, graph: str) -> list[StoredEntity]:
    """Persons, organizations and places with an Arabic label and no `owl:sameAs wd:…` outside `graph`.

    Links this enrichment wrote earlier (in `graph`) do not count, so every run reconsiders
    the same entities and rewrites the same graph.
    """
    types = " ".join(f"<{t}>" for t, _ in _KIND_OF_TYPE)
    rows = store.query(_PREFIXES + f"""
        SELECT DISTINCT ?e ?type ?label WHERE {{
          VALUES ?type {{ {types} }}
          ?e a ?type ; rdfs:label ?label .
          FILTER (isIRI(?e) && LANGMATCHES(LANG(?label), "ar"))
        }}""")
    found: dict[str, tuple[set[str], set[str]]] = {}
    for row in rows:
        types_, labels = found.setdefault(row["e"].value, (set(), set()))
        types_.add(row["type"].value)
        labels.add(row["label"].value.strip())
    # the real default graph and every named graph but ours (not the union: it contains ours)
    linked = {row["e"].value for row in store.query(_PREFIXES + f"""
        SELECT DISTINCT ?e WHERE {{
          {{ ?e owl:sameAs ?same }} UNION {{ GRAPH ?g {{ ?e owl:sameAs ?same }} FILTER (?g != <{graph}>) }}
          FILTER (STRSTARTS(STR(?same), "{_WD}"))
        }}""", union_default_graph=False)}
    # entities minted from a knowledge-base entry (they carry its link score even when it stayed below
    # the threshold): their IRI already names one entry, so another QID would contradict it
    linked |= {row["e"].value for row in store.query(_PREFIXES + f"""
        SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e kg:linkConfidence ?score }} FILTER (?g != <{graph}>) }}""")}
    context: dict[str, set[str]] = {}
    for row in store.query(_PREFIXES + f"""
        SELECT DISTINCT ?e ?country WHERE {{
          GRAPH ?g {{ ?article schema:mentions ?e , ?c . ?c a kg:Country ; owl:sameAs ?country . }}
          FILTER (?g != <{graph}> && ?c != ?e && STRSTARTS(STR(?country), "{_WD}"))
        }}"""):
        context.setdefault(row["e"].value, set()).add(row["country"].value.removeprefix(_WD))

    entities = []
    for iri in sorted(found.keys() - linked):
        types_, labels = found[iri]
        kind = next(k for t, k in _KIND_OF_TYPE if str(t) in types_)
        label = min(labels)
        if label:
            entities.append(StoredEntity(iri, kind, label, frozenset(context.get(iri, ()))))
    return entities


# -- scoring ---------------------------------------------------------------------------------------


def claim_ids(doc: Mapping[str, Any], prop: str) -> tuple[str, ...]:
    """Item ids a property points to (deprecated statements and no-value/unknown snaks left out)."""
    ids = []
    for statement in (doc.get("claims") or {}).get(prop, ()):
        if statement.get("rank") == "deprecated":
            continue
        snak = statement.get("mainsnak") or {}
        value = (snak.get("datavalue") or {}).get("value")
        if snak.get("snaktype") == "value" and isinstance(value, dict):
            qid = value.get("id") or (f"Q{value['numeric-id']}" if "numeric-id" in value else None)
            if qid and qid not in ids:
                ids.append(qid)
    return tuple(ids)


def _arabic_names(doc: Mapping[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    label = ((doc.get("labels") or {}).get("ar") or {}).get("value")
    aliases = tuple(a.get("value", "") for a in (doc.get("aliases") or {}).get("ar", ()))
    return label, aliases


@dataclass(frozen=True)
class Candidate:
    """One Wikidata item considered for an entity, its score and the evidence behind it."""

    qid: str
    score: float
    evidence: tuple[str, ...]
    same_as: tuple[str, ...] = ()  # DBpedia IRIs from its sitelinks
    fits: bool = True  # its type fits the entity's kind


def score_candidate(
    entity: StoredEntity,
    doc: Mapping[str, Any],
    *,
    rank: int,
    of: int,
    superclasses: Mapping[str, Sequence[str]] | None = None,
) -> Candidate:
    """Score one item for one entity (see the module docstring); 0 when its type does not fit."""
    qid = str(doc.get("id", ""))
    evidence = [f"search: rank {rank} of {of} for the Arabic name «{entity.label}»"]
    allowed = KIND_CLASSES[entity.kind]
    classes = claim_ids(doc, "P31")
    direct = [c for c in classes if c in allowed]
    if direct:
        evidence.append(f"type: P31 {direct[0]} fits {entity.kind}")
    else:
        via = [(c, s) for c in classes for s in (superclasses or {}).get(c, ()) if s in allowed]
        if entity.kind != "Person" and via:
            evidence.append(f"type: P31 {via[0][0]}, a subclass (P279) of {via[0][1]}, fits {entity.kind}")
        else:
            shown = " ".join(classes) or "none"
            evidence.append(f"type: P31 {shown} does not fit {entity.kind}")
            return Candidate(qid, 0.0, tuple(evidence), fits=False)
    score = TYPE_FITS

    key = match_key(entity.label)
    label, aliases = _arabic_names(doc)
    if label and match_key(label) == key:
        score += LABEL_MATCH
        evidence.append(f"name: Arabic label «{label}» matches")
    elif alias := next((a for a in aliases if match_key(a) == key), None):
        score += ALIAS_MATCH
        evidence.append(f"name: Arabic alias «{alias}» matches")
    else:
        evidence.append(f"name: no Arabic label or alias equals «{entity.label}» (label: «{label or ''}»)")

    if entity.kind != "Country":
        countries = {p: claim_ids(doc, p) for p in ("P17", "P27")}
        theirs = {c for ids in countries.values() for c in ids}
        stated = " ".join(f"{p} {' '.join(ids)}" for p, ids in countries.items() if ids)
        context = " ".join(sorted(entity.context, key=lambda q: (len(q), q)))
        if theirs and entity.context:
            if theirs & entity.context:
                score += COUNTRY_AGREES
                evidence.append(f"country: {stated} agrees with the articles' countries ({context})")
            else:
                score += COUNTRY_DISAGREES
                evidence.append(f"country: {stated} is none of the articles' countries ({context})")

    if entity.kind == "Person" and (positions := claim_ids(doc, "P39")):
        score += HOLDS_POSITION
        evidence.append(f"position: P39 {' '.join(positions[:3])}")
    score = round(min(max(score, 0.0), 1.0), 3)
    return Candidate(qid, score, tuple(evidence), dbpedia_iris(doc.get("sitelinks") or {}))


@dataclass(frozen=True)
class Decision:
    """What the enrichment concluded for one entity: `status` is linked, ambiguous,
    below-threshold, no-fit (no candidate of the right type) or not-found."""

    entity: StoredEntity
    status: str
    chosen: Candidate | None = None
    candidates: tuple[Candidate, ...] = field(default=())


def decide(entity: StoredEntity, candidates: Sequence[Candidate], threshold: float) -> Decision:
    """Link the best candidate only if it reaches the threshold and is clearly ahead."""
    if not candidates:
        return Decision(entity, "not-found")
    ranked = sorted(candidates, key=lambda c: (-c.score, int(c.qid[1:]) if c.qid[1:].isdigit() else 0))
    fitting = [c for c in ranked if c.fits]
    if not fitting:
        return Decision(entity, "no-fit", None, tuple(ranked))
    best = fitting[0]
    if best.score < threshold:
        return Decision(entity, "below-threshold", None, tuple(ranked))
    runner = fitting[1] if len(fitting) > 1 else None
    if runner is not None and best.score - runner.score < AMBIGUITY_MARGIN:
        return Decision(entity, "ambiguous", None, tuple(ranked))
    margin = (f"margin: {best.score - runner.score:.2f} over {runner.qid}" if runner
              else "margin: only candidate of the right type")
    chosen = Candidate(best.qid, best.score, (*best.evidence, margin), best.same_as)
    return Decision(entity, "linked", chosen, tuple(ranked))


# -- the run ---------------------------------------------------------------------------------------


def _is_qid(value: str) -> bool:
    return len(value) > 1 and value[0] == "Q" and value[1:].isdigit() and value[1] != "0"


class OnlineLinker:
    """Searches, fetches (50 ids per request) and scores; all HTTP goes through `client`."""

    def __init__(self, client: WikidataClient, *, threshold: float = SAME_AS_THRESHOLD, limit: int = 7) -> None:
        self.client = client
        self.threshold = threshold
        self.limit = limit

    def decide_all(self, entities: Iterable[StoredEntity]) -> list[Decision]:
        entities = list(entities)
        hits = {label: self.client.search(label, limit=self.limit) for label in sorted({e.label for e in entities})}
        qids = {h["id"] for found in hits.values() for h in found if _is_qid(str(h.get("id", "")))}
        docs = self.client.get_entities(qids)
        superclasses = self._superclasses(entities, hits, docs)
        decisions = []
        for entity in entities:
            found = [h for h in hits[entity.label] if h.get("id") in docs]
            candidates = [score_candidate(entity, docs[h["id"]], rank=i, of=len(found), superclasses=superclasses)
                          for i, h in enumerate(found, 1)]
            decisions.append(decide(entity, candidates, self.threshold))
        return decisions

    def _superclasses(self, entities: Sequence[StoredEntity], hits: Mapping[str, Sequence[Mapping[str, Any]]],
                      docs: Mapping[str, Mapping[str, Any]]) -> dict[str, tuple[str, ...]]:
        """P279 of the candidates' classes that kg does not know, for non-person entities only."""
        unknown = set()
        for entity in entities:
            if entity.kind == "Person":
                continue
            allowed = KIND_CLASSES[entity.kind]
            for h in hits[entity.label]:
                classes = claim_ids(docs.get(h.get("id"), {}), "P31")
                if classes and not set(classes) & allowed:
                    unknown.update(c for c in classes if _is_qid(c))
        if not unknown:
            return {}
        found = self.client.get_entities(unknown, props=("claims",), languages=(), sitefilter=())
        return {qid: claim_ids(doc, "P279") for qid, doc in found.items()}


def enrichment_graph(decisions: Iterable[Decision], iris: Iris, api_url: str) -> Graph:
    """The content of the online graph: links, scores, evidence, and how they were made."""
    g = bind_prefixes(Graph())
    linked = [d for d in decisions if d.status == "linked" and d.chosen is not None and _is_qid(d.chosen.qid)]
    for d in linked:
        assert d.chosen is not None
        node = URIRef(d.entity.iri)
        g.add((node, OWL.sameAs, WD[d.chosen.qid]))
        for other in d.chosen.same_as:
            g.add((node, OWL.sameAs, URIRef(other)))
        g.add((node, KG.linkConfidence, Literal(float(d.chosen.score), datatype=XSD.double)))
        for item in d.chosen.evidence:
            g.add((node, KG.linkEvidence, Literal(item)))
    if linked:
        graph = online_graph(iris)
        key = "\n".join(("wikidata-online", __version__, api_url))
        activity = URIRef(f"{iris.base}activity/{short_hash(key)}")
        agent = iris.agent(__version__)
        g.add((graph, RDF.type, PROV.Entity))
        g.add((graph, PROV.wasGeneratedBy, activity))
        g.add((activity, RDF.type, PROV.Activity))
        g.add((activity, RDFS.label, Literal("kg link --online: Wikidata API enrichment")))
        g.add((activity, PROV.used, URIRef(api_url)))
        g.add((activity, PROV.wasAssociatedWith, agent))
        g.add((agent, RDF.type, PROV.SoftwareAgent))
        g.add((agent, RDFS.label, Literal(f"kg {__version__}")))
    return g


@dataclass(frozen=True)
class Report:
    graph: str
    decisions: tuple[Decision, ...]
    triples: int
    written: bool

    @property
    def linked(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.status == "linked")


def enrich(store: Store, client: WikidataClient, iris: Iris, *, threshold: float = SAME_AS_THRESHOLD,
           limit: int = 7, dry_run: bool = False) -> Report:
    """Link what can be linked and replace the online graph with the result (unless `dry_run`).

    The graph is replaced in one transaction and only after every request succeeded, so a
    failed run leaves the previous enrichment as it was.
    """
    graph = str(online_graph(iris))
    decisions = OnlineLinker(client, threshold=threshold, limit=limit).decide_all(unlinked_entities(store, graph))
    triples = enrichment_graph(decisions, iris, client.api_url)
    if not dry_run:
        store.replace_graph(graph, triples)
        with kept_in_step(store) as index:  # its Wikidata links show in search and reconciliation
            if index is not None:
                index.write_graph(graph, triples)
    return Report(graph, tuple(decisions), len(triples), not dry_run)


__all__ = [
    "AMBIGUITY_MARGIN", "Candidate", "Decision", "OnlineLinker", "Report", "StoredEntity", "dbpedia_iris",
    "decide", "enrich", "enrichment_graph", "online_graph", "score_candidate", "unlinked_entities", "wiki_encode",
]
