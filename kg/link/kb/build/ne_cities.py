"""New city entries from Natural Earth's populated places (issues 18 and 13).

dr5hn's city table has no rows for some countries news writes about most (Spain, Italy, the
US, India …: `MISSING_CITY_COUNTRIES`) and filters the rest by population, so Madrid, Rome
or New York were not in the KB. Natural Earth (`curated/naturalearth_places.tsv`, public
domain) types every point as a settlement and gives its Wikidata and GeoNames ids. A place
becomes a NEW city entry when:

- it is a settlement (`SETTLEMENT_CLASSES`: populated place or a capital; no historic
  place, no scientific station) of a country the KB has;
- news needs it: a national capital, or `pop_max` ≥ 1,000,000 (500,000 in the news region:
  the thresholds the build already uses for dr5hn's cities). Admin-1 capitals below that were
  tried and left out: ~1,100 more towns linked one dev-set place fewer (measured 2026-12-06,
  aggregate figures); a provincial seat abroad is rarely named in Arabic news and its name
  more often clashes with a word or a person;
- the KB lacks it: no entry has its QID, no city of its country has its English name
  (folded), and no entry (of any kind, in any country) has its Arabic name: a new town must
  not make a name the KB already resolves ambiguous;
- it has an Arabic name from a source: CLDR's exemplar city of a time zone of that country
  with the same English name (reviewed: a label), dr5hn's city row with the same QID and
  English name (its `name_ar`, checked like every dr5hn name; a row the settlement checks
  call an administrative unit, such as a Chinese prefecture, is no source), or Natural Earth's own
  `NAME_AR` (Wikidata's Arabic label, in releases from 4.1 on): from the extracted file when it
  has it, else from `curated/naturalearth_names_ar.tsv` (transcribed from the official
  repository's 1:110m populated places, which carry it; the 1:10m extract does not). Source names the news corpus does
  not attest become aliases (`attest.py`). A place without any Arabic name is logged, not added: the
  linker reads Arabic.

Their names that no reviewed source gives (dr5hn's, Natural Earth's) are marked homographs:
such a table spells a town of a world list with whatever word fits (Medan ميدان 'square',
Samara سمراء 'dark', Arak أراك 'I see you'), so the name links only where the NER tags a place,
never from the gazetteer alone. CLDR's exemplar cities keep full weight.

Its QID is Natural Earth's; a dr5hn row with the same QID is a second source (`two-source`),
otherwise it is `single-source`.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kg.link.kb.build.cities import _check_city_name, _CityRow
from kg.link.kb.build.decisions import CITY_NAME_REJECT, CITY_TYPES, NEWS_REGION
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import _place_key, _slug
from kg.link.kb.build.naturalearth import NE_FILE, NE_LICENCE
from kg.link.kb.build.readers import Zone, _read_csv
from kg.link.kb.build.settlement import StateIndex, adm_reason
from kg.link.kb.build.sources import CLDR, DR5HN
from kg.link.kb.model import SourceRef
from kg.link.normalize import match_key

#: Natural Earth feature classes that are settlements (the others: historic place, scientific station).
SETTLEMENT_CLASSES = frozenset({"Populated place", "Admin-0 capital", "Admin-0 capital alt", "Admin-0 region capital",
                                "Admin-1 capital", "Admin-1 region capital"})
CAPITAL_CLASSES = frozenset({"Admin-0 capital", "Admin-0 capital alt"})
ADMIN1_CLASSES = frozenset({"Admin-1 capital", "Admin-1 region capital"})
#: The population thresholds the build uses for dr5hn's cities (`cities.py`): 1 M worldwide,
#: 500 k in the news region.
MIN_POP, MIN_POP_NEWS_REGION = 1_000_000, 500_000


def _wanted(row: dict[str, str]) -> bool:
    cla = row["featurecla"]
    if cla not in SETTLEMENT_CLASSES:
        return False
    pop = int(row["pop_max"]) if row["pop_max"] else 0
    return cla in CAPITAL_CLASSES or pop >= (MIN_POP_NEWS_REGION if row["iso2"] in NEWS_REGION else MIN_POP)


#: Natural Earth's own Arabic names (`NAME_AR`) of places, by QID, for an extract without them.
NE_NAMES_AR = NE_FILE.with_name("naturalearth_names_ar.tsv")


def read_ne_names_ar(path: Path = NE_NAMES_AR) -> tuple[str, dict[tuple[str, str], str]]:
    """The file's source line and its Arabic names by (country, QID); empty when the file is absent."""
    if not path.exists():
        return "", {}
    with path.open(encoding="utf-8") as fh:
        source = fh.readline().removeprefix("# source: ").split(" (", 1)[0].strip()
        names = {(r["iso2"], r["qid"]): r["name_ar"] for r in csv.DictReader(fh, delimiter="\t")}
    return source, names


def _names(row: dict[str, str]) -> set[str]:
    names = {row["name"], row["name_ascii"], row["name_en"], *row["name_alt"].split("|")}
    return {_place_key(n) for n in names if n.strip()}


