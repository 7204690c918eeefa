"""Helpers of the link tests: link one composed sentence and read its person mentions."""

from __future__ import annotations

from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Mention, Sentence


def persons(linker: Linker, text: str) -> list[str]:
    """The labels of the PER mentions `linker` finds in `text` (one sentence, no NER mentions given)."""
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), (), "t")
    return [m.label for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"]


def linked_mentions(linker: Linker, text: str, *spans: tuple[str, str]) -> list[Mention]:
    """The mentions `linker` finds in `text` (one sentence), given the NER's (surface, type) `spans`."""
    given = []
    for surface, ner_type in spans:
        start = text.index(surface)
        given.append(Mention(start, start + len(surface), surface, surface, ner_type, 0.9, 0))
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), tuple(given), "t")
    return list(linker.link(doc).annotated.mentions)


def linked_persons(linker: Linker, text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    """(label, source) of the PER mentions `linker` finds in `text`, given the NER's (surface, type) `spans`."""
    return [(m.label, m.source) for m in linked_mentions(linker, text, *spans) if m.ner_type == "PER"]
