"""Drafts: the mutable KB entries the build fills in, frozen into `KBEntry` at the end;
and the `Summary` of what a build kept, dropped and decided."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.link.kb.build.helpers import _SPACES, _fold, clean_ar
from kg.link.kb.build.sources import LICENCES
from kg.link.kb.model import Derived, KBEntry, Post, SourceRef
from kg.link.normalize import match_key


def _coordinate(text: object, limit: int) -> float | None:
    """A latitude (limit 90) or longitude (limit 180) from a source cell; None if absent or bad."""
    try:
        value = float(str(text).strip())
    except ValueError:
        return None
    return value if -limit <= value <= limit and text not in (None, "") else None


@dataclass
class EntryDraft:
    """One KB entry while the build assembles it from its sources (mutable: each source adds names,
    QIDs and coordinates), shared by every builder module in this package and frozen into a `KBEntry` at the end."""

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
    lat: float | None = None  # WGS84, as the source row gives it (set with `set_point`)
    lon: float | None = None
    other_qids: list[str] = field(default_factory=list)
    derived: dict[str, Derived] = field(default_factory=dict)  # form → how it was made
    sources: list[SourceRef] = field(default_factory=list)
    untagged: set[str] = field(default_factory=set)  # keys of aliases from language-untagged lists
    homographs: list[str] = field(default_factory=list)
    town: bool = False  # admitted below the population cut on corpus evidence (build/towns.py)
    org_type: str | None = None
    part_of: str | None = None
    stands_for: str | None = None
    seat_of: str | None = None
    posts: list[Post] = field(default_factory=list)
    wikipedia_en: str | None = None
    qid_confidence: str | None = None
    reviewed_ar: set[str] = field(default_factory=set)  # keys of Arabic names from a reviewed source (CLDR, curated)
    name_counts: dict[str, int] = field(default_factory=dict)  # Arabic name → corpus count

    def ref(self, source: str, path: str, row: str, fld: str, note: str | None = None) -> None:
        item = SourceRef(f"{source}/{path}", row, fld, LICENCES[source], note)
        if item not in self.sources:
            self.sources.append(item)

    def set_point(self, row: dict, source: str, path: str, row_ref: str) -> None:
        """Take the row's `latitude`/`longitude` when both are there and in range, with a source ref."""
        lat, lon = _coordinate(row.get("latitude"), 90), _coordinate(row.get("longitude"), 180)
        if lat is None or lon is None:
            return
        self.lat, self.lon = lat, lon
        self.ref(source, path, row_ref, "latitude,longitude")

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
            lat=self.lat,
            lon=self.lon,
            other_qids=tuple(self.other_qids),
            homographs_ar=tuple(self.homographs),
            org_type=self.org_type,
            part_of=self.part_of,
            stands_for=self.stands_for,
            seat_of=self.seat_of,
            posts=tuple(self.posts),
            wikipedia_en=self.wikipedia_en,
            qid_confidence=self.qid_confidence,
            name_counts=tuple(sorted(self.name_counts.items())),
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
    ne_confirmed: int = 0  # city QIDs Natural Earth confirms (issue 18)
    ne_filled: int = 0  # city QIDs only Natural Earth gives
    ne_added: int = 0  # new city entries from Natural Earth places the KB lacked (ne_cities.py)
    divisions: int = 0  # first-level divisions of Arab states (divisions.py)
    qid_decisions: list[str] = field(default_factory=list)
    qid_fixes: list[str] = field(default_factory=list)
    qid_disagreements: list[str] = field(default_factory=list)  # a second source gives another QID: kept, why
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
            "city_qids_confirmed_by_natural_earth": self.ne_confirmed,
            "city_qids_from_natural_earth_only": self.ne_filled,
            "cities_added_from_natural_earth": self.ne_added,
            "divisions": self.divisions,
        }

    def __str__(self) -> str:
        lines = [f"KB written to {self.out} (sha256 {self.sha256[:16]}…)"]
        lines += [f"  {k}: {v}" for k, v in self.counts().items()]
        lines += [f"  QID decision: {d}" for d in self.qid_decisions]
        lines += [f"  QID fix: {d}" for d in self.qid_fixes]
        return "\n".join(lines)
