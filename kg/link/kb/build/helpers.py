"""Small text helpers of the KB build: name folding, Arabic checks, spelling variants.

Also the first-letter transliteration check that catches machine-translated city names.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from kg.link.kb.build.decisions import SPELLING_VARIANTS
from kg.link.normalize import match_key

_HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")
_PAREN = re.compile(r"\([^)]*\)")
_SPACES = re.compile(r"\s+")
_AR_ALLOWED = re.compile(r"^[\u0621-\u063a\u0641-\u064a \-]+$")
_PERSIAN_MARKERS = re.compile("[پچژگکیۀەۆێڕڵۇۋېٹڈڑںےھ]")


def _fold(text: str) -> str:
    """ASCII-folded lower-case Latin name, to compare English names across sources."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _SPACES.sub(" ", text).strip()


def _place_key(name: str) -> str:
    """English place name for joins across tables: "Port-Vila" = "Port Vila",
    "Bogotá D.C." = "Bogota", "Panama City" = "Panamá"."""
    key = re.sub(r"[\-.'`,]+", " ", _fold(name))
    key = _SPACES.sub(" ", key).strip()
    key = re.sub(r"^st ", "saint ", key)
    return re.sub(r"( city| d c)$", "", key)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-") or "x"


def clean_ar(text: str) -> str:
    """Tidy an Arabic name from a source: no harakat, no parentheses or `*`, single spaces."""
    text = unicodedata.normalize("NFC", str(text))
    text = _HARAKAT.sub("", _PAREN.sub(" ", text)).replace("*", " ")
    text = _SPACES.sub(" ", text).strip(" -،,.")
    return text


def _is_arabic_name(text: str) -> bool:
    return bool(text) and bool(_AR_ALLOWED.match(text))


def untagged_arabic(text: str) -> str | None:
    """Accept a name from a source that mixes Arabic, Persian, Urdu, Kurdish, Uyghur.

    rigour and countrynames do not tag languages, and Persian forms written with Arabic
    letters (روس، آلمان، فرانسه، لهستان) would be wrong aliases. Kept: names in Arabic
    letters only, with no ى inside a word or ئ at its start (Uyghur), that either show an
    Arabic-only spelling (ة, أ/إ/ؤ, the article ال) or have the shape of an Arabic
    country name (‑ا/‑يا ending, not Persian ‑ستان/‑ستون, no ئ/ؤ/آ: بريطانيا، كرواتيا).
    """
    name = clean_ar(text)
    if not _is_arabic_name(name) or _PERSIAN_MARKERS.search(name):
        return None
    for word in name.split():
        if "ى" in word[:-1] or word.startswith("ئ"):
            return None
    if re.search("[ةأإؤ]", name) or any(w.startswith("ال") for w in name.split()):
        return name
    if (
        len(name.replace(" ", "")) >= 4
        and name.endswith("ا")
        and not name.endswith(("ستان", "ستون"))
        and not re.search("[ئؤآ]", name)
    ):
        return name
    return None


def spelling_variants(text: str) -> list[str]:
    """Other spellings of `text` by SPELLING_VARIANTS (أمريكا → أميركا)."""
    out = []
    for old, new in SPELLING_VARIANTS:
        if old in text:
            out.append(text.replace(old, new))
    return out


def _enwiki_title(url: object) -> str | None:
    """The article title of an English Wikipedia URL (as the source wrote it), or None."""
    prefix = "https://en.wikipedia.org/wiki/"
    if not isinstance(url, str) or not url.startswith(prefix) or len(url) == len(prefix):
        return None
    return unquote(url[len(prefix):]).replace("_", " ")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except ValueError:
        return None


# First-letter transliteration check for machine-translated city names (ذكر for Male,
# إطار for Tyre, ميناء إسبانيا for Port of Spain): the Arabic name must start with a letter
# that can spell the first sound of the English name.
_VOWELS = "اعيوئؤءه"
_DIGRAPHS = (
    ("kh", "خك"), ("gh", "غجق"), ("sh", "شس"), ("ch", "تشكخسج"), ("th", "ثتذطس"),
    ("dh", "ذظضد"), ("zh", "جزتش"), ("ph", "ف"), ("dj", "ج"), ("tch", "تش"),
)
_LETTERS = {
    "a": _VOWELS, "e": _VOWELS, "i": _VOWELS, "o": _VOWELS, "u": _VOWELS, "y": "يجا" + _VOWELS,
    "b": "ب", "p": "ب", "c": "كقسشتج", "d": "دضذ", "f": "ف", "g": "جغقك", "h": "هحخ",
    "j": "جيخه", "k": "كقخ", "l": "ل", "m": "م", "n": "ن", "q": "قك", "r": "ر", "s": "سصزشث",
    "t": "تطث", "v": "فبو", "w": "وف", "x": "اكشزسه", "z": "زظذسضج",
}
_EN_ARTICLE = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath|ed|er|es|ez|en|the|la|le|les|los|las)[\s\-']+"
)


def first_letter_ok(english: str, arabic: str) -> bool:
    """Could `arabic` be a spelling of `english`, judging by the first sound? (heuristic)

    Articles are tried both ways on each side (El Damer / إد دامر, Almaty / ألماتي), and an
    English name that fused the article keeps working (Laghouat / الأغواط).
    """
    folded = re.sub(r"^[^a-z0-9]+", "", _fold(english))
    ens = {folded, re.sub(r"^[^a-z0-9]+", "", _EN_ARTICLE.sub("", folded))}
    key = match_key(arabic)
    if key.startswith("مدينه "):
        key = key[len("مدينه "):]
    keys = {key}
    if key.startswith("ال") and len(key) > 3:
        keys.add(key[2:])
        if folded.startswith("l"):
            ens.add(folded[1:])
    for en in ens:
        for ar in keys:
            if not en or not ar or en[0].isdigit():
                return True
            if any(en.startswith(dg) and ar[0] in letters for dg, letters in _DIGRAPHS):
                return True
            if ar[0] in _LETTERS.get(en[0], ""):
                return True
    return False
