"""National news agencies → the country of a paragraph's bare domestic titles.

A paragraph that credits a state news agency (an acronym in brackets, "قال في تصريح لـ(ACR)"; the
full name, "ذكرت وكالة الأنباء X"; or a dateline "ACR -") comes from that country's official news:
a bare "وزير النقل" in it is that country's minister, as a national outlet's bare title is its own
country's (gold README, Officials: `of` is given even when implicit). `kg.extract.post_of` uses
the agency's country only for a title that has no other country evidence (no nisba, no KB
term, no person country, not the article's one named country).

Each agency is given by its acronym (in brackets or as a dateline, never bare: short acronyms
are also words and names) and its full name. The table is data, `lexicon/news_agencies.tsv`:
countries as KB ids (`country:XX`), each form with its count in the raw corpus
(`scripts/mine_news_agencies.py`, both corpora, dev lines left out).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

_TABLE = Path(__file__).resolve().parent / "lexicon" / "news_agencies.tsv"


def load_agencies(path: Path = _TABLE) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """KB country id → (acronyms, full names), from the lexicon table (its header says where each
    form and count come from). Spelling variants (ا/أ/إ، ة/ه) are matched by `_loose`."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(("#", "country\t")):
            continue
        cols = line.split("\t")
        if len(cols) != 4 or cols[1] not in ("acronym", "name") or not cols[3].isdigit():
            raise ValueError(f"{path.name} line {n}: expected country, acronym|name, form, paragraphs")
        acronyms, names = out.setdefault(cols[0], ([], []))
        (acronyms if cols[1] == "acronym" else names).append(cols[2])
    return {c: (tuple(a), tuple(nm)) for c, (a, nm) in out.items()}


AGENCIES = load_agencies()


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


def acronym_forms(acronyms: Iterable[str]) -> list[str]:
    """Regexes of where an acronym credits its agency: in brackets or as a dateline, never bare."""
    acr = "|".join(_loose(a) for a in acronyms)
    return [rf"\(\s*(?:{acr})\s*\)",  # bracketed: "(واس)"، "لـ(وات)"
            rf"^\s*(?:{acr})\s*[-–:ـ]",  # a dateline at the paragraph's start: "واس - …"
            rf"[-–]\s*(?:{acr})\s*[-–:]"]  # "الرياض - واس -"، "فهد العتيبي- سبق-"


def _pattern(acronyms: Iterable[str], names: Iterable[str]) -> re.Pattern[str]:
    full = "|".join(_loose(n) for n in names)
    forms = [rf"(?<!\w)(?:[وف]?[لب]?ـ?)(?:{full})(?!\w)"]  # the full name, with its clitics
    if acronyms:
        forms += acronym_forms(acronyms)
    return re.compile("|".join(forms), re.MULTILINE)


_PATTERNS = {country: _pattern(*forms) for country, forms in AGENCIES.items()}


def agency_countries(text: str) -> list[str]:
    """The KB ids of the countries whose state news agency `text` credits, in the order of
    the table (usually none or one)."""
    return [country for country, pattern in _PATTERNS.items() if pattern.search(text)]
