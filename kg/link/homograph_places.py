"""Places whose name is also a common word, taken where the sentence itself says "place": `مدينة الرمادي`,
`النيجر وبوركينا فاسو ومالي`.

The knowledge base marks a place name that is also an ordinary word as a homograph (مالي 'financial', الرمادي
'grey', جدة 'grandmother', حمص 'chickpeas'); the gazetteer's hit on it is dropped unless the NER tags the word,
because alone it is no evidence. Two contexts are evidence of their own, and the tagger often misses the name
in both:
- a place head in construct before it (`مدينة الرمادي`، `محافظة الديوانية`; those of kg.link.place_heads that
  stand for the place itself, not `مطار` or `وادي`): a city or a province is named, not described;
- a coordination with another place (`النيجر وبوركينا فاسو ومالي`، `مالي والنيجر`، `بين دمشق وحمص`): the
  conjunction joins like with like. The other place is one the gazetteer knows (not itself a homograph, no
  nisba) or a LOC mention; only the conjunction و links them, with at most a comma before it;
- a locative preposition right before it (`في عدن`، `إلى جدة`، `بالرمادي`), for the names the raw news writes
  that way as the place and never as the word (`kg/link/lexicons/locative_places.tsv`, mined by
  `scripts/mine_locative_homographs.py` and read by hand: `في مشهد حزين` and `إلى جده` are why it is a list).
  The NER misses such a city after a preposition often enough to matter: 6 of 40 random raw paragraphs with
  one of them.

Raw news (`scripts/count_homograph_places.py`, dev lines and probe pools left out): of the homograph places'
uses in those two contexts, read by hand, the place reading holds for all but a few (see the script's samples);
outside them a homograph stays to the NER.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.lexicons import locative_places
from kg.link.normalize import match_key
from kg.link.place_heads import is_place_head
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Knowledge-base kinds that are places.
PLACE_KINDS = frozenset({"City", "Country", "Place"})
#: Place heads that stand for the place itself (a facility or a feature named after a town, `مطار جدة`،
#: `وادي الزرقاء`, is another place: kg.link.facilities).
SELF_HEADS = frozenset(match_key(w) for w in (
    "محافظة", "منطقة", "مدينة", "ولاية", "إقليم", "بلدة", "قرية", "مقاطعة", "إمارة", "عاصمة", "ناحية", "قضاء",
))
#: The confidence of a homograph place taken by its context (below the NER's usual scores).
CONTEXT_CONFIDENCE = 0.6
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_JOINER = re.compile(r"\s*،?\s*")


def _is_place(h: GazetteerMatch) -> bool:
    return h.kind in PLACE_KINDS and not h.is_nisba and not h.homograph


#: Prepositions of place and motion: a homograph right after one is read as the place when the raw news
#: says so for that name (`locative_places.tsv`).
LOCATIVE = frozenset(match_key(w) for w in ("في", "إلى", "الى", "من", "نحو", "قرب", "داخل", "خارج", "عبر"))


_HARAKAT = re.compile("[\u064b-\u0652\u0640]")


def locative_before(text: str, hit: GazetteerMatch) -> bool:
    """The hit stands right after a locative preposition: a separate word (في جدة، إلى عدن) or ب attached (بجدة)."""
    if hit.prefix:
        return hit.prefix == "ب"
    before = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    return before is not None and before.end() == hit.start and match_key(before.group(1)) in LOCATIVE


def context_of(text: str, hit: GazetteerMatch, hits: Sequence[GazetteerMatch],
               places: Sequence[tuple[int, int]] = ()) -> str | None:
    """'head', 'locative' or 'coordinated' when the homograph hit stands in a place's own context, else None.
    `places` are more (start, end) spans of places (LOC mentions) beside the gazetteer's."""
    if not hit.prefix:
        before = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
        if before is not None and before.end() == hit.start and is_place_head(before.group(1), SELF_HEADS):
            return "head"
    if _HARAKAT.sub("", hit.name) in locative_places() and locative_before(text, hit):
        return "locative"
    spans = [(h.start, h.end) for h in hits if _is_place(h)] + list(places)
    if hit.prefix == "و" and any(_JOINER.fullmatch(text, end, hit.start) for _, end in spans if end <= hit.start):
        return "coordinated"
    if any(text.startswith("و", start) and _JOINER.fullmatch(text, hit.end, start)
           for start, _ in spans if start >= hit.end):
        return "coordinated"
    return None


def homograph_place_mentions(doc: _Doc, ner: list[Mention], hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions plus a LOC mention for each homograph place in a place's context that no mention covers."""
    places = [(m.start, m.end) for m in ner if m.ner_type == "LOC"]
    out = list(ner)
    for h in hits:
        if not h.homograph or h.is_nisba or h.kind not in PLACE_KINDS:
            continue
        if any(m.start < h.end and h.start < m.end for m in out):
            continue
        if context_of(doc.text, h, hits, places) is None:
            continue
        start = h.end - len(h.name) if doc.text.endswith(h.name, 0, h.end) else h.start
        out.append(Mention(start, h.end, doc.text[start:h.end], h.name, "LOC", CONTEXT_CONFIDENCE,
                           doc.sentence(start), source="gazetteer"))
        places.append((h.start, h.end))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["PLACE_KINDS", "context_of", "homograph_place_mentions"]
