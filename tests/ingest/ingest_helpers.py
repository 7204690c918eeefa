"""Helpers for the ingest tests (a uniquely named module: `conftest` is imported under one name per run)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_corpus
from kg.types import Document, InputError

TREATY = (
    "وقع الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان "
    "معاهدة الشراكة الاستراتيجية الشاملة في موسكو."
)
MEETING = "اجتمع الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان في الكرملين اليوم الجمعة."
TALKS = "أفادت وزارة الخارجية الروسية بأن المناقشات بشأن اتفاق استراتيجي بين روسيا وإيران جارية."


def read_all(*paths: Path, **kwargs: object) -> list[Document | InputError]:
    return list(read_corpus(list(paths), **kwargs))  # type: ignore[arg-type]


def only_error(records: list[Document | InputError]) -> InputError:
    """The single InputError of a run, so a test fails loudly if a bad input was accepted."""
    assert len(records) == 1, records
    assert isinstance(records[0], InputError), records[0]
    return records[0]


def only_document(records: list[Document | InputError]) -> Document:
    assert len(records) == 1, records
    assert isinstance(records[0], Document), records[0]
    return records[0]
