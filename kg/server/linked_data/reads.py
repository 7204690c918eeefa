"""What a Linked Data page or RDF description reads from the store, in SPARQL.

`LinkedData` turns one resource's triples, mentions, articles and related facts into the view
model of `views`, and its Concise Bounded Description into RDF. Every IRI that goes into a
query passes through `_ref` (pyoxigraph validates it), so a request path cannot inject SPARQL.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, RdfFormat, Triple
from pyoxigraph import parse as parse_rdf
from pyoxigraph import serialize as serialize_rdf

from kg.link.dbpedia import AR_DBPEDIA, DBPEDIA
from kg.rdf.iris import DEFAULT_BASE, Iris
from kg.rdf.namespaces import ONTOLOGY_PATH
from kg.rdf.terms import (
    DCTERMS,
    ITSRDF,
    KG,
    NIF,
    OWL_SAME_AS,
    PREFIXES,
    RDF_TYPE,
    RDFS_LABEL,
    SCHEMA,
    SEM,
    SKOS,
    WD,
    XSD_STRING,
)
from kg.server.linked_data.views import (
    ArticleRow,
    ArticleView,
    Node,
    Page,
    RelatedRow,
    Segment,
    Snippet,
    Term,
    best_label,
    cut_segments,
    label_order,
    mention_window,
    safe_href,
)
from kg.store.base import Store
from kg.store.formats import FORMATS

#: Properties whose values name a resource; shown as its labels.
LABEL_PROPERTIES = (RDFS_LABEL, SKOS + "prefLabel", SCHEMA + "name")
#: Article metadata shown in the page header rather than in the property table.
ARTICLE_PROPERTIES = (SCHEMA + "headline", DCTERMS + "title", SCHEMA + "url", SCHEMA + "datePublished")
#: Links that the mention and article sections already show, left out of "related".
TEXT_LINKS = (ITSRDF + "taIdentRef", SCHEMA + "mentions", KG + "article")
MEETING_TYPES = (KG + "Meeting", SCHEMA + "Event", SEM + "Event")
#: Statements are sem:Events too, but get a section (and a page kind) of their own.
STATEMENT_TYPES = (KG + "Statement",)
TREATY_TYPES = (KG + "Treaty",)
DATE_PROPERTIES = (KG + "meetingDate", KG + "signingDate", SCHEMA + "startDate", SCHEMA + "datePublished")
#: The RDF formats a resource's /data/ URL is offered in, by extension (kg.store.formats' names).
RDF_EXTENSIONS = ("ttl", "nt", "jsonld", "rdf")
#: How many rows each page section shows; the count says how many there are in all.
MENTION_LIMIT = 100
ARTICLE_LIMIT = 100
RELATED_LIMIT = 200
#: Incoming links in the RDF of one resource; past this the response says it was capped.
INCOMING_LIMIT = 10_000


def resolve_base(base: str | None = None) -> str:
    """The base IRI: `base`, else `$KG_BASE_IRI` (as `kg build`), else kg's default."""
    resolved = base or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE
    Iris(resolved)  # validates: an absolute IRI ending in '/' or '#'
    return resolved


def _ontology_labels(path: Path = ONTOLOGY_PATH) -> dict[str, dict[str, str]]:
    """rdfs:label by language for every term of the ontology (empty if the file is missing)."""
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    try:
        with open(path, "rb") as f:
            for triple in parse_rdf(f, RdfFormat.TURTLE):
                if (
                    triple.predicate.value == RDFS_LABEL
                    and isinstance(triple.subject, NamedNode)
                    and isinstance(triple.object, Literal)
                ):
                    labels[triple.subject.value][triple.object.language or ""] = triple.object.value
    except (OSError, SyntaxError):
        pass
    return dict(labels)


def _int(term: object) -> int | None:
    if isinstance(term, Literal):
        try:
            return int(term.value)
        except ValueError:
            return None
    return None


