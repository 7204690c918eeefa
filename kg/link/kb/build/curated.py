"""Curated data: organisations, metonymic institutions, news agencies, office holders.

Read from the TSV files in `kg/link/kb/curated/`; every row must name its source.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import _is_arabic_name, clean_ar
from kg.link.kb.build.readers import _read_csv
from kg.link.kb.build.sources import BuildError
from kg.link.kb.model import QID_CONFIDENCE, ROLES, Post, SourceRef
from kg.link.normalize import match_key

#: The hand-curated TSV files, shipped in the package (`kg/link/kb/curated/`).
CURATED_DIR = Path(__file__).resolve().parents[1] / "curated"
CURATED_FILES = ("organizations.tsv", "persons.tsv", "posts.tsv", "holders_persons.tsv", "holders_posts.tsv",
                 "capitals_conzept.tsv", "name_counts.tsv", "places.tsv", "naturalearth_places.tsv",
                 "institutions.tsv", "naturalearth_names_ar.tsv", "country_aliases.tsv", "town_counts.tsv")
CURATED_LICENCE = "curated fact, verified by hand against the cited public source"

_QID = re.compile(r"^Q[1-9][0-9]*$")
_CURATED_ID = re.compile(r"^(org|person|place):[A-Za-z0-9][A-Za-z0-9-]*$")
_DATE = re.compile(r"^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$")
_SOURCE = re.compile(
    r"^(https?://\S+|github:[\w.-]+/[\w.-]+@[0-9a-f]{7,40}:\S+|github-index:[0-9]+|corpus:arabic-news-raw)$"
)
ORG_TYPES = frozenset({
    "intergovernmental", "un_body", "eu_institution", "humanitarian", "government_institution",
    "news_agency", "news_outlet",
})
_ORG_COLUMNS = ("id", "type", "qid", "labels_en", "labels_ar", "aliases_ar", "homographs_ar", "country",
                "part_of", "stands_for", "seat_of", "qid_source", "ar_source", "note")
_PLACE_COLUMNS = ("id", "type", "qid", "labels_en", "labels_ar", "aliases_ar", "homographs_ar", "country",
                  "qid_source", "ar_source", "note")
PLACE_TYPES = ("region", "continent")
_PERSON_COLUMNS = ("id", "qid", "labels_en", "labels_ar", "aliases_ar", "homographs_ar", "country",
                   "qid_source", "ar_source", "qid_confidence", "note")
_COUNTRY_ALIAS_COLUMNS = ("country", "aliases_ar", "ar_source", "note")
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
            raise BuildError(f"{where}: malformed source {value!r} (URL, github:owner/repo@commit:path, "
                             "github-index:<id> or corpus:arabic-news-raw with the count in the note; "
                             "a seed article is no source)")
    return values


_SEAT = re.compile(r"seat: (\S+)")


def _seat_source(where: str, row: dict[str, str]) -> str:
    """The source that says a building houses the institution (`seat: URL` in the note)."""
    found = _SEAT.search(row.get("note") or "")
    if not found or not _SOURCE.match(found.group(1)):
        raise BuildError(f"{where}: seat_of without a source (write 'seat: <URL>' in the note)")
    return found.group(1)


def _curated_names(d: EntryDraft, where: str, row: dict[str, str]) -> None:
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


def _curated_entry(d: EntryDraft, fname: str, row: dict[str, str], countries: set[str]) -> None:
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
        confidence = (row.get("qid_confidence") or "").strip() or None
        if confidence is not None and confidence not in QID_CONFIDENCE:
            raise BuildError(f"{where}: unknown qid_confidence {confidence!r} (one of {QID_CONFIDENCE})")
        d.qid_confidence = confidence
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
             curated_dir: Path = CURATED_DIR) -> list[EntryDraft]:
    """Organisations and persons from the curated TSV files, validated (see data/README.md).

    Rejected (the build stops): a row without a source, a malformed QID or source, an
    Arabic name with non-Arabic letters, an unknown country, id, role or reference, a
    malformed date. QIDs used twice are checked with the rest of the KB in `build_kb`.
    """
    drafts: dict[str, EntryDraft] = {}
    org_rows = _read_curated(curated_dir / "organizations.tsv", _ORG_COLUMNS)
    # institutions.tsv: state institutions named by head noun + nisba, kept where news writes them
    # (scripts/kb_institutions.py; issue 18)
    if (curated_dir / "institutions.tsv").exists():
        org_rows += _read_curated(curated_dir / "institutions.tsv", _ORG_COLUMNS)
    # places.tsv: regions news names apart from their cities (قطاع غزة, not the city غزة; issue 18)
    place_rows = (_read_curated(curated_dir / "places.tsv", _PLACE_COLUMNS)
                  if (curated_dir / "places.tsv").exists() else [])
    # holders_*.tsv: office holders mined from public lists (scripts/kb_office_holders.py)
    person_rows = [row for name in ("persons.tsv", "holders_persons.tsv")
                   for row in _read_curated(curated_dir / name, _PERSON_COLUMNS)]
    post_rows = [(f"{name} line {i}", row) for name in ("posts.tsv", "holders_posts.tsv")
                 for i, row in enumerate(_read_curated(curated_dir / name, _POST_COLUMNS), start=2)]
    links: list[tuple[str, str, str]] = []  # (where, field, referenced id)
    for fname, rows, kind in (("organizations.tsv", org_rows, "Organization"),
                              ("persons.tsv", person_rows, "Person"), ("places.tsv", place_rows, "Place")):
        for row in rows:
            entry_id = (row.get("id") or "").strip()
            prefix = {"Organization": "org:", "Person": "person:", "Place": "place:"}[kind]
            if not _CURATED_ID.match(entry_id) or not entry_id.startswith(prefix):
                raise BuildError(f"{fname}: malformed id {entry_id!r}")
            if entry_id in drafts or entry_id in taken_ids:
                raise BuildError(f"{fname}: id {entry_id} is used twice")
            d = EntryDraft(id=entry_id, kind=kind)
            _curated_entry(d, fname, row, countries)
            if kind == "Place" and (row.get("type") or "").strip() not in PLACE_TYPES:
                raise BuildError(f"{fname}:{entry_id}: unknown type {row.get('type')!r} (one of {PLACE_TYPES})")
            if kind == "Organization":
                org_type = (row.get("type") or "").strip()
                if org_type not in ORG_TYPES:
                    raise BuildError(f"{fname}:{entry_id}: unknown type {org_type!r}")
                d.org_type = org_type
                for fld in ("part_of", "stands_for", "seat_of"):
                    ref = (row.get(fld) or "").strip()
                    if ref:
                        setattr(d, fld, ref)
                        links.append((f"{fname}:{entry_id}", fld, ref))
                if d.seat_of:
                    d.sources.append(SourceRef(_seat_source(f"{fname}:{entry_id}", row), f"kg/link/kb/curated/{fname}:"
                                               f"{entry_id}", "seat_of", CURATED_LICENCE))
            # names too common to trust without the NER agreeing (مجلس الأمن; محمد مصطفى, many people)
            for name in _split(row.get("homographs_ar")):
                if match_key(name) not in d.name_keys():
                    raise BuildError(f"{fname}:{entry_id}: homograph {name!r} is not one of its names")
                d.homographs.append(name)
            drafts[entry_id] = d
    for where, row in post_rows:
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


def country_aliases(countries: dict[str, EntryDraft], curated_dir: Path = CURATED_DIR) -> None:
    """Arabic names of countries that the country sources lack and the news writes (country_aliases.tsv: سورية is
    in none of them), each with its source; the build stops on a row without one."""
    path = curated_dir / "country_aliases.tsv"
    if not path.exists():
        return
    for row in _read_curated(path, _COUNTRY_ALIAS_COLUMNS):
        iso = (row.get("country") or "").strip()
        where = f"country_aliases.tsv:{iso}"
        d = countries.get(iso)
        if d is None:
            raise BuildError(f"{where}: unknown country {iso!r}")
        sources = _check_sources(where, _split(row.get("ar_source")))
        if not sources:
            raise BuildError(f"{where}: no ar_source")
        for name in _split(row.get("aliases_ar")):
            if clean_ar(name) != name or not _is_arabic_name(name):
                raise BuildError(f"{where}: alias {name!r} is not Arabic letters only")
            if not d.add_alias_ar(name):
                raise BuildError(f"{where}: alias {name!r} is already a name of {iso}")
        note = (row.get("note") or "").strip() or None
        for src in sources:
            d.sources.append(SourceRef(src, f"kg/link/kb/curated/{where}", "aliases_ar", CURATED_LICENCE, note))


def _check_unique_qids(drafts: list[EntryDraft]) -> None:
    """A QID names one entry: two entries with the same QID are an error."""
    seen: dict[str, str] = {}
    for d in drafts:
        if d.qid:
            if d.qid in seen:
                raise BuildError(f"QID {d.qid} is used by {seen[d.qid]} and {d.id}")
            seen[d.qid] = d.id