def add_ne_cities(src: Path, drafts: list[EntryDraft], countries: dict[str, EntryDraft], zones: list[Zone],
                  summary: Summary, path: Path = NE_FILE, names_path: Path = NE_NAMES_AR) -> list[EntryDraft]:
    """The new city drafts (see the module docstring); `drafts`: every entry built so far."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        source = fh.readline().removeprefix("# source: ").split(" (", 1)[0].strip()
        rows = list(csv.DictReader(fh, delimiter="\t"))
    names_source, names_ar = read_ne_names_ar(names_path)
    taken = {q for d in drafts for q in (d.qid, *d.other_qids) if q}
    ids = {d.id for d in drafts}
    en_names: set[tuple[str, str]] = set()
    ar_names: set[str] = set()  # every Arabic name of every entry built so far
    for d in drafts:
        if d.kind == "City" and d.country:
            en_names.update((d.country, _place_key(n)) for n in d.labels_en.values())
        ar_names.update(d.name_keys())
    zone_names: dict[tuple[str, str], Zone] = {}
    for z in zones:
        zone_names.setdefault((z.territory, _place_key(z.name_en)), z)
    states = StateIndex(_read_csv(src / DR5HN / "states.csv")) if (src / DR5HN / "states.csv").exists() else None
    dr5hn: dict[str, list[dict[str, str]]] = {}
    for r in _read_csv(src / DR5HN / "cities_extract.tsv", delimiter="\t"):
        if r.get("wikiDataId"):
            dr5hn.setdefault(r["wikiDataId"].strip(), []).append(r)

    out: list[EntryDraft] = []
    for row in rows:
        cc, qid = row["iso2"], row["qid"]
        if cc not in countries or not _wanted(row):
            continue
        country = countries[cc].id
        names = _names(row)
        label_en = row["name_en"] or row["name"]
        what = f"Natural Earth place {cc} {label_en} ({qid})"
        if qid in taken or any((country, n) in en_names for n in names):
            continue  # the KB has it
        d = EntryDraft(id="", kind="City", country=country, qid=qid, population=int(row["pop_max"] or 0) or None)
        d.add_label_en(label_en)
        if row["name"] != label_en:
            d.add_label_en(row["name"])
        ref = f"wikidataid={qid}"
        d.sources.append(SourceRef(source, ref, "name,featurecla,pop_max", NE_LICENCE))
        d.sources.append(SourceRef(source, ref, "wikidataid", NE_LICENCE, "the place's QID"))
        d.lat, d.lon = float(row["lat"]), float(row["lon"])
        d.sources.append(SourceRef(source, ref, "latitude,longitude", NE_LICENCE))
        if row["geonameid"]:
            d.geonames_id = row["geonameid"]
            d.sources.append(SourceRef(source, ref, "geonameid", NE_LICENCE))
        # a second seat or a claimed one ("Admin-0 capital alt": Baguio, Putrajaya, Bir Lehlou) is
        # wanted as a place but is not the country's capital
        is_capital = row["featurecla"] == "Admin-0 capital" and not any(x.capital_of == country for x in drafts + out)
        zone = next((zone_names[(cc, n)] for n in names if (cc, n) in zone_names), None)
        if zone:
            d.add_label_ar(zone.name_ar)
            d.reviewed_ar.add(match_key(zone.name_ar))
            d.ref(CLDR, "timeZoneNames", zone.zone, "exemplarCity(ar)")
        for r in dr5hn.get(qid, ()):
            if r["country_code"] != cc or _place_key(r["name"]) not in names or r.get("type") not in CITY_TYPES:
                continue
            adm = adm_reason(r, states, capital=is_capital) if states else None
            if adm:  # dr5hn gave the city's QID to the unit around it (a prefecture): not a source here
                summary.dropped.append(f"dr5hn row id={r['id']} for {what}: an administrative unit: {adm}")
                continue
            d.ref(DR5HN, "cities_extract.tsv", f"id={r['id']}", "wikiDataId", "second source of the QID")
            ar, why = _check_city_name(_CityRow(0, r))
            if ar:
                d.add_label_ar(ar)
                d.ref(DR5HN, "cities_extract.tsv", f"id={r['id']}", "name_ar")
            elif r.get("name_ar"):
                summary.dropped.append(f"city name {r['name_ar']} of {what}: {why}")
        ne_ar, ar_source = row.get("name_ar") or "", source
        if not ne_ar and (cc, qid) in names_ar:
            ne_ar, ar_source = names_ar[(cc, qid)], names_source
        if ne_ar and (cc, label_en) in CITY_NAME_REJECT:
            summary.dropped.append(f"city name {ne_ar} of {what}: reviewed: {CITY_NAME_REJECT[(cc, label_en)]}")
            ne_ar = ""
        if ne_ar:
            ar, why = _check_city_name(_CityRow(0, {"name": label_en, "name_ar": ne_ar, "country_code": cc}))
            if ar:
                d.add_label_ar(ar)
                d.sources.append(SourceRef(ar_source, f"WIKIDATAID={qid}" if ar_source != source else ref,
                                           "name_ar", NE_LICENCE))
            else:
                summary.dropped.append(f"city name {ne_ar} of {what}: {why}")
        if not d.labels_ar:
            summary.dropped.append(f"{what}: no Arabic name in any source (not added)")
            continue
        if any(k in ar_names for k in d.labels_ar):
            summary.dropped.append(f"{what}: its Arabic name is already another entry's (not added: "
                                   "it would make a known name ambiguous)")
            continue
        if is_capital:
            d.capital_of = country
        base = f"city:{cc}:{_slug(label_en)}"
        d.id = base if base not in ids else f"{base}-{qid.lower()}"
        ids.add(d.id)
        taken.add(qid)
        en_names.update((country, n) for n in names)
        ar_names.update(d.name_keys())
        summary.ne_added += 1
        out.append(d)
    return out


def mark_unreviewed_homographs(added: list[EntryDraft]) -> None:
    """Mark the Arabic names of the added cities that no reviewed source gives as homographs."""
    for d in added:
        for key, text in (*d.labels_ar.items(), *d.aliases_ar.items()):
            if key not in d.reviewed_ar and text not in d.homographs:
                d.homographs.append(text)
