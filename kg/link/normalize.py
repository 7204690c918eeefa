"""Arabic normalization for MATCHING names against the knowledge base.

`match_key` folds the spellings that news writes interchangeably (أ/إ/آ/ا, ى/ي, ة/ه,
Persian letters, diacritics, tatweel) so a name is found however it is spelled. It is
only ever used to build lookup keys: stored text and offsets are never changed (the
gazetteer maps spans back with `kg.nlp.normalize.normalize`).

Every rule beyond `normalize_token` maps one character to one character, so running
text folded with `fold_chars` keeps its length and its offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from kg.nlp.normalize import normalize_token

# One character for one character, on top of `normalize_token` (which already folds the
# alef forms, ى→ي, Persian ک/ی, quotes, and drops diacritics and tatweel).
_EXTRA = str.maketrans({
    "ة": "ه",  # taa marbuta: المتحدة / المتحده
    "پ": "ب",
    "چ": "ج",
    "گ": "ك",
    "ژ": "ز",
    "ڤ": "ف",
})

_SPACE = re.compile(r"\s+")

#: Proclitics that attach to a name, as written before it: conjunction (و/ف), then
#: preposition (ب/ل/ك). The article ال and the contraction ل + ال → لل are handled apart.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


def fold_chars(text: str) -> str:
    """Apply the one-to-one letter folds of `match_key` (no dropping, length kept)."""
    return text.translate(_EXTRA)


def _is_edge_junk(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "PSZC" or ch.isspace()


@lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """The spelling-insensitive key of a name, for matching only.

    Builds on `normalize_token`; adds ة→ه and the Persian letters پ چ گ ژ ڤ, collapses
    whitespace and strips punctuation at both ends ("«موسكو»،" → "موسكو"). Cached: linking
    and extraction ask for the same few thousand words' keys over and over.
    """
    key = fold_chars(normalize_token(text))
    key = _SPACE.sub(" ", key)
    start, end = 0, len(key)
    while start < end and _is_edge_junk(key[start]):
        start += 1
    while end > start and _is_edge_junk(key[end - 1]):
        end -= 1
    return key[start:end]


@lru_cache(maxsize=1 << 16)
def clitic_splits(token: str, *, article: bool = True) -> tuple[tuple[str, str], ...]:
    """The `(prefix, rest)` readings of a token, fewest stripped letters first.

    `rest` is what the name would be: for the contraction لل (ل + ال) it gets its ال back
    (للصين → ال + صين). With `article`, a bare ال is also stripped (الإيراني → إيراني).
    The unstripped reading `("", token)` comes first. Cached: every token of every article asks.
    """
    seen: set[tuple[str, str]] = set()
    readings: list[tuple[str, str]] = []
    for conj in _CONJ:
        for prep in _PREP:
            prefix = conj + prep
            if prefix and token.startswith(prefix) and len(token) > len(prefix):
                readings.append((prefix, token[len(prefix):]))
            if article:
                # ال after the clitics: وال، بال، فال، كال، فبال …
                if token.startswith(prefix + "ال") and len(token) > len(prefix) + 2:
                    readings.append((prefix + "ال", token[len(prefix) + 2:]))
        # ل + ال is written لل; the name keeps its article.
        if token.startswith(conj + "لل") and len(token) > len(conj) + 2:
            readings.append((conj + "لل", "ال" + token[len(conj) + 2:]))
    readings.sort(key=lambda r: len(r[0]))
    out = [("", token)]
    for reading in readings:
        if reading not in seen:
            seen.add(reading)
            out.append(reading)
    return tuple(out)


def clitic_chars(text: str, letters: int) -> int:
    """How many characters of `text` its first `letters` letters take (diacritics skipped): where a
    name starts in a word written with clitics (`clitic_splits` gives the prefix, the caller how many
    of its letters to cut: all, or one less for ل + ال written لل, whose article comes back)."""
    cut = seen = 0
    while cut < len(text) and seen < letters:
        seen += text[cut].isalpha()
        cut += 1
    while cut < len(text) and letters and unicodedata.category(text[cut]) == "Mn":
        cut += 1  # the last clitic letter's own vowel mark (وَبِمصر): not the name's
    return cut


def name_offset(text: str, prefix: str) -> int:
    """How many characters of `text` a `clitic_splits` prefix takes before the name (diacritics
    skipped). For ل + ال written لل the second ل is the name's article and stays with the name."""
    return clitic_chars(text, len(prefix) - prefix.endswith("لل"))


def restored_article(prefix: str) -> str:
    """What a name written behind `prefix` lacks of its article: the ا of ال after لل
    (للصين → الصين), else nothing. The one place that knows this, for every span builder."""
    return "ا" if prefix.endswith("لل") else ""


def strip_clitics(text: str, known: Callable[[str], bool]) -> str | None:
    """Remove leading و ف ب ل ك ال لل (and their combinations) only if what is left is known.

    Returns the known remainder as written (for لل, with its ال restored), `text` itself
    if it is already known, or None. Stripping blindly would break names that begin with
    these letters (لبنان، بكين، فرنسا), so a reading is accepted only when `known`
    (called with the remainder's `match_key`) says the remainder is a name.
    """
    text = text.strip()
    if not text:
        return None
    head, sep, tail = text.partition(" ")
    for _prefix, rest in clitic_splits(head):
        candidate = rest + sep + tail
        if len(match_key(rest)) >= 2 and known(match_key(candidate)):
            return candidate
    return None
