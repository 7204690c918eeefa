"""The SPARQL behind the map, timeline and who-met-whom views, and the page sections of item 5.

Everything is read at request time from the graph `kg build` writes: places carry W3C Basic Geo
`wgs84_pos:lat`/`long` (`kg.rdf.kbnames`); meetings and treaties carry their participants or
parties, place and date (`kg.rdf.facts`); and since a fact is copied into the named graph of
every article that reports it, "which articles report this event, and what does each claim"
is simply "which article graphs hold it" (`GRAPH ?g { <event> … ?article a kg:NewsArticle }`).
Counting those graphs is how an edge or an event gets its article count.

Every IRI put into a query passes through `_ref` (pyoxigraph validates it: no injection).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, QuerySolutions

from kg.rdf.terms import GEO, KG, NIF, RDFS_LABEL, SCHEMA, WGS84_POS
from kg.store.base import Store

#: Event classes the timeline and the graph show, with the properties linking them to entities.
EVENT_KINDS = {KG + "Meeting": "meeting", KG + "Treaty": "treaty"}
MEMBER_PROPS = (KG + "participant", KG + "treatyParty")
PLACE_PROPS = (KG + "meetingPlace", KG + "signingPlace")
DATE_PROPS = (KG + "meetingDate", KG + "signingDate")
STATUS_PROPS = (KG + "meetingStatus", KG + "treatyStatus")
#: Most rows one view returns (the response says when it was cut).
LIMIT = 1000


def _ref(iri: str) -> str:
    return f"<{NamedNode(iri).value}>"


def _alt(props: tuple[str, ...]) -> str:
    return "|".join(f"<{p}>" for p in props)


def _int(term: object) -> int:
    try:
        return int(term.value) if isinstance(term, Literal) else 0
    except ValueError:
        return 0


def _float(term: object) -> float | None:
    try:
        return float(term.value) if isinstance(term, Literal) else None
    except ValueError:
        return None


def _str(term: object) -> str | None:
    return term.value if isinstance(term, Literal | NamedNode) else None


_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


def isolate_dates(text: str) -> str:
    """ISO dates in Arabic text wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE.

    Without it "لقاء (2025-03-09)" shows as "(09-03-2025)": after Arabic letters the bidi
    algorithm makes the digits Arabic numbers, which "-" does not join (UAX #9, W2 and W4).
    """
    if not isinstance(text, str) or not _ARABIC.search(text):
        return text
    return _ISO_DATE.sub(lambda m: "\u2066" + m.group(0) + "\u2069", text)


def parse_wkt_point(wkt: str) -> tuple[float, float] | None:
    """(lat, long) of a WKT `POINT(long lat)` (an optional `<crs>` prefix allowed), else None."""
    text = wkt.strip()
    if text.startswith("<"):
        text = text.partition(">")[2].strip()
    head, _, rest = text.partition("(")
    if head.strip().upper() != "POINT" or not rest.endswith(")"):
        return None
    parts = rest[:-1].split()
    if len(parts) != 2:
        return None
    try:
        lon, lat = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


@dataclass(frozen=True)
class Name:
    """A resource as the views show it: Arabic and English label, and where its page is."""

    id: str
    href: str | None
    label: str
    label_en: str | None


@dataclass(frozen=True)
class Report:
    """One article reporting an event, and what that article claims about it."""

    article: Name
    date: str | None
    outlet: str | None
    evidence: list[str]
    status: list[Name]
    place: list[Name]
    event_date: list[str]
    date_text: list[str]


@dataclass(frozen=True)
class Quote:
    """One statement of an entity: the quote, who it is attributed to, and the reporting article."""

    id: str
    href: str | None
    quote: str
    attributed_to: Name | None
    attribution: str | None
    article: Name | None
    date: str | None
    outlet: str | None


@dataclass
class Available:
    """Which views an entity page offers (each only where there is something to draw)."""

    map: bool = False
    timeline: bool = False
    graph: bool = False

    @property
    def any(self) -> bool:
        return self.map or self.timeline or self.graph


class Explorer:
    """Reads the data of the views from `store`; `href` maps an IRI to the link a page shows."""

    def __init__(self, store: Store, base: str, ontology: dict[str, dict[str, str]] | None = None) -> None:
        self.store = store
        self.base = base
        #: rdfs:label by language of ontology terms (status individuals are not in the store).
        self.ontology = ontology or {}

    def href(self, iri: str) -> str | None:
        if iri.startswith(self.base) and len(iri) > len(self.base):
            return "/" + iri[len(self.base) :]
        return iri if iri.startswith(("http://", "https://")) else None

    def _select(self, sparql: str) -> QuerySolutions:
        result = self.store.query(sparql)
        assert isinstance(result, QuerySolutions)
        return result

    def names(self, iris: list[str]) -> dict[str, Name]:
        """Arabic (else any) and English labels of many resources in one query."""
        unique = list(dict.fromkeys(iris))
        labels: dict[str, dict[str, str]] = defaultdict(dict)
        if unique:
            values = " ".join(_ref(i) for i in unique)
            # GRAPH ?g: each article graph repeats an entity's labels; the graph index finds them
            # without walking every copy through the union default graph (then DISTINCT).
            for sol in self._select(
                f"SELECT DISTINCT ?s ?l WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g {{ ?s <{RDFS_LABEL}> ?l }} }}"
            ):
                lit = sol["l"]
                if isinstance(lit, Literal):
                    lang = (lit.language or "").split("-")[0]
                    known = labels[sol["s"].value].get(lang)
                    if known is None or len(lit.value) > len(known):  # a full name beats a surname
                        labels[sol["s"].value][lang] = lit.value
        out = {}
        for iri in unique:
            by_lang = labels.get(iri) or self.ontology.get(iri, {})
            label = by_lang.get("ar") or by_lang.get("") or by_lang.get("en") or self._short(iri)
            out[iri] = Name(iri, self.href(iri), label, by_lang.get("en"))
        return out

    def _short(self, iri: str) -> str:
        return iri[len(self.base) :] if iri.startswith(self.base) else iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    # -- map ---------------------------------------------------------------------------------------

    def places(self, entity: str | None = None) -> dict:
        """Places with coordinates: for the store, every one with its article and event counts; around
        `entity`, the places named in the articles about it (itself included) and where its events were.

        Every article graph holds its own copy of each place it names or puts an event in, with the
        coordinates, so "articles about a place" is "graphs holding its coordinates": counted on the
        graph index, never by scanning the union of all graphs (where each triple repeats per article).
        """
        located = f"{{ ?place <{WGS84_POS}lat> ?x }} UNION {{ ?place <{GEO}hasGeometry> ?x }}"
        if entity is None:
            about = ""
            events_q = f"GRAPH ?g {{ ?e {_alt(PLACE_PROPS)} ?place }}"
        else:
            r = _ref(entity)
            about = f"{{ ?a <{SCHEMA}mentions> {r} }} UNION {{ ?e0 {_alt(MEMBER_PROPS)} {r} }}"
            events_q = (
                f"GRAPH ?g {{ {{ ?e {_alt(MEMBER_PROPS)} {r} ; {_alt(PLACE_PROPS)} ?place }} "
                f"UNION {{ ?e {_alt(PLACE_PROPS)} {r} BIND({r} AS ?place) }} }}"
            )
        counts = [
            (sol["place"].value, _int(sol["n"]))
            for sol in self._select(
                f"SELECT ?place (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ {about} {located} }} }} "
                f"GROUP BY ?place ORDER BY DESC(?n) ?place LIMIT {LIMIT + 1}"
            )
            if isinstance(sol["place"], NamedNode)
        ]
        truncated = len(counts) > LIMIT
        counts = counts[:LIMIT]
        found: dict[str, tuple[float, float, int]] = {}
        if counts:
            values = " ".join(_ref(p) for p, _ in counts)
            coords: dict[str, tuple[float, float]] = {}
            for sol in self._select(
                f"""SELECT ?place (SAMPLE(?lat) AS ?la) (SAMPLE(?long) AS ?lo) (SAMPLE(?wkt) AS ?w) WHERE {{
                      VALUES ?place {{ {values} }}
                      GRAPH ?g {{ {{ ?place <{WGS84_POS}lat> ?lat ; <{WGS84_POS}long> ?long }}
                                 UNION {{ ?place <{GEO}hasGeometry>/<{GEO}asWKT> ?wkt }} }}
                    }} GROUP BY ?place"""
            ):
                lat, lon = _float(sol["la"]), _float(sol["lo"])
                if (lat is None or lon is None) and isinstance(sol["w"], Literal):
                    lat, lon = parse_wkt_point(sol["w"].value) or (None, None)
                if lat is not None and lon is not None:
                    coords[sol["place"].value] = (lat, lon)
            found = {p: (*coords[p], n) for p, n in counts if p in coords}
        events: dict[str, int] = {}
        if found:
            for sol in self._select(f"SELECT ?place (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {events_q} }} GROUP BY ?place"):
                events[sol["place"].value] = _int(sol["n"])
        names = self.names(list(found)[:LIMIT])
        points = [
            {
                **names[iri].__dict__,
                "lat": lat,
                "long": lon,
                "articles": n,
                "events": events.get(iri, 0),
                "self": iri == entity,
            }
            for iri, (lat, lon, n) in list(found.items())[:LIMIT]
        ]
        return {"entity": entity, "points": points, "truncated": truncated}

    # -- timeline ----------------------------------------------------------------------------------

    def events(self, entity: str | None = None) -> dict:
        """Meetings and treaties (of `entity`, or all) by date: the event's own date where the articles
        give one, else the day the first article reporting it was published."""
        kinds = " ".join(f"<{t}>" for t in EVENT_KINDS)
        member = f"?e {_alt(MEMBER_PROPS)} {_ref(entity)} ." if entity else ""
        rows = list(
            self._select(
                f"""SELECT ?e ?type (SAMPLE(STR(?d)) AS ?date) (MIN(STR(?pub)) AS ?published)
                           (COUNT(DISTINCT ?a) AS ?n) WHERE {{
                      VALUES ?type {{ {kinds} }}
                      GRAPH ?g {{ ?e a ?type . {member}
                        OPTIONAL {{ ?e {_alt(DATE_PROPS)} ?d }}
                        OPTIONAL {{ ?a a <{KG}NewsArticle> OPTIONAL {{ ?a <{SCHEMA}datePublished> ?pub }} }} }}
                    }} GROUP BY ?e ?type ORDER BY DESC(?n) ?e LIMIT {LIMIT + 1}"""
            )
        )
        truncated = len(rows) > LIMIT
        rows = rows[:LIMIT]
        names = self.names([sol["e"].value for sol in rows])
        items = []
        for sol in rows:
            date, published = _str(sol["date"]), _str(sol["published"])
            if not (date or published):
                continue
            items.append(
                {
                    **names[sol["e"].value].__dict__,
                    "kind": EVENT_KINDS[sol["type"].value],
                    "date": date or published,
                    "dated_by": "event" if date else "article",
                    "articles": _int(sol["n"]),
                }
            )
        items.sort(key=lambda i: (i["date"], i["label"]))
        return {"entity": entity, "events": items, "truncated": truncated}

    # -- who met whom ------------------------------------------------------------------------------

    def graph(self, entity: str) -> dict:
        """The entity, everyone it met or signed with, and an edge for each pair that shares a
        meeting or treaty, weighted by the articles reporting those events (by the events where
        no article graph holds them)."""
        r = _ref(entity)
        kinds = " ".join(f"<{t}>" for t in EVENT_KINDS)
        members: dict[str, set[str]] = defaultdict(set)
        kind_of: dict[str, str] = {}
        articles: dict[str, set[str]] = defaultdict(set)
        # One pass over the graphs holding the entity's events: the co-members and the article of
        # each graph (a graph without an article still counts the event, not an article).
        for sol in self._select(
            f"""SELECT DISTINCT ?e ?type ?p ?a WHERE {{ VALUES ?type {{ {kinds} }}
                  GRAPH ?g {{ ?e a ?type ; {_alt(MEMBER_PROPS)} {r} ; {_alt(MEMBER_PROPS)} ?p . FILTER isIRI(?p)
                             OPTIONAL {{ ?a a <{KG}NewsArticle> }} }} }}
                LIMIT {LIMIT * 50}"""
        ):
            event = sol["e"].value
            members[event].add(sol["p"].value)
            kind_of[event] = EVENT_KINDS[sol["type"].value]
            if isinstance(sol["a"], NamedNode):
                articles[event].add(sol["a"].value)
        edges: dict[tuple[str, str], dict] = {}
        for event, people in members.items():
            ordered = sorted(people)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    edge = edges.setdefault(
                        (a, b), {"source": a, "target": b, "meeting": 0, "treaty": 0, "_articles": set()}
                    )
                    edge[kind_of[event]] += 1
                    edge["_articles"] |= articles.get(event, set())
        nodes = {entity} | {p for people in members.values() for p in people}
        names = self.names(sorted(nodes))
        out_edges = []
        for edge in edges.values():
            n = len(edge.pop("_articles"))
            edge["articles"] = n
            edge["weight"] = n or edge["meeting"] + edge["treaty"]
            out_edges.append(edge)
        out_edges.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
        return {
            "entity": entity,
            "nodes": [{**names[i].__dict__, "center": i == entity} for i in sorted(nodes)],
            "edges": out_edges,
        }

    def available(self, entity: str) -> Available:
        """Which views the page of `entity` shows: a map where it or the articles about it have a place
        with coordinates, a timeline where it has meetings or treaties, a graph where it shares one.

        Three ASKs within single graphs: they stop at the first match, however often the entity is
        in the news (counting here took seconds for a head of state at 10,000 articles)."""
        r = _ref(entity)
        kinds = " ".join(f"<{t}>" for t in EVENT_KINDS)
        located = f"{{ ?pl <{WGS84_POS}lat> ?x }} UNION {{ ?pl <{GEO}hasGeometry> ?x }}"

        def ask(pattern: str) -> bool:
            return bool(self.store.query(f"ASK {{ {pattern} }}"))

        return Available(
            map=ask(f"GRAPH ?g {{ {{ {r} <{WGS84_POS}lat> ?x }} UNION {{ {r} <{GEO}hasGeometry> ?x }} }}")
            or ask(f"GRAPH ?g {{ {{ ?a <{SCHEMA}mentions> {r} }} UNION {{ ?e {_alt(MEMBER_PROPS)} {r} }} {located} }}"),
            timeline=ask(f"VALUES ?t {{ {kinds} }} GRAPH ?g {{ ?e a ?t ; {_alt(MEMBER_PROPS)} {r} }}"),
            graph=ask(
                f"VALUES ?t {{ {kinds} }} GRAPH ?g {{ ?e a ?t ; {_alt(MEMBER_PROPS)} {r} ; "
                f"{_alt(MEMBER_PROPS)} ?p FILTER (?p != {r}) }}"
            ),
        )

    # -- page sections (item 5) --------------------------------------------------------------------

    def reports(self, event: str) -> list[Report]:
        """The articles whose graphs hold `event`, each with its evidence sentences and its claims."""
        r = _ref(event)
        rows = self._select(
            f"""SELECT ?a ?title ?pub ?outlet ?id ?sb ?se ?text ?status ?place ?d ?dt WHERE {{
                  GRAPH ?g {{ {r} a ?t . ?a a <{KG}NewsArticle> .
                    OPTIONAL {{ ?a <{SCHEMA}headline> ?title }} OPTIONAL {{ ?a <{SCHEMA}datePublished> ?pub }}
                    OPTIONAL {{ ?a <{KG}sourceOutlet> ?outlet }} OPTIONAL {{ ?a <{KG}articleId> ?id }}
                    OPTIONAL {{ {r} <{KG}evidence> ?s . ?s <{NIF}beginIndex> ?sb ; <{NIF}endIndex> ?se ;
                               <{NIF}referenceContext> ?ctx . ?ctx <{NIF}isString> ?text }}
                    OPTIONAL {{ {r} {_alt(STATUS_PROPS)} ?status }}
                    OPTIONAL {{ {r} {_alt(PLACE_PROPS)} ?place }}
                    OPTIONAL {{ {r} {_alt(DATE_PROPS)} ?d }}
                    OPTIONAL {{ {r} <{KG}dateText> ?dt }}
                  }} }} ORDER BY ?pub ?a ?sb LIMIT {LIMIT * 5}"""
        )
        by_article: dict[str, dict] = {}
        refs: list[str] = []
        for sol in rows:
            a = sol["a"].value
            rec = by_article.setdefault(
                a,
                {"title": _str(sol["title"]) or _str(sol["id"]), "date": _str(sol["pub"]),
                 "outlet": _str(sol["outlet"]), "evidence": {}, "status": {}, "place": {}, "d": {}, "dt": {}},
            )
            sb, se, text = sol["sb"], sol["se"], sol["text"]
            if isinstance(text, Literal) and sb is not None and se is not None:
                b, e = _int(sb), _int(se)
                if 0 <= b < e <= len(text.value):
                    rec["evidence"][b] = text.value[b:e].strip()
            for key, var in (("status", "status"), ("place", "place")):
                if isinstance(sol[var], NamedNode):
                    rec[key][sol[var].value] = None
                    refs.append(sol[var].value)
            for key, var in (("d", "d"), ("dt", "dt")):
                if sol[var] is not None:
                    rec[key][sol[var].value] = None
        names = self.names(list(by_article) + refs)
        out = []
        for a, rec in by_article.items():
            article = names[a]
            if rec["title"]:
                article = Name(a, article.href, rec["title"], None)
            out.append(
                Report(
                    article=article,
                    date=rec["date"],
                    outlet=rec["outlet"],
                    evidence=[rec["evidence"][b] for b in sorted(rec["evidence"])],
                    status=[names[s] for s in rec["status"]],
                    place=[names[p] for p in rec["place"]],
                    event_date=list(rec["d"]),
                    date_text=list(rec["dt"]),
                )
            )
        return out

    def quotes(self, speaker: str) -> list[Quote]:
        """The statements of `speaker`: quote, who it is attributed to, and the article that has it."""
        r = _ref(speaker)
        rows = list(
            self._select(
                f"""SELECT ?st (SAMPLE(?q) AS ?quote) (SAMPLE(?by) AS ?reported) (SAMPLE(?attr) AS ?attribution)
                           (SAMPLE(?a) AS ?article) (SAMPLE(?title) AS ?headline) (SAMPLE(?pub) AS ?date)
                           (SAMPLE(?outlet) AS ?source) WHERE {{
                      ?st a <{KG}Statement> ; <{KG}speaker> {r} ; <{KG}quote> ?q .
                      OPTIONAL {{ ?st <{KG}reportedBy> ?by }} OPTIONAL {{ ?st <{KG}attribution> ?attr }}
                      OPTIONAL {{ GRAPH ?g {{ ?st a <{KG}Statement> . ?a a <{KG}NewsArticle> .
                                 OPTIONAL {{ ?a <{SCHEMA}headline> ?title }}
                                 OPTIONAL {{ ?a <{SCHEMA}datePublished> ?pub }}
                                 OPTIONAL {{ ?a <{KG}sourceOutlet> ?outlet }} }} }}
                    }} GROUP BY ?st ORDER BY DESC(?date) ?st LIMIT {LIMIT}"""
            )
        )
        refs = [sol["reported"].value for sol in rows if isinstance(sol["reported"], NamedNode)]
        refs += [sol["article"].value for sol in rows if isinstance(sol["article"], NamedNode)]
        names = self.names(refs)
        out = []
        for sol in rows:
            article = None
            if isinstance(sol["article"], NamedNode):
                a = sol["article"].value
                title = _str(sol["headline"])
                article = Name(a, self.href(a), title, None) if title else names[a]
            reported = sol["reported"]
            out.append(
                Quote(
                    id=sol["st"].value,
                    href=self.href(sol["st"].value),
                    quote=_str(sol["quote"]) or "",
                    attributed_to=names[reported.value] if isinstance(reported, NamedNode) else None,
                    attribution=_str(sol["attribution"]),
                    article=article,
                    date=_str(sol["date"]),
                    outlet=_str(sol["source"]),
                )
            )
        return out


__all__ = ["Available", "Explorer", "Name", "Quote", "Report", "isolate_dates", "parse_wkt_point"]
