"""Is a city row of dr5hn's `cities_extract.tsv` a settlement, or an administrative unit?

Issue 18: the source types some district and prefecture rows `city` (all of Bangladesh's
district rows: Dhaka District Q1850485 filed as the capital, with 1–17 million inhabitants;
Meknès, Oujda-Angad … whose QID is the prefecture's). The `type` column alone does not
tell, so a row is an administrative (ADM) row when its own source says so by one of:

- **type**: the row's `type` is not a settlement type (`CITY_TYPES`), or its English name
  carries an administrative word (district, province, prefecture …);
- **QID**: its QID is the QID `states.csv` gives a same-named ADM unit (prefecture,
  province, district …) — the row then denotes that unit;
- **name and figures**: it has the name (English up to vowels, or native) of the
  second-level unit it lies in (its
  `state_code`, `states.csv` level 2) and that unit's figures: a population at least the
  unit's own figure, or ≥ 500,000 where the unit gives none (a town named after its
  district does not hold the district's millions).

A capital is exempt from the last two (a capital city-state such as Beirut or Tunis is one
item with its unit); the capital check covers it instead: its name must be the capital the
country lists give and its QID the one capital lists give where the row's is known wrong.

The build drops such rows (or, for a capital, takes the capital's QID from capital lists,
`CAPITAL_QIDS`); `kg kb audit` and the tests run the same check over the shipped KB.
"""

from __future__ import annotations

import re
import unicodedata

from kg.link.kb.build.decisions import _ADMIN_WORDS, CITY_TYPES

#: states.csv unit types that are administrative areas, not settlements.
ADM_UNIT_TYPES = frozenset({
    "district", "prefecture", "province", "governorate", "county", "department", "region",
})


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _skeleton(key: str) -> str:
    """The consonants of a romanised name: Netrokona ~ Netrakona."""
    return re.sub(r"[aeiouy ]+", "", key)


def _same_place_name(row: dict[str, str], unit: dict[str, str]) -> bool:
    """The row is named after the unit: same English name up to vowels, or the unit's native
    name is the row's native name plus a word (চট্টগ্রাম জেলা 'Chattogram District')."""
    a, b = _key(row["name"]), _key(unit["name"])
    if a == b or (len(a) > 4 and _skeleton(a) == _skeleton(b)):
        return True
    native, unit_native = (row.get("native") or "").strip(), (unit.get("native") or "").strip()
    return bool(native) and unit_native.startswith(native + " ")


class StateIndex:
    """states.csv, looked up by (country, state code) and by QID."""

    def __init__(self, states: list[dict[str, str]]) -> None:
        self.by_code = {(s.get("country_code", ""), s.get("iso2", "")): s for s in states}
        self.by_qid: dict[str, list[dict[str, str]]] = {}
        for s in states:
            if s.get("wikiDataId"):
                self.by_qid.setdefault(s["wikiDataId"], []).append(s)


def adm_reason(row: dict[str, str], states: StateIndex, *, capital: bool = False) -> str | None:
    """Why the city row `row` is an administrative unit, or None if it is a settlement."""
    kind = row.get("type", "")
    if kind not in CITY_TYPES:
        return f"source type {kind!r} is not a settlement type"
    if _ADMIN_WORDS.search(row["name"]):
        return "English name is an administrative unit's"
    name, cc = _key(row["name"]), row["country_code"]
    qid = (row.get("wikiDataId") or "").strip()
    if capital:
        return None  # a capital city-state is one item with its unit: the capital check covers it
    if qid:
        for st in states.by_qid.get(qid, ()):
            if st["country_code"] == cc and st.get("type", "").lower() in ADM_UNIT_TYPES and _key(st["name"]) == name:
                return f"its QID {qid} is the {st['type']} {st['iso3166_2']} of states.csv"
    unit = states.by_code.get((cc, row.get("state_code", "")))
    if unit and unit.get("level") == "2" and _same_place_name(row, unit):
        pop = int(row["population"]) if (row.get("population") or "").isdigit() else 0
        unit_pop = int(unit["population"]) if (unit.get("population") or "").isdigit() else 0
        if (unit_pop and pop >= unit_pop) or (not unit_pop and pop >= 500_000):
            return (f"named after its {unit['type']} {unit['iso3166_2']} with the unit's figures "
                    f"(population {pop:,}{f' ≥ the unit’s {unit_pop:,}' if unit_pop else ''})")
    return None
