"""A store for the view tests, written by kg's own RDF stage (`article_triples` + `facts_triples`).

Three composed Arabic articles, each with the facts an extractor would hand the RDF stage:
two report the same Putin–Pezeshkian meeting in Moscow (one says it is planned, the other that
it was held: the merged event must show both claims), one reports a Putin–Sisi meeting in Cairo
and a statement by Putin attributed to a news agency. The entities are the shipped KB's, so the
places get their coordinates and everyone their English name exactly as `kg build` writes them.
"""

from __future__ import annotations

from datetime import date

from kg.extract.facts import Facts, Meeting, Ref, Statement, When
from kg.link.resources import Resources
from kg.rdf.article import article_triples
from kg.rdf.facts import facts_triples
from kg.rdf.iris import Iris
from kg.store.oxigraph import OxigraphStore
from kg.types import AnnotatedDocument, Document, Entity, LinkedDocument, Mention, RunInfo, Sentence

IRIS = Iris()
RUN = RunInfo(tool_version="0.0-test", model="kg-ar-test", started="2025-03-05T10:00:00+00:00")

PUTIN = Entity.of_kb("person:RU-vladimir-putin", "Person", "فلاديمير بوتين", qid="Q7747")
PEZESHKIAN = Entity.of_kb("person:IR-masoud-pezeshkian", "Person", "مسعود بزشكيان", qid="Q5933752")
SISI = Entity.of_kb("person:EG-abdel-fattah-el-sisi", "Person", "عبد الفتاح السيسي", qid="Q307871")
MOSCOW = Entity.of_kb("city:RU:moscow", "City", "موسكو", qid="Q649")
CAIRO = Entity.of_kb("city:EG:cairo", "City", "القاهرة", qid="Q85")
AGENCY = Entity(key="وكالة أنباء الشرق", kind="Organization", label="وكالة أنباء الشرق")

PUTIN_IRI = str(IRIS.entity(PUTIN))
PEZESHKIAN_IRI = str(IRIS.entity(PEZESHKIAN))
SISI_IRI = str(IRIS.entity(SISI))
MOSCOW_IRI = str(IRIS.entity(MOSCOW))
CAIRO_IRI = str(IRIS.entity(CAIRO))

QUOTE = "العلاقات بين البلدين تتطور بثبات"

# Composed for these tests (not taken from any corpus).
A1 = "يستقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان في موسكو الأحد المقبل."
A2 = "التقى فلاديمير بوتين ومسعود بزشكيان في موسكو الأحد وبحثا التعاون في مجال الطاقة."
A3_S1 = "بحث الرئيس المصري عبد الفتاح السيسي مع فلاديمير بوتين في القاهرة العلاقات الثنائية."
A3_S2 = f"وقال فلاديمير بوتين إن «{QUOTE}»، بحسب وكالة أنباء الشرق."
A3 = f"{A3_S1}\n{A3_S2}"

DAY = When("الأحد", iso="2025-03-09", precision="day")


def _doc(doc_id: str, text: str, title: str, published: date, source: str) -> Document:
    return Document(id=doc_id, text=text, origin="test", title=title, published=published, source=source,
                    url=f"https://news.example.com/{doc_id}")


def _linked(doc: Document, sentences: list[str], named: list[tuple[str, Entity, str]]) -> LinkedDocument:
    spans, pos = [], 0
    for i, part in enumerate(sentences):
        start = doc.text.index(part, pos)
        spans.append(Sentence(i, start, start + len(part)))
        pos = start + len(part)
    mentions, entities = [], []
    for surface, entity, ner in named:
        start = doc.text.index(surface)
        sentence = next(s.index for s in spans if s.start <= start < s.end)
        mentions.append(Mention(start, start + len(surface), surface, surface, ner, 0.95, sentence))
        entities.append(entity)
    return LinkedDocument(AnnotatedDocument(doc, tuple(spans), (), tuple(mentions), "kg-ar-test"), tuple(entities))


def _meeting(people: list[Entity], place: Entity, status: str) -> Meeting:
    refs = tuple(Ref(p, i) for i, p in enumerate(people))
    key = "|".join(["meeting", *sorted(p.key for p in people), DAY.iso or "", "in-person"])
    return Meeting(participants=refs, kind="meeting", status=status, cameo="040", evidence=(0,), key=key,
                   place=Ref(place), date=DAY)


DOC1 = _doc("v1", A1, "بوتين يستقبل بزشكيان الأحد", date(2025, 3, 5), "وكالة الأولى")
DOC2 = _doc("v2", A2, "قمة روسية إيرانية في موسكو", date(2025, 3, 10), "صحيفة الصباح")
DOC3 = _doc("v3", A3, "السيسي وبوتين يبحثان العلاقات", date(2025, 4, 10), "صحيفة النهار")

LINKED1 = _linked(DOC1, [A1], [("فلاديمير بوتين", PUTIN, "PER"), ("مسعود بزشكيان", PEZESHKIAN, "PER"),
                                ("موسكو", MOSCOW, "LOC")])
LINKED2 = _linked(DOC2, [A2], [("فلاديمير بوتين", PUTIN, "PER"), ("مسعود بزشكيان", PEZESHKIAN, "PER"),
                                ("موسكو", MOSCOW, "LOC")])
LINKED3 = _linked(DOC3, [A3_S1, A3_S2], [("عبد الفتاح السيسي", SISI, "PER"), ("فلاديمير بوتين", PUTIN, "PER"),
                                         ("القاهرة", CAIRO, "LOC"), ("وكالة أنباء الشرق", AGENCY, "ORG")])

_quote_start = A3.index(QUOTE)
FACTS = {
    "v1": Facts(meetings=(_meeting([PUTIN, PEZESHKIAN], MOSCOW, "planned"),)),
    "v2": Facts(meetings=(_meeting([PEZESHKIAN, PUTIN], MOSCOW, "held"),)),
    "v3": Facts(
        meetings=(
            Meeting(participants=(Ref(SISI, 0), Ref(PUTIN, 1)), kind="talks", status="held", cameo="040",
                    evidence=(0,), key="meeting|sisi-putin|2025-04-10", place=Ref(CAIRO, 2),
                    date=When("", iso="2025-04-10", precision="day")),
        ),
        statements=(
            Statement(speaker=Ref(PUTIN, 1), quote=QUOTE, start=_quote_start, end=_quote_start + len(QUOTE),
                      evidence=1, verb="قال", outlet=Ref(AGENCY, 3), outlet_text="وكالة أنباء الشرق"),
        ),
    ),
}
MEETING_IRI = str(IRIS.entity_iri("Meeting", FACTS["v1"].meetings[0].key))
assert FACTS["v2"].meetings[0].key == FACTS["v1"].meetings[0].key  # one event, two articles


def build_store() -> OxigraphStore:
    """An in-memory store with the three article graphs, facts included, as `kg build` writes them."""
    resources = Resources.default()
    store = OxigraphStore()
    for linked in (LINKED1, LINKED2, LINKED3):
        graph = article_triples(linked, RUN, IRIS, resources.kb)
        graph += facts_triples(linked, FACTS[linked.document.id], IRIS, resources=resources)
        store.replace_graph(str(IRIS.article_graph_iri(linked.document)), graph.graph())
    return store

