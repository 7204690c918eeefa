"""Arabic normalization for the NER input, with an offset map back to the original text.

Training data (NewsFANE is pre-normalized) and the word vectors are normalized with exactly
these rules, so the models see one spelling per word. The stored document text is never
changed: `normalize` returns the normalized string and, for each of its characters, the
index of the character it came from, so spans found in the normalized text map back to
exact slices of the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters dropped entirely: harakat, superscript alef, tatweel, bidi marks, BOM, zero-widths.
_DROP = {chr(c) for c in range(0x064B, 0x0653)} | {
    "\u0670",  # superscript alef
    "\u0640",  # tatweel
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
    "\u061c", "\ufeff", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
}

_MARKS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640"}

# One character for one character.
_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي",
    "ک": "ك", "ی": "ي", "ې": "ي", "ۍ": "ي", "ە": "ه", "ہ": "ه", "ۀ": "ه",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "٫": ",",
})


@dataclass(frozen=True)
class Normalized:
    """A normalized string and where each of its characters came from."""

    text: str
    origin: tuple[int, ...]  # origin[i] = index in the original of text[i]
    original: str

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalized text to the original text.

        Diacritics and tatweel right after the span's last letter belong to that letter,
        so the original span takes them in.
        """
        if start >= len(self.origin):
            return len(self.original), len(self.original)
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1 if end > start else o_start
        while o_end < len(self.original) and self.original[o_end] in _MARKS:
            o_end += 1
        return o_start, o_end


_TABLE = {**_MAP, **{ord(ch): None for ch in _DROP}}
_SPECIAL = re.compile("[" + "".join(sorted(_DROP)) + "]")
_SPECIAL_LINES = re.compile("[\n" + "".join(sorted(_DROP)) + "]")


def normalize_token(token: str) -> str:
    """Normalize a token or any string whose offsets are not needed (training text, keys)."""
    return token.translate(_TABLE)


def normalize(text: str, *, line_paragraphs: bool = False) -> Normalized:
    """Normalize running text and keep the offset map.

    With `line_paragraphs`, every line break becomes a paragraph break (`\n\n`): news
    headlines and datelines end without punctuation, and Stanza's tokenizer would
    otherwise run them into the next sentence.
    """
    # Copy the runs between dropped characters (and line breaks) whole: a per-character loop
    # was a tenth of kg's own time per article. _MAP is one-to-one, so translating after the
    # join keeps every offset.
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in (_SPECIAL_LINES if line_paragraphs else _SPECIAL).finditer(text):
        i = m.start()
        if i > pos:
            out.append(text[pos:i])
            origin.extend(range(pos, i))
        if text[i] == "\n":
            out.append("\n\n")
            origin.extend((i, i))
        pos = i + 1
    if pos < len(text):
        out.append(text[pos:])
        origin.extend(range(pos, len(text)))
    return Normalized("".join(out).translate(_MAP), tuple(origin), text)
