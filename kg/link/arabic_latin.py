"""Whether an Arabic name as news writes it and an English spelling of that Arabic name are one name:
`عزام بن محمد الدخيل` / *Azzam al-Dakhil*, `مجدي عبد الغفار` / *Magdy Abdel Ghaffar*.

Sources of office holders (Wikidata, Wikipedia lists) give many Arab ministers an English name only. The
English spelling of an Arabic name follows its letters, with choices: vowels come and go (the Arabic writes
the long ones only), خ ش ث ذ غ are kh sh th dh gh, ق is q, g or k, ج is j or g (Egyptian), ع is an
apostrophe or nothing, a doubled consonant is the shadda Arabic does not write, the article al-/el- (and
its assimilated as-, ash-, ad- …) is written or not. `kg.link.latin_names` folds foreign names into coarse
classes and leaves Arabic names out, because coarse classes make them collide (*Abdul Hamid* ~ `عبدالله
معدي`); here each Latin letter group may stand only for the Arabic letters it spells (h for ح ه خ, never
dropped), a long vowel (ا و ي) must be spelled by a vowel that fits (Haddad is not Hadid), and the two
spellings are aligned letter by letter (`_aligns`), so ح ه ع ق keep names apart.

A match needs the given name (the first word; عبد/أبو with the next word is one) and the family name (the
last word, its article optional; or the father's name after بن when the English one goes on to the
family's: `فيصل بن فرحان` / *Faisal bin Farhan Al Saud*) to align, with at least two consonants in the
family name and five in both (ع counts, long vowels do not): a bare family name or a short pair (علي
عيسى) is no evidence. A Latin name that is
itself in Arabic script (a Wikidata label) is compared word by word on match keys.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.link.normalize import match_key

#: Latin letter groups → the Arabic letters they may spell (match-key forms: ة is ه, أ إ آ are ا).
_GROUPS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "kh": "خ", "sh": "ش", "ch": "ش", "th": "ثتذ", "dh": "ذضدظ", "gh": "غق", "ph": "ف", "ck": "كق",
    "b": "ب", "p": "ب", "t": "تط", "d": "دض", "z": "زذظض", "s": "سصثز", "j": "ج", "g": "جقغك",
    "k": "كقخ", "q": "ق", "c": "كقس", "h": "حهخ", "f": "ف", "v": "ف", "l": "ل", "m": "م", "n": "ن",
    "r": "ر", "x": "خ",
}.items()}
_VOWELS = frozenset("aeiouyw")
#: Latin words that join the next word into one name (Abdel Ghaffar, Abu Bakr) or link names.
_LATIN_JOIN = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdu", "abu", "abou", "abo"})
_LATIN_LINKS = frozenset({"bin", "ibn", "ben", "bint", "binte", "binti", "al", "el", "ul"})
_LATIN_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an|ath|adh|ath)-")
_ARABIC_JOIN = frozenset({"عبد", "ابو", "ابي"})
_ARABIC_LINKS = frozenset({"بن", "ابن", "بنت", "ال", "ابنه"})
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
#: Honorifics news writes before a name, and their Latin counterparts in a source's name: not names.
_ARABIC_HONORIFICS = frozenset(match_key(w) for w in (
    "الشيخ", "شيخ", "الشيخة", "الدكتور", "الدكتورة", "د", "المهندس", "م", "الأمير", "الأميرة", "السيد", "السيدة",
    "الأستاذ", "الأستاذة", "اللواء", "العميد", "الفريق", "المستشار", "معالي", "سمو", "الحاج", "القاضي"))
_LATIN_HONORIFICS = frozenset({"sheikh", "shaikh", "sheikha", "shaykh", "prince", "princess", "dr", "sir", "general",
                               "emir", "king", "hajj", "haj", "mr", "mrs"})
#: The fewest consonants a family name, and given and family name together, must have to count.
MIN_FAMILY = 2
MIN_NAME = 5


@dataclass(frozen=True)
class NameParts:
    """A name's given name, family name and the father's name after بن / bin (None if not written)."""

    given: str
    family: str
    father: str | None
    words: int


@lru_cache(maxsize=65536)
def _arabic_parts(name: str) -> NameParts | None:
    words = [w for w in match_key(name).split() if _ARABIC_LETTER.search(w)]
    while words and words[0] in _ARABIC_HONORIFICS:
        words = words[1:]
    joined: list[str] = []
    father: str | None = None
    i = 0
    while i < len(words):
        w = words[i]
        if w in _ARABIC_JOIN and i + 1 < len(words):
            w, i = w + words[i + 1], i + 1
        if w in _ARABIC_LINKS or w == "ال":
            if w in ("بن", "ابن") and i + 1 < len(words) and father is None:
                nxt = words[i + 1]
                father = nxt + words[i + 2] if nxt in _ARABIC_JOIN and i + 2 < len(words) else nxt
            i += 1
            continue
        joined.append(w)
        i += 1
    if len(joined) < 2:
        return None
    return NameParts(joined[0], joined[-1], father, len(joined))


@lru_cache(maxsize=65536)
def _latin_parts(name: str) -> NameParts | None:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"\([^)]*\)", " ", plain.replace("'", "").replace("`", ""))
    raw = [w for w in re.split(r"[\s,.]+", plain) if w]
    while raw and raw[0] in _LATIN_HONORIFICS:
        raw = raw[1:]
    words: list[str] = []
    father: str | None = None
    i = 0
    while i < len(raw):
        w = _LATIN_ARTICLE.sub("", raw[i]).replace("-", "")
        if w in _LATIN_JOIN and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt in ("al", "el", "ar", "as", "ad", "an", "at", "ash") and i + 2 < len(raw):
                nxt, i = nxt + raw[i + 2], i + 1
            w, i = w + nxt.replace("-", ""), i + 1
        if w in ("bin", "ibn", "ben") and i + 1 < len(raw) and father is None:
            nxt = _LATIN_ARTICLE.sub("", raw[i + 1]).replace("-", "")
            if nxt in _LATIN_JOIN and i + 2 < len(raw):
                nxt += raw[i + 2].replace("-", "")
            father = nxt
        if w in _LATIN_LINKS or not re.fullmatch(r"[a-z]{2,}", w):
            i += 1
            continue
        words.append(w)
        i += 1
    if len(words) < 2:
        return None
    return NameParts(words[0], words[-1], father, len(words))


def _arabic_units(word: str) -> tuple[tuple[str, bool], ...]:
    """The word's letters to align, each with whether it may go unspelled: ع; a final ه or ة; the ل of an
    article inside a word, which the Latin assimilates (عبدالرحمن / Abdurrahman); an alef that opens the word
    or its article (a hamza seat: إبراهيم / Ibrahim, أسامة / Osama). Hamzas on و ي are dropped."""
    out: list[tuple[str, bool]] = []
    for i, c in enumerate(word):
        if c in "ءئؤ" or not _ARABIC_LETTER.match(c):
            continue
        article = i == 0 or word[:i] in _ARABIC_JOIN  # an alef that opens the word or its article
        article_l = c == "ل" and i + 1 < len(word) and word[i - 1:i] == "ا" and (i == 1 or word[:i - 1] in _ARABIC_JOIN)
        optional = c == "ع" or (c == "ه" and i == len(word) - 1) or (c == "ا" and article) or article_l
        out.append((c, optional))
    return tuple(out)


#: The Latin letters a long vowel or glide may be spelled with (a final ى, which match keys write ي, is often
#: a: مصطفى / Mostafa). The Latin's other vowels are short ones the Arabic does not write.
_LONG = {"ا": frozenset("ae"), "و": frozenset("ouw"), "ي": frozenset("iey")}


@lru_cache(maxsize=65536)
def _aligns(arabic: str, latin: str) -> bool:
    """Whether the Latin word spells the Arabic word's letters, in order: a consonant by a letter group that
    may stand for it, a long vowel by a vowel letter (`_LONG`); the Latin's short vowels and the second of a
    doubled consonant spell nothing."""
    units = _arabic_units(arabic)
    n, m = len(units), len(latin)

    @cache
    def go(i: int, j: int) -> bool:
        if j == m:
            return all(opt for _, opt in units[i:])
        if i < n and units[i][1] and go(i + 1, j):
            return True
        c = latin[j]
        # a short vowel (not the word's first letter: "Ahmed" is not حمد); a doubled consonant
        if (c in _VOWELS and (j > 0 or c in "yw")) or (j > 0 and latin[j - 1] == c):
            if go(i, j + 1):
                return True
        if c == "h" and j == m - 1 and j > 0 and latin[j - 1] in _VOWELS and go(i, j + 1):
            return True  # "Abdallah" / "Fatimah": a final h after a vowel may spell nothing
        if i == n:
            return False
        letter, optional = units[i]
        if letter == "ع":  # ع may carry the vowel the Latin writes (Omar / عمر, Adel / عادل)
            return c in "aeiou" and go(i + 1, j + 1)
        if letter in _LONG:
            vowels = _LONG[letter] | (frozenset("a") if letter == "ي" and i == n - 1 else frozenset())
            if letter == "ا" and optional:  # a hamza seat: any vowel (Ibrahim / إبراهيم, Osama / أسامة)
                vowels = frozenset("aeiou")
            return c in vowels and go(i + 1, j + 1)
        for size in (2, 1):
            group = latin[j:j + size]
            if len(group) == size and letter in _GROUPS.get(group, ()) and go(i + 1, j + size):
                return True
        return False

    return go(0, 0)


def _consonants(word: str) -> int:
    """The consonants that make the Arabic word specific: its letters to align, less the optional ones but ع
    (a letter of its own in Arabic, though the Latin may not show it)."""
    return sum(1 for c, opt in _arabic_units(word) if (not opt or c == "ع") and c not in _LONG)


def _same(arabic: str, latin: str, latin_is_arabic: bool) -> bool:
    """One word of the name, in both spellings. The Arabic article goes with the Latin's (al-, el- or an Al
    joined to the name: Alawwad), or alone (the Latin name drops it: Al-Rabiah / Rabiah)."""
    if latin_is_arabic:
        return arabic == latin
    if arabic.startswith("ال") and len(arabic) > 4:
        bare = arabic[2:]
        return _aligns(bare, latin) or (latin[:2] in ("al", "el") and _aligns(bare, latin[2:]))
    return _aligns(arabic, latin)


def names_match(arabic: str, latin: str) -> bool:
    """The Arabic-script name and the Latin-script one (or a Wikidata label in Arabic script) are one
    person's name by their given and family names (see the module's docstring)."""
    a = _arabic_parts(arabic)
    latin_is_arabic = bool(_ARABIC_LETTER.search(latin))
    e = _arabic_parts(latin) if latin_is_arabic else _latin_parts(latin)
    if a is None or e is None:
        return False
    if _consonants(a.family) < MIN_FAMILY or _consonants(a.given) + _consonants(a.family) < MIN_NAME:
        return False
    if not _same(a.given, e.given, latin_is_arabic):
        return False
    if _same(a.family, e.family, latin_is_arabic):
        return True
    # "فيصل بن فرحان" / "Faisal bin Farhan Al Saud": the Arabic ends on the father's name the Latin gives
    return (a.father is not None and a.father == arabic_last(arabic) and e.father is not None
            and _same(a.family, e.father, latin_is_arabic))


def arabic_last(name: str) -> str | None:
    """The last word of the Arabic name as a match key, with عبد/أبو joined (None for an empty name)."""
    words = [w for w in match_key(name).split() if _ARABIC_LETTER.search(w)]
    if not words:
        return None
    if len(words) > 1 and words[-2] in _ARABIC_JOIN:
        return words[-2] + words[-1]
    return words[-1]


__all__ = ["MIN_FAMILY", "MIN_NAME", "NameParts", "names_match"]
