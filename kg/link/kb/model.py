"""Knowledge-base records and the loader of the shipped KB file.

The KB is read-only reference data shared by every document of a run, so it is loaded
once per process (`default_kb`) and its records are immutable (tuples, frozen
dataclasses): no consumer can change what another one sees.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

#: Entry kinds, named as the ontology's classes.
KINDS = ("Country", "City", "Organization", "Person", "Place")  # Place: a region (قطاع غزة)

#: File name of the shipped KB inside `kg/link/kb/data/`.
KB_FILE = "kb.jsonl.gz"

#: Format version of the KB file; bump when the record layout changes.
#: 2: organisation type, part_of, stands_for and office holders' posts (curated data).
FORMAT = 2

#: Roles of a `Post` (what an office holder is, in the curated data).
ROLES = (
    "head_of_state", "head_of_government", "deputy_head_of_state", "crown_prince", "foreign_minister",
    "spokesperson", "envoy", "secretary_general", "head_of_organization", "defence_minister",
)

#: How well an entry's QID is confirmed (issue 18): by two independent sources, or by one
#: only (a linker should trust a single-source QID less).
QID_CONFIDENCE = ("two-source", "single-source")


@dataclass(frozen=True)
class SourceRef:
    """Where one fact of an entry comes from: file, row, field and the file's licence."""

    source: str  # e.g. "dr5hn/countries.json"
    row: str  # e.g. "iso2=RU"
    field: str  # e.g. "wikiDataId" (what this source contributed)
    licence: str
    note: str | None = None  # e.g. why a value was corrected


@dataclass(frozen=True)
class Derived:
    """A form made by a documented rule, and the source form it was made from."""

    form: str
    base: str
    rule: str


@dataclass(frozen=True)
class Post:
    """An office a person holds or held: the role, the country or organisation it is of, and
    the dates the sources give (ISO `YYYY[-MM[-DD]]`; `as_of` = a date a source states the
    person in office). `sources` are the URLs / repository files that state it."""

    role: str  # one of ROLES
    title: str  # e.g. "Minister of Foreign Affairs of Russia"
    of: str  # entry id: "country:RU" or "org:UN"
    start: str | None = None
    end: str | None = None
    as_of: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None

    @property
    def first_day(self) -> date | None:
        """`start` as a day: the first day of the year or month it names (None when unknown)."""
        return kb_day(self.start, end=False)

    @property
    def last_day(self) -> date | None:
        """`end` as a day: the last day of the year or month it names (None: open-ended)."""
        return kb_day(self.end, end=True)


def kb_day(iso: str | None, *, end: bool) -> date | None:
    """A KB date (YYYY, YYYY-MM or YYYY-MM-DD) as a day: its first day, or its last for an end."""
    if not iso:
        return None
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(parts[0], parts[1], 1)
    return date(*parts[:3])


