"""A town written right before the division it lies in: `بطبربة من ولاية منوبة`، `بالمكنين ولاية المنستير`،
`بمنزل بورقيبة من ولاية بنزرت`، `ببالتيمور بولاية ميريلاند`.

Tunisian local news places a story in a town and then names the town's governorate (`ولاية`): "the security units
at X, of the governorate of Y". The governorate is a knowledge-base name, the town mostly not, and the tagger
leaves it out (a small town is in no gazetteer). The shape is the evidence: ب + one word (two when the first cannot
stand alone: `OPENERS` of `kg.link.delegations`, منزل بورقيبة، سيدي علوان), then `من` or ب or nothing, then the
noun `ولاية` and a division the knowledge base or the tagger knows as a place. In the raw news
(`../shared/data/arabic-news-raw/*.txt.gz`, `grep -oE "(^| )(ب|وب)[^ ،.]+ (من |ب|)ولاية [^ ،.]+"`) the shape occurs
about 330 times; the word before `ولاية` is a town in all but these: a head noun (`بمقر ولاية سوسة` the
governorate's seat, `بجامعة ولاية نيويورك`, `بمركز`), `بين`, and `ولاية` as a term of office (`بفترة ولاية خامسة`،
`بمبدأ ولاية الفقيه`), which the known division after it and the head-noun test leave out.

The mention is the town alone, without the ب, as a place's name is written without its classifier; a word that a
mention or a knowledge-base name already covers is left to them, but for the tagger's LOC over the second word of a
two-word name (`بمنزل | بورقيبة`), which gives way to the whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.delegations import OPENERS, is_delegation_noun, name_word
from kg.link.facilities import facility_heads
from kg.link.heads import head_of
from kg.link.normalize import clitic_splits, match_key, name_offset
from kg.link.place_heads import PLACE_HEADS
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: The division noun after the town (indefinite; ب may be on it: بولاية).
DIVISION = match_key("ولاية")
#: The word between the town and the division noun, when there is one.
LINKS = frozenset({match_key("من")})
#: Nouns that are no town before a division: a seat, a building, a time (بمقر ولاية، بفترة ولاية).
NOT_TOWNS = frozenset(match_key(w) for w in ("مقر", "مركز", "فترة", "مبدأ", "كامل", "جهة", "بين", "داخل", "خارج"))
#: A definite plural participle (بالمستثمرين "with the investors", بالمواطنين) is the object of the verb before it, no
#: town; towns ending in ين are shorter (المكنين، القصرين) or no participle (الوردانين).
_PARTICIPLE_PLURAL = re.compile(r"^الم\w{3,}(ين|ون)$")
#: The confidence of a town found by its division (as `kg.link.place_heads.HEAD_CONFIDENCE`).
TOWN_CONFIDENCE = 0.6


def _town_word(key: str) -> str | None:
    """The clitic-free rest of a ب-word that may be a town's first word, or None."""
    for prefix, rest in clitic_splits(key, article=False)[1:]:
        if prefix not in ("ب", "وب") or len(rest) < 3:
            continue
        if rest in OPENERS:
            return rest  # منزل، سيدي: common words alone, a town's first word before a name
        if (rest in NOT_TOWNS or head_of(rest) or rest in facility_heads() or rest in PLACE_HEADS
                or is_delegation_noun(rest) or not name_word(rest) or _PARTICIPLE_PLURAL.match(rest)):
            return None
        return rest
    return None


def _division_at(doc: _Doc, k: int, places: set[int]) -> bool:
    """Token k is the noun ولاية (ب allowed) and a known place starts right after it."""
    toks = doc.toks
    if k + 1 >= len(toks) or not doc.spaced(toks[k].end, toks[k + 1].start):
        return False
    if not any(rest == DIVISION and prefix in ("", "ب") for prefix, rest in clitic_splits(toks[k].key, article=False)):
        return False
    return toks[k + 1].start in places or toks[k].start in places


def town_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions plus a LOC mention for each town written before its division (module docstring)."""
    toks = doc.toks
    places = {h.start for h in names if h.kind in ("Region", "City", "Country", "Place")}
    places |= {m.start for m in ner if m.ner_type == "LOC"}
    taken = [(m.start, m.end) for m in ner] + [(h.start, h.end) for h in names]
    out = list(ner)
    for i, tok in enumerate(toks):
        rest = _town_word(tok.key)
        if rest is None:
            continue
        last = i
        if rest in OPENERS:
            if i + 1 >= len(toks) or not doc.spaced(tok.end, toks[i + 1].start) or not name_word(toks[i + 1].key):
                continue
            last = i + 1
        k = last + 1
        if k < len(toks) and toks[k].key in LINKS and doc.spaced(toks[last].end, toks[k].start):
            k += 1
        if k >= len(toks) or not doc.spaced(toks[k - 1].end, toks[k].start) or not _division_at(doc, k, places):
            continue
        prefix = next(p for p, r in clitic_splits(tok.key, article=False)[1:] if r == rest)
        start, end = tok.start + name_offset(tok.text, prefix), toks[last].end
        # the tagger's half of a two-word name (بمنزل | بورقيبة) gives way to the whole
        half = [m for m in out if last > i and (m.start, m.end) == (toks[last].start, toks[last].end)
                and m.ner_type == "LOC"]
        if any(s < end and start < e for s, e in taken if not any((s, e) == (m.start, m.end) for m in half)):
            continue
        out = [m for m in out if m not in half]
        text = doc.text[start:end]
        out.append(Mention(start, end, text, text, "LOC", TOWN_CONFIDENCE, doc.sentence(start), source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["town_mentions"]
