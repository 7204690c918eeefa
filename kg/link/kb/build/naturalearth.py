"""A second QID source for cities: Natural Earth's populated places (issue 18, items 1 and 2).

`curated/naturalearth_places.tsv` is extracted from Natural Earth 1:10m populated places
(`scripts/kb_natural_earth.py`; public domain): 7,084 points, each typed as a settlement
(populated place, admin-0/admin-1 capital), with the Wikidata QID and GeoNames id the Natural
Earth project matched to it. It is made independently of dr5hn's city table, so a city QID
both give is `two-source`.

A KB city is matched to the Natural Earth places of its country within `MATCH_KM` of its
point. Then, in this order:
1. a place there with the city's own QID confirms it (and gives its GeoNames id, if the city
   has none);
2. else a place there with the city's English name (folded) and another QID is a
   **disagreement**. Where a third source (conzept's capital list) gives that same other QID,
   two independent sources outvote dr5hn and the QID changes; where that QID is already
   another KB entry's (a city-state whose capital is the country item: Singapore Q334), the
   city keeps no QID of its own (the country entry carries it); otherwise the city keeps its
   QID and the disagreement is written down;
3. a city without a QID takes the named place's QID as `single-source` (dr5hn gave none, or
   gave one the build dropped), unless another entry has it.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

from kg.link.kb.build.decisions import CITY_QID_DECISIONS
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import _place_key
from kg.link.kb.model import SourceRef

NE_FILE = Path(__file__).resolve().parents[1] / "curated" / "naturalearth_places.tsv"
NE_LICENCE = "public domain (Natural Earth)"
#: A Natural Earth point and a dr5hn point of one city lie within this distance (city centres
#: are placed differently; a metropolis spans tens of kilometres).
MATCH_KM = 25.0


@dataclass(frozen=True)
class NEPlace:
    iso2: str
    names: frozenset[str]  # folded English names (name, ASCII name, English name, alternates)
    featurecla: str
    lat: float
    lon: float
    geonameid: str
    qid: str


def read_places(path: Path = NE_FILE) -> tuple[str, list[NEPlace]]:
    """(the source string of the file, its places); ("", []) without the file."""
    if not path.exists():
        return "", []
    with path.open(encoding="utf-8") as fh:
        first = fh.readline()
        source = first.removeprefix("# source: ").split(" (", 1)[0].strip()
        places = []
        for r in csv.DictReader(fh, delimiter="\t"):
            names = {r["name"], r["name_ascii"], r["name_en"], *r["name_alt"].split("|")}
            places.append(NEPlace(r["iso2"], frozenset(_place_key(n) for n in names if n.strip()),
                                  r["featurecla"], float(r["lat"]), float(r["lon"]), r["geonameid"], r["qid"]))
    return source, places


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def confirm_cities(cities: list[EntryDraft], used_qids: set[str], capital_list: dict[str, tuple[str, str]],
                   summary: Summary, path: Path = NE_FILE) -> None:
    """Confirm, dispute or fill the cities' QIDs from Natural Earth (see the module docstring).

    `used_qids`: the QIDs of the other KB entries (countries, organisations, persons, places);
    `capital_list`: conzept's ISO code → (capital QID, name).
    """
    source, places = read_places(path)
    if not places:
        return
    by_country: dict[str, list[NEPlace]] = {}
    for p in places:
        by_country.setdefault(p.iso2, []).append(p)
    taken = used_qids | {d.qid for d in cities if d.qid}
    for d in cities:
        cc = d.id.split(":")[1]
        if d.lat is None or d.lon is None:
            continue
        near = [p for p in by_country.get(cc, ()) if km(d.lat, d.lon, p.lat, p.lon) <= MATCH_KM]
        names = {_place_key(n) for n in d.labels_en.values()}
        same = next((p for p in near if p.qid == d.qid), None) if d.qid else None
        if same is not None:
            _cite(d, source, same, "confirms")
            if not d.geonames_id and same.geonameid:
                d.geonames_id = same.geonameid
                d.sources.append(SourceRef(source, f"wikidataid={same.qid}", "GEONAMEID", NE_LICENCE))
            summary.ne_confirmed += 1
            continue
        named = next((p for p in near if p.names & names), None)
        if named is None:
            continue
        label = next(iter(d.labels_en.values()), d.id)
        if d.qid is None:
            if named.qid in taken:
                continue
            d.qid = named.qid
            taken.add(named.qid)
            _cite(d, source, named, "the only source of this QID")
            summary.ne_filled += 1
            continue
        _cite(d, source, named, f"gives {named.qid}")
        third = capital_list.get(cc, ("", ""))[0] if d.capital_of else ""
        if third == named.qid:  # decided below: the capital list's disagreement is settled
            summary.qid_disagreements[:] = [x for x in summary.qid_disagreements if not x.startswith(f"{d.id} (")]
        if third == named.qid and named.qid in used_qids:
            summary.qid_decisions.append(
                f"{d.id} ({label}): {d.qid} → none; Natural Earth and conzept's capital list give {named.qid}, "
                f"the country's own item (a city-state), which the country entry carries; dr5hn alone gave {d.qid}")
            d.other_qids.append(d.qid)
            d.sources = [x for x in d.sources if not (x.field == "wikiDataId" and x.source.startswith("dr5hn"))]
            d.qid = None
        elif d.id in CITY_QID_DECISIONS and CITY_QID_DECISIONS[d.id][0] == named.qid:
            chosen, rejected, sources, why = CITY_QID_DECISIONS[d.id]
            summary.qid_decisions.append(f"{d.id} ({label}): {d.qid} → {chosen}; Natural Earth gives {chosen}; {why}")
            d.other_qids.append(d.qid)
            d.sources = [x for x in d.sources if not (x.field == "wikiDataId" and x.source.startswith("dr5hn"))
                         and not (x.source == source)]
            d.qid = chosen
            _cite(d, source, named, "confirms")
            for src in sources:
                d.sources.append(SourceRef(src, f"QID of {label}", "qid", "code file; only the QID (CC0) is taken",
                                           "third source (CITY_QID_DECISIONS)"))
        elif third == named.qid:
            summary.qid_decisions.append(
                f"{d.id} ({label}): {d.qid} → {named.qid}; Natural Earth and conzept's capital list agree "
                f"against dr5hn")
            d.other_qids.append(d.qid)
            d.sources = [x for x in d.sources if not (x.field == "wikiDataId" and x.source.startswith("dr5hn"))
                         and not (x.source == source)]
            d.qid = named.qid
            _cite(d, source, named, "confirms")
        else:
            summary.qid_disagreements.append(
                f"{d.id} ({label}) {d.qid}: Natural Earth's {named.featurecla.lower()} '{label}' "
                f"(GeoNames {named.geonameid or '?'}) is {named.qid}; kept {d.qid} (no third source decides)")


def _cite(d: EntryDraft, source: str, place: NEPlace, note: str) -> None:
    ref = SourceRef(source, f"geonameid={place.geonameid or '?'}", "wikidataid", NE_LICENCE, note)
    if ref not in d.sources:
        d.sources.append(ref)
