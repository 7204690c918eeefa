"""Time words end an organization's or a place's span: `مجلس الشورى | السابق`, `المنظمة العربية للسياحة |
الثلاثاء المقبل الملتقى …`.

A body or place name holds no weekday, no `أمس`/`غدا` and no temporal adjective (السابق، الحالي،
المقبل، الماضي …): when the NER runs a span on over one, the word belongs to the clause (a former member
of the council; a meeting next Tuesday), so the span is cut before it. A person's name may be such a word
(محمد الخميس، a surname), so persons are left as they are. A knowledge-base name is never cut, and
`اليوم` is no time word here: channels and papers are named with it (قناة روسيا اليوم).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.normalize import match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

TIME_WORDS = frozenset(match_key(w) for w in (
    "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "أمس", "غدا",
    "السابق", "السابقة", "الأسبق", "الحالي", "الحالية", "المقبل", "المقبلة", "الماضي", "الماضية",
))


def cut_time_words(doc: _Doc, m: Mention, known: Callable[[str], bool]) -> Mention:
    """The ORG/LOC mention cut before its first inner time word (not its first word)."""
    return cut_before_words(doc, m, known, TIME_WORDS)


def cut_before_words(doc: _Doc, m: Mention, known: Callable[[str], bool], words: frozenset[str]) -> Mention:
    """The ORG/LOC mention cut before its first inner word of `words` (not its first word)."""
    if m.ner_type not in ("ORG", "LOC") or known(m.label) or known(m.text):
        return m
    inner = [t for t in doc.toks if m.start < t.start and t.end <= m.end]
    cut = next((t for t in inner if t.key in words), None)
    if cut is None:
        return m
    end = m.start + len(doc.text[m.start:cut.start].rstrip())
    if end <= m.start:
        return m
    label = m.label[: len(m.label) - (m.end - end)].rstrip() if m.label.endswith(doc.text[end:m.end]) \
        else doc.text[m.start:end]
    return replace(m, end=end, text=doc.text[m.start:end], label=label)


__all__ = ["TIME_WORDS", "cut_before_words", "cut_time_words"]
