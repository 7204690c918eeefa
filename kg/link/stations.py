"""Radio stations named `NAME اف ام` ("NAME FM"): `الجوهرة أف أم`، `شمس اف ام`، `موزاييك اف ام`.

The NER tags the two letters `اف ام` (FM) alone, or nothing, and leaves the station's name out: the name is
mostly a common word (الجوهرة 'the jewel', شمس 'sun', الحرية 'freedom'), so no lexicon holds it. Written
together, `اف ام` / `أف أم` / `إف إم` is the FM band and the word right before it (quotes allowed between)
is the station's name: one ORG mention of both, the pieces inside giving way. A preposition on the name
(للجوهرة، لالجوهرة، بالجوهرة: "to/at the station") stays out of it.

Raw news (both corpora, `zcat … | grep -oE '[^ ]+ "?(اف|أف|إف) ?"?(ام|أم|إم)'`): about 2,600 uses, a dozen
stations (الجوهرة 2,500 with its clitic forms, شمس 11, الديوان 2, موزاييك 2, روتانا 1, بي 4, يو 1 …); no
use where the word before is not the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_chars, clitic_splits, match_key
from kg.link.pattern_spans import absorb, crosses
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

FM = (match_key("اف"), match_key("ام"))
#: Only spaces, quotes or guillemets between the name and the band, and between the band's letters.
_GAP = re.compile(r"[\s\"'«»“”]*")
#: Words that never name a station (the band after a preposition or a classifier names none).
NOT_NAMES = frozenset(match_key(w) for w in ("إذاعة", "راديو", "على", "في", "عبر", "من", "إلى", "موجة", "موجات"))
#: The confidence of a station found by the band.
STATION_CONFIDENCE = 0.8


def _name_start(text: str, key: str) -> tuple[int, str]:
    """(characters to skip, letters to restore) for a preposition on the name: للجوهرة → (1, 'ا')."""
    for prefix, rest in clitic_splits(key, article=False)[1:]:
        if prefix in ("ل", "ب", "و", "لل") and rest.startswith("ال"):
            if prefix == "لل":
                return clitic_chars(text, 1), "ا"
            cut = clitic_chars(text, len(prefix))
            while cut < len(text) and text[cut] == "\u0640":  # لـالجوهرة: the tatweel after the clitic
                cut += 1
            return cut, ""
    return 0, ""


def station_mentions(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each `NAME اف ام` one ORG mention."""
    toks = doc.toks
    out = list(mentions)
    for i in range(1, len(toks) - 1):
        name, f, m = toks[i - 1], toks[i], toks[i + 1]
        if (f.key, m.key) != FM or not _GAP.fullmatch(doc.text, name.end, f.start) \
                or not _GAP.fullmatch(doc.text, f.end, m.start):
            continue
        cut, restored = _name_start(name.text, name.key)
        key = match_key(restored + name.text[cut:])
        if len(key) < 2 or key in NOT_NAMES or not name.text[cut:].isalpha():
            continue
        start = name.start + cut
        if crosses(out, name.start, m.end):
            continue
        label = restored + name.text[cut:] + " " + f.text + " " + m.text
        out = absorb(out, doc, name.start, start, m.end, label, "ORG", STATION_CONFIDENCE)
    return sorted(out, key=lambda x: (x.start, x.end))


__all__ = ["station_mentions"]
