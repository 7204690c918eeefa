"""Bodies and places described, not named: `حزب سياسي`, `جماعة إرهابية`, `شركة صينية`, `الصحيفة الألمانية`.

Two shapes of Arabic news describe a body or a place by its class noun and an adjective, where no name is
written at all; the NER or the institution grammar may still return them as ORG/LOC mentions:

1. **An indefinite class noun + an indefinite adjective** (`لا ينتمي إلى حزب سياسي` "belongs to no political
   party", `منظمة إرهابية` "a terrorist organization", `جسر جوي` "an air bridge", `شركة صينية` "a Chinese
   company"). An indefinite noun with an indefinite adjective is a noun phrase that introduces something new;
   a name in construct makes the head definite (`حزب الشعب`) or is a proper noun (`شركة أوبر`). The raw news
   writes such a head + an indefinite -ي/-ية word 2,761 times (`scripts/count_description_shapes.py`), among
   them جسر جوي 70، مجلس وزاري 47، جماعة إرهابية 42، منظمة إرهابية 41، جامعة سعودية 28، شركة صينية 26، حزب سياسي 14;
   the -ي/-ية word there is also a proper name (`مطار دبي`، `شركة هيونداي`), so only an adjective counts: a word
   the gold NER corpora use as a common word (سياسي، إرهابية، محلية، عسكري, or its definite form) or a nationality
   (a gazetteer nisba: صينية).
2. **A definite media or company noun + a nationality alone** (`نقلا عن الصحيفة الألمانية`, `وقالت الشركة
   الأمريكية إن`): "the German newspaper", "the American company" points back to a paper or a company the
   article names (or not), as `الحكومة` alone is no name. The raw news writes such a noun + nisba, closed by
   punctuation or a verb's complement, 300 times (الشركة 8 + 8 + 6 + 5 … , الصحيفة 5 + 3 + 2 …). Left out: the
   agency and the radio and TV nouns, whose noun + nationality is often the outlet's usual name (`الإذاعة
   البريطانية` for the BBC, `القناة الثانية`), and a longer phrase (`الشركة السعودية للكهرباء`).

A knowledge-base name is never dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kg.link.epithets import BODY_HEADS
from kg.link.heads import HEADS
from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.link.place_heads import PLACE_HEADS
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Definite nouns of papers, sites and companies that a nationality alone only describes.
MEDIA_NOUNS = frozenset(match_key(w) for w in ("الصحيفة", "الجريدة", "المجلة", "الموقع", "الشركة"))
#: Class nouns of bodies, places and facilities beyond the institution and place heads.
_MORE_HEADS = frozenset(match_key(w) for w in ("جسر", "موقع", "مستشفى", "ملعب", "سجن", "معسكر"))
#: Endings of an indefinite nisba adjective (singular, feminine, dual and plural; ة folded to ه).
_NISBA_ENDINGS = ("ي", "يه", "يان", "يتان", "يين", "يون", "يات")


def _heads() -> frozenset[str]:
    return HEADS | BODY_HEADS | PLACE_HEADS | _MORE_HEADS


def _bare(word: str, allowed: frozenset[str]) -> str | None:
    """The word's reading in `allowed`, a conjunction or preposition allowed before it (بحزب، ومنظمة)."""
    for prefix, rest in clitic_splits(match_key(word), article=False):
        if (not prefix or len(rest) >= 3) and rest in allowed:
            return rest
    return None


def _adjective(key: str, nisba: bool) -> bool:
    """An indefinite adjective: a nationality, or a -ي/-ية word the NER corpora use as a common word."""
    if key.startswith("ال") or not key.endswith(_NISBA_ENDINGS):
        return False
    common = lexicons().common_words
    return nisba or key in common or ("ال" + key) in common


def description(doc: _Doc, m: Mention, hits: Sequence[GazetteerMatch]) -> str | None:
    """Why the ORG/LOC mention describes a body or place without naming it (the shape), or None."""
    if m.ner_type not in ("ORG", "LOC"):
        return None
    toks = [t for t in doc.toks if m.start <= t.start and t.end <= m.end]
    if len(toks) != 2 or not doc.spaced(toks[0].end, toks[1].start):
        return None
    second = toks[1]
    nisba = any(h.is_nisba and h.start == second.start and h.end == second.end for h in hits)
    if _bare(toks[0].text, _heads()) is not None and _adjective(second.key, nisba):
        return "an indefinite class noun and adjective"
    if nisba and _bare(toks[0].text, MEDIA_NOUNS) is not None and second.key.startswith("ال"):
        return "a definite media or company noun and a nationality"
    return None


def drop_descriptions(doc: _Doc, mentions: list[Mention], hits: Sequence[GazetteerMatch],
                      known: Callable[[str], bool]) -> list[Mention]:
    """The mentions without those that describe a body or place (see the module docstring)."""
    return [m for m in mentions
            if known(m.label) or known(m.text) or description(doc, m, hits) is None]


__all__ = ["MEDIA_NOUNS", "description", "drop_descriptions"]
