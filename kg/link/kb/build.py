"""Build the shipped KB from the raw files in `kb-sources/` (plus CLDR city names).

    python -m kg.link.kb.build /work/shared/data/kb-sources kg/link/kb/data/kb.jsonl.gz

Only facts are taken from the sources, and each one is recorded with its file, row, field
and licence. Nothing is guessed: where sources disagree the decision is an explicit,
documented table entry below (the build fails on any disagreement it has no entry for),
and values that fail a consistency check are dropped, not repaired from memory.
Rule-made forms (nisba inflections, spelling variants) are listed with their base form
and rule. The output is byte-for-byte deterministic for the same inputs.

Why each rule exists is explained where it is defined; `data/README.md` summarises them.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from kg.link.kb.model import FORMAT, KB_FILE, ROLES, Derived, KBEntry, Post, SourceRef, write_kb
from kg.link.normalize import match_key

# --------------------------------------------------------------------------------------
# Sources and licences

DR5HN = "dr5hn-countries-states-cities"
RIGOUR = "opensanctions-rigour"
CODES = "datasets-country-codes"
MLEDOZE = "mledoze-countries"
UMPIRSKY = "umpirsky-country-list"
COUNTRYNAMES = "opensanctions-countrynames"
NATIONALITY = "sourcecode911-i18n-nationality"
CLDR = "cldr"

LICENCES = {
    DR5HN: "ODbL-1.0",
    RIGOUR: "MIT",
    CODES: "ODC-PDDL-1.0",
    MLEDOZE: "ODbL-1.0",
    UMPIRSKY: "MIT (names from Unicode CLDR, Unicode License)",
    COUNTRYNAMES: "MIT",
    NATIONALITY: "MIT",
    CLDR: "Unicode-3.0",
}

#: Input files whose sha256 is recorded in the KB header (provenance of a build).
INPUT_FILES = (
    f"{DR5HN}/countries.json",
    f"{DR5HN}/states.csv",
    f"{DR5HN}/cities_extract.tsv",
    f"{CODES}/country-codes.csv",
    f"{MLEDOZE}/countries.json",
    f"{UMPIRSKY}/ar.country.json",
    f"{UMPIRSKY}/en.country.json",
    f"{COUNTRYNAMES}/data.yaml",
    f"{NATIONALITY}/ar.json",
)

ATTRIBUTION = (
    "Contains information from countries-states-cities-database (dr5hn) and mledoze/countries, "
    "made available under the Open Database License (ODbL) v1.0; this KB is a derivative "
    "database offered under the ODbL v1.0. Also uses opensanctions/rigour, "
    "opensanctions/countrynames, umpirsky/country-list, sourcecode911/i18n-nationality (MIT), "
    "datasets/country-codes (PDDL) and Unicode CLDR (Unicode License v3)."
)


class BuildError(RuntimeError):
    """The sources contain something the build has no documented rule for."""


# --------------------------------------------------------------------------------------
# Decisions (documented in data/README.md)

#: Country QIDs where the three QID sources (dr5hn, rigour, country-codes) disagree.
#: Principle: the item the common name denotes (the country or territory itself), as
#: the kb-sources cross-check (README §9) recommends; the other QIDs are kept in
#: `other_qids` because they are a different scope, never sameAs.
QID_DECISIONS: dict[str, tuple[str, str]] = {
    "DK": ("Q35", "Denmark proper (dr5hn, country-codes); rigour's Q756617 is the Kingdom of Denmark"),
    "NL": ("Q55", "the Netherlands, the country هولندا names (dr5hn; kb-sources cross-check: "
                  "'Netherlands proper = Q55'); rigour and country-codes give the Kingdom Q29999"),
    "PS": ("Q219060", "State of Palestine (rigour, country-codes; kb-sources README: prefer for "
                      "فلسطين in news); dr5hn gives the Palestinian territories Q407199"),
    "EH": ("Q6250", "Western Sahara, the territory (dr5hn; kb-sources README: keep for the place); "
                    "rigour and country-codes give the SADR Q40362"),
    "RE": ("Q17070", "Réunion (rigour, country-codes); dr5hn's Q293585 is flagged by the kb-sources README"),
    "PN": ("Q35672", "Pitcairn Islands, the territory (rigour, country-codes); dr5hn gives one island"),
    "SH": ("Q192184", "Saint Helena, Ascension and Tristan da Cunha, the ISO entity (rigour, "
                      "country-codes); dr5hn gives the island Q34497"),
    "GS": ("Q35086", "rigour and country-codes agree; dr5hn's Q1137202 disagrees with both"),
    "SJ": ("Q842829", "Svalbard and Jan Mayen, the ISO entity (dr5hn, country-codes); rigour gives "
                      "Svalbard alone Q25231"),
}

#: City-state QIDs of states.csv that the kb-sources README cross-checked (§1): they count
#: as confirmed even without a rigour file.
README_CHECKED_CITY_QIDS = {
    "RU-MOW": "Q649", "UA-30": "Q1899", "BY-HM": "Q2280", "CN-BJ": "Q956", "DE-BE": "Q64", "FR-75C": "Q90",
}

#: The README's known-wrong capital QIDs on cities_extract rows, and the QID the build
#: must end up with (via the states.csv city-state row). Checked after the build.
KNOWN_CAPITAL_FIXES = {
    ("UA", "Kyiv"): ("Q517568", "Q1899"),
    ("BY", "Minsk"): ("Q21579751", "Q2280"),
    ("AZ", "Baku"): ("Q10860191", "Q9248"),
    ("GE", "Tbilisi"): ("Q2474275", "Q994"),
}

#: Countries whose cities are absent from cities_extract.tsv (kb-sources README §1).
MISSING_CITY_COUNTRIES = frozenset("AU BR DE ES FR IN IT MX PH RO RU US".split())

#: Arab League members plus Iran, Turkey and Israel: the region Arabic news covers most,
#: where provincial seats (adm1) are taken from 100k inhabitants instead of 1M.
NEWS_REGION = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR TR IL".split()
)

#: cities_extract row types that are settlements (GeoNames PPL*); districts, counties,
#: prefectures … are not cities.
CITY_TYPES = {"capital": 0, "adm1": 1, "city": 2, "section": 3, "adm2": 4, "gov_seat": 5, "locality": 6}

#: states.csv types that denote a city rather than a province.
CITY_STATE_TYPES = frozenset({
    "city", "autonomous city", "capital city", "municipality", "special city", "capital district",
    "federal district", "metropolitan collectivity with special status", "land",
})

#: English names that are administrative units, not cities.
_ADMIN_WORDS = re.compile(
    r"\b(zone|division|district|department|province|provincia|distrito|region|county|municipality|"
    r"prefecture|borough|caza|rayon|governorate|oblast|markaz|merkez|city of|arrondissement|"
    r"departamento|municipio|kota|mu'tamadiyat|gardens)\b",
    re.IGNORECASE,
)

#: Arabic city names (dr5hn `name_ar`) that pass the automatic checks but were found on
#: review to be machine translations or common words; matching them would flood the
#: gazetteer with false hits. Keyed by (country, English name).
CITY_NAME_REJECT: dict[tuple[str, str], str] = {
    ("OM", "Şalālah"): "صلاة is 'prayer' (Salalah is صلالة)",
    ("TR", "Salihli"): "صالحي is a personal name",
    ("YE", "Salh"): "صالح is a common personal name (district)",
    ("CN", "Mile"): "ميل is 'mile'",
    ("GB", "Surrey"): "سري is 'secret'",
    ("ID", "Medan"): "ميدان is 'square/field'",
    ("IQ", "Sīnah"): "سيناء is Sinai (wrong name)",
    ("IR", "Qods"): "homonym of Jerusalem (القدس); news means Jerusalem",
    ("MA", "El Jadid"): "الجديد is 'the new'",
    ("LY", "Al Jadīd"): "الجديد is 'the new'",
    ("SD", "Singa"): "سنغافورة is Singapore (wrong name)",
    ("SA", "Al Adl"): "العدل is 'justice'",
    ("YE", "Al Mina"): "الميناء is 'the port'",
    ("YE", "Al Qahirah"): "a district of Taiz named like Cairo",
    ("DZ", "El Oued"): "الواد is 'the valley'",
    ("IR", "Bam"): "too short and ambiguous in Arabic text",
    ("EG", "Bilqās"): "بلقيس is a personal name (Bilqis)",
    ("JO", "As Salţ"): "machine translation (كما سالت)",
    ("LY", "Zawiya"): "زاوية is 'angle/corner' (the city is الزاوية)",
    ("LY", "Al Bayḑā’"): "البيضاء is the adjective 'white' (الدار البيضاء، روسيا البيضاء)",
    ("LY", "Al Khums"): "الخمس is 'the five'",
    ("YE", "Ibb"): "إب is spelt like آب 'August' once alef forms are folded",
    ("YE", "Al Hali"): "الحلي is 'jewellery' (a district of Hodeidah)",
    ("YE", "Al Mudhaffar"): "المظفر is a personal name (a district of Taiz)",
    ("TL", "Dili"): "ديلي is mostly 'Daily' in news (ديلي ميل، ديلي تلغراف)",
    ("SC", "Victoria"): "فيكتوريا is mostly a personal or other place name",
    ("BM", "Hamilton"): "هاميلتون is mostly a personal name",
    ("VE", "Valencia"): "news means Valencia in Spain, whose cities are missing from the source",
    ("AR", "Córdoba"): "قرطبة is Córdoba in Spain, whose cities are missing from the source",
    ("GB", "Kent"): "a county, not a city",
    ("GB", "Essex"): "a county, not a city",
    ("GB", "Hampshire"): "a county, not a city",
    ("EG", "10th of Ramadan"): "العاشر من رمضان is mostly a date (the 10th of Ramadan)",
    ("VN", "Huế"): "هوي is spelt like the verb هوى 'fell' once ى is folded",
    ("JP", "Kobe"): "كوبي is also the nisba of Cuba",
    ("NG", "Aba"): "أبا is 'father' (أبا بكر)",
    ("DZ", "Médéa"): "ميديا is 'media' in news",
    ("IR", "Sari"): "ساري is 'in force' (ساري المفعول)",
    ("SD", "Geneina"): "جنينة is 'small garden'; the city is written الجنينة",
    ("SD", "El Obeid"): "العبيد is 'the slaves'; the city is written الأبيض",
    ("DZ", "Constantine"): "قسطنطين is the personal name; the city is قسنطينة",
    ("DZ", "Béchar"): "بشار is the personal name Bashar (بشار الأسد)",
    ("IR", "Arak"): "أراك is also 'I see you', and باراك (Barack) reads as ب + أراك",
    ("GL", "Nuuk"): "بنوك 'banks' reads as ب + نوك",
    ("KI", "Kanton"): "كانتون is 'canton' (Swiss cantons) or Canton (Guangzhou) in news",
}

#: Arabic city names that fail the first-letter transliteration check only because they
#: are established Arabic exonyms; reviewed and kept. Keyed by (country, English name).
CITY_NAME_ALLOW: dict[tuple[str, str], str] = {
    ("DZ", "Algiers"): "الجزائر, Arabic name",
    ("SY", "Aleppo"): "حلب, Arabic name",
    ("IL", "Jerusalem"): "القدس, Arabic name",
    ("IL", "West Jerusalem"): "القدس الغربية, Arabic name",
    ("PS", "East Jerusalem"): "القدس الشرقية, Arabic name",
    ("PS", "Hebron"): "الخليل, Arabic name",
    ("PS", "Jericho"): "أريحا, Arabic name",
    ("IL", "Jaffa"): "يافا, Arabic name",
    ("IL", "Beersheba"): "بئر السبع, Arabic name",
    ("IL", "Hadera"): "الخضيرة, Arabic name",
    ("IL", "Ashkelon"): "عسقلان, Arabic name",
    ("MA", "Casablanca"): "الدار البيضاء, Arabic name",
    ("EG", "Luxor"): "الأقصر, Arabic name",
    ("EG", "Heliopolis"): "مصر الجديدة, Arabic name",
    ("EG", "Hurghada"): "الغردقة, Arabic name",
    ("EG", "Rosetta"): "روزيتا, transliteration",
    ("DZ", "Relizane"): "غليزان, Arabic name",
    ("TN", "Bizerte"): "بنزرت, Arabic name",
    ("TN", "Gafsa"): "قفصة, Arabic name",
    ("TN", "Gabès"): "قابس, Arabic name",
    ("TN", "Kairouan"): "القيروان, Arabic name",
    ("SA", "Mecca"): "مكة المكرمة, Arabic name",
    ("IQ", "Arbil"): "أربيل, Arabic name",
    ("LY", "Mişrātah"): "مصراتة, Arabic name",
    ("ZA", "Cape Town"): "كيب تاون, transliteration",
}

#: Names that are real, important, and also common Arabic words: kept, but flagged so a
#: consumer can ask for more evidence (NER agreement) before linking. Keyed by entry id.
HOMOGRAPHS: dict[str, dict[str, str]] = {
    "country:ML": {"مالي": "'financial' (دعم مالي)"},
    "country:BJ": {"بنين": "'sons' (بنين وبنات)"},
    "city:IR:mashhad": {"مشهد": "'scene'"},
    "city:KR:seoul": {"سيول": "'torrents' (سيول جارفة)"},
    "city:JO:zarqa": {"الزرقاء": "'the blue' (fem.)"},
    "city:SY:ar-raqqah": {"الرقة": "'tenderness'"},
    "city:SY:homs": {"حمص": "'chickpeas' (حمّص)"},
    "city:SY:hamah": {"حماة": "'protectors' (حُماة)"},
    "city:LY:sirte": {"سرت": "'spread' (verb)"},
    "city:IQ:ad-diwaniyah": {"الديوانية": "'customs' (adj., Maghreb usage)"},
    "city:IQ:ramadi": {"الرمادي": "'the grey'"},
    "city:IQ:al-amarah": {"العماره": "'the building' (العمارة) once ة is folded"},
    "city:EG:al-mansurah": {"المنصورة": "'the victorious' (fem.), also a name"},
    "city:SA:jeddah": {"جدة": "'grandmother' (جدّة)"},
    "city:IR:ilam": {"إيلام": "'hurting' (إيلام)"},
    "city:IR:qom": {"قم": "'stand up' (imperative)"},
    "city:YE:aden": {"عدن": "Eden (جنات عدن)"},
}

#: Nisba forms that would be wrong in almost every hit: all forms of Mali's nisba
#: (مالي، المالي، مالية، المالية …) are also the adjective 'financial' (وزارة المالية).
NISBA_EXCLUDED = {"ML": "every form is also the common adjective مالي 'financial' (وزارة المالية)"}

#: Source nisba forms (i18n-nationality ar.json) that are wrong (README §8 lists most);
#: other errors there (ى for ي, the article, feminine forms, يي) are fixed by rule.
NISBA_SOURCE_WRONG: dict[str, str] = {
    "WF": "ويلزي is 'Welsh', not Wallis and Futuna",
    "CV": "االرأس الأخضر is a misspelt country name, not an adjective",
    "UY": "أوروجواي is the country name, not the adjective",
}

#: Countries for which the nisba is also derived from the country name although the
#: source has one: the source form is archaic (README §8).
NISBA_ALSO_FROM_NAME = {
    "ET": "حبشي is archaic; news writes إثيوبي",
    "GR": "إغريقي means ancient Greek; news writes يوناني",
}

#: Broken plurals (lexical, not rule-made) of nisba bases that appear in the source list.
#: Sound plurals (‑ون/‑ين/‑ات) are generated for every base by rule.
BROKEN_PLURALS: dict[str, tuple[str, ...]] = {
    "روسي": ("روس",),
    "ألماني": ("ألمان",),
    "تركي": ("أتراك",),
    "أفغاني": ("أفغان",),
    "صربي": ("صرب",),
    "كرواتي": ("كروات",),
    "بلغاري": ("بلغار",),
    "أرميني": ("أرمن",),
    "إسباني": ("إسبان",),
    "ألباني": ("ألبان",),
    "هندي": ("هنود",),
    "مغربي": ("مغاربة",),
    "أمريكي": ("أمريكان",),
    "طاجيكي": ("طاجيك",),
}

#: Adjectives that agree with the nisba they follow (كوري جنوبي → الكورية الجنوبية).
_AGREEING = frozenset(match_key(w) for w in ("شمالي", "جنوبي", "شرقي", "غربي", "استوائي", "إستوائي"))

#: Nisba inflection: (suffix, rule). Applied to the masculine singular base.
NISBA_SUFFIXES = (
    ("", "masc.sg"),
    ("ة", "fem.sg (+ة)"),
    ("ون", "masc.pl nominative (+ون)"),
    ("ين", "masc.pl/dual oblique (+ين)"),
    ("ات", "fem.pl (+ات)"),
    ("ان", "masc.dual nominative (+ان)"),
    ("تان", "fem.dual nominative (+تان)"),
    ("تين", "fem.dual oblique (+تين)"),
)

#: Spelling variants written interchangeably in news (Gulf أمريكا / Levant أميركا).
SPELLING_VARIANTS = (("أمريك", "أميرك"), ("امريك", "اميرك"))


# --------------------------------------------------------------------------------------
# Small helpers

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


# --------------------------------------------------------------------------------------
# Drafts: mutable entries while building


@dataclass
class _Draft:
    id: str
    kind: str
    qid: str | None = None
    labels_ar: dict[str, str] = field(default_factory=dict)  # match_key → text
    aliases_ar: dict[str, str] = field(default_factory=dict)
    labels_en: dict[str, str] = field(default_factory=dict)
    nisba: dict[str, str] = field(default_factory=dict)
    country: str | None = None
    capital_of: str | None = None
    geonames_id: str | None = None
    iso2: str | None = None
    population: int | None = None
    other_qids: list[str] = field(default_factory=list)
    derived: dict[str, Derived] = field(default_factory=dict)  # form → how it was made
    sources: list[SourceRef] = field(default_factory=list)
    untagged: set[str] = field(default_factory=set)  # keys of aliases from language-untagged lists
    homographs: list[str] = field(default_factory=list)
    org_type: str | None = None
    part_of: str | None = None
    stands_for: str | None = None
    posts: list[Post] = field(default_factory=list)
    wikipedia_en: str | None = None

    def ref(self, source: str, path: str, row: str, fld: str, note: str | None = None) -> None:
        item = SourceRef(f"{source}/{path}", row, fld, LICENCES[source], note)
        if item not in self.sources:
            self.sources.append(item)

    def name_keys(self) -> set[str]:
        return set(self.labels_ar) | set(self.aliases_ar)

    def add_label_ar(self, text: str) -> bool:
        text = clean_ar(text)
        key = match_key(text)
        if not key or key in self.labels_ar:
            return False
        self.aliases_ar.pop(key, None)
        self.labels_ar[key] = text
        return True

    def add_alias_ar(self, text: str) -> bool:
        text = clean_ar(text)
        key = match_key(text)
        if not key or key in self.labels_ar or key in self.aliases_ar:
            return False
        self.aliases_ar[key] = text
        return True

    def add_label_en(self, text: str | None) -> None:
        text = _SPACES.sub(" ", (text or "")).strip()
        if text and _fold(text) not in self.labels_en:
            self.labels_en[_fold(text)] = text

    def freeze(self) -> KBEntry:
        return KBEntry(
            id=self.id,
            kind=self.kind,
            qid=self.qid,
            labels_ar=tuple(self.labels_ar.values()),
            labels_en=tuple(self.labels_en.values()),
            aliases_ar=tuple(self.aliases_ar.values()),
            nisba_ar=tuple(self.nisba.values()),
            country=self.country,
            capital_of=self.capital_of,
            geonames_id=self.geonames_id,
            iso2=self.iso2,
            population=self.population,
            other_qids=tuple(self.other_qids),
            homographs_ar=tuple(self.homographs),
            org_type=self.org_type,
            part_of=self.part_of,
            stands_for=self.stands_for,
            posts=tuple(self.posts),
            wikipedia_en=self.wikipedia_en,
            derived=tuple(self.derived[f] for f in sorted(self.derived)),
            sources=tuple(self.sources),
        )


@dataclass
class Summary:
    """What a build produced, and every decision it took (for the log and the README)."""

    out: Path
    sha256: str = ""
    countries: int = 0
    countries_with_qid: int = 0
    countries_qid_agree: int = 0
    cities: int = 0
    cities_with_qid: int = 0
    organizations: int = 0
    persons: int = 0
    persons_with_qid: int = 0
    organizations_with_qid: int = 0
    posts: int = 0
    nisba_forms: int = 0
    countries_with_nisba: int = 0
    aliases_ar: int = 0
    qid_decisions: list[str] = field(default_factory=list)
    qid_fixes: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "countries": self.countries,
            "countries_with_qid": self.countries_with_qid,
            "countries_qid_all_sources_agree": self.countries_qid_agree,
            "cities": self.cities,
            "cities_with_qid": self.cities_with_qid,
            "organizations": self.organizations,
            "organizations_with_qid": self.organizations_with_qid,
            "persons": self.persons,
            "persons_with_qid": self.persons_with_qid,
            "posts": self.posts,
            "nisba_forms": self.nisba_forms,
            "countries_with_nisba": self.countries_with_nisba,
            "aliases_ar": self.aliases_ar,
        }

    def __str__(self) -> str:
        lines = [f"KB written to {self.out} (sha256 {self.sha256[:16]}…)"]
        lines += [f"  {k}: {v}" for k, v in self.counts().items()]
        lines += [f"  QID decision: {d}" for d in self.qid_decisions]
        lines += [f"  QID fix: {d}" for d in self.qid_fixes]
        return "\n".join(lines)


# --------------------------------------------------------------------------------------
# Readers


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def _read_yaml(path: Path) -> Any:
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - environment problem
        raise BuildError("building the KB needs PyYAML (pip install pyyaml)") from exc
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Zone:
    """A CLDR time-zone exemplar city: its territory and its English and Arabic names."""

    zone: str
    territory: str
    name_en: str
    name_ar: str


def cldr_zones() -> tuple[list[Zone], dict[str, str]]:
    """Exemplar cities of the CLDR time zones, with their Arabic names (via Babel).

    The only openly licensed source of Arabic names for Moscow, Berlin, Paris … (their
    countries' city files are missing from kb-sources); joined to a city only by
    country + English name.
    """
    try:
        import babel
        from babel import Locale
        from babel.core import get_cldr_version, get_global
    except ImportError as exc:
        raise BuildError("building the KB needs Babel for CLDR city names (pip install babel)") from exc
    ar, en = Locale("ar"), Locale("en")
    territories = get_global("zone_territories")
    zones = []
    for zone in sorted(territories):
        name_ar = ar.time_zones.get(zone, {}).get("city")
        if not name_ar:
            continue
        name_en = en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        zones.append(Zone(zone, territories[zone], name_en, name_ar))
    return zones, {"babel": babel.__version__, "cldr": str(get_cldr_version())}


# --------------------------------------------------------------------------------------
# Countries


def _country_qid(iso: str, values: dict[str, str], summary: Summary) -> tuple[str | None, list[str]]:
    """Decide a country's QID from the sources' values; never invent one."""
    distinct = sorted(set(values.values()))
    if not distinct:
        return None, []
    if len(distinct) == 1:
        if len(values) == 3:
            summary.countries_qid_agree += 1
        return distinct[0], []
    if iso not in QID_DECISIONS:
        raise BuildError(f"{iso}: QID sources disagree {values} and QID_DECISIONS has no entry")
    qid, reason = QID_DECISIONS[iso]
    if qid not in distinct:
        raise BuildError(f"{iso}: decided QID {qid} is not one of the sources' {values}")
    given = ", ".join(f"{k} {v}" for k, v in sorted(values.items()))
    summary.qid_decisions.append(f"{iso}: {qid} ({given}) — {reason}")
    return qid, [q for q in distinct if q != qid]


def _countries(src: Path, summary: Summary) -> dict[str, _Draft]:
    dr = _read_json(src / DR5HN / "countries.json")
    codes = {r["ISO3166-1-Alpha-2"]: r for r in _read_csv(src / CODES / "country-codes.csv") if r["ISO3166-1-Alpha-2"]}
    mledoze = {c["cca2"]: c for c in _read_json(src / MLEDOZE / "countries.json")}
    ump_ar = _read_json(src / UMPIRSKY / "ar.country.json")
    ump_en = _read_json(src / UMPIRSKY / "en.country.json")
    names = _read_yaml(src / COUNTRYNAMES / "data.yaml")
    rigour_dir = src / RIGOUR / "territories"

    drafts: dict[str, _Draft] = {}
    for row in sorted(dr, key=lambda r: r["iso2"]):
        iso = row["iso2"]
        d = _Draft(id=f"country:{iso}", kind="Country", iso2=iso)
        drafts[iso] = d
        ml, cc = mledoze.get(iso), codes.get(iso)
        rig_path = rigour_dir / f"{iso.lower()}.yml"
        rig = _read_yaml(rig_path) if rig_path.exists() else None
        rrow = f"iso2={iso}"

        # QID
        qids: dict[str, str] = {}
        if row.get("wikiDataId"):
            qids["dr5hn"] = row["wikiDataId"].strip()
        if rig and rig.get("qid"):
            qids["rigour"] = str(rig["qid"]).strip()
        if cc and cc.get("wikidata_id"):
            qids["country-codes"] = cc["wikidata_id"].rstrip("/").rsplit("/", 1)[-1].strip()
        d.qid, d.other_qids = _country_qid(iso, qids, summary)
        if "dr5hn" in qids and qids["dr5hn"] in {d.qid, *d.other_qids}:
            d.ref(DR5HN, "countries.json", rrow, "wikiDataId", None if qids["dr5hn"] == d.qid else f"gives {qids['dr5hn']}")
        if "rigour" in qids:
            d.ref(RIGOUR, f"territories/{iso.lower()}.yml", "qid", "qid", None if qids["rigour"] == d.qid else f"gives {qids['rigour']}")
        title = _enwiki_title(rig.get("wikipedia_url")) if rig else None
        if title and qids.get("rigour") == d.qid:  # the article is about rigour's QID: only then is it ours
            d.wikipedia_en = title
            d.ref(RIGOUR, f"territories/{iso.lower()}.yml", "qid", "wikipedia_url")
        if "country-codes" in qids:
            d.ref(CODES, "country-codes.csv", rrow, "wikidata_id", None if qids["country-codes"] == d.qid else f"gives {qids['country-codes']}")

        # English names
        d.add_label_en(row["name"])
        d.ref(DR5HN, "countries.json", rrow, "name")
        if ml:
            d.add_label_en(ml["name"]["common"])
            d.add_label_en(ml["name"]["official"])
            d.ref(MLEDOZE, "countries.json", f"cca2={iso}", "name.common,name.official")
        if cc and cc.get("CLDR display name"):
            d.add_label_en(cc["CLDR display name"])
            d.ref(CODES, "country-codes.csv", rrow, "CLDR display name")
        if ump_en.get(iso):
            d.add_label_en(ump_en[iso])

        # Arabic names. Labels: CLDR (umpirsky) and mledoze's common name. dr5hn's translation is machine-made for some rows (Isle of Man → رجل 'man',
        # Turkey → ديك رومى 'turkey bird', Réunion → جمع شمل), so it is used only when
        # another source gives the same name. UN and official names are aliases.
        tagged: list[tuple[str, str]] = []
        if ump_ar.get(iso):
            tagged.append((UMPIRSKY, ump_ar[iso]))
        if ml and ml.get("translations", {}).get("ara"):
            tagged.append((MLEDOZE, ml["translations"]["ara"]["common"]))
        official: list[tuple[str, str]] = []
        if ml and ml.get("translations", {}).get("ara"):
            official.append((MLEDOZE, ml["translations"]["ara"]["official"]))
        for col in ("UNTERM Arabic Short", "UNTERM Arabic Formal", "official_name_ar"):
            if cc and cc.get(col) and clean_ar(cc[col]):
                official.append((col, cc[col]))
        ar = (row.get("translations") or {}).get("ar")
        if ar:
            attested = {match_key(clean_ar(t)) for _, t in tagged + official}
            if match_key(clean_ar(ar)) in attested:
                tagged.append((DR5HN, ar))
            else:
                summary.dropped.append(f"label {ar} of {iso}: dr5hn translations.ar, no other source agrees")
        counts: dict[str, int] = {}
        for _, text in tagged:
            counts[match_key(clean_ar(text))] = counts.get(match_key(clean_ar(text)), 0) + 1
        # Most-attested first; on a tie the shorter (the common name, not the official one).
        for source, text in sorted(tagged, key=lambda t: (-counts[match_key(clean_ar(t[1]))], len(clean_ar(t[1])))):
            d.add_label_ar(text)
            if source == UMPIRSKY:
                d.ref(UMPIRSKY, "ar.country.json", iso, "name")
            elif source == MLEDOZE:
                d.ref(MLEDOZE, "countries.json", f"cca2={iso}", "translations.ara.common")
            else:
                d.ref(DR5HN, "countries.json", rrow, "translations.ar")
        for source, text in official:
            d.add_alias_ar(text)
            if source == MLEDOZE:
                d.ref(MLEDOZE, "countries.json", f"cca2={iso}", "translations.ara.official")
            else:
                d.ref(CODES, "country-codes.csv", rrow, source)
        if cc:
            if cc.get("Geoname ID"):
                d.geonames_id = cc["Geoname ID"].strip()
                d.ref(CODES, "country-codes.csv", rrow, "Geoname ID")

        # Untagged multilingual names: only clearly Arabic ones (see untagged_arabic).
        for name in names.get(iso) or ():
            ok = untagged_arabic(str(name))
            if ok and d.add_alias_ar(ok):
                d.untagged.add(match_key(ok))
                d.ref(COUNTRYNAMES, "data.yaml", iso, "names", ok)
        if rig:
            for name in (rig.get("names_strong") or []) + (rig.get("names_weak") or []):
                ok = untagged_arabic(str(name))
                if ok and d.add_alias_ar(ok):
                    d.untagged.add(match_key(ok))
                    d.ref(RIGOUR, f"territories/{iso.lower()}.yml", "names", "names", ok)
    _drop_shared_untagged(drafts, summary)
    for d in drafts.values():
        if not d.labels_ar and d.aliases_ar:
            key = next(iter(d.aliases_ar))
            d.labels_ar[key] = d.aliases_ar.pop(key)
    return drafts


def _drop_shared_untagged(drafts: dict[str, _Draft], summary: Summary) -> None:
    """An alias that names two countries is dropped from both: it cannot link."""
    owners: dict[str, list[str]] = {}
    for iso, d in drafts.items():
        for key in d.name_keys():
            owners.setdefault(key, []).append(iso)
    for key, isos in sorted(owners.items()):
        if len(isos) < 2:
            continue
        for iso in isos:
            d = drafts[iso]
            if key in d.aliases_ar and key not in d.labels_ar:
                summary.dropped.append(f"alias {d.aliases_ar[key]} of {iso}: also names {', '.join(i for i in isos if i != iso)}")
                del d.aliases_ar[key]


def _add_name_variants(d: _Draft) -> None:
    for text in list(d.labels_ar.values()) + list(d.aliases_ar.values()):
        for variant in spelling_variants(text):
            if d.add_alias_ar(variant):
                d.derived[variant] = Derived(variant, text, "spelling variant أمريك→أميرك")
        joined = kunya_variant(text)
        if joined and d.add_alias_ar(joined):
            d.derived[joined] = Derived(joined, text, "أبو written joined (أبو ظبي → أبوظبي)")


def kunya_variant(text: str) -> str | None:
    """A name opening with the word أبو, also written joined: news writes أبوظبي as often as أبو ظبي.
    Only this way round: أبوجا (Abuja) and أبوبو (Abobo) are one word, not أبو + a name."""
    if text.startswith("أبو ") and len(text) > 4:
        return "أبو" + text[4:]
    return None


# --------------------------------------------------------------------------------------
# Nisba


def _fix_source_nisba(text: str) -> list[tuple[str, str | None]]:
    """Normalise one source nisba into masculine-singular bases, with the fix applied."""
    out: list[tuple[str, str | None]] = []
    text = clean_ar(text)
    parts = [p.strip() for p in text.split(" أو ")]
    if len(parts) == 1:
        words = text.split()
        if len(words) == 2 and words[1].startswith("و") and all(w.endswith(("ي", "ى")) for w in words):
            parts = [words[0], words[1][1:]]
    for part in parts:
        fixed, notes = part, []
        if fixed.endswith("ى"):
            fixed, notes = fixed[:-1] + "ي", notes + ["final ى→ي"]
        if fixed.startswith("ال") and len(fixed.split()) == 1:
            fixed, notes = fixed[2:], notes + ["article removed"]
        if fixed.endswith("ية") and len(fixed.split()) == 1:
            fixed, notes = fixed[:-1], notes + ["feminine → masculine"]
        if re.search(r"يي\b", fixed):
            fixed, notes = re.sub(r"يي\b", "ي", fixed), notes + ["final يي→ي"]
        if len(parts) > 1:
            notes.append("alternatives split")
        out.append((fixed, "; ".join(notes) or None))
    return out


def nisba_from_name(name: str) -> tuple[str, str] | None:
    """Masculine nisba from a one-word country name by the regular rule, with the rule name.

    روسيا → روسي (-يا → -ي), فرنسا → فرنسي (-ا → -ي), السعودية → سعودي (-ية → -ي),
    البوسنة → بوسني (-ة → -ي), إيران → إيراني (+ي). Names ending in ي/و/ى are left out:
    their nisba is irregular.
    """
    word = clean_ar(name)
    if " " in word or not _is_arabic_name(word):
        return None
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if word.endswith("ية"):
        return word[:-1], "name -ية → -ي"
    if word.endswith("ة"):
        return word[:-1] + "ي", "name -ة → -ي"
    if word.endswith("يا"):
        return word[:-1], "name -يا → -ي"
    if word.endswith("ا"):
        return word[:-1] + "ي", "name -ا → -ي"
    if word.endswith(("ي", "و", "ى")):
        return None
    return word + "ي", "name +ي"


def inflect_nisba(base: str) -> list[tuple[str, str]]:
    """All forms of a masculine-singular nisba: gender, number, definiteness.

    Every adjective word agrees (كوري جنوبي → الكوريات الجنوبيات); in a compound whose first
    word is a noun or a name part (جنوب أفريقي، سري لانكي) only the last word inflects and
    the article goes on the first word (الجنوب أفريقية).
    """
    words = base.split()
    agreeing = len(words) == 1 or all(w.endswith("ي") for w in words) and all(
        match_key(w) in _AGREEING for w in words[1:]
    )
    forms: list[tuple[str, str]] = []
    for suffix, rule in NISBA_SUFFIXES:
        if agreeing:
            indef = [w + suffix for w in words]
            definite = ["ال" + w for w in indef]
        else:
            indef = words[:-1] + [words[-1] + suffix]
            definite = ["ال" + indef[0]] + indef[1:]
        forms.append((" ".join(indef), rule))
        forms.append((" ".join(definite), rule + ", definite (ال+)"))
    return forms


def _nisba(src: Path, drafts: dict[str, _Draft], summary: Summary) -> None:
    data = _read_json(src / NATIONALITY / "ar.json")["nationalities"]
    names = _read_yaml(src / COUNTRYNAMES / "data.yaml")
    bases: dict[str, dict[str, Derived | None]] = {iso: {} for iso in drafts}  # base → how made
    for iso, text in sorted(data.items()):
        if iso not in drafts:
            summary.dropped.append(f"nisba {text}: {iso} is not a country in dr5hn")
            continue
        if iso in NISBA_SOURCE_WRONG:
            summary.dropped.append(f"nisba {text} of {iso}: {NISBA_SOURCE_WRONG[iso]}")
            continue
        if iso in NISBA_EXCLUDED:
            summary.dropped.append(f"nisba {text} of {iso}: {NISBA_EXCLUDED[iso]}")
            continue
        for base, note in _fix_source_nisba(text):
            if not base.split()[-1].endswith("ي"):
                summary.dropped.append(f"nisba {base} of {iso}: not an adjective (no final ي)")
                continue
            bases[iso][base] = Derived(base, text, f"source fix: {note}") if note else None
            drafts[iso].ref(NATIONALITY, "ar.json", f"nationalities.{iso}", "nisba", note)
    for iso, d in drafts.items():
        if bases[iso] and iso not in NISBA_ALSO_FROM_NAME:
            continue
        for name in list(d.labels_ar.values()) + list(d.aliases_ar.values()):
            made = nisba_from_name(name)
            if made and made[0] not in bases[iso] and match_key(made[0]) != match_key(name):
                bases[iso][made[0]] = Derived(made[0], name, made[1])
    # Corroboration: the untagged name lists also carry some nisbas (مصري، إيراني، نيجيري).
    for iso, values in sorted(names.items()):
        if iso not in drafts:
            continue
        keys = {match_key(b): b for b in bases[iso]}
        for value in values or ():
            hit = keys.get(match_key(clean_ar(str(value))))
            if hit:
                drafts[iso].ref(COUNTRYNAMES, "data.yaml", iso, "names (nisba)", hit)
    for iso, d in drafts.items():
        if iso in NISBA_EXCLUDED:
            if bases[iso]:
                summary.dropped.append(f"all nisba forms of {iso}: {NISBA_EXCLUDED[iso]}")
            continue
        for base, how in bases[iso].items():
            if how is not None:
                d.derived[base] = how
            forms = inflect_nisba(base) + [
                (f, r) for p in BROKEN_PLURALS.get(base, ()) for f, r in ((p, "broken plural"), ("ال" + p, "broken plural, definite (ال+)"))
            ]
            for form, rule in forms:
                for text, why in [(form, rule)] + [(v, f"{rule}; spelling variant أمريك→أميرك") for v in spelling_variants(form)]:
                    key = match_key(text)
                    if key in d.nisba:
                        continue
                    d.nisba[key] = text
                    if text != base:
                        d.derived[text] = Derived(text, base, why)
        # The untagged lists mix nisbas in with names (إيراني، أردني، المان): adjectives.
        for key in sorted(d.untagged & set(d.nisba)):
            if key in d.aliases_ar:
                summary.dropped.append(f"alias {d.aliases_ar.pop(key)} of {iso}: it is a nisba form, kept as nisba")


def _drop_nisba_name_clashes(drafts: Iterable[_Draft], summary: Summary) -> None:
    """A nisba form spelt like a name (هايتي، جيبوتي، الصين) is a name, not an adjective."""
    drafts = list(drafts)
    names: dict[str, str] = {}
    for d in drafts:
        for key in d.name_keys():
            names.setdefault(key, d.id)
    for d in drafts:
        for key in [k for k in d.nisba if k in names]:
            summary.dropped.append(f"nisba {d.nisba[key]} of {d.id}: spelt like the name of {names[key]}")
            d.derived.pop(d.nisba.pop(key), None)


# --------------------------------------------------------------------------------------
# Cities


def _capital_names(src: Path) -> dict[str, set[str]]:
    """Each country's capital, by English name, from the three country tables."""
    caps: dict[str, set[str]] = {}
    for row in _read_json(src / DR5HN / "countries.json"):
        if row.get("capital"):
            caps.setdefault(row["iso2"], set()).add(_place_key(row["capital"]))
    for row in _read_json(src / MLEDOZE / "countries.json"):
        for cap in row.get("capital") or ():
            caps.setdefault(row["cca2"], set()).add(_place_key(cap))
    for row in _read_csv(src / CODES / "country-codes.csv"):
        if row.get("Capital") and row.get("ISO3166-1-Alpha-2"):
            caps.setdefault(row["ISO3166-1-Alpha-2"], set()).add(_place_key(row["Capital"]))
    return caps


@dataclass
class _CityRow:
    index: int
    row: dict[str, str]

    @property
    def cc(self) -> str:
        return self.row["country_code"]

    @property
    def name(self) -> str:
        return self.row["name"]

    @property
    def population(self) -> int | None:
        return _int(self.row.get("population") or "")


def _bleed_owners(rows: list[_CityRow]) -> set[int]:
    """Rows whose QID is not theirs: the same QID is also on differently named rows.

    Upstream filled QIDs down the alphabetical list of a country (Kyiv carries Kvasy's,
    Baku Badamdar's, Tbilisi Surami's, Beirut's is copied to Bhamdoun). So within one
    country the first row in file order keeps the QID and later rows of another place
    lose it; a QID spread over several countries is dropped from all of them.
    """
    groups: dict[str, list[_CityRow]] = {}
    for r in rows:
        qid = r.row.get("wikiDataId", "").strip()
        if qid:
            groups.setdefault(qid, []).append(r)
    bad: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(members, key=lambda r: r.index)

        def same(a: _CityRow, b: _CityRow) -> bool:
            ka, kb = match_key(a.row.get("name_ar", "")), match_key(b.row.get("name_ar", ""))
            return _fold(a.name) == _fold(b.name) or bool(ka and ka == kb)

        if not all(same(first, r) for r in members):
            if len({r.cc for r in members}) > 1:
                bad.update(r.index for r in members)
            else:
                bad.update(r.index for r in members if not same(first, r))
    return bad


def _check_city_name(cr: _CityRow) -> tuple[str | None, str | None]:
    """The row's Arabic name if it passes the quality checks, else (None, reason)."""
    en, raw = cr.name, cr.row.get("name_ar", "")
    ar = clean_ar(raw)
    key = (cr.cc, en)
    if not _is_arabic_name(ar):
        return None, "not Arabic letters only"
    if len(ar.split()) > len(re.split(r"[\s\-]+", en.strip())) + 1:
        return None, "more words than the English name (a translation, not a name)"
    if not first_letter_ok(en, ar) and key not in CITY_NAME_ALLOW:
        return None, "first letter cannot spell the English name (machine translation?)"
    return ar, None


def _cities(src: Path, countries: dict[str, _Draft], zones: list[Zone], summary: Summary) -> list[_Draft]:
    raw = _read_csv(src / DR5HN / "cities_extract.tsv", delimiter="\t")
    rows = [_CityRow(i, r) for i, r in enumerate(raw)]
    states = _read_csv(src / DR5HN / "states.csv")
    capitals = _capital_names(src)
    country_qids = {d.qid for d in countries.values() if d.qid}
    bled = _bleed_owners(rows)

    rigour_qids: dict[str, str] = {}
    for path in sorted((src / RIGOUR / "territories").glob("*_*.yml")):
        data = _read_yaml(path)
        if data and data.get("qid"):
            rigour_qids[str(data["qid"])] = path.name
    city_states: dict[tuple[str, str], dict[str, str]] = {}
    state_qid_names: dict[str, set[str]] = {}
    for st in states:
        if st.get("wikiDataId"):
            state_qid_names.setdefault(st["wikiDataId"], set()).add(_place_key(st["name"]))
        if st.get("type", "").lower() in CITY_STATE_TYPES and st.get("wikiDataId"):
            city_states.setdefault((st["country_code"], _place_key(st["name"])), st)
    zone_by_name: dict[tuple[str, str], Zone] = {}
    for z in zones:
        zone_by_name.setdefault((z.territory, _place_key(z.name_en)), z)

    def zone_for(cc: str, name: str) -> Zone | None:
        return zone_by_name.get((cc, _place_key(name)))

    picked: list[tuple[tuple[Any, ...], _Draft]] = []
    for cr in rows:
        r, cc = cr.row, cr.cc
        kind = r.get("type", "")
        if kind not in CITY_TYPES or cc not in countries or _ADMIN_WORDS.search(_fold(cr.name)):
            continue
        is_capital = _place_key(cr.name) in capitals.get(cc, ()) or _place_key(r.get("native", "")) in capitals.get(cc, ())
        zone = zone_for(cc, cr.name)
        pop = cr.population or 0
        if kind == "capital" and not is_capital and not zone:
            continue  # districts of a capital, typed "capital" upstream
        major = pop >= 1_000_000 or (cc in NEWS_REGION and (pop >= 500_000 or (kind == "adm1" and pop >= 100_000)))
        if not (is_capital or zone or major):
            continue
        if (cc, cr.name) in CITY_NAME_REJECT:
            summary.dropped.append(f"city {cc} {cr.name}: reviewed: {CITY_NAME_REJECT[(cc, cr.name)]}")
            continue
        ar, why = _check_city_name(cr)
        if ar is None and not zone:
            summary.dropped.append(f"city {cc} {cr.name} ({r.get('name_ar', '')}): {why}")
            continue
        d = _Draft(id="", kind="City", country=countries[cc].id, population=cr.population)
        d.add_label_en(cr.name)
        row_ref = f"id={r['id']}"
        d.ref(DR5HN, "cities_extract.tsv", row_ref, "name,country_code,type,population")
        if zone:
            d.add_label_ar(zone.name_ar)
            d.ref(CLDR, "timeZoneNames", zone.zone, "exemplarCity(ar)")
        if ar:
            d.add_label_ar(ar)
            d.ref(DR5HN, "cities_extract.tsv", row_ref, "name_ar")
        elif why:
            summary.dropped.append(f"city name {r.get('name_ar', '')} of {cc} {cr.name}: {why} (CLDR name kept)")
        if is_capital:
            d.capital_of = countries[cc].id
        d.qid = _city_qid(cr, bled, country_qids, state_qid_names, summary, d)
        fix = city_states.get((cc, _place_key(cr.name)))
        if fix and fix["wikiDataId"] != d.qid:
            old = r.get("wikiDataId", "").strip() or "none"
            known = KNOWN_CAPITAL_FIXES.get((cc, cr.name), (None, None))[0] == old
            if d.qid is None or known:
                d.qid = fix["wikiDataId"]
                d.sources = [x for x in d.sources if not (x.source.endswith("cities_extract.tsv") and x.field == "wikiDataId")]
                state = "known wrong (kb-sources README)" if known else ("dropped" if old != "none" else "missing")
                d.ref(DR5HN, "states.csv", f"iso3166_2={fix['iso3166_2']}", "wikiDataId",
                      f"city-state row; the city row's QID {old} is {state}")
                summary.qid_fixes.append(f"{cc} {cr.name}: {old} ({state}) → {d.qid} (states.csv {fix['iso3166_2']})")
            else:
                summary.notes.append(
                    f"{cc} {cr.name}: kept {d.qid}; states.csv {fix['iso3166_2']} ({fix.get('type')}) gives "
                    f"{fix['wikiDataId']} (not applied: the city row's QID is not known to be wrong)"
                )
        if d.qid and d.qid in rigour_qids:
            d.ref(RIGOUR, f"territories/{rigour_qids[d.qid]}", "qid", "qid", "confirms")
        rank = (0 if is_capital else 1, 0 if zone else 1, 0 if d.qid else 1, CITY_TYPES[kind], -pop, cr.index)
        d.id = f"city:{cc}:{_slug(cr.name)}"
        picked.append((rank, d))

    picked += _city_states_only(states, countries, capitals, zone_for, rigour_qids, summary)
    return _dedupe_cities(picked, summary)


def _city_qid(cr: _CityRow, bled: set[int], country_qids: set[str], state_qid_names: dict[str, set[str]],
              summary: Summary, d: _Draft) -> str | None:
    qid = cr.row.get("wikiDataId", "").strip() or None
    if not qid:
        return None
    why = None
    if cr.index in bled:
        why = "the same QID is on a differently named row (upstream fill error)"
    elif qid in country_qids:
        why = "it is a country's QID"
    elif qid in state_qid_names and _place_key(cr.name) not in state_qid_names[qid]:
        why = "it is the QID of a differently named province in states.csv"
    if why:
        summary.dropped.append(f"QID {qid} of city {cr.cc} {cr.name}: {why}")
        return None
    d.ref(DR5HN, "cities_extract.tsv", f"id={cr.row['id']}", "wikiDataId")
    return qid


def _city_states_only(states: list[dict[str, str]], countries: dict[str, _Draft],
                      capitals: dict[str, set[str]], zone_for: Callable[[str, str], Zone | None],
                      rigour_qids: dict[str, str], summary: Summary) -> list[tuple[tuple[Any, ...], _Draft]]:
    """Cities of the countries missing from cities_extract: city-state rows named by CLDR.

    Moscow, Berlin, Paris … exist only as states.csv rows (no Arabic). A row becomes a
    city when it is city-typed and CLDR names a time zone after it in the same country
    (Europe/Moscow → موسكو). Its QID is kept only when a second source confirms it.
    """
    out = []
    for st in states:
        cc = st["country_code"]
        if cc not in MISSING_CITY_COUNTRIES or st.get("type", "").lower() not in CITY_STATE_TYPES:
            continue
        zone = zone_for(cc, st["name"])
        if not zone or cc not in countries:
            continue
        d = _Draft(id=f"city:{cc}:{_slug(st['name'])}", kind="City", country=countries[cc].id,
                   population=_int(st.get("population") or ""))
        d.add_label_en(st["name"])
        d.add_label_ar(zone.name_ar)
        row_ref = f"iso3166_2={st['iso3166_2']}"
        d.ref(DR5HN, "states.csv", row_ref, "name,country_code,type")
        d.ref(CLDR, "timeZoneNames", zone.zone, "exemplarCity(ar)")
        qid = st.get("wikiDataId") or None
        confirmed = []
        if qid and qid in rigour_qids:
            confirmed.append(f"rigour territories/{rigour_qids[qid]}")
            d.ref(RIGOUR, f"territories/{rigour_qids[qid]}", "qid", "qid", "confirms")
        if qid and README_CHECKED_CITY_QIDS.get(st["iso3166_2"]) == qid:
            confirmed.append("kb-sources README cross-check")
        if qid and confirmed:
            d.qid = qid
            d.ref(DR5HN, "states.csv", row_ref, "wikiDataId", "confirmed by " + " and ".join(confirmed))
        elif qid:
            summary.dropped.append(f"QID {qid} of city {cc} {st['name']}: states.csv only, no second source")
        if _place_key(st["name"]) in capitals.get(cc, ()):
            d.capital_of = countries[cc].id
        out.append(((0 if d.capital_of else 1, 0, 0 if d.qid else 1, 0, 0, 0), d))
    return out


def _dedupe_cities(picked: list[tuple[tuple[Any, ...], _Draft]], summary: Summary) -> list[_Draft]:
    """One entry per place: same country and Arabic name, or same QID → keep the best row."""
    picked.sort(key=lambda p: p[0])
    kept: list[_Draft] = []
    seen_names: dict[tuple[str | None, str], _Draft] = {}
    seen_qids: dict[str, _Draft] = {}
    ids: set[str] = set()
    for _rank, d in picked:
        keys = [(d.country, k) for k in d.labels_ar]
        twin = next((seen_names[k] for k in keys if k in seen_names), None)
        if twin is None and d.qid:
            twin = seen_qids.get(d.qid)
        if twin is not None:
            if d.qid and d.qid == twin.qid:
                for text in d.labels_ar.values():
                    twin.add_alias_ar(text)
            summary.dropped.append(f"city row {d.id} ({'/'.join(d.labels_ar.values())}): duplicate of {twin.id}")
            continue
        if d.id in ids:
            d.id = f"{d.id}-{len([i for i in ids if i.startswith(d.id)]) + 1}"
        ids.add(d.id)
        kept.append(d)
        for k in keys:
            seen_names[k] = d
        if d.qid:
            seen_qids[d.qid] = d
    return kept


# --------------------------------------------------------------------------------------
# Organizations


def _organizations(src: Path, summary: Summary) -> list[_Draft]:
    """International organisations that a source gives with a QID and an Arabic name.

    Only the United Nations qualifies: rigour's `un.yml` (Q1065, with الأمم المتحدة) and
    countrynames' `UN` list. The EU (rigour Q458) has no Arabic name in any source.
    """
    out = []
    path = src / RIGOUR / "territories" / "un.yml"
    names = _read_yaml(src / COUNTRYNAMES / "data.yaml")
    if path.exists():
        data = _read_yaml(path)
        d = _Draft(id="org:UN", kind="Organization", qid=str(data["qid"]))
        d.add_label_en(data.get("name"))
        d.ref(RIGOUR, "territories/un.yml", "qid,name", "qid,name")
        for name in (data.get("names_strong") or []) + (data.get("names_weak") or []):
            ok = untagged_arabic(str(name))
            if ok and d.add_label_ar(ok):
                d.ref(RIGOUR, "territories/un.yml", "names", "names", ok)
        for name in names.get("UN") or ():
            ok = untagged_arabic(str(name))
            if ok:
                d.add_label_ar(ok)
                d.ref(COUNTRYNAMES, "data.yaml", "UN", "names", ok)
        if d.labels_ar:
            out.append(d)
    summary.notes.append("Organizations: only the UN has a QID and an Arabic name in kb-sources; "
                         "the others come from the curated files.")
    return out


# --------------------------------------------------------------------------------------
# Curated data: organisations, metonymic institutions, news agencies, office holders

#: The hand-curated TSV files, shipped in the package (`kg/link/kb/curated/`).
CURATED_DIR = Path(__file__).resolve().parent / "curated"
CURATED_FILES = ("organizations.tsv", "persons.tsv", "posts.tsv")
CURATED_LICENCE = "curated fact, verified by hand against the cited public source"

_QID = re.compile(r"^Q[1-9][0-9]*$")
_CURATED_ID = re.compile(r"^(org|person):[A-Za-z0-9][A-Za-z0-9-]*$")
_DATE = re.compile(r"^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$")
_SOURCE = re.compile(
    r"^(https?://\S+|github:[\w.-]+/[\w.-]+@[0-9a-f]{7,40}:\S+|github-index:[0-9]+)$"
)
ORG_TYPES = frozenset({
    "intergovernmental", "un_body", "eu_institution", "humanitarian", "government_institution",
    "news_agency", "news_outlet",
})
_ORG_COLUMNS = ("id", "type", "qid", "labels_en", "labels_ar", "aliases_ar", "homographs_ar", "country",
                "part_of", "stands_for", "qid_source", "ar_source", "note")
_PERSON_COLUMNS = ("id", "qid", "labels_en", "labels_ar", "aliases_ar", "homographs_ar", "country",
                   "qid_source", "ar_source", "note")
_POST_COLUMNS = ("person", "role", "title_en", "of", "start", "end", "as_of", "source", "note")


def _split(value: str | None) -> list[str]:
    """A multi-valued curated cell: values separated by `|`."""
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _read_curated(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    rows = _read_csv(path, delimiter="\t")
    with path.open(encoding="utf-8") as fh:
        header = tuple(fh.readline().rstrip("\n").split("\t"))
    if header != columns:
        raise BuildError(f"{path.name}: columns {header}, expected {columns}")
    return rows


def _check_sources(where: str, values: list[str]) -> list[str]:
    for value in values:
        if not _SOURCE.match(value):
            raise BuildError(f"{where}: malformed source {value!r} (URL, github:owner/repo@commit:path "
                             "or github-index:<id>; a seed article is no source)")
    return values


def _curated_names(d: _Draft, where: str, row: dict[str, str]) -> None:
    """Arabic labels and aliases of a curated row, checked to be Arabic letters only."""
    for col, add in (("labels_ar", d.add_label_ar), ("aliases_ar", d.add_alias_ar)):
        for name in _split(row.get(col)):
            if clean_ar(name) != name or not _is_arabic_name(name):
                raise BuildError(f"{where}: {col} {name!r} is not Arabic letters only")
            if not add(name):
                raise BuildError(f"{where}: {col} {name!r} is given twice")
    for name in _split(row.get("labels_en")):
        d.add_label_en(name)
    if not d.labels_en:
        raise BuildError(f"{where}: no English label")


def _curated_entry(d: _Draft, fname: str, row: dict[str, str], countries: set[str]) -> None:
    """QID, names, country and their sources for one organisation or person row."""
    where = f"{fname}:{d.id}"
    qid = (row.get("qid") or "").strip()
    qid_sources = _check_sources(where, _split(row.get("qid_source")))
    ar_sources = _check_sources(where, _split(row.get("ar_source")))
    if qid:
        if not _QID.match(qid):
            raise BuildError(f"{where}: malformed QID {qid!r}")
        if not qid_sources:
            raise BuildError(f"{where}: QID {qid} without a qid_source (confirm it, record the source)")
        d.qid = qid
    _curated_names(d, where, row)
    if d.labels_ar and not ar_sources:
        raise BuildError(f"{where}: Arabic names without an ar_source (confirm them, record the source)")
    if not qid_sources and not ar_sources:
        raise BuildError(f"{where}: no source")
    row_ref = f"kg/link/kb/curated/{where}"
    note = (row.get("note") or "").strip() or None
    for src in qid_sources:
        d.sources.append(SourceRef(src, row_ref, "qid", CURATED_LICENCE, note))
    for src in ar_sources:
        d.sources.append(SourceRef(src, row_ref, "labels_ar,aliases_ar", CURATED_LICENCE, note))
    country = (row.get("country") or "").strip()
    if country:
        if f"country:{country}" not in countries:
            raise BuildError(f"{where}: unknown country {country!r}")
        d.country = f"country:{country}"


def _curated(countries: set[str], taken_ids: set[str], summary: Summary,
             curated_dir: Path = CURATED_DIR) -> list[_Draft]:
    """Organisations and persons from the curated TSV files, validated (see data/README.md).

    Rejected (the build stops): a row without a source, a malformed QID or source, an
    Arabic name with non-Arabic letters, an unknown country, id, role or reference, a
    malformed date. QIDs used twice are checked with the rest of the KB in `build_kb`.
    """
    drafts: dict[str, _Draft] = {}
    org_rows = _read_curated(curated_dir / "organizations.tsv", _ORG_COLUMNS)
    person_rows = _read_curated(curated_dir / "persons.tsv", _PERSON_COLUMNS)
    post_rows = _read_curated(curated_dir / "posts.tsv", _POST_COLUMNS)
    links: list[tuple[str, str, str]] = []  # (where, field, referenced id)
    for fname, rows, kind in (("organizations.tsv", org_rows, "Organization"),
                              ("persons.tsv", person_rows, "Person")):
        for row in rows:
            entry_id = (row.get("id") or "").strip()
            prefix = "org:" if kind == "Organization" else "person:"
            if not _CURATED_ID.match(entry_id) or not entry_id.startswith(prefix):
                raise BuildError(f"{fname}: malformed id {entry_id!r}")
            if entry_id in drafts or entry_id in taken_ids:
                raise BuildError(f"{fname}: id {entry_id} is used twice")
            d = _Draft(id=entry_id, kind=kind)
            _curated_entry(d, fname, row, countries)
            if kind == "Organization":
                org_type = (row.get("type") or "").strip()
                if org_type not in ORG_TYPES:
                    raise BuildError(f"{fname}:{entry_id}: unknown type {org_type!r}")
                d.org_type = org_type
                for fld in ("part_of", "stands_for"):
                    ref = (row.get(fld) or "").strip()
                    if ref:
                        setattr(d, fld, ref)
                        links.append((f"{fname}:{entry_id}", fld, ref))
            # names too common to trust without the NER agreeing (مجلس الأمن; محمد مصطفى, many people)
            for name in _split(row.get("homographs_ar")):
                if match_key(name) not in d.name_keys():
                    raise BuildError(f"{fname}:{entry_id}: homograph {name!r} is not one of its names")
                d.homographs.append(name)
            drafts[entry_id] = d
    for i, row in enumerate(post_rows, start=2):
        where = f"posts.tsv line {i}"
        person = drafts.get((row.get("person") or "").strip())
        if person is None or person.kind != "Person":
            raise BuildError(f"{where}: unknown person {row.get('person')!r}")
        role = (row.get("role") or "").strip()
        if role not in ROLES:
            raise BuildError(f"{where}: unknown role {role!r}")
        dates = {k: (row.get(k) or "").strip() or None for k in ("start", "end", "as_of")}
        for k, v in dates.items():
            if v and not _DATE.match(v):
                raise BuildError(f"{where}: malformed {k} {v!r}")
        sources = _check_sources(where, _split(row.get("source")))
        if not sources:
            raise BuildError(f"{where}: no source")
        of = (row.get("of") or "").strip()
        links.append((where, "of", of))
        title = (row.get("title_en") or "").strip()
        if not title:
            raise BuildError(f"{where}: no title")
        person.posts.append(Post(role, title, of, dates["start"], dates["end"], dates["as_of"],
                                 tuple(sources), (row.get("note") or "").strip() or None))
    known = countries | taken_ids | set(drafts)
    for where, fld, ref in links:
        if ref not in known:
            raise BuildError(f"{where}: {fld} refers to unknown entry {ref!r}")
    summary.notes.append(f"Curated: {len(org_rows)} organisations, {len(person_rows)} persons, "
                         f"{len(post_rows)} posts from {curated_dir}.")
    return list(drafts.values())


def _check_unique_qids(drafts: list[_Draft]) -> None:
    """A QID names one entry: two entries with the same QID are an error."""
    seen: dict[str, str] = {}
    for d in drafts:
        if d.qid:
            if d.qid in seen:
                raise BuildError(f"QID {d.qid} is used by {seen[d.qid]} and {d.id}")
            seen[d.qid] = d.id


# --------------------------------------------------------------------------------------
# Build


def build_kb(sources: Path, out: Path, curated: Path | None = CURATED_DIR) -> Summary:
    """Build the KB from `sources` (the kb-sources folder) and the `curated` TSV folder
    (None: none, e.g. for a test fixture without those countries) into the file `out`.

    Deterministic: the same inputs (and Babel/CLDR version) give the same bytes.
    """
    sources, out = Path(sources), Path(out)
    if not (sources / DR5HN / "countries.json").exists():
        raise BuildError(f"{sources} is not a kb-sources folder (no {DR5HN}/countries.json)")
    summary = Summary(out=out)
    zones, versions = cldr_zones()

    countries = _countries(sources, summary)
    for d in countries.values():
        _add_name_variants(d)
    _nisba(sources, countries, summary)
    cities = _cities(sources, countries, zones, summary)
    for d in cities:
        _add_name_variants(d)
    orgs = _organizations(sources, summary)
    drafts = list(countries.values()) + cities + orgs
    if curated is not None:
        drafts += _curated({d.id for d in countries.values()}, {d.id for d in drafts}, summary, curated)
    _check_unique_qids(drafts)
    _drop_nisba_name_clashes(drafts, summary)
    _mark_homographs(drafts, summary)
    _check_known_fixes(cities)

    entries = [d.freeze() for d in drafts]
    summary.countries = sum(e.kind == "Country" for e in entries)
    summary.countries_with_qid = sum(e.kind == "Country" and bool(e.qid) for e in entries)
    summary.cities = sum(e.kind == "City" for e in entries)
    summary.cities_with_qid = sum(e.kind == "City" and bool(e.qid) for e in entries)
    summary.organizations = sum(e.kind == "Organization" for e in entries)
    summary.persons = sum(e.kind == "Person" for e in entries)
    summary.persons_with_qid = sum(e.kind == "Person" and bool(e.qid) for e in entries)
    summary.organizations_with_qid = sum(e.kind == "Organization" and bool(e.qid) for e in entries)
    summary.posts = sum(len(e.posts) for e in entries)
    summary.nisba_forms = sum(len(e.nisba_ar) for e in entries)
    summary.countries_with_nisba = sum(bool(e.nisba_ar) for e in entries)
    summary.aliases_ar = sum(len(e.aliases_ar) for e in entries)

    meta = {
        "format": FORMAT,
        "licence": "ODbL-1.0",
        "attribution": ATTRIBUTION,
        "counts": summary.counts(),
        "inputs": {name: _sha256(sources / name) for name in INPUT_FILES if (sources / name).exists()},
        "rigour_territories": hashlib.sha256(
            b"".join(_sha256(p).encode() for p in sorted((sources / RIGOUR / "territories").glob("*.yml")))
        ).hexdigest(),
        "curated": {name: _sha256(curated / name) for name in CURATED_FILES} if curated else {},
        "cldr": versions,
        "qid_decisions": summary.qid_decisions,
        "qid_fixes": summary.qid_fixes,
    }
    write_kb(out, entries, meta)
    summary.sha256 = _sha256(out)
    return summary


def _mark_homographs(drafts: list[_Draft], summary: Summary) -> None:
    by_id = {d.id: d for d in drafts}
    for entry_id, forms in HOMOGRAPHS.items():
        d = by_id.get(entry_id)
        for form in forms:
            key = match_key(form)
            text = (d.labels_ar.get(key) or d.aliases_ar.get(key)) if d else None
            if d is None or text is None:
                summary.notes.append(f"HOMOGRAPHS: {entry_id} has no name {form}")
                continue
            d.homographs.append(text)


def _check_known_fixes(cities: list[_Draft]) -> None:
    """The README's known-wrong capital QIDs must come out corrected (when the city is built)."""
    by_name = {(d.id.split(":")[1], next(iter(d.labels_en.values()), "")): d for d in cities}
    for (cc, name), (wrong, right) in KNOWN_CAPITAL_FIXES.items():
        d = by_name.get((cc, name))
        if d is not None and d.qid != right:
            raise BuildError(f"{cc} {name}: expected QID {right} (the source's {wrong} is wrong), got {d.qid}")


def default_output() -> Path:
    """The KB file inside the source tree (what the repository ships)."""
    return Path(__file__).resolve().parent / "data" / KB_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the kg knowledge base from kb-sources.")
    parser.add_argument("sources", type=Path, help="the kb-sources folder")
    parser.add_argument("out", type=Path, nargs="?", default=default_output(), help="output .jsonl.gz")
    parser.add_argument("--log", type=Path, help="also write every dropped value and decision here")
    args = parser.parse_args(argv)
    try:
        summary = build_kb(args.sources, args.out)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(summary)
    if args.log:
        lines = summary.qid_decisions + summary.qid_fixes + summary.dropped + summary.notes
        args.log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
