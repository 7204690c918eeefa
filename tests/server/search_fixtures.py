"""A store of composed Arabic names for the search and reconciliation tests, written as `kg build` writes.

500 persons (20 given names × 25 family names, composed for these tests, no real article in
them), a few places and organizations, and two namesakes. Each article graph is stored with
`kg.build.writer.write_result`, the build's own write, so the search index beside the store is
kept in step exactly as in a build.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Literal, Namespace, URIRef

from kg.build.work import ArticleWrite
from kg.build.writer import BuildReport, write_result
from kg.store.oxigraph import OxigraphStore
from kg.store.search_index import kept_in_step

KG = Namespace("https://w3id.org/kg-ar/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")
BASE = "https://kg.example.org/"
PROV_GRAPH = BASE + "graph/provenance"

GIVEN = ["محمد", "أحمد", "علي", "حسن", "خالد", "سعيد", "يوسف", "إبراهيم", "عمر", "سلمان", "فيصل", "طارق",
         "نبيل", "هشام", "كريم", "سامي", "ماجد", "وليد", "رامي", "عادل"]
FAMILY = ["العلي", "الحسيني", "المصري", "الشامي", "القحطاني", "العتيبي", "الزهراني", "الشمري", "الحربي",
          "المالكي", "النجار", "الخطيب", "الحداد", "الصباغ", "العطار", "البغدادي", "الحلبي", "الدمشقي",
          "الموصلي", "التونسي", "الجزائري", "المغربي", "السوداني", "اليمني", "العماني"]
#: (label, IRI, mentions) of the 500 composed persons; mentions vary from 1 to 7.
PERSONS = [(f"{g} {f}", f"{BASE}entity/person/p{i:03d}", 1 + i % 7)
           for i, (g, f) in enumerate((g, f) for f in FAMILY for g in GIVEN)]
UKRAINE = BASE + "entity/country/ukraine"
KYIV = BASE + "entity/city/kyiv"
LEAGUE = BASE + "entity/organization/league"
MINISTER = BASE + "entity/person/minister"
NAMESAKES = (BASE + "entity/person/nader-1", BASE + "entity/person/nader-2")
MINISTRY_POST = BASE + "entity/post/minister-foreign-ukraine"


def _entity(g: list, node: URIRef, kinds: tuple[str, ...], label: str, surfaces: list[str], art: str,
            en: str | None = None, qid: str | None = None) -> None:
    for kind in kinds:
        g.append((node, RDF.type, KG[kind]))
    g.append((node, RDFS.label, Literal(label, lang="ar")))
    if en:
        g.append((node, RDFS.label, Literal(en, lang="en")))
    if qid:
        g.append((node, OWL.sameAs, WD[qid]))
    for n, surface in enumerate(surfaces):
        mention = URIRef(f"{BASE}article/{art}#m_{node.rsplit('/', 1)[1]}_{n}")
        g += [(mention, RDF.type, KG.Mention), (mention, NIF.anchorOf, Literal(surface)),
              (mention, ITSRDF.taIdentRef, node)]


def article_graphs() -> dict[str, list]:
    """Article id → its triples."""
    graphs: dict[str, list] = {}
    for i, (label, iri, mentions) in enumerate(PERSONS):
        art = f"s{i // 5:03d}"
        family = label.split(" ", 1)[1]
        surfaces = [label] + ["و" + family] * (mentions - 1)
        _entity(graphs.setdefault(art, []), URIRef(iri), ("Person",), label, surfaces, art)
    g = graphs.setdefault("world", [])
    _entity(g, URIRef(UKRAINE), ("Country", "Place"), "أوكرانيا", ["أوكرانيا", "لأوكرانيا"] * 20, "world",
            en="Ukraine", qid="Q212")
    _entity(g, URIRef(KYIV), ("City", "Place"), "كييف", ["كييف"] * 5, "world", en="Kyiv", qid="Q1899")
    _entity(g, URIRef(LEAGUE), ("Organization",), "جامعة الدول العربية", ["جامعة الدول العربية"] * 3, "world",
            en="Arab League", qid="Q7172")
    _entity(g, URIRef(MINISTER), ("Official", "Person"), "أندريه كوفال", ["أندريه كوفال", "كوفال"], "world")
    g += [(URIRef(MINISTER), KG.holdsPost, URIRef(MINISTRY_POST)), (URIRef(MINISTRY_POST), RDF.type, KG.Post),
          (URIRef(MINISTRY_POST), RDFS.label, Literal("وزير الخارجية (أوكرانيا)", lang="ar"))]
    for n, iri in enumerate(NAMESAKES):
        _entity(g, URIRef(iri), ("Person",), "نادر سليم", ["نادر سليم"] * (n + 1), "world")
    return graphs


def write_article(store, index, article_id: str, triples: list) -> None:
    """Store one article graph the way `kg build`'s writer does (index included)."""
    graph = f"{BASE}graph/{article_id}"
    doc = URIRef(f"{BASE}article/{article_id}")
    triples = [(doc, RDF.type, KG.NewsArticle), (doc, KG.articleId, Literal(article_id)),
               (doc, KG.textHash, Literal("h-" + article_id)), *triples]
    provenance = [(URIRef(graph), PROV.wasGeneratedBy, URIRef(f"{BASE}activity/test"))]
    result = ArticleWrite(article_id, "test", "h-" + article_id, graph, triples, provenance, 0, 0)
    errors: list = []
    write_result(store, result, PROV_GRAPH, BuildReport(), errors.append, index)
    assert not errors, errors


def build_search_store(path: Path) -> Path:
    """The composed store in the folder `path`, with its search index, closed."""
    with OxigraphStore(path) as store, kept_in_step(store) as index:
        for article_id, triples in article_graphs().items():
            write_article(store, index, article_id, triples)
    return path
