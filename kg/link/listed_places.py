"""Places named in a list of places: `في جازان، وصبيا، وضمد، وأبو عريش، والعارضة`.

Local news lists the towns a campaign, a storm or a school year reached one after the other, each a one- or
two-word name joined by `، و` or `و`. The tagger and the knowledge base know the region's seat and a big town or two
of such a list (جازان، أبو عريش) and leave the small towns between and after them (صبيا، ضمد، العارضة), which no
gazetteer here holds. The list is the evidence: a word that stands as an item of a list in which at least two
other items are places is a place too.

An item is one word, or two when the first is a town name's opener (`kg.link.town_heads.OPENERS`: أحد المسارحة، أبو
عريش), with the conjunction و on its first word or not, and it must end where an item ends: at `،`, at the end of a
sentence, or before the next item's و-word, so a clause that opens with `، و` (`، وأكد الوزير أن`) is never an
item. A word is no name when a gold NER corpus counts it as common or as a title, it is a body's head, a month, it
carries a possessive (`وغيرها`) or it is a definite plural or dual (`والمحافظات`، `والمدن`). Items before the first
place are not taken (a list may open with what is no place), only those between and after the places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.eponyms import named_after_heads
from kg.link.facilities import facility_heads
from kg.link.heads import head_of
from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_chars
from kg.link.town_heads import NOT_NAMES, OPENERS
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: What separates two items: a comma (with spaces), or spaces only before a word that carries و.
_COMMA = re.compile(r"\s*[،,]\s*")
_SPACES = re.compile(r"[ \t]+")
#: What may close the last item: a comma, a sentence's end, a bracket or the text's end.
_CLOSE = re.compile(r"\s*(?:[،,.؛;:!؟?)»\"]|$)")
PLACE_KINDS = ("City", "Place", "Country")
_POSSESSIVE = ("ها", "هم", "هن", "نا", "كم", "هما")
#: Definite plural and dual endings (والمحافظات، والمدن are a class, not a place).
_PLURAL = ("ات", "ين", "ون", "ان")
#: At least this many items of the list are places the tagger or the knowledge base found.
MIN_PLACES = 2
CONFIDENCE = 0.6


def _name_word(key: str) -> bool:
    lex = lexicons()
    if (len(key) < 2 or not key.isalpha() or key in NOT_NAMES or key in lex.common_words or key in lex.title_words
            or head_of(key) is not None or key in named_after_heads() or key in facility_heads()
            or key.endswith(_POSSESSIVE)):
        return False
    return not (key.startswith("ال") and key.endswith(_PLURAL))


def _item(doc: _Doc, k: int) -> tuple[int, int, int] | None:
    """(start, end, next token) of a one- or two-word unknown item at token k (its و cut off), or None."""
    toks = doc.toks
    tok = toks[k]
    key, cut = tok.key, 0
    if key.startswith("و") and len(key) > 2:
        key, cut = key[1:], 1
    start = tok.start + clitic_chars(tok.text, cut)
    nxt = k + 1
    if key in OPENERS and nxt < len(toks) and doc.spaced(tok.end, toks[nxt].start) and _name_word(toks[nxt].key):
        return start, toks[nxt].end, nxt + 1  # وأحد المسارحة: an opener (أحد is also "one") and its name
    return (start, tok.end, nxt) if _name_word(key) else None


def _next_item(doc: _Doc, end: int, k: int) -> int | None:
    """The token of the next item after an item ending at `end` (token k follows it), or None where the list stops."""
    toks = doc.toks
    if k >= len(toks):
        return None
    gap = doc.text[end:toks[k].start]
    if _COMMA.fullmatch(gap) or (_SPACES.fullmatch(gap) and _conjoined(toks[k].key)):
        return k
    return None


def _conjoined(key: str) -> bool:
    """The word carries the conjunction و (not وادي, a name's first word that opens with the letter)."""
    return key.startswith("و") and len(key) > 2 and key not in OPENERS


def _closed(doc: _Doc, end: int, k: int) -> bool:
    """The item ending at `end` ends where an item does: a comma or a sentence's end, or the next و-item."""
    if _CLOSE.match(doc.text, end):
        return True
    toks = doc.toks
    return k < len(toks) and _SPACES.fullmatch(doc.text[end:toks[k].start]) is not None and _conjoined(toks[k].key)


def _whole_mention(doc: _Doc, ner: Sequence[Mention], k: int) -> int | None:
    """The token after a mention of one or two words that starts at token k and is a whole item, or None."""
    toks = doc.toks
    for m in ner:
        if m.start == toks[k].start or (m.start > toks[k].start and m.start < toks[k].end):
            last = doc.at_end.get(m.end)
            if last is not None and last - k <= 1 and _closed(doc, m.end, last + 1):
                return last + 1
    return None


def listed_place_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions, with a LOC mention for each unknown item of a list whose other items hold two places."""
    toks = doc.toks
    places: dict[int, int] = {}  # a place item's first token → the token after it
    others: set[int] = set()  # tokens another mention or name covers
    for m in ner:
        covered = [i for i, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
        if not covered:
            continue
        if m.ner_type == "LOC" or m.ner_type == "GPE":
            places[covered[0]] = covered[-1] + 1
        others.update(covered)
    for h in names:
        covered = [i for i, t in enumerate(toks) if h.start <= t.start and t.end <= h.end]
        if covered and h.kind in PLACE_KINDS and not h.is_nisba:
            places.setdefault(covered[0], covered[-1] + 1)
        others.update(covered)
    out = list(ner)
    i = 0
    while i < len(toks):
        if i not in places:
            i += 1
            continue
        found, new = 1, []
        k = places[i]
        while True:
            k2 = _next_item(doc, toks[k - 1].end, k)
            if k2 is None:
                break
            if k2 in places:
                found += 1
                k = places[k2]
                continue
            whole = _whole_mention(doc, ner, k2)
            if whole is not None:  # an item the tagger typed otherwise (وأبو عريش as a person): passed over
                k = whole
                continue
            item = _item(doc, k2) if k2 not in others else None
            if item is None or any(j in others for j in range(k2, item[2])) or not _closed(doc, item[1], item[2]):
                break
            new.append(item[:2])
            k = item[2]
        if found >= MIN_PLACES:
            out += [Mention(s, e, doc.text[s:e], doc.text[s:e], "LOC", CONFIDENCE, doc.sentence(s), source="pattern")
                    for s, e in new]
        i = max(k, i + 1)
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["listed_place_mentions"]
