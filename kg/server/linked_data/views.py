"""The view model of a Linked Data page: what the HTML template shows, and how text is cut.

Frozen records (`Node`, `Term`, `Snippet` …) built by `reads` and rendered by
`templates/resource.html` through Jinja2 autoescaping; links are made only for http(s) IRIs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.server.linked_data.reads import LinkedData

#: Languages written right to left (primary subtags).
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "syr", "ug", "ur", "yi"})
#: Characters shown each side of a mention that has no sentence.
WINDOW = 80


def text_direction(lang: str | None) -> str:
    """HTML `dir` for text in `lang`: rtl/ltr when the language is known, `auto` otherwise."""
    if not lang:
        return "auto"
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def safe_href(iri: str) -> str | None:
    """`iri` if a browser may follow it as a link (http/https only: no javascript:, data: …)."""
    return iri if iri.lower().startswith(("http://", "https://")) else None


@dataclass(frozen=True)
class Node:
    """One value to show: literal text, or a resource with a link and a readable name."""

    text: str
    lang: str | None = None
    href: str | None = None
    iri: str | None = None
    datatype: str | None = None
    hint: str | None = None

    @property
    def dir(self) -> str:
        return text_direction(self.lang)


@dataclass(frozen=True)
class Term:
    """A class or property with its ontology labels (English and Arabic) and its CURIE."""

    iri: str
    curie: str
    en: str | None
    ar: str | None
    href: str | None


@dataclass(frozen=True)
class Snippet:
    """A mention inside its source sentence: `pre`, the highlighted `mark`, `post`."""

    pre: str
    mark: str
    post: str
    lang: str
    href: str | None
    article: Node | None
    date: str | None
    ner_type: str | None
    confidence: float | None


@dataclass(frozen=True)
class Segment:
    """A run of article text; mentions carry the entity link and the NIF fragment id."""

    text: str
    href: str | None = None
    anchor: str | None = None
    hint: str | None = None


@dataclass(frozen=True)
class ArticleRow:
    node: Node
    date: str | None
    outlet: str | None


@dataclass(frozen=True)
class RelatedRow:
    node: Node
    via: Term
    types: list[Term]
    date: str | None


@dataclass
class ArticleView:
    """What an article page shows above its text."""

    title: Node | None
    url: str | None
    date: str | None
    outlet: str | None
    lang: str
    segments: list[Segment]
    mention_count: int


@dataclass
class Page:
    """Everything the HTML template shows for one resource."""

    iri: str
    kind: str
    title: Node
    labels: list[Node] = field(default_factory=list)
    types: list[Term] = field(default_factory=list)
    same_as: list[Node] = field(default_factory=list)
    properties: list[tuple[Term, list[Node]]] = field(default_factory=list)
    mentions: list[Snippet] = field(default_factory=list)
    mention_total: int = 0
    articles: list[ArticleRow] = field(default_factory=list)
    article_total: int = 0
    related: dict[str, list[RelatedRow]] = field(default_factory=dict)
    related_truncated: bool = False
    article: ArticleView | None = None
    data_links: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def has_english_label(self) -> bool:
        return any(n.lang and n.lang.split("-")[0] == "en" for n in self.labels)


def label_order(node: Node) -> tuple[int, int, str]:
    """Arabic first, then English; within a language the longest (a full name beats a surname)."""
    lang = (node.lang or "").split("-")[0]
    return ({"ar": 0, "en": 1}.get(lang, 2), -len(node.text), node.text)


def best_label(labels: list[Node]) -> Node | None:
    return min(labels, key=label_order) if labels else None


def mention_window(text: str, begin: int, end: int) -> tuple[int, int]:
    """Up to WINDOW characters around a span, cut at whitespace: context for sentence-less mentions."""
    start = max(0, begin - WINDOW)
    stop = min(len(text), end + WINDOW)
    if start > 0 and (space := text.find(" ", start, begin)) != -1:
        start = space + 1
    if stop < len(text) and (space := text.rfind(" ", end, stop)) != -1:
        stop = space
    return start, stop


def cut_segments(
    text: str, mentions: list[tuple[int, int, str, str | None]], ld: LinkedData, names: dict[str, list[Node]]
) -> list[Segment]:
    """Cut `text` (offsets are code points, as Python slices them) into plain and mention runs.

    Mentions come sorted by start, longest first; one overlapping an earlier one is left
    unmarked (HTML cannot nest two links), the earlier, longer one wins.
    """
    segments: list[Segment] = []
    cursor = 0
    for begin, end, entity, ner in mentions:
        if begin < cursor:
            continue
        if begin > cursor:
            segments.append(Segment(text[cursor:begin]))
        label = best_label(names.get(entity, []))
        hint = " · ".join(x for x in (label.text if label else ld.curie(entity), ner) if x)
        segments.append(
            Segment(text[begin:end], href=ld.href(entity), anchor=f"offset_{begin}_{end}", hint=hint)
        )
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments
