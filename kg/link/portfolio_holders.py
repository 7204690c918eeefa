"""The country of a minister news names bare ("وزير الصحة فلان الفلاني"), from who held that portfolio where.

A paper writes its own country's ministers without the country. `kg/link/kb/curated/portfolio_holders.tsv`
(made by `scripts/kb_portfolio_holders.py` from Wikidata's position-held statements as the
every-politician-scrapers repositories list them) holds every minister of a portfolio of 33 countries with
an English name, a term and a QID. A bare minister whose Arabic name spells (`kg.link.arabic_latin`) the
English name of exactly one country's holder of that portfolio — in office on the article's date, or, for an
undated article, at any time — is that country's minister.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.link.arabic_latin import names_match

TABLE = Path(__file__).resolve().parent / "kb" / "curated" / "portfolio_holders.tsv"


@dataclass(frozen=True)
class Holder:
    """One term of one person in one portfolio of one country (ISO 3166-1 alpha-2), as the table gives it."""

    country: str
    portfolio: str
    qid: str
    name_en: str
    position: str
    start: str | None
    end: str | None
    source: str

    def covers(self, day: dt.date) -> bool:
        """The term is dated and `day` falls in it (an open term runs on; a year or month bounds by its
        first and last day)."""
        if self.start is None:
            return False
        first = self.start + ("-01-01" if len(self.start) == 4 else "-01" if len(self.start) == 7 else "")
        if first > day.isoformat():
            return False
        if self.end is None:
            return True
        last = self.end + ("-12-31" if len(self.end) == 4 else "-31" if len(self.end) == 7 else "")
        return day.isoformat() <= last


@dataclass(frozen=True)
class Found:
    """The one country whose holder(s) of the portfolio the name matches; `dated`: a term covers the date."""

    country: str
    holders: tuple[Holder, ...]
    dated: bool

    @property
    def qid(self) -> str | None:
        """The person's QID when every matching term is one person's."""
        qids = {h.qid for h in self.holders}
        return next(iter(qids)) if len(qids) == 1 else None


@lru_cache(maxsize=4)
def load(path: Path = TABLE) -> dict[str, tuple[Holder, ...]]:
    """Portfolio code → its holders (empty when the table is absent)."""
    if not path.exists():
        return {}
    out: dict[str, list[Holder]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            h = Holder(r["country"], r["portfolio"], r["qid"], r["name_en"], r["position"], r["start"] or None,
                       r["end"] or None, r["source"])
            out.setdefault(h.portfolio, []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def find(name: str, portfolio: str, day: dt.date | None,
         holders: dict[str, tuple[Holder, ...]] | None = None) -> Found | None:
    """The one country whose holder of `portfolio` has the Arabic `name`: among the terms covering `day`
    when the article is dated, else among all terms. None when no holder or holders of several countries
    match."""
    if holders is None:
        return _find_shipped(name, portfolio, day)
    return _find(name, portfolio, day, holders)


@lru_cache(maxsize=16384)
def _find_shipped(name: str, portfolio: str, day: dt.date | None) -> Found | None:
    return _find(name, portfolio, day, load())


def _find(name: str, portfolio: str, day: dt.date | None, table: dict[str, tuple[Holder, ...]]) -> Found | None:
    pool = table.get(portfolio, ())
    if day is not None:
        pool = tuple(h for h in pool if h.covers(day))
    hits = tuple(h for h in pool if names_match(name, h.name_en))
    countries = {h.country for h in hits}
    if len(countries) != 1:
        return None
    return Found(next(iter(countries)), hits, day is not None)


__all__ = ["TABLE", "Found", "Holder", "find", "load"]