def _float(term: object) -> float | None:
    if isinstance(term, Literal):
        try:
            return float(term.value)
        except ValueError:
            return None
    return None


def _str(term: object) -> str | None:
    return term.value if isinstance(term, Literal | NamedNode) else None


def _ref(iri: str) -> str:
    """`<iri>` for a SPARQL query, refusing anything that is not a valid IRI (no injection)."""
    return f"<{NamedNode(iri).value}>"


class LinkedData:
    """Reads what a page or an RDF description of one resource needs from the store."""

    def __init__(self, store: Store, base: str, *, ontology_path: Path = ONTOLOGY_PATH) -> None:
        self.store = store
        self.base = base
        self.iris = Iris(base)
        self.ontology = _ontology_labels(ontology_path)
        self._prefixes = sorted(PREFIXES.items(), key=lambda x: -len(x[1]))

    # -- IRIs and paths ----------------------------------------------------------------------------

    def iri_for_path(self, path: str) -> str | None:
        """The IRI a server path (`entity/person/<h>`, no leading '/') names, if it is a valid IRI."""
        iri = self.base + path
        try:
            NamedNode(iri)
        except ValueError:
            return None
        return iri

    def local_path(self, iri: str) -> str | None:
        """`/entity/person/<h>` for an IRI under the base (a NIF fragment is kept), else None."""
        if not iri.startswith(self.base):
            return None
        rest = iri[len(self.base) :]
        return "/" + rest if rest else None

    def href(self, iri: str) -> str | None:
        """Where a link to `iri` should point: this server for our IRIs, else the IRI itself."""
        return self.local_path(iri) or safe_href(iri)

    def curie(self, iri: str) -> str:
        """A short name: `kg:Person`, or the path of one of our IRIs (`entity/person/<h>`)."""
        if iri.startswith(self.base) and len(iri) > len(self.base):
            return iri[len(self.base) :]
        for prefix, ns in self._prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def term(self, iri: str) -> Term:
        labels = self.ontology.get(iri, {})
        return Term(iri, self.curie(iri), labels.get("en"), labels.get("ar"), self.href(iri))

    # -- queries -----------------------------------------------------------------------------------

    def _select(self, sparql: str) -> QuerySolutions:
        result = self.store.query(sparql)
        assert isinstance(result, QuerySolutions)
        return result

    def exists(self, iri: str) -> bool:
        """True if the store says anything about `iri` (as subject, object or graph name)."""
        r = _ref(iri)
        result = self.store.query(
            f"ASK {{ {{ {r} ?p ?o }} UNION {{ ?s ?p {r} }} UNION {{ GRAPH {r} {{ ?s ?p ?o }} }} }}"
        )
        return bool(result)

    def describe(self, iri: str) -> tuple[list[Triple], bool]:
        """The resource across all graphs: its triples, links to it, and for an article its NIF text.

        Returns (triples, whether incoming links were capped at INCOMING_LIMIT). Blank-node
        objects are followed one level, as in a Concise Bounded Description.
        """
        r = _ref(iri)
        seen: dict[Triple, None] = {}

        def add(sparql: str) -> int:
            n = 0
            for triple in self.store.query(sparql):  # type: ignore[union-attr]
                seen.setdefault(triple, None)
                n += 1
            return n

        add(
            f"CONSTRUCT {{ {r} ?p ?o . ?o ?p2 ?o2 }} WHERE {{ {r} ?p ?o OPTIONAL {{ ?o ?p2 ?o2 FILTER isBlank(?o) }} }}"
        )
        incoming = add(
            f"CONSTRUCT {{ ?s ?p {r} }} WHERE {{ SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {r} }} LIMIT {INCOMING_LIMIT + 1} }}"
        )
        add(
            f"CONSTRUCT {{ ?ctx ?p ?o . ?s ?p2 ?o2 }} WHERE {{ ?ctx <{KG}article> {r} . "
            f"{{ ?ctx ?p ?o }} UNION {{ ?s <{NIF}referenceContext> ?ctx . ?s ?p2 ?o2 }} }}"
        )
        subject = NamedNode(iri)
        ordered = sorted(seen, key=lambda t: (t.subject != subject, str(t)))  # stable output, resource first
        return ordered, incoming > INCOMING_LIMIT

    def serialize(self, triples: list[Triple], ext: str) -> bytes:
        """`triples` in the format named by `ext` (ttl, nt, jsonld, rdf), prefixes declared."""
        fmt = FORMATS[ext].rdf_format
        prefixes = None if fmt == RdfFormat.N_TRIPLES else dict((p, ns) for p, ns in self._prefixes)
        return serialize_rdf(triples, format=fmt, prefixes=prefixes) or b""

    # -- the page ----------------------------------------------------------------------------------

    def node(self, term: object) -> Node:
        """A Node for any RDF term, with a readable name for resources."""
        if isinstance(term, Literal):
            dt = term.datatype.value if term.datatype else None
            shown_dt = None if dt in (XSD_STRING, None) or term.language else self.curie(dt)
            return Node(term.value, lang=term.language or None, datatype=shown_dt)
        if isinstance(term, NamedNode):
            return Node(self.curie(term.value), href=self.href(term.value), iri=term.value)
        if isinstance(term, BlankNode):
            return Node(f"_:{term.value}")
        return Node(str(term))

    def _labels_of(self, iris: list[str]) -> dict[str, list[Node]]:
        """Labels (rdfs:label, skos:prefLabel, schema:name) of many resources in one query."""
        if not iris:
            return {}
        values = " ".join(_ref(i) for i in dict.fromkeys(iris))
        props = " ".join(f"<{p}>" for p in LABEL_PROPERTIES)
        out: dict[str, list[Node]] = defaultdict(list)
        for sol in self._select(
            f"SELECT DISTINCT ?s ?l WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ {props} }} ?s ?p ?l }}"
        ):
            lit = sol["l"]
            if isinstance(lit, Literal):
                node = Node(lit.value, lang=lit.language or None)
                if node not in out[sol["s"].value]:
                    out[sol["s"].value].append(node)
        return out

    def _named(self, iri: str, labels: dict[str, list[Node]]) -> Node:
        """A link to `iri` shown by its Arabic label (else any label, else its CURIE)."""
        best = best_label(labels.get(iri, []))
        if best is None:
            return Node(self.curie(iri), href=self.href(iri), iri=iri)
        return Node(best.text, lang=best.lang, href=self.href(iri), iri=iri, hint=self.curie(iri))

    def page(self, iri: str) -> Page:
        """The page model for `iri` (call `exists` first for a 404)."""
        r = _ref(iri)
        parsed = self.iris.parse(iri)
        outgoing: dict[str, list[object]] = defaultdict(list)
        for sol in self._select(f"SELECT DISTINCT ?p ?o WHERE {{ {r} ?p ?o }} ORDER BY ?p ?o LIMIT 2000"):
            outgoing[sol["p"].value].append(sol["o"])

        types = [o.value for o in outgoing.get(RDF_TYPE, []) if isinstance(o, NamedNode)]
        kind = parsed.kind if parsed else "resource"
        if KG + "NewsArticle" in types:
            kind = "article"
        elif any(t in STATEMENT_TYPES for t in types):
            kind = "statement"
        elif any(t in MEETING_TYPES for t in types):
            kind = "meeting"
        elif any(t in TREATY_TYPES for t in types):
            kind = "treaty"

        labels = [
            self.node(o) for p in LABEL_PROPERTIES for o in outgoing.get(p, []) if isinstance(o, Literal)
        ]
        labels = sorted(dict.fromkeys(labels), key=label_order)
        same_as = [self._same_as(o.value) for o in outgoing.get(OWL_SAME_AS, []) if isinstance(o, NamedNode)]

        shown = {RDF_TYPE, OWL_SAME_AS, *LABEL_PROPERTIES}
        if kind == "article":
            shown.update(ARTICLE_PROPERTIES)
        linked = [
            o.value for p, os_ in outgoing.items() if p not in shown for o in os_ if isinstance(o, NamedNode)
        ]
        names = self._labels_of(linked)
        properties = [
            (
                self.term(p),
                [self._named(o.value, names) if isinstance(o, NamedNode) else self.node(o) for o in os_],
            )
            for p, os_ in sorted(outgoing.items(), key=lambda kv: self.curie(kv[0]))
            if p not in shown
        ]

        article_id = next((o for o in outgoing.get(KG + "articleId", []) if isinstance(o, Literal)), None)
        page = Page(
            iri=iri,
            kind=kind,
            title=best_label(labels) or (self.node(article_id) if article_id else Node(self.curie(iri))),
            labels=labels,
            types=[self.term(t) for t in sorted(set(types), key=self.curie)],
            same_as=sorted(same_as, key=lambda n: n.text),
            properties=properties,
        )
        if kind == "article":
            page.article = self._article_view(iri, outgoing)
            if page.article.title is not None:
                page.title = page.article.title
        page.mentions, page.mention_total = self._mentions(iri)
        page.articles, page.article_total = self._articles(iri)
        page.related, page.related_truncated = self._related(iri)
        path = self.local_path(iri)
        if path is not None:
            page.data_links = [
                (ext, FORMATS[ext].media_type, f"/data{path.split('#')[0]}.{ext}") for ext in RDF_EXTENSIONS
            ]
        return page

    def _same_as(self, iri: str) -> Node:
        """owl:sameAs as a link named after the dataset (Wikidata Q…, GeoNames …)."""
        for prefix, name in (
            (WD, "Wikidata"),
            ("https://www.wikidata.org/entity/", "Wikidata"),
            ("https://sws.geonames.org/", "GeoNames"),
            ("http://sws.geonames.org/", "GeoNames"),
            (DBPEDIA, "DBpedia"),
            (AR_DBPEDIA, "DBpedia ar"),
        ):
            if iri.startswith(prefix):
                name_part = unquote(iri[len(prefix) :].strip("/")).replace("_", " ")
                return Node(f"{name} {name_part}", href=safe_href(iri), iri=iri, hint=iri)
        return Node(iri, href=self.href(iri), iri=iri)

    def _texts(self, contexts: list[str]) -> dict[str, str]:
        if not contexts:
            return {}
        values = " ".join(_ref(c) for c in dict.fromkeys(contexts))
        return {
            sol["c"].value: sol["t"].value
            for sol in self._select(
                f"SELECT ?c ?t WHERE {{ VALUES ?c {{ {values} }} ?c <{NIF}isString> ?t }}"
            )
        }

    def _mentions(self, iri: str) -> tuple[list[Snippet], int]:
        """Mentions of `iri` in their sentences, newest articles first; and how many there are."""
        r = _ref(iri)
        total = self._select(f"SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ ?m <{ITSRDF}taIdentRef> {r} }}")
        count = next((_int(sol["n"]) for sol in total), 0) or 0
        if not count:
            return [], 0
        rows = list(
            self._select(
                f"""SELECT ?m ?mb ?me ?ctx ?sb ?se ?article (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date)
                       (SAMPLE(?i) AS ?id) (SAMPLE(?type) AS ?ner) (SAMPLE(?c) AS ?conf) WHERE {{
                  ?m <{ITSRDF}taIdentRef> {r} ; <{NIF}beginIndex> ?mb ; <{NIF}endIndex> ?me ;
                     <{NIF}referenceContext> ?ctx .
                  OPTIONAL {{ ?m <{NIF}sentence> ?s . ?s <{NIF}beginIndex> ?sb ; <{NIF}endIndex> ?se }}
                  OPTIONAL {{ ?ctx <{KG}article> ?article
                             OPTIONAL {{ ?article <{SCHEMA}headline> ?t }}
                             OPTIONAL {{ ?article <{SCHEMA}datePublished> ?d }}
                             OPTIONAL {{ ?article <{KG}articleId> ?i }} }}
                  OPTIONAL {{ ?m <{KG}nerType> ?type }} OPTIONAL {{ ?m <{KG}confidence> ?c }}
                }} GROUP BY ?m ?mb ?me ?ctx ?sb ?se ?article
                ORDER BY DESC(?date) ?article ?mb LIMIT {MENTION_LIMIT}"""
            )
        )
        texts = self._texts([sol["ctx"].value for sol in rows])
        snippets = []
        for sol in rows:
            text = texts.get(sol["ctx"].value)
            mb, me = _int(sol["mb"]), _int(sol["me"])
            if text is None or mb is None or me is None or not 0 <= mb <= me <= len(text):
                continue
            sb, se = _int(sol["sb"]), _int(sol["se"])
            if sb is None or se is None or not 0 <= sb <= mb <= me <= se <= len(text):
                sb, se = mention_window(text, mb, me)
            article = sol["article"]
            node = (
                self._article_node(article.value, sol["title"], sol["id"])
                if isinstance(article, NamedNode)
                else None
            )
            snippets.append(
                Snippet(
                    pre=("…" if sb > 0 and sol["sb"] is None else "") + text[sb:mb],
                    mark=text[mb:me],
                    post=text[me:se] + ("…" if se < len(text) and sol["se"] is None else ""),
                    lang="ar",
                    href=self.href(sol["m"].value),
                    article=node,
                    date=_str(sol["date"]),
                    ner_type=_str(sol["ner"]),
                    confidence=_float(sol["conf"]),
                )
            )
        return snippets, count

    def _articles(self, iri: str) -> tuple[list[ArticleRow], int]:
        r = _ref(iri)
        total = self._select(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a <{SCHEMA}mentions> {r} }}")
        count = next((_int(sol["n"]) for sol in total), 0) or 0
        if not count:
            return [], 0
        rows = self._select(
            f"""SELECT ?a (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (SAMPLE(?o) AS ?outlet) (SAMPLE(?i) AS ?id)
                WHERE {{
                  ?a <{SCHEMA}mentions> {r} . OPTIONAL {{ ?a <{KG}articleId> ?i }}
                  OPTIONAL {{ ?a <{SCHEMA}headline> ?t }} OPTIONAL {{ ?a <{SCHEMA}datePublished> ?d }}
                  OPTIONAL {{ ?a <{KG}sourceOutlet> ?o }}
                }} GROUP BY ?a ORDER BY DESC(?date) ?a LIMIT {ARTICLE_LIMIT}"""
        )
        out = []
        for sol in rows:
            node = self._article_node(sol["a"].value, sol["title"], sol["id"])
            out.append(ArticleRow(node, _str(sol["date"]), _str(sol["outlet"])))
        return out, count

    def _article_node(self, iri: str, title: object, article_id: object) -> Node:
        """A link to an article named by its headline, else its kg:articleId, else its path."""
        if isinstance(title, Literal):
            return Node(title.value, lang=title.language or None, href=self.href(iri), iri=iri, hint=iri)
        name = article_id.value if isinstance(article_id, Literal) else self.curie(iri)
        return Node(name, href=self.href(iri), iri=iri, hint=iri)

    def _related(self, iri: str) -> tuple[dict[str, list[RelatedRow]], bool]:
        """Resources linking to `iri` other than by a text mention, grouped as meetings, treaties, other.

        Generic on purpose: whatever property a later fact extractor uses (kg:participant,
        kg:treatyParty, kg:meetingPlace …), the meeting or treaty shows up here.
        """
        r = _ref(iri)
        skip = ", ".join(f"<{p}>" for p in TEXT_LINKS)
        rows = [
            (sol["s"].value, sol["p"].value)
            for sol in self._select(
                f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {r} FILTER (isIRI(?s) && ?p NOT IN ({skip})) }} "
                f"ORDER BY ?s ?p LIMIT {RELATED_LIMIT + 1}"
            )
        ]
        truncated = len(rows) > RELATED_LIMIT
        rows = rows[:RELATED_LIMIT]
        if not rows:
            return {}, False
        subjects = list(dict.fromkeys(s for s, _ in rows))
        values = " ".join(_ref(s) for s in subjects)
        types: dict[str, list[str]] = defaultdict(list)
        dates: dict[str, str] = {}
        dprops = " ".join(f"<{p}>" for p in DATE_PROPERTIES)
        for sol in self._select(f"SELECT DISTINCT ?s ?t WHERE {{ VALUES ?s {{ {values} }} ?s a ?t }}"):
            types[sol["s"].value].append(sol["t"].value)
        for sol in self._select(
            f"SELECT ?s (MIN(STR(?d)) AS ?date) WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ {dprops} }} "
            f"?s ?p ?d }} GROUP BY ?s"
        ):
            dates[sol["s"].value] = sol["date"].value
        names = self._labels_of(subjects)
        groups: dict[str, list[RelatedRow]] = {"meetings": [], "treaties": [], "statements": [], "other": []}
        for s, p in rows:
            ts = types.get(s, [])
            group = (
                "statements"
                if any(t in STATEMENT_TYPES for t in ts)
                else "meetings"
                if any(t in MEETING_TYPES for t in ts)
                else "treaties"
                if any(t in TREATY_TYPES for t in ts)
                else "other"
            )
            groups[group].append(
                RelatedRow(
                    self._named(s, names), self.term(p), [self.term(t) for t in sorted(ts)], dates.get(s)
                )
            )
        return {k: v for k, v in groups.items() if v}, truncated

    def _article_view(self, iri: str, outgoing: dict[str, list[object]]) -> ArticleView:
        """The article's metadata and its text with every mention highlighted and linked."""
        r = _ref(iri)

        def first(prop: str) -> object | None:
            values = outgoing.get(prop, [])
            return values[0] if values else None

        title = first(SCHEMA + "headline") or first(DCTERMS + "title")
        url = _str(first(SCHEMA + "url"))
        ctx_rows = list(
            self._select(
                f"SELECT ?c ?t ?lang WHERE {{ ?c <{KG}article> {r} ; <{NIF}isString> ?t "
                f"OPTIONAL {{ ?c <{NIF}predLang> ?lang }} }} LIMIT 1"
            )
        )
        segments: list[Segment] = []
        lang = "ar"
        mention_count = 0
        if ctx_rows:
            ctx, text = ctx_rows[0]["c"], ctx_rows[0]["t"].value
            lang_iri = _str(ctx_rows[0]["lang"])
            if lang_iri and not lang_iri.endswith("/ara"):
                lang = lang_iri.rsplit("/", 1)[-1][:2]
            mentions = []
            for sol in self._select(
                f"""SELECT ?m ?mb ?me ?e (SAMPLE(?type) AS ?ner) WHERE {{
                      ?m <{NIF}referenceContext> <{ctx.value}> ; <{ITSRDF}taIdentRef> ?e ;
                         <{NIF}beginIndex> ?mb ; <{NIF}endIndex> ?me .
                      OPTIONAL {{ ?m <{KG}nerType> ?type }}
                    }} GROUP BY ?m ?mb ?me ?e ORDER BY ?mb DESC(?me)"""
            ):
                mb, me = _int(sol["mb"]), _int(sol["me"])
                if mb is not None and me is not None and 0 <= mb < me <= len(text):
                    mentions.append((mb, me, sol["e"].value, _str(sol["ner"])))
            names = self._labels_of([e for _, _, e, _ in mentions])
            segments = cut_segments(text, mentions, self, names)
            mention_count = len(mentions)
        return ArticleView(
            title=self.node(title) if title is not None else None,
            url=safe_href(url) if url else None,
            date=_str(first(SCHEMA + "datePublished")),
            outlet=_str(first(KG + "sourceOutlet")),
            lang=lang,
            segments=segments,
            mention_count=mention_count,
        )
