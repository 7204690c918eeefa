"""National news agencies → the country of a paragraph's bare domestic titles.

A paragraph that credits a state news agency ("قال في تصريح لـ(وات)"، "ذكرت وكالة الأنباء
الكويتية (كونا)"، a dateline "واس -") comes from that country's official news: a bare
"وزير النقل" in it is that country's minister, as a Saudi outlet's bare "وزير الخارجية" is
Saudi (gold README, Officials: `of` is given even when implicit). `kg.extract.post_of` uses
the agency's country only for a title that has no other country evidence (no nisba, no KB
term, no person country, not the article's one named country).

Each agency is given by its acronym (in brackets or as a dateline, never bare: "بنا"، "قنا"،
"سبأ" are also words and names) and its full name. Countries are KB ids (`kg.link.kb`,
`country:XX`); the acronyms and names are the agencies' own, with their count in the raw
corpus (`scripts/mine_news_agencies.py`, both corpora, dev lines left out: bracketed acronym /
full name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: KB country id → (acronyms, full names). Counts (bracketed acronym / full name) from
#: `scripts/mine_news_agencies.py` are in `scripts/data/news_agencies.tsv`. Only state
#: agencies: a foreign wire (رويترز، د ب أ، أ ف ب، شينخوا) reports on every country. Forms with no
#: raw-corpus paragraph are left out (أ ش أ، مـا، لاماب، وال، واع، وكالة الأنباء العراقية); spelling
#: variants (ا/أ/إ، ة/ه) are matched by `_loose`.
AGENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "country:SA": (("واس",), ("وكالة الأنباء السعودية",)),
    "country:BH": (("بنا",), ("وكالة أنباء البحرين",)),
    "country:QA": (("قنا",), ("وكالة الأنباء القطرية",)),
    "country:AE": (("وام",), ("وكالة أنباء الإمارات",)),
    "country:KW": (("كونا",), ("وكالة الأنباء الكويتية",)),
    "country:YE": (("سبأ",), ("وكالة الأنباء اليمنية",)),
    "country:TN": (("وات",), ("وكالة تونس إفريقيا للأنباء",)),
    "country:SY": (("سانا",), ("وكالة الأنباء السورية",)),
    "country:JO": (("بترا",), ("وكالة الأنباء الأردنية",)),
    "country:DZ": (("واج",), ("وكالة الأنباء الجزائرية",)),
    "country:SD": (("سونا",), ("وكالة الأنباء السودانية",)),
    "country:IR": (("إرنا",), ("وكالة الأنباء الإيرانية", "وكالة الجمهورية الإسلامية للأنباء")),
    "country:PS": (("وفا",), ("وكالة الأنباء الفلسطينية", "وكالة الأنباء والمعلومات الفلسطينية")),
    "country:EG": ((), ("وكالة أنباء الشرق الأوسط",)),
    "country:OM": ((), ("وكالة الأنباء العمانية",)),
    "country:MA": ((), ("وكالة المغرب العربي للأنباء",)),
    "country:LY": ((), ("وكالة الأنباء الليبية",)),
}


def _loose(words: str) -> str:
    """A regex for `words` that accepts أ/ا/إ and ة/ه spelling variants and any spaces."""
    out = []
    for ch in words:
        if ch in "أإا":
            out.append("[أإاآ]")
        elif ch in "ةه":
            out.append("[ةه]")
        elif ch == " ":
            out.append(r"\s*" if out and out[-1] == r"\." else r"\s+")
        elif ch == ".":
            out.append(r"\.")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _pattern(acronyms: Iterable[str], names: Iterable[str]) -> re.Pattern[str]:
    full = "|".join(_loose(n) for n in names)
    forms = [rf"(?<!\w)(?:[وف]?[لب]?ـ?)(?:{full})(?!\w)"]  # the full name, with its clitics
    if acronyms:
        acr = "|".join(_loose(a) for a in acronyms)
        forms += [rf"\(\s*(?:{acr})\s*\)",  # bracketed: "(واس)"، "لـ(وات)"
                  rf"^\s*(?:{acr})\s*[-–:ـ]",  # a dateline at the paragraph's start: "واس - …"
                  rf"[-–]\s*(?:{acr})\s*[-–:]"]  # "الرياض - واس -"
    return re.compile("|".join(forms), re.MULTILINE)


_PATTERNS = {country: _pattern(*forms) for country, forms in AGENCIES.items()}


def agency_countries(text: str) -> list[str]:
    """The KB ids of the countries whose state news agency `text` credits, in the order of
    the table (usually none or one)."""
    return [country for country, pattern in _PATTERNS.items() if pattern.search(text)]
