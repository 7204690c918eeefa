"""Epithets end a body's span: `تنظيم داعش | الإرهابي`, `حزب العدالة والتنمية | الحاكم`.

News describes a group after its name by a judging or status adjective (terrorist, extremist, ruling,
opposition, banned) that is no word of the name: the gold annotation and the knowledge base name the group
without it. When the NER runs an organization's or a place's span on over one, the span is cut before it.
Raw news writes these after a group's head and name (`(حزب|حركة|جماعة|تنظيم|جبهة|ميليشيا) X الإرهابي`,
zcat ../shared/data/arabic-news-raw/*.txt.gz): الإرهابي 481 (+ 80 unhamzated), الحاكم 84, المتطرف 75,
الإرهابية 49, المعارض 43, المتطرفة 40, المحظور 36, المحظورة 7; `داعش الإرهابي` alone 451 times.
The noun `المعارضة` (the opposition) is left out: it ends names (قوى الثورة والمعارضة).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.link.normalize import match_key
from kg.link.time_words import cut_before_words
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

EPITHETS = frozenset(match_key(w) for w in (
    "الإرهابي", "الإرهابية", "المتطرف", "المتطرفة", "الحاكم", "المعارض", "المحظور", "المحظورة",
))


def cut_epithets(doc: _Doc, m: Mention, known: Callable[[str], bool]) -> Mention:
    """The ORG/LOC mention cut before its first inner epithet (not its first word)."""
    return cut_before_words(doc, m, known, EPITHETS)


__all__ = ["EPITHETS", "cut_epithets"]
