"""The HTML page of one resource, read from the store: its properties, mentions, articles and related facts.

`PageReads` is the page half of `LinkedData` (`reads`): it turns what the store holds about a
resource into the view model of `views`, with a few bounded queries per section.
"""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import unquote

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions

from kg.link.dbpedia import AR_DBPEDIA, DBPEDIA
from kg.rdf.iris import Iris
from kg.rdf.terms import (
    DCTERMS,
    ITSRDF,
    KG,
    NIF,
    OWL_SAME_AS,
    RDF_TYPE,
    RDFS_LABEL,
    SCHEMA,
    SEM,
    SKOS,
    WD,
    XSD_STRING,
)
from kg.server.linked_data.query_terms import as_float, as_int, as_str, sparql_ref
from kg.server.linked_data.views import (
    ArticleRow,
    ArticleView,
    Node,
    Page,
    RelatedRow,
    Segment,
    Snippet,
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


class PageReads:
    """The page model of one resource (a mixin of `LinkedData`, which provides the IRI helpers)."""

    store: Store
    iris: Iris

    # Provided by `LinkedData`.
    def curie(self, iri: str) -> str: raise NotImplementedError
    def href(self, iri: str) -> str | None: raise NotImplementedError
    def _select(self, sparql: str) -> QuerySolutions: raise NotImplementedError

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
        values = " ".join(sparql_ref(i) for i in dict.fromkeys(iris))
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
        r = sparql_ref(iri)
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
        values = " ".join(sparql_ref(c) for c in dict.fromkeys(contexts))
        return {
            sol["c"].value: sol["t"].value
            for sol in self._select(
                f"SELECT ?c ?t WHERE {{ VALUES ?c {{ {values} }} ?c <{NIF}isString> ?t }}"
            )
        }

    def _mentions(self, iri: str) -> tuple[list[Snippet], int]:
        """Mentions of `iri` in their sentences, newest articles first; and how many there are."""
        r = sparql_ref(iri)
        total = self._select(f"SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ ?m <{ITSRDF}taIdentRef> {r} }}")
        count = next((as_int(sol["n"]) for sol in total), 0) or 0
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
            mb, me = as_int(sol["mb"]), as_int(sol["me"])
            if text is None or mb is None or me is None or not 0 <= mb <= me <= len(text):
                continue
            sb, se = as_int(sol["sb"]), as_int(sol["se"])
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
                    date=as_str(sol["date"]),
                    ner_type=as_str(sol["ner"]),
                    confidence=as_float(sol["conf"]),
                )
            )
        return snippets, count

    def _articles(self, iri: str) -> tuple[list[ArticleRow], int]:
        r = sparql_ref(iri)
        total = self._select(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a <{SCHEMA}mentions> {r} }}")
        count = next((as_int(sol["n"]) for sol in total), 0) or 0
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
            out.append(ArticleRow(node, as_str(sol["date"]), as_str(sol["outlet"])))
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
        r = sparql_ref(iri)
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
        values = " ".join(sparql_ref(s) for s in subjects)
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
        r = sparql_ref(iri)

        def first(prop: str) -> object | None:
            values = outgoing.get(prop, [])
            return values[0] if values else None

        title = first(SCHEMA + "headline") or first(DCTERMS + "title")
        url = as_str(first(SCHEMA + "url"))
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
            lang_iri = as_str(ctx_rows[0]["lang"])
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
                mb, me = as_int(sol["mb"]), as_int(sol["me"])
                if mb is not None and me is not None and 0 <= mb < me <= len(text):
                    mentions.append((mb, me, sol["e"].value, as_str(sol["ner"])))
            names = self._labels_of([e for _, _, e, _ in mentions])
            segments = cut_segments(text, mentions, self, names)
            mention_count = len(mentions)
        return ArticleView(
            title=self.node(title) if title is not None else None,
            url=safe_href(url) if url else None,
            date=as_str(first(SCHEMA + "datePublished")),
            outlet=as_str(first(KG + "sourceOutlet")),
            lang=lang,
            segments=segments,
            mention_count=mention_count,
        )
