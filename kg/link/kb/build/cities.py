"""Cities: dr5hn's cities filtered to the news region, with CLDR names and checked QIDs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.link.home_divisions import load_regions
from kg.link.kb.build.decisions import (
    _ADMIN_WORDS,
    CAPITAL_QIDS,
    CITY_NAME_ALLOW,
    CITY_NAME_REJECT,
    CITY_STATE_TYPES,
    CITY_TYPES,
    CONZEPT,
    KNOWN_CAPITAL_FIXES,
    MISSING_CITY_COUNTRIES,
    NEWS_REGION,
    README_CHECKED_CITY_QIDS,
)
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import (
    _fold,
    _int,
    _is_arabic_name,
    _place_key,
    _slug,
    clean_ar,
    first_letter_ok,
)
from kg.link.kb.build.readers import Zone, _read_csv, _read_json, _read_yaml
from kg.link.kb.build.settlement import StateIndex, adm_reason
from kg.link.kb.build.sources import CLDR, CODES, DR5HN, MLEDOZE, RIGOUR
from kg.link.kb.build.towns import read_town_counts
from kg.link.kb.model import SourceRef
from kg.link.normalize import match_key

CAPITAL_LIST_LICENCE = "no licence file; only the fact (a Wikidata QID, CC0) is taken"
CAPITAL_LIST = Path(__file__).resolve().parents[1] / "curated" / "capitals_conzept.tsv"


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


def _cities(src: Path, countries: dict[str, EntryDraft], zones: list[Zone], summary: Summary) -> list[EntryDraft]:
    raw = _read_csv(src / DR5HN / "cities_extract.tsv", delimiter="\t")
    rows = [_CityRow(i, r) for i, r in enumerate(raw)]
    states = _read_csv(src / DR5HN / "states.csv")
    capitals = _capital_names(src)
    country_qids = {d.qid for d in countries.values() if d.qid}
    bled = _bleed_owners(rows)
    capital_list = read_capital_list()
    state_index = StateIndex(states)

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
    seat_names = _division_seat_names()
    zone_by_name: dict[tuple[str, str], Zone] = {}
    for z in zones:
        zone_by_name.setdefault((z.territory, _place_key(z.name_en)), z)

    def zone_for(cc: str, name: str) -> Zone | None:
        return zone_by_name.get((cc, _place_key(name)))

    towns = read_town_counts()
    picked: list[tuple[tuple[Any, ...], EntryDraft]] = []
    for cr in rows:
        r, cc = cr.row, cr.cc
        kind = r.get("type", "")
        if kind not in CITY_TYPES or cc not in countries or _ADMIN_WORDS.search(_fold(cr.name)):
            continue
        is_capital = (_place_key(cr.name) in capitals.get(cc, ())
                      or _place_key(r.get("native", "")) in capitals.get(cc, ()))
        zone = zone_for(cc, cr.name)
        pop = cr.population or 0
        if kind == "capital" and not is_capital and not zone:
            continue  # districts of a capital, typed "capital" upstream
        major = pop >= 1_000_000 or (cc in NEWS_REGION and (pop >= 500_000 or (kind == "adm1" and pop >= 100_000)))
        # the seat of a first-level division named as it (نابل of ولاية نابل), whatever its population
        seat = kind == "adm1" and match_key(clean_ar(r.get("name_ar", ""))) in seat_names.get(cc, ())
        town = towns.get(clean_ar(r.get("name_ar", ""))) if cc in NEWS_REGION else None
        if not (is_capital or zone or major or seat or (town and town.attested)):
            continue
        adm = adm_reason(r, state_index, capital=is_capital)
        if adm:
            summary.dropped.append(
                f"city {cc} {cr.name} (id={r['id']}): an administrative unit, not a settlement: {adm}")
            continue
        if (cc, cr.name) in CITY_NAME_REJECT:
            summary.dropped.append(f"city {cc} {cr.name}: reviewed: {CITY_NAME_REJECT[(cc, cr.name)]}")
            continue
        ar, why = _check_city_name(cr)
        if ar is None and not zone:
            summary.dropped.append(f"city {cc} {cr.name} ({r.get('name_ar', '')}): {why}")
            continue
        d = EntryDraft(id="", kind="City", country=countries[cc].id, population=cr.population)
        d.add_label_en(cr.name)
        row_ref = f"id={r['id']}"
        d.ref(DR5HN, "cities_extract.tsv", row_ref, "name,country_code,type,population")
        if town and not (is_capital or zone or major or seat):
            d.town = True  # its evidence: the name's count in the news corpus (`name_counts`)
            d.name_counts[town.name] = town.count
        d.set_point(r, DR5HN, "cities_extract.tsv", row_ref)
        if zone:
            d.add_label_ar(zone.name_ar)
            d.reviewed_ar.add(match_key(zone.name_ar))
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
                d.sources = [x for x in d.sources
                             if not (x.source.endswith("cities_extract.tsv") and x.field == "wikiDataId")]
                state = "known wrong (kb-sources README)" if known else ("dropped" if old != "none" else "missing")
                d.ref(DR5HN, "states.csv", f"iso3166_2={fix['iso3166_2']}", "wikiDataId",
                      f"city-state row; the city row's QID {old} is {state}")
                summary.qid_fixes.append(f"{cc} {cr.name}: {old} ({state}) → {d.qid} (states.csv {fix['iso3166_2']})")
            else:
                summary.notes.append(
                    f"{cc} {cr.name}: kept {d.qid}; states.csv {fix['iso3166_2']} ({fix.get('type')}) gives "
                    f"{fix['wikiDataId']} (not applied: the city row's QID is not known to be wrong)"
                )
        if is_capital and (cc, cr.name) in CAPITAL_QIDS and CAPITAL_QIDS[(cc, cr.name)][0] != d.qid:
            _capital_qid(cc, cr.name, d, summary)
        if d.qid and d.qid in rigour_qids:
            d.ref(RIGOUR, f"territories/{rigour_qids[d.qid]}", "qid", "qid", "confirms")
        rank = (1 if d.town else 0, 0 if is_capital else 1, 0 if zone else 1, 0 if d.qid else 1, CITY_TYPES[kind],
                -pop, cr.index)
        d.id = f"city:{cc}:{_slug(cr.name)}"
        picked.append((rank, d))

    picked += _city_states_only(states, countries, capitals, zone_for, rigour_qids, summary)
    kept = _dedupe_cities(picked, summary)
    # after the duplicates went: a dropped twin's QID is no disagreement (San José's canton row)
    for d in kept:
        if d.capital_of:
            _check_capital_list(d.capital_of.split(":", 1)[1], d, capital_list, summary)
    return kept


def _division_seat_names() -> dict[str, frozenset[str]]:
    """Per country code, the match keys of the first-level division names its news writes after their noun
    (`lexicons/home_regions.tsv`: "ولاية نابل", "محافظة مأرب"). A settlement typed adm1 (GeoNames PPLA, the seat
    of a first-level division) with that very name is the division's seat town (نابل, مأرب), named in the news
    of its state whatever its population; adm1 rows of other names (a district typed so, "مركز") stay out."""
    out: dict[str, set[str]] = {}
    for country, _noun, name in load_regions():
        out.setdefault(country.split(":", 1)[1], set()).add(match_key(name))
    return {cc: frozenset(names) for cc, names in out.items()}


def read_capital_list() -> dict[str, tuple[str, str]]:
    """conzept's country → capital QID table (`curated/capitals_conzept.tsv`, see data/README.md)."""
    if not CAPITAL_LIST.exists():
        return {}
    rows = _read_csv(CAPITAL_LIST, delimiter="\t")
    return {r["iso2"]: (r["qid"], r.get("capital_en") or "") for r in rows}


