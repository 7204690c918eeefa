"""The gold set's normalisation and clitic-tolerant label match (dev-news-gold README, "Scoring").

Written here on its own, not borrowed from `kg.link.normalize`: the scorer must not share code
with what it scores, or a folding bug in the tool would be invisible to its own measurement.

* `normalize`: tatweel and harakat (U+064B–U+0652, and the dagger alef U+0670) removed;
  أ/إ/آ/ٱ → ا, ى → ي, ة → ه, ک → ك, ی → ي, پ → ب, چ → ج; quotes and punctuation dropped,
  invisible format characters (bidi marks, ZWNJ) dropped; whitespace collapsed. Latin
  letters are case-folded so English labels compare too. Dropping (not spacing) punctuation keeps
  a clitic written before a quote with its word (`لـ«الشرق الأوسط»` → `لالشرق الاوسط`, then the
  prefix is stripped); punctuation between words is spaced anyway (`سعودي - أميركي`).
* `forms`: a normalised label and what is left after stripping up to two attached prefixes
  (و ف ب ل ك; لل → ال) one at a time. The remaining first word keeps at least two letters.
* `labels_match`: two labels match when their `forms` share one — the README's "equals the gold
  form after stripping … on either side" (`والعراق` = `العراق` = `بالعراق`, `للسيسي` = `السيسي`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك", "پ": "ب", "چ": "ج",
})
_DROP = {0x0640, 0x0670, *range(0x064B, 0x0653)}  # tatweel, dagger alef, harakat

#: One-letter proclitics: conjunctions و ف, prepositions ب ل ك.
PREFIXES = frozenset("وفبلك")
_MIN_REST = 2  # letters the first word keeps after a prefix is stripped


def _char(ch: str) -> str:
    if ord(ch) in _DROP:
        return ""
    cat = unicodedata.category(ch)
    if cat[0] == "P":  # punctuation and quotes («»"'،؛.-…): dropped, as the README says
        return ""
    if cat == "Cf":  # bidi controls, ZWNJ/ZWJ, BOM
        return ""
    return ch


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """The README's normalisation of one label (see the module docstring)."""
    folded = "".join(_char(ch) for ch in text.translate(_LETTERS))
    return " ".join(folded.casefold().split())


def _strip_once(text: str) -> set[str]:
    """Every label left by stripping one attached prefix from `text` (already normalised)."""
    out: set[str] = set()
    first = text.split(" ", 1)[0]
    if first.startswith("لل") and len(first) >= 3:  # لل + noun: the ل + ال contraction
        out.add("ال" + text[2:])
    if first[:1] in PREFIXES and len(first) - 1 >= _MIN_REST:
        out.add(text[1:])
    return out


@lru_cache(maxsize=1 << 16)
def forms(label: str) -> frozenset[str]:
    """`label` normalised, plus its readings with one or two attached prefixes stripped."""
    base = normalize(label)
    if not base:
        return frozenset()
    found = {base}
    frontier = {base}
    for _ in range(2):
        frontier = {s for t in frontier for s in _strip_once(t)} - found
        found |= frontier
    return frozenset(found)


def all_forms(labels: Iterable[str]) -> frozenset[str]:
    """The union of `forms` over several labels (an entity's name and all its mentions)."""
    out: set[str] = set()
    for label in labels:
        out |= forms(label)
    return frozenset(out)


def labels_match(a: str, b: str) -> bool:
    """True when `a` and `b` are the same label up to normalisation and ≤ 2 prefixes on either side."""
    return not forms(a).isdisjoint(forms(b))
