"""Bylines that open a paragraph: `NAME- OUTLET- CITY:` (`سامي الحداد- سبق- الرياض: أعلن …`).

Why a module of its own: a byline is not a sentence, so the NER reads it as one: the reporter, the outlet
and the city run together into one wrong entity (`سبق- عسير` typed as a person, `سبق- الرياض` as an
organization), or the outlet is left out. The raw news corpus opens 586 paragraphs with a reporter's name,
a dash, the outlet, a dash and the city or a desk word before a colon (`zcat ../shared/data/arabic-news-raw/
*.txt.gz | grep -cE "^[^:]{3,40}- ?[^-:]{2,20} ?- ?[^-:]{2,25}:"`: 612 lines, 586 of them this byline;
the rest are invocations such as `رحمه الله -`), and 60 more with the outlet and the city alone
(`سبق- مكة المكرمة:`).

The byline's parts are typed by their place in it, not by their words: the first part (two to four words) is
the reporter (PER), the part between the dashes is the outlet (ORG), and the last part is the dateline
city (LOC) only when the knowledge base knows it as a place, a desk word (`متابعة`, `وكالات`) being none.
Every other mention inside the byline gives way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.normalize import match_key
from kg.link.place_heads import headed_places
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

_DASH = r"[ \t]*[-\u2013\u2014ـ][ \t]*"
_PART = r"[^\W\d_][^-\u2013\u2014ـ:\n،,.؛\"«»()]{0,38}?"
#: [reporter -] outlet - dateline : at the start of the text or of a line.
BYLINE = re.compile(rf"(?m)^[ \t]*(?:(?P<name>{_PART}){_DASH})?(?P<outlet>{_PART}){_DASH}(?P<city>{_PART})[ \t]*:")
#: The confidence of a byline's parts (found by their place, not by the tagger).
BYLINE_CONFIDENCE = 0.7
_PLACE_KINDS = frozenset({"Country", "City", "Place", "Region"})


def _words(part: str) -> int:
    return len(part.split())


def byline_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each byline's reporter, outlet and dateline city typed by their place in it."""
    out = list(ner)
    for match in BYLINE.finditer(doc.text):
        name, outlet, city = match.group("name"), match.group("outlet"), match.group("city")
        if _words(outlet) > 2 or _words(city) > 3 or (name is not None and not 2 <= _words(name) <= 4):
            continue
        city_span = (match.start("city"), match.start("city") + len(city.rstrip()))
        outlet_span = (match.start("outlet"), match.start("outlet") + len(outlet.rstrip()))
        is_place = _place(city_span, city, ner, names)
        if name is None and (not is_place or _place(outlet_span, outlet, ner, names)):
            continue  # `سبق- الرياض:` is a byline; `الرياض- واس:` (city first) and `ملاحظة- كذا:` are not
        parts = []
        if name is not None:
            parts.append((match.start("name"), match.start("name") + len(name.rstrip()), "PER"))
        parts.append((*outlet_span, "ORG"))
        if is_place:
            parts.append((*city_span, "LOC"))
        end = match.end() - 1
        start = match.start("name") if name is not None else match.start("outlet")
        out = [m for m in out if m.end <= start or m.start >= end]
        for s, e, kind in parts:
            out.append(Mention(s, e, doc.text[s:e], doc.text[s:e], kind, BYLINE_CONFIDENCE, doc.sentence(s),
                               source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _place(span: tuple[int, int], city: str, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> bool:
    """The dateline is a place: a knowledge-base place, a word the raw news writes after place heads
    (`headed_places`: عسير after منطقة), or a span the NER tagged LOC; a desk word (متابعة) is none."""
    return (any(h.start == span[0] and h.end == span[1] and not h.is_nisba and h.kind in _PLACE_KINDS for h in names)
            or match_key(city.strip()) in headed_places()
            or any(m.start == span[0] and m.end == span[1] and m.ner_type == "LOC" for m in ner))


__all__ = ["BYLINE", "byline_mentions"]
