"""A person the knowledge base holds under a Latin-script name only, found by the consonants both spellings share:
`ألكسيس تسيبراس` / *Alexis Tsipras*, `ماتيو رينزي` / *Matteo Renzi*.

Most office holders of the KB (`kg/link/kb`, mined from Wikidata-derived lists) have an English label and no
Arabic one: no source gave it. Arabic news writes a foreign name by its sounds, and the consonants survive the
crossing: the long vowels (ا و ي) and the letters Latin spelling drops or hears as vowels (ع ء ه ح, h w y) go,
the others fold into classes both scripts share (ش = sh/ch/sch, خ = kh, ج غ = j/g, ف = f/v/ph, ب = b/p, ك ق =
k/c/q, ت ط ث = t/th, د ض ذ = d/dh, س ص ز ظ = s/z), a doubled letter (ss, nn) counts once. Letters apart in the
word stay two (حسنين is s-n-n, not Hassan's s-n). A name's *skeleton* is the
tuple of its words' consonant strings: `ألكسيس تسيبراس` and *Alexis Tsipras* are both `(lkss, tsbrs)`.

The link is made only when it cannot be a coincidence of a short name: the mention has two words or more, as
many as the KB person's Latin name, each word's skeleton equals that name's word (two consonants or more, four
in all), and exactly one KB person without an Arabic name has that skeleton (a person with
an Arabic name is found by it, kg.link.resolve). A name written as an Arabic one is not read so (in Arabic
script a word opening on عبد or holding ح; in Latin a word Abdul, bin, al- …): the Latin spellings of Arabic
names drop the
letters that tell them apart (*Abdul Hamid* has the skeleton of `عبدالله معدي`). Misses (a silent letter:
*Laurent* / لوران) are kept misses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from kg.link.normalize import match_key
from kg.nlp.normalize import normalize_token

#: Latin letter groups, longest first, and what they fold to ('' = dropped).
_LATIN_GROUPS = (
    ("sch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "x"), ("gh", "g"), ("th", "t"), ("ph", "f"), ("dh", "d"),
    ("ck", "k"), ("qu", "k"), ("x", "ks"), ("c", "k"), ("q", "k"), ("v", "f"), ("p", "b"), ("j", "g"),
    ("z", "s"), ("w", ""), ("y", ""), ("h", ""),
    ("a", ""), ("e", ""), ("i", ""), ("o", ""), ("u", ""),
)
_LATIN = re.compile("|".join(re.escape(g) for g, _ in _LATIN_GROUPS))
_LATIN_MAP = dict(_LATIN_GROUPS)
#: Arabic letters and what they fold to ('' = dropped); letters not listed are dropped.
_ARABIC_MAP = {
    "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "t", "د": "d", "ض": "d", "ذ": "d", "ر": "r", "س": "s",
    "ص": "s", "ز": "s", "ظ": "s", "ش": "S", "چ": "S", "خ": "x", "ج": "g", "غ": "g", "گ": "g", "ف": "f",
    "ڤ": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
}
#: The shortest skeleton of one word, and of the first and last words together.
MIN_WORD = 2
MIN_NAME = 4


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def latin_skeleton(name: str) -> tuple[str, ...]:
    """The consonant skeleton of a Latin-script name's words (accents and apostrophes dropped)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z]+", plain.replace("'", ""))
    return tuple(_LATIN.sub(lambda m: _LATIN_MAP[m.group()], _collapse(w)) for w in words)


def arabic_skeleton(name: str) -> tuple[str, ...]:
    """The consonant skeleton of an Arabic-script name's words."""
    return tuple("".join(_ARABIC_MAP.get(c, "") for c in _collapse(w)) for w in normalize_token(name).split())


def arabic_origin(name: str) -> bool:
    """The Arabic-script name is written as an Arabic one: a word opens on عبد or holds ح. Latin spellings of
    Arabic names drop the letters that tell them apart (*Abdul Hamid* has the skeleton of `عبدالله معدي`)."""
    return any(w.startswith("عبد") or "ح" in w for w in match_key(name).split())


#: Words of Latin names that mark an Arabic name (Abdul Hamid, Ali bin Fulan, Ahmed al-Fulani).
ARABIC_MARKERS = frozenset({"abd", "abdul", "abdel", "abdal", "abdoul", "abu", "abou", "bin", "ibn", "ben", "al", "el"})


def latin_arabic_origin(name: str) -> bool:
    """The Latin name is an Arabic one by its form (a word Abdul, bin, al- …)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return any(w in ARABIC_MARKERS for w in re.findall(r"[a-z]+", plain))


def _key(words: tuple[str, ...]) -> tuple[str, ...] | None:
    if len(words) < 2 or any(len(w) < MIN_WORD for w in words) or sum(map(len, words)) < MIN_NAME:
        return None
    return words


class LatinNames:
    """KB persons with no Arabic name, by the skeleton of their Latin names (every word)."""

    def __init__(self, persons: Iterable[tuple[str, Iterable[str]]]) -> None:
        """`persons`: (entry id, its Latin-script names) of the KB persons that have no Arabic name."""
        self._index: dict[tuple[str, ...], set[str]] = {}
        for entry_id, names in persons:
            for name in names:
                if latin_arabic_origin(name):
                    continue
                key = _key(latin_skeleton(name))
                if key is not None:
                    self._index.setdefault(key, set()).add(entry_id)

    def find(self, arabic_name: str) -> str | None:
        """The one person whose Latin name has this Arabic name's skeleton, or None."""
        if arabic_origin(arabic_name):
            return None
        key = _key(arabic_skeleton(arabic_name))
        ids = self._index.get(key) if key is not None else None
        return next(iter(ids)) if ids and len(ids) == 1 else None


__all__ = ["LatinNames", "arabic_origin", "arabic_skeleton", "latin_arabic_origin", "latin_skeleton"]