def _check_capital_list(cc: str, d: EntryDraft, capital_list: dict[str, tuple[str, str]], summary: Summary) -> None:
    """A second source for a capital's QID: conzept's capital of the country (Wikidata P36).
    The same QID confirms it; another one is written down as a disagreement (the country
    lists' capital and its QID are kept: the list may name another seat, e.g. Aden)."""
    if cc not in capital_list or not d.qid or any(x.source == CONZEPT for x in d.sources):
        return
    qid, name = capital_list[cc]
    if qid == d.qid:
        d.sources.append(SourceRef(CONZEPT, f"iso2={cc}", "qid", CAPITAL_LIST_LICENCE, "capital list confirms"))
    else:
        label = next(iter(d.labels_en.values()), d.id)
        summary.qid_disagreements.append(
            f"{d.id} ({label}) {d.qid}: conzept's capital of {cc} is {qid} ({name or 'no name'}); kept {d.qid} "
            f"(the country lists name {label}; a different QID there is another seat or a different item)")


def confirm_capitals(added: list[EntryDraft], summary: Summary) -> None:
    """The capital list's check for capitals added after `_cities` (Natural Earth's, `ne_cities`): Washington's
    Q61 is Natural Earth's alone until conzept's capital of the US confirms it, as it does for dr5hn's capitals."""
    capital_list = read_capital_list()
    for d in added:
        if d.capital_of:
            _check_capital_list(d.capital_of.split(":", 1)[1], d, capital_list, summary)


def _capital_qid(cc: str, name: str, d: EntryDraft, summary: Summary) -> None:
    """Replace a capital row's QID by the one the capital lists give (`CAPITAL_QIDS`)."""
    qid, sources, why = CAPITAL_QIDS[(cc, name)]
    old = d.qid or "none"
    d.sources = [x for x in d.sources if not (x.source.endswith("cities_extract.tsv") and x.field == "wikiDataId")]
    for src in sources:
        d.sources.append(SourceRef(src, f"capital of {cc}", "qid", CAPITAL_LIST_LICENCE, "capital list"))
    d.other_qids = [q for q in (old,) if q != "none"]
    d.qid = qid
    summary.qid_decisions.append(f"{cc} {name} (capital): {old} → {qid}; {why}; sources: {', '.join(sources)}")


def _city_qid(cr: _CityRow, bled: set[int], country_qids: set[str], state_qid_names: dict[str, set[str]],
              summary: Summary, d: EntryDraft) -> str | None:
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


def _city_states_only(states: list[dict[str, str]], countries: dict[str, EntryDraft],
                      capitals: dict[str, set[str]], zone_for: Callable[[str, str], Zone | None],
                      rigour_qids: dict[str, str], summary: Summary) -> list[tuple[tuple[Any, ...], EntryDraft]]:
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
        d = EntryDraft(id=f"city:{cc}:{_slug(st['name'])}", kind="City", country=countries[cc].id,
                   population=_int(st.get("population") or ""))
        d.add_label_en(st["name"])
        d.add_label_ar(zone.name_ar)
        d.reviewed_ar.add(match_key(zone.name_ar))
        row_ref = f"iso3166_2={st['iso3166_2']}"
        d.ref(DR5HN, "states.csv", row_ref, "name,country_code,type")
        d.set_point(st, DR5HN, "states.csv", row_ref)
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


def _dedupe_cities(picked: list[tuple[tuple[Any, ...], EntryDraft]], summary: Summary) -> list[EntryDraft]:
    """One entry per place: same country and Arabic name, or same QID → keep the best row."""
    picked.sort(key=lambda p: p[0])
    kept: list[EntryDraft] = []
    seen_names: dict[tuple[str | None, str], EntryDraft] = {}
    seen_qids: dict[str, EntryDraft] = {}
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
