"""Local administrations named after their place: `أمانة محافظة جدة`، `أمانة الرياض`، `إمارة منطقة مكة المكرمة`،
`إدارة تعليم جازان`، `إدارة التعليم بمحافظة الطائف`.

Saudi local news names a region's or a city's municipality (`أمانة`), a region's governorate administration
(`إمارة`) and an education department (`إدارة تعليم`) by a head noun in construct with the place it serves. The
tagger marks the place alone (or the division the knowledge base knows: `منطقة مكة المكرمة`), so the article gains a
place where it speaks of a body. The head is the evidence: in the raw news (both corpora, `zcat
../shared/data/arabic-news-raw/*.txt.gz | grep -oE "(^| )[وبلف]?(ب|ل)?أمانة [^ ]+( [^ ]+)?"`) `أمانة` is followed by
a division noun or a town 536 times (`أمانة (منطقة|محافظة|مدينة|العاصمة) ` lines: المنطقة الشرقية 143، منطقة
الرياض 115، العاصمة المقدسة 115، منطقة المدينة 86، محافظة جدة 48، الطائف 32، الرياض 28 …) and otherwise by words
that are no place (`الأمانة العامة لـ` a secretariat, `بأمانة` "faithfully"); `إمارة منطقة|محافظة|المنطقة` 399 lines
(منطقة مكة 105، منطقة الباحة 66، منطقة جازان 26 …), while `إمارة` before a bare name is an emirate itself (إمارة دبي,
a place of the knowledge base) and stays a place; `إدارة تعليم X` about 50 (جازان، الليث، صبيا، الرياض، الطائف،
نجران) and `إدارة التعليم ب(محافظة|منطقة) X` 56.

A body is taken only when its place is a place mention or a city or division the knowledge base knows, starting
right after the head (or after the division noun `منطقة`، `محافظة`، `مدينة`), or the holy capital's epithet
`العاصمة المقدسة` (Makkah). The mention is one ORG over the head and the place; the place inside gives way (as a
facility's does, `kg.link.facilities`), a nested name the gold keeps as optional.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_chars, clitic_splits, match_key
from kg.link.pattern_spans import absorb, crosses
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

MUNICIPALITY = match_key("أمانة")
EMIRATE = match_key("إمارة")
#: `إدارة` opens a local body only before `تعليم` (in construct) or `التعليم` + ب + a division noun.
DEPARTMENT = match_key("إدارة")
EDUCATION = match_key("تعليم")
DEFINITE_EDUCATION = match_key("التعليم")
#: Division nouns between the head and the place's name (أمانة محافظة جدة، إمارة منطقة الباحة).
DIVISION_NOUNS = frozenset(match_key(w) for w in ("منطقة", "محافظة", "مدينة"))
#: `المنطقة الشرقية` is a division the knowledge base knows by a name that opens with المنطقة.
DEFINITE_REGION = match_key("المنطقة")
#: Makkah's epithet after `أمانة` (115 raw lines): `أمانة العاصمة المقدسة`.
HOLY_CAPITAL = (match_key("العاصمة"), match_key("المقدسة"))
PLACE_KINDS = ("City", "Place")
CONFIDENCE = 0.8


def _head(word: str, heads: frozenset[str]) -> tuple[str, str] | None:
    """(clitic prefix, head) when the word is one of `heads`, indefinite, with its clitics (بأمانة، لإمارة)."""
    for prefix, rest in clitic_splits(match_key(word), article=False):
        if rest in heads and (not prefix or len(rest) >= 4):
            return prefix, rest
    return None


def _place_end(doc: _Doc, j: int, places: dict[int, int]) -> int | None:
    """The end of a place that starts at token j, or after a division noun at j; else None."""
    toks = doc.toks
    if toks[j].start in places:
        return places[toks[j].start]
    if toks[j].key in DIVISION_NOUNS and j + 1 < len(toks) and doc.spaced(toks[j].end, toks[j + 1].start):
        return places.get(toks[j + 1].start)
    return None


def _body_end(doc: _Doc, i: int, head: str, places: dict[int, int]) -> int | None:
    """Where the local body whose head is token i ends, or None when no place follows it."""
    toks = doc.toks
    j = i + 1
    if head == DEPARTMENT:
        if toks[j].key == EDUCATION and j + 1 < len(toks) and doc.spaced(toks[j].end, toks[j + 1].start):
            return _place_end(doc, j + 1, places)
        if toks[j].key == DEFINITE_EDUCATION and j + 1 < len(toks) and doc.spaced(toks[j].end, toks[j + 1].start):
            division = [p for p, r in clitic_splits(toks[j + 1].key, article=False) if r in DIVISION_NOUNS]
            if division == ["ب"] and j + 2 < len(toks) and doc.spaced(toks[j + 1].end, toks[j + 2].start):
                return places.get(toks[j + 2].start)  # إدارة التعليم بمحافظة الطائف
        return None
    if head == EMIRATE and toks[j].key not in DIVISION_NOUNS and toks[j].key != DEFINITE_REGION:
        return None  # إمارة دبي: the emirate itself, a place
    if head == MUNICIPALITY and tuple(t.key for t in toks[j:j + 2]) == HOLY_CAPITAL \
            and doc.spaced(toks[j].end, toks[j + 1].start):
        return toks[j + 1].end
    return _place_end(doc, j, places)


def local_body_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each local administration (head + its place) made one ORG mention."""
    toks = doc.toks
    out = list(ner)
    places: dict[int, int] = {}
    for h in names:
        if h.kind in PLACE_KINDS and not h.is_nisba and not h.prefix:
            places[h.start] = max(places.get(h.start, 0), h.end)
    for m in out:
        if m.ner_type == "LOC" and m.label == m.text:
            places[m.start] = max(places.get(m.start, 0), m.end)
    heads = frozenset({MUNICIPALITY, EMIRATE, DEPARTMENT})
    for i in range(len(toks) - 2):
        head = _head(toks[i].text, heads)
        if head is None or not doc.spaced(toks[i].end, toks[i + 1].start):
            continue
        stop = _body_end(doc, i, head[1], places)
        if stop is None or any(m.start <= toks[i].start and m.end >= stop for m in out):
            continue  # no place after the head, or a mention holds the whole body already
        if crosses(out, toks[i].start, stop):
            continue
        start = toks[i].start + clitic_chars(toks[i].text, len(head[0]))
        out = absorb(out, doc, toks[i].start, start, stop, doc.text[start:stop], "ORG", CONFIDENCE)
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["local_body_mentions"]