@dataclass(frozen=True)
class KBEntry:
    """One thing the linker can resolve a mention to.

    `labels_ar` / `labels_en` are names (the first is the display label); `aliases_ar`
    are other names (official and UN names, variants); `nisba_ar` are the adjective
    forms (روسي، الروسية، الروس …), which qualify a role but are not mentions of the
    entity. Every rule-made form is listed in `derived`; every fact has a `sources` ref.
    `homographs_ar` lists names that are also common words: a hit on them needs more
    evidence (e.g. the NER agreeing) before it is trusted.
    """

    id: str
    kind: str
    qid: str | None
    labels_ar: tuple[str, ...]
    labels_en: tuple[str, ...]
    aliases_ar: tuple[str, ...] = ()
    nisba_ar: tuple[str, ...] = ()
    country: str | None = None  # cities: the id of their country's entry
    capital_of: str | None = None  # cities: the id of the country whose capital they are
    geonames_id: str | None = None
    iso2: str | None = None  # countries
    population: int | None = None  # cities, as given by the source (ranking only)
    lat: float | None = None  # places: WGS84 latitude, only where a source gives it (with a `sources` ref)
    lon: float | None = None  # places: WGS84 longitude, as `lat`
    other_qids: tuple[str, ...] = ()  # QIDs other sources give for another scope (not sameAs)
    homographs_ar: tuple[str, ...] = ()  # names that are also common words (مشهد 'scene')
    org_type: str | None = None  # organisations: intergovernmental, un_body, news_agency …
    part_of: str | None = None  # organisations: the id of the body they belong to (org:UN)
    stands_for: str | None = None  # metonymy: the country a building/ministry names (الكرملين → country:RU)
    seat_of: str | None = None  # a building that names the institution it houses (الكرملين → the presidency)
    posts: tuple[Post, ...] = ()  # persons: offices held, with dates and sources
    wikipedia_en: str | None = None  # English Wikipedia title a source gives for this QID (DBpedia IRI)
    qid_confidence: str | None = None  # entries with a QID: one of QID_CONFIDENCE (build/confirm.py)
    name_counts: tuple[tuple[str, int], ...] = ()  # cities, persons: Arabic name → raw news corpus count
    derived: tuple[Derived, ...] = ()
    sources: tuple[SourceRef, ...] = field(default=())

    @property
    def label(self) -> str:
        """Display label: the first Arabic label, else the first English one."""
        return (self.labels_ar or self.labels_en or (self.id,))[0]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict, without empty optional fields (keeps the file small)."""
        data = asdict(self)
        data["sources"] = [{k: v for k, v in s.items() if v is not None} for s in data["sources"]]
        data["posts"] = [{k: v for k, v in p.items() if v not in (None, (), [])} for p in data["posts"]]
        return {k: v for k, v in data.items() if v not in (None, (), [], "") or k == "qid"}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KBEntry:
        return cls(
            id=data["id"],
            kind=data["kind"],
            qid=data.get("qid"),
            labels_ar=tuple(data.get("labels_ar", ())),
            labels_en=tuple(data.get("labels_en", ())),
            aliases_ar=tuple(data.get("aliases_ar", ())),
            nisba_ar=tuple(data.get("nisba_ar", ())),
            country=data.get("country"),
            capital_of=data.get("capital_of"),
            geonames_id=data.get("geonames_id"),
            iso2=data.get("iso2"),
            population=data.get("population"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            other_qids=tuple(data.get("other_qids", ())),
            homographs_ar=tuple(data.get("homographs_ar", ())),
            org_type=data.get("org_type"),
            part_of=data.get("part_of"),
            stands_for=data.get("stands_for"),
            seat_of=data.get("seat_of"),
            wikipedia_en=data.get("wikipedia_en"),
            qid_confidence=data.get("qid_confidence"),
            name_counts=tuple((str(n), int(c)) for n, c in data.get("name_counts", ())),
            posts=tuple(Post(**{**p, "sources": tuple(p.get("sources", ()))}) for p in data.get("posts", ())),
            derived=tuple(Derived(**d) for d in data.get("derived", ())),
            sources=tuple(SourceRef(**s) for s in data.get("sources", ())),
        )


class KnowledgeBase:
    """The entries of one KB file, with lookups by id, QID and kind."""

    def __init__(self, entries: tuple[KBEntry, ...], meta: Mapping[str, Any] | None = None) -> None:
        self.entries = entries
        self.meta: Mapping[str, Any] = dict(meta or {})
        self._by_id = {e.id: e for e in entries}
        if len(self._by_id) != len(entries):
            raise ValueError("duplicate entry ids in the KB")
        self._by_qid: dict[str, list[KBEntry]] = {}
        self._capitals: dict[str, KBEntry] = {}
        for e in entries:
            if e.qid:
                self._by_qid.setdefault(e.qid, []).append(e)
            if e.capital_of:
                self._capitals.setdefault(e.capital_of, e)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def get(self, entry_id: str) -> KBEntry | None:
        return self._by_id.get(entry_id)

    def __getitem__(self, entry_id: str) -> KBEntry:
        return self._by_id[entry_id]

    def by_qid(self, qid: str) -> tuple[KBEntry, ...]:
        return tuple(self._by_qid.get(qid, ()))

    def of_kind(self, kind: str) -> tuple[KBEntry, ...]:
        return tuple(e for e in self.entries if e.kind == kind)

    def country(self, iso2: str) -> KBEntry | None:
        """The country entry for an ISO 3166-1 alpha-2 code ("RU")."""
        return self._by_id.get(f"country:{iso2.upper()}")

    def capital(self, country_id: str) -> KBEntry | None:
        """The capital city entry of a country entry, if the KB has it (the first by id when
        the sources name several, e.g. South Africa's three)."""
        return self._capitals.get(country_id)


def write_kb(path: Path, entries: list[KBEntry], meta: Mapping[str, Any]) -> None:
    """Write a KB file: gzip'd JSON lines, a `{"meta": …}` header then one entry per line.

    Byte-for-byte deterministic (sorted entries, sorted keys, gzip mtime 0), so a rebuild
    from the same sources gives the same file and diffs stay reviewable.
    """
    lines = [json.dumps({"meta": meta}, ensure_ascii=False, sort_keys=True)]
    for entry in sorted(entries, key=lambda e: e.id):
        lines.append(json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True))
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(payload)


def read_kb(path: Path) -> KnowledgeBase:
    """Read a KB file written by `write_kb`."""
    meta: dict[str, Any] = {}
    entries: list[KBEntry] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            data = json.loads(line)
            if "meta" in data and "id" not in data:
                meta = data["meta"]
                if meta.get("format") != FORMAT:
                    raise ValueError(f"{path}: KB format {meta.get('format')!r}, expected {FORMAT}")
                continue
            entries.append(KBEntry.from_json(data))
    return KnowledgeBase(tuple(entries), meta)


def read_kb_meta(path: Path) -> dict[str, Any]:
    """Only the `{"meta": …}` header of a KB file (licence, attribution, counts), without its entries."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                data = json.loads(line)
                return dict(data["meta"]) if "meta" in data and "id" not in data else {}
    return {}


def shipped_kb_path() -> Path:
    """Path of the KB file shipped in the package."""
    return Path(str(resources.files("kg.link.kb").joinpath("data", KB_FILE)))


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The shipped KB, read on first use and then shared by the whole process."""
    return read_kb(shipped_kb_path())


def load_kb(path: Path | None = None) -> KnowledgeBase:
    """A KB from `path`, or the shipped one (cached) when `path` is None."""
    return default_kb() if path is None else read_kb(path)
