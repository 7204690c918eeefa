"""`build_kb`: every part of the KB build in order, the KB file written, and the command line."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from kg.link.home_divisions import TABLE as DIVISION_TABLE
from kg.link.kb.build.attest import attest_names
from kg.link.kb.build.cities import _cities, confirm_capitals, read_capital_list
from kg.link.kb.build.confirm import confidence
from kg.link.kb.build.countries import _add_name_variants, _countries
from kg.link.kb.build.curated import CURATED_DIR, CURATED_FILES, _check_unique_qids, _curated, country_aliases
from kg.link.kb.build.decisions import CURATED_QID_DECISIONS, HOMOGRAPHS, KNOWN_CAPITAL_FIXES
from kg.link.kb.build.divisions import BARE_NAMES, OWN_NAMES, SPELLINGS, divisions
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import _sha256
from kg.link.kb.build.naturalearth import confirm_cities
from kg.link.kb.build.ne_cities import add_ne_cities, mark_unreviewed_homographs
from kg.link.kb.build.nisba import _drop_nisba_name_clashes, _nisba
from kg.link.kb.build.organizations import _organizations
from kg.link.kb.build.readers import cldr_zones
from kg.link.kb.build.sources import ATTRIBUTION, DR5HN, INPUT_FILES, RIGOUR, BuildError
from kg.link.kb.build.towns import settle_towns
from kg.link.kb.model import FORMAT, KB_FILE, write_kb
from kg.link.kb.spelling import read_counts
from kg.link.normalize import match_key


def _log_curated_decisions(drafts: list[EntryDraft], summary: Summary) -> None:
    """Curated QIDs the sources disagreed on (`CURATED_QID_DECISIONS`): check and log them."""
    by_id = {d.id: d for d in drafts}
    for entry_id, (chosen, rejected, where, why) in CURATED_QID_DECISIONS.items():
        d = by_id.get(entry_id)
        if d is None:
            continue  # a build without the curated files
        if d.qid != chosen:
            raise BuildError(f"{entry_id}: QID {d.qid}, but CURATED_QID_DECISIONS chose {chosen}")
        summary.qid_decisions.append(f"{entry_id}: {chosen} (not {rejected}, {where}) — {why}")


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
    if curated is not None:
        country_aliases(countries, curated)
    for d in countries.values():
        _add_name_variants(d)
    _nisba(sources, countries, summary)
    cities = _cities(sources, countries, zones, summary)
    for d in cities:
        _add_name_variants(d)
    if curated is not None:
        attest_names(cities, read_counts(curated / "name_counts.tsv"), summary)
    # small towns come last: they take no name or QID another source's entry has
    towns = [d for d in cities if d.town]
    cities = [d for d in cities if not d.town]
    orgs = _organizations(sources, summary)
    drafts = list(countries.values()) + cities + orgs
    if curated is not None:
        drafts += _curated({d.id for d in countries.values()}, {d.id for d in drafts}, summary, curated)
        others = {d.qid for d in drafts if d.qid and d.kind != "City"}
        confirm_cities(cities, others, read_capital_list(), summary)
        added = add_ne_cities(sources, drafts, countries, zones, summary)
        for d in added:
            _add_name_variants(d)
        attest_names(added, read_counts(curated / "name_counts.tsv"), summary)
        mark_unreviewed_homographs(added)
        confirm_capitals(added, summary)
        cities += added
        drafts += added
        # first-level divisions of Arab states, named noun + name (منطقة الرياض: the region, not the city)
        drafts += divisions(sources, countries, {d.qid: d.id for d in drafts if d.qid}, summary)
    towns = settle_towns(towns, drafts, summary)
    cities += towns
    drafts += towns
    _check_unique_qids(drafts)
    _drop_nisba_name_clashes(drafts, summary)
    _mark_homographs(drafts, summary)
    _check_known_fixes(cities)
    _log_curated_decisions(drafts, summary)
    if curated is not None:
        attest_names([d for d in drafts if d.kind == "Person"], read_counts(curated / "name_counts.tsv"), summary)
    for d in drafts:
        if d.qid and d.qid_confidence is None:
            d.qid_confidence = confidence(d.sources)

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
        "lexicons": {t.name: _sha256(t) for t in (DIVISION_TABLE, OWN_NAMES, SPELLINGS, BARE_NAMES)} if curated else {},
        "cldr": versions,
        "qid_decisions": summary.qid_decisions,
        "qid_fixes": summary.qid_fixes,
        "qid_disagreements": summary.qid_disagreements,
    }
    write_kb(out, entries, meta)
    summary.sha256 = _sha256(out)
    return summary


def _mark_homographs(drafts: list[EntryDraft], summary: Summary) -> None:
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


def _check_known_fixes(cities: list[EntryDraft]) -> None:
    """The README's known-wrong capital QIDs must come out corrected (when the city is built)."""
    by_name = {(d.id.split(":")[1], next(iter(d.labels_en.values()), "")): d for d in cities}
    for (cc, name), (wrong, right) in KNOWN_CAPITAL_FIXES.items():
        d = by_name.get((cc, name))
        if d is not None and d.qid != right:
            raise BuildError(f"{cc} {name}: expected QID {right} (the source's {wrong} is wrong), got {d.qid}")


def default_output() -> Path:
    """The KB file inside the source tree (what the repository ships)."""
    return Path(__file__).resolve().parents[1] / "data" / KB_FILE


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
        lines = (summary.qid_decisions + summary.qid_fixes + summary.qid_disagreements
                 + summary.dropped + summary.notes)
        args.log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0

