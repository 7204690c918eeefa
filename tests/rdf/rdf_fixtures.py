"""A small, real Arabic news fixture built by hand, with offsets computed from the text.

A module of its own (not conftest) so test files can import it by a name no other test
folder uses.
"""

from __future__ import annotations

from datetime import date

from kg.types import (
    AnnotatedDocument,
    Document,
    Entity,
    LinkedDocument,
    Mention,
    RunInfo,
    Sentence,
)

S1 = (
    "وقال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس فلاديمير بوتين "
    "سيلتقي نظيره الإيراني مسعود بزشكيان في موسكو."
)
S2 = "وسيبحث بوتين وبزشكيان التعاون بين البلدين."
TEXT = f"{S1} {S2}"

PUTIN = Entity(
    key="فلاديمير بوتين",
    kind="Person",
    label="فلاديمير بوتين",
    qid="Q7747",
    same_as=("http://dbpedia.org/resource/Vladimir_Putin",),
    link_confidence=0.97,
)
PEZESHKIAN = Entity(key="مسعود بزشكيان", kind="Person", label="مسعود بزشكيان")
PESKOV = Entity(key="دميتري بيسكوف", kind="Person", label="دميتري بيسكوف")
KREMLIN = Entity(key="الكرملين", kind="Organization", label="الكرملين")
IRANIAN = Entity(key="ايراني", kind="Thing", label="إيراني")
MOSCOW = Entity(key="موسكو", kind="Place", label="موسكو", qid="Q649", link_confidence=0.91)


def _mention(
    surface: str,
    ner_type: str,
    confidence: float,
    *,
    after: int = 0,
    label: str | None = None,
    source: str = "ner",
) -> Mention:
    start = TEXT.find(surface, after)
    assert start >= 0, surface
    end = start + len(surface)
    return Mention(
        start=start,
        end=end,
        text=TEXT[start:end],
        label=label or surface,
        ner_type=ner_type,
        confidence=confidence,
        sentence=0 if end <= len(S1) else 1,
        source=source,
    )


# (mention, entity) in reading order; mention i refers to entity i.
PAIRS: list[tuple[Mention, Entity]] = [
    (_mention("الكرملين", "ORG", 0.93), KREMLIN),
    (_mention("دميتري بيسكوف", "PER", 0.98), PESKOV),
    (_mention("فلاديمير بوتين", "PER", 0.99), PUTIN),
    (_mention("الإيراني", "MISC", 0.71, label="إيراني"), IRANIAN),
    (_mention("مسعود بزشكيان", "PER", 0.97), PEZESHKIAN),
    (_mention("موسكو", "LOC", 0.96), MOSCOW),
    (_mention("بوتين", "PER", 0.95, after=len(S1)), PUTIN),
    (_mention("وبزشكيان", "PER", 1.0, label="بزشكيان", source="gazetteer"), PEZESHKIAN),
]

SENTENCES = (Sentence(0, 0, len(S1)), Sentence(1, len(S1) + 1, len(TEXT)))
RUN = RunInfo(tool_version="0.1.0", model="kg-ar-1", started="2024-10-11T09:30:00+00:00")


def make_document(**overrides: object) -> Document:
    fields: dict[str, object] = {
        "id": "example-2024-10-11-001",
        "text": TEXT,
        "origin": "tests/rdf/conftest.py",
        "title": "بوتين يستقبل بزشكيان في موسكو",
        "url": "https://news.example.com/2024/10/11/putin-pezeshkian",
        "published": date(2024, 10, 11),
        "source": "news.example.com",
    }
    fields.update(overrides)
    return Document(**fields)  # type: ignore[arg-type]


def make_linked(
    pairs: list[tuple[Mention, Entity]] | None = None,
    sentences: tuple[Sentence, ...] = SENTENCES,
    **doc_overrides: object,
) -> LinkedDocument:
    """The fixture article; `pairs` replace its (mention, entity) list, `doc_overrides` its fields."""
    pairs = PAIRS if pairs is None else pairs
    annotated = AnnotatedDocument(
        document=make_document(**doc_overrides),
        sentences=sentences,
        tokens=(),
        mentions=tuple(m for m, _ in pairs),
        model="kg-ar-1",
    )
    return LinkedDocument(annotated=annotated, entities=tuple(e for _, e in pairs))
