"""A small store for the Linked Data and UI tests, built by kg's own RDF stage.

Two Arabic articles go through `kg.rdf.article.article_graph` (so the pages read exactly what
`kg build` writes), plus a hand-written facts graph with a meeting, a treaty and an English
label, which the pipeline does not produce yet. Offsets are computed from the text; the first
sentence starts with an emoji outside the BMP, so a page that sliced UTF-16 units or bytes
instead of code points would highlight the wrong characters.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from datetime import date
from html.parser import HTMLParser

import rdflib
from waitress import create_server

from kg.rdf.article import article_graph
from kg.rdf.iris import Iris
from kg.server.app import close_app, create_app
from kg.store.oxigraph import OxigraphStore
from kg.types import AnnotatedDocument, Document, Entity, LinkedDocument, Mention, RunInfo, Sentence

IRIS = Iris()
RUN = RunInfo(tool_version="0.0-test", model="kg-ar-test", started="2025-01-17T10:00:00+00:00")
XSS = '<script>alert("kg")</script>'

S1 = "📰 اجتمع الرئيس الروسي فلاديمير بوتين مع نظيره الإيراني مسعود بزشكيان في موسكو."
S2 = "ووقع الرئيسان معاهدة الشراكة الاستراتيجية الشاملة، بحسب مصدر <i>مطلع</i>."
TEXT1 = f"{S1}\n{S2}"
S3 = "قالت منظمة مجهولة إن بوتين سيزور القاهرة."
TEXT2 = S3

PUTIN = Entity(key="فلاديمير بوتين", kind="Person", label="فلاديمير بوتين", qid="Q7747", link_confidence=0.97)
PEZESHKIAN = Entity(key="مسعود بزشكيان", kind="Person", label="مسعود بزشكيان")
MOSCOW = Entity(
    key="موسكو",
    kind="City",
    label="موسكو",
    qid="Q649",
    same_as=("https://sws.geonames.org/524901/",),
    link_confidence=0.91,
)
CAIRO = Entity(key="القاهرة", kind="City", label="القاهرة", qid="Q85")
#: An organization whose label is an XSS attempt (the mention itself is plain Arabic).
SHADY = Entity(key="منظمة مجهولة", kind="Organization", label=XSS)

PUTIN_IRI = str(IRIS.entity(PUTIN))
PEZESHKIAN_IRI = str(IRIS.entity(PEZESHKIAN))
MOSCOW_IRI = str(IRIS.entity(MOSCOW))
SHADY_IRI = str(IRIS.entity(SHADY))
MEETING_IRI = IRIS.base + "meeting/0123456789abcdef"
TREATY_IRI = IRIS.base + "treaty/fedcba9876543210"
FACTS_GRAPH = IRIS.base + "graph/facts"
#: kg percent-encodes tool versions in agent IRIs: `0.1+dev` → `0.1%2Bdev`.
AGENT_IRI = str(IRIS.agent("0.1+dev"))


def _mention(text: str, surface: str, ner_type: str, sentence: int, *, after: int = 0) -> Mention:
    start = text.index(surface, after)
    end = start + len(surface)
    return Mention(start, end, text[start:end], surface, ner_type, 0.9, sentence)


def _sentences(text: str, parts: list[str]) -> tuple[Sentence, ...]:
    out, pos = [], 0
    for i, part in enumerate(parts):
        start = text.index(part, pos)
        out.append(Sentence(i, start, start + len(part)))
        pos = start + len(part)
    return tuple(out)


ARTICLE1 = Document(
    id="a1",
    text=TEXT1,
    origin="test",
    title="بوتين وبزشكيان يوقعان معاهدة",
    url="https://news.example.com/2025/01/17/putin-pezeshkian",
    published=date(2025, 1, 17),
    source="وكالة الأنباء",
)
ARTICLE2 = Document(id="a2", text=TEXT2, origin="test", published=date(2025, 1, 20))
ARTICLE1_IRI = str(IRIS.article(ARTICLE1))
ARTICLE2_IRI = str(IRIS.article(ARTICLE2))

LINKED1 = LinkedDocument(
    AnnotatedDocument(
        ARTICLE1,
        _sentences(TEXT1, [S1, S2]),
        (),
        (
            _mention(TEXT1, "فلاديمير بوتين", "PER", 0),
            _mention(TEXT1, "مسعود بزشكيان", "PER", 0),
            _mention(TEXT1, "موسكو", "LOC", 0),
        ),
        "kg-ar-test",
    ),
    (PUTIN, PEZESHKIAN, MOSCOW),
)
LINKED2 = LinkedDocument(
    AnnotatedDocument(
        ARTICLE2,
        _sentences(TEXT2, [S3]),
        (),
        (
            _mention(TEXT2, "منظمة مجهولة", "ORG", 0),
            _mention(TEXT2, "بوتين", "PER", 0),
            _mention(TEXT2, "القاهرة", "LOC", 0),
        ),
        "kg-ar-test",
    ),
    (SHADY, Entity(key="فلاديمير بوتين", kind="Person", label="بوتين"), CAIRO),
)

FACTS = f"""
@prefix kg: <https://w3id.org/kg-ar/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{PUTIN_IRI}> rdfs:label "Vladimir Putin"@en .
<{MEETING_IRI}> a kg:Meeting ; rdfs:label "لقاء بوتين وبزشكيان"@ar , "Putin–Pezeshkian talks"@en ;
    kg:participant <{PUTIN_IRI}> , <{PEZESHKIAN_IRI}> ; kg:meetingPlace <{MOSCOW_IRI}> ;
    kg:meetingDate "2025-01-17"^^xsd:date .
<{AGENT_IRI}> a <http://www.w3.org/ns/prov#SoftwareAgent> ; rdfs:label "kg 0.1+dev" .
<{TREATY_IRI}> a kg:Treaty ; rdfs:label "معاهدة الشراكة الاستراتيجية الشاملة"@ar ;
    kg:treatyParty <{PUTIN_IRI}> , <{PEZESHKIAN_IRI}> ; kg:signingDate "2025-01-17"^^xsd:date .
"""


def build_store() -> OxigraphStore:
    """An in-memory store holding the two article graphs and the facts graph."""
    store = OxigraphStore()
    for linked in (LINKED1, LINKED2):
        store.replace_graph(str(IRIS.article_graph_iri(linked.document)), article_graph(linked, RUN, IRIS))
    store.replace_graph(FACTS_GRAPH, rdflib.Graph().parse(data=FACTS, format="turtle"))
    return store


@contextlib.contextmanager
def serving(store: OxigraphStore, **app_options: object) -> Iterator[int]:
    """Serve `create_app(store, **app_options)` on 127.0.0.1 in a thread; yields the port."""
    app = create_app(store, title="kg test", **app_options)  # type: ignore[arg-type]
    server = create_server(
        app,
        host="127.0.0.1",
        port=0,
        threads=4,
    )
    thread = threading.Thread(target=server.run, name="waitress-ld", daemon=True)
    thread.start()
    try:
        yield server.effective_port
    finally:
        server.close()
        server.task_dispatcher.shutdown()
        thread.join(timeout=5)
        close_app(app)


# -- a tiny DOM, enough to check where text sits and which attributes its elements carry ---------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Element | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element | str] = []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self, tag: str | None = None) -> Iterator[Element]:
        if tag is None or self.tag == tag:
            yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter(tag)

    def find(self, tag: str, **attrs: str) -> Element | None:
        return next(self.find_all(tag, **attrs), None)

    def find_all(self, tag: str, **attrs: str) -> Iterator[Element]:
        for el in self.iter(tag):
            if all(el.attrs.get(k.rstrip("_")) == v for k, v in attrs.items()):
                yield el

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, dict(attrs), self.current)
        self.current.children.append(el)
        if tag not in VOID:
            self.current = el

    def handle_endtag(self, tag: str) -> None:
        node: Element | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse_html(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def served_url(build: Callable[[], OxigraphStore]) -> Iterator[str]:
    """For a module fixture: the base URL of a server over the store `build()` makes, closed after."""
    store = build()
    try:
        with serving(store) as port:
            yield f"http://127.0.0.1:{port}"
    finally:
        store.close()
