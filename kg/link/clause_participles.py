"""Participles of the clause end an organization's or a place's span: `مجلة الواحات | الصادرة عن النادي`,
`الجامعة | الموقعة مؤخرا`, `رئيس الهيئة | المستقيل`.

A name of a body or place holds no participle that tells what was done with it (issued, signed, held,
staged, resigned, announced, concluded): when the NER runs a span on over one, the word opens the clause
that describes the thing named, and the span is cut before it, as before a time word
(`kg.link.time_words`). A knowledge-base name is never cut. Raw news (`zcat ../shared/data/arabic-news-raw/*`):
after a body head and up to three words (صحيفة، مجلة، جامعة، شركة، هيئة، وزارة، لجنة، مجلس، مؤتمر، اتفاقية …)
الصادرة 53، المقام 42، الموقعة 38، الصادر 37، المنعقد 31، المبرمة 25، المعلنة 23، المنعقدة 16، المستقيل 7.
Left out: الموقع and المقال (also the nouns site and article), الواقع (also reality).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.link.normalize import match_key
from kg.link.time_words import cut_before_words
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

PARTICIPLES = frozenset(match_key(w) for w in (
    "الصادرة", "الصادر", "الموقعة", "المنعقدة", "المنعقد", "المقام", "المقامة", "المبرمة", "المبرم", "المعلنة",
    "المستقيل", "المستقيلة", "المقالة",
))


def cut_participles(doc: _Doc, m: Mention, known: Callable[[str], bool]) -> Mention:
    """The ORG/LOC mention cut before its first inner participle of the clause (not its first word)."""
    return cut_before_words(doc, m, known, PARTICIPLES)


__all__ = ["PARTICIPLES", "cut_participles"]
