"""Helpers of the link tests: link one composed sentence and read its person mentions."""

from __future__ import annotations

from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, Sentence


def persons(linker: Linker, text: str) -> list[str]:
    """The labels of the PER mentions `linker` finds in `text` (one sentence, no NER mentions given)."""
    doc = AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), (), "t")
    return [m.label for m in linker.link(doc).annotated.mentions if m.ner_type == "PER"]
