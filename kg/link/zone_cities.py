"""Economic, industrial and medical cities named after a town: `مدينة جازان الاقتصادية`, `مدينة ينبع الصناعية`.

Gulf news names a development zone by `مدينة` in construct with the town it lies by and an adjective of its kind.
The zone is another place than the town (a project, an industrial estate, a hospital campus), and as in the gold
convention that the longer name wins, it becomes one LOC mention over the three words, the town inside giving way;
the tagger marks the town alone. Other adjectives after `مدينة X` describe the town itself (`مدينة عدن الساحلية`
is Aden) and stay with kg.link.place_heads.

Raw news (both corpora, `grep -oE '(^| )[وبلف]?(ال)?مدين(ة|ه) [^ ]+ ADJ'`): الاقتصادية 115 (مدينة جازان
الاقتصادية 114), الصناعية 64 (ينبع 40، الجبيل 13، الجوف 6، سدير 2), الطبية 7; against الساحلية 70، القديمة 11،
الجديدة 10، التاريخية 9, which describe the town.
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

CITY = match_key("مدينة")
#: Adjectives of a zone's kind after `مدينة` + town.
ZONE_ADJECTIVES = frozenset(match_key(w) for w in ("الاقتصادية", "الصناعية", "الطبية"))
ZONE_CONFIDENCE = 0.8


def zone_city_mentions(doc: _Doc, ner: list[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each `مدينة` + town + zone adjective one LOC mention of the zone."""
    toks = doc.toks
    towns = {h.start: h.end for h in names if h.kind in ("City", "Place", "Region") and not h.prefix}
    out = list(ner)
    for i in range(len(toks) - 2):
        head, name = toks[i], toks[i + 1]
        prefix = next((p for p, r in clitic_splits(head.key, article=False)
                       if r == CITY and (not p or p in ("و", "ب", "ل", "ف", "وب", "ول"))), None)
        if prefix is None or not doc.spaced(head.end, name.start):
            continue
        inner = next((m for m in out if m.start == name.start and m.ner_type == "LOC"), None)
        stop = inner.end if inner is not None else towns.get(name.start)
        last = doc.at_end.get(stop) if stop is not None else None
        if last is None or last + 1 >= len(toks) or toks[last + 1].key not in ZONE_ADJECTIVES \
                or not doc.spaced(stop, toks[last + 1].start):
            continue
        stop = toks[last + 1].end
        if crosses(out, head.start, stop):
            continue
        start = head.start + clitic_chars(head.text, len(prefix))
        out = absorb(out, doc, head.start, start, stop, doc.text[start:stop], "LOC", ZONE_CONFIDENCE)
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["zone_city_mentions"]
