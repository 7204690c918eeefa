"""First-level divisions of Arab states, named as their own news names them: noun + name.

Saudi news writes "أمير منطقة الرياض" (the emir of the Riyadh *Region*), Iraqi news "محافظة البصرة", Tunisian
news "ولاية صفاقس": the administrative noun and the division's name make one name, and it is not the
city's. With no KB entry for the division, the linker took the name inside it for the city (Riyadh
Q3692 for "منطقة الرياض", whose item is Q1249255). Raw news (both corpora, dev lines left out) writes
"منطقة X" for a Saudi region in 5,255 paragraphs (all pairs of the table: 8,944), and "أمير منطقة X"
in 1,244 lines (both corpora).

Each entry joins two tables, both from one source:
- `dr5hn-countries-states-cities/states.csv` (ODbL-1.0): the row of the state's division with that
  Arabic name (`native`), its QID (`wikiDataId`), English name and type, and point;
- `kg/link/lexicons/home_regions.tsv` (mined from the same rows by `scripts/mine_home_regions.py`): the
  administrative noun each state's news writes before the name and the count of raw paragraphs that
  write "noun name". A `native` name the news never writes after its noun is not in that table (e.g. a
  wrong `native` word for one Saudi region), so it is no name here.

The Arabic label is "noun name" only (`منطقة الرياض`, `محافظة البصرة`): a bare name that is also a city
stays the city's. The noun must fit the row's type (`NOUN_TYPES`): Morocco's "جهة" is a region,
"إقليم" a province, so "جهة" before a province's name is not its name. The QID is the row's own,
single-source (states.csv only); where another KB entry already holds that QID (the city a division is
named after, when the source gives the city's item to the division) the division keeps no QID and the
clash is logged (never guessed).

A `native` name that carries its own noun, definite (`المنطقة الشرقية`, Saudi Arabia's Eastern Province,
written in 975 raw paragraphs), makes no noun + name pair; `kg/link/lexicons/division_names.tsv`
(`scripts/mine_division_names.py`) lists those the news writes often, by the row's iso3166_2 code, and each is
a name of its division (`OWN_NAMES`). Where the `native` is wrong or not the news's spelling (Ha'il's is
`يشيد`; Jizan's `جيزان`, news `منطقة جازان` 509 paragraphs), `division_spellings.tsv` (`SPELLINGS`) gives the
name from another source, cited in the row (the Saudi National Address regions), with its raw-news count; the
division and its QID still come from the states.csv row, and the name's noun must name the row's type.
"""

from __future__ import annotations

from pathlib import Path

from kg.link.home_divisions import TABLE, country_rows, region_rows
from kg.link.kb.build.drafts import EntryDraft, Summary
from kg.link.kb.build.helpers import _slug, clean_ar
from kg.link.kb.build.readers import _read_csv
from kg.link.kb.build.sources import DR5HN
from kg.link.kb.model import SourceRef
from kg.link.normalize import match_key

#: Where the nouns and counts come from, as a source string in each entry's `sources`.
TABLE_SOURCE = "kg/link/lexicons/home_regions.tsv"
TABLE_LICENCE = "derived: noun per state and raw-news paragraph counts (scripts/mine_home_regions.py)"
#: Source names that carry their own noun, with their raw-news counts (`scripts/mine_division_names.py`).
OWN_NAMES = Path(__file__).resolve().parents[2] / "lexicons" / "division_names.tsv"
OWN_SOURCE = "kg/link/lexicons/division_names.tsv"
#: Names from another source where the `native` is wrong or spelled otherwise than the news (hand rows, cited).
SPELLINGS = OWN_NAMES.with_name("division_spellings.tsv")
#: Bare names the news writes without their noun and no other KB entry has (`scripts/mine_bare_division_names.py`).
BARE_NAMES = OWN_NAMES.with_name("division_bare_names.tsv")
BARE_SOURCE = "kg/link/lexicons/division_bare_names.tsv"
BARE_LICENCE = ("derived: states.csv native names the raw news writes without their noun, no other KB name, "
                "raw-news paragraph counts (scripts/mine_bare_division_names.py)")
SPELLING_LICENCE = "derived: spelling from the source in the row, raw-news paragraph counts"
OWN_LICENCE = "derived: states.csv native names as written, raw-news paragraph counts (scripts/mine_division_names.py)"

#: The states.csv types each administrative noun names.
NOUN_TYPES = {
    "منطقة": frozenset({"region"}),
    "محافظة": frozenset({"governorate", "province"}),
    "ولاية": frozenset({"governorate", "province", "state", "region"}),
    "إقليم": frozenset({"province", "prefecture"}),
    "جهة": frozenset({"region"}),
    "إمارة": frozenset({"emirate"}),
    "شعبية": frozenset({"popularate"}),
}


def _division_rows(states: list[dict[str, str]]) -> dict[tuple[str, str], list[dict[str, str]]]:
    """(ISO country code, match key of the Arabic name) → the states.csv rows with that `native` name."""
    out: dict[tuple[str, str], list[dict[str, str]]] = {}
    for st in states:
        native = clean_ar(st.get("native") or "")
        if native:
            out.setdefault((st["country_code"], match_key(native)), []).append(st)
    return out


def divisions(src: Path, countries: dict[str, EntryDraft], taken_qids: dict[str, str], summary: Summary,
              table: Path = TABLE, own_names: Path = OWN_NAMES, spellings: Path = SPELLINGS,
              bare_names: Path = BARE_NAMES) -> list[EntryDraft]:
    """A `Place` entry for each first-level division the news names with its noun (`home_regions.tsv`),
    from its states.csv row. `taken_qids`: QID → the id of the KB entry that has it already."""
    states = _read_csv(src / DR5HN / "states.csv")
    rows = _division_rows(states)
    drafts: dict[str, EntryDraft] = {}
    for country, noun, name, count in region_rows(table):
        cc = country.split(":", 1)[1]
        found = [st for st in rows.get((cc, match_key(name)), ())
                 if (st.get("type") or "").strip().lower() in NOUN_TYPES.get(noun, ())]
        if len(found) != 1 or country not in {d.id for d in countries.values()}:
            why = "no states.csv row of a type the noun names" if not found else "several states.csv rows"
            summary.dropped.append(f"division {noun} {name} ({cc}): {why}")
            continue
        d = _entry(drafts, found[0], country, taken_qids, summary)
        _name(d, f"{noun} {clean_ar(found[0]['native'])}", count,
              SourceRef(TABLE_SOURCE, f"{country}\t{noun}\t{name}", "noun,paragraphs", TABLE_LICENCE))
    by_code = {st.get("iso3166_2"): st for st in states}
    for path, source, licence in ((own_names, OWN_SOURCE, OWN_LICENCE), (bare_names, BARE_SOURCE, BARE_LICENCE)):
        for country, code, name, count in _own_rows(path):
            st = by_code.get(code)
            if st is None or clean_ar(st.get("native") or "") != clean_ar(name) or country not in \
                    {d.id for d in countries.values()} or f"country:{st['country_code']}" != country:
                summary.dropped.append(f"division {name} ({code}): not the native name of that states.csv row")
                continue
            d = _entry(drafts, st, country, taken_qids, summary)
            _name(d, clean_ar(name), count, SourceRef(source, f"{country}\t{code}\t{name}", "paragraphs", licence))
    for country, code, name, count, source, row in _spelling_rows(spellings):
        st = by_code.get(code)
        kind = (st.get("type") or "").strip().lower() if st else ""
        if st is None or f"country:{st['country_code']}" != country or country not in \
                {d.id for d in countries.values()} or kind not in NOUN_TYPES.get(name.split(" ", 1)[0], ()):
            summary.dropped.append(f"division {name} ({code}): no states.csv row of that code of a type the noun names")
            continue
        d = _entry(drafts, st, country, taken_qids, summary)
        _name(d, clean_ar(name), count, SourceRef(source, row, "name_ar", SPELLING_LICENCE))
    bare = {match_key(name) for _, _, name, _ in _own_rows(bare_names)}
    for d in drafts.values():  # the name the news writes most is the entry's first (its rdfs:label); a bare name
        # never is (عسير is written alone more often than منطقة عسير, which names the division as such)
        d.labels_ar = dict(sorted(d.labels_ar.items(),
                                  key=lambda kv: (match_key(kv[1]) in bare, -d.name_counts.get(kv[1], 0))))
    summary.divisions = len(drafts)
    summary.notes.append(f"Divisions: {len(drafts)} first-level divisions of Arab states from states.csv, "
                         f"named noun + name as home_regions.tsv attests them, or as written where the source name "
                         f"carries its noun (division_names.tsv) or another source spells it (division_spellings.tsv).")
    return list(drafts.values())


def _entry(drafts: dict[str, EntryDraft], st: dict[str, str], country: str, taken_qids: dict[str, str],
           summary: Summary) -> EntryDraft:
    """The division's draft, made from its states.csv row the first time."""
    cc = st["country_code"]
    entry_id = f"place:{cc}-{_slug(st['name'])}-{_slug(st['type'])}"
    d = drafts.get(entry_id)
    if d is None:
        row_ref = f"iso3166_2={st['iso3166_2']}"
        d = drafts[entry_id] = EntryDraft(id=entry_id, kind="Place", country=country)
        d.add_label_en(f"{st['name']} {st['type']}")
        d.ref(DR5HN, "states.csv", row_ref, "name,country_code,type,native")
        d.set_point(st, DR5HN, "states.csv", row_ref)
        _division_qid(d, st, row_ref, taken_qids, summary)
    return d


def _name(d: EntryDraft, label: str, count: int, ref: SourceRef) -> None:
    """`label` as a reviewed Arabic name of `d`, with its raw-news count as evidence."""
    if d.add_label_ar(label):
        d.reviewed_ar.add(match_key(label))
        d.name_counts[label] = count
        d.sources.append(SourceRef(ref.source, ref.row, ref.field, ref.licence,
                                   f"{count} raw news paragraphs write {label}"))


def _own_rows(path: Path) -> list[tuple[str, str, str, int]]:
    """(KB country id, iso3166_2, name, paragraphs) rows of `division_names.tsv` (none if it is absent)."""
    if not path.exists():
        return []
    return [(c, iso, name, int(n)) for c, iso, name, n in
            country_rows(path, ("country", "iso3166_2", "name", "paragraphs"))]


def _spelling_rows(path: Path) -> list[tuple[str, str, str, int, str, str]]:
    """(KB country id, iso3166_2, name, paragraphs, source, source row) rows of `division_spellings.tsv`."""
    if not path.exists():
        return []
    return [(c, iso, name, int(n), src, row) for c, iso, name, n, src, row in
            country_rows(path, ("country", "iso3166_2", "name", "paragraphs", "source", "row"))]


def _division_qid(d: EntryDraft, st: dict[str, str], row_ref: str, taken_qids: dict[str, str],
                  summary: Summary) -> None:
    qid = (st.get("wikiDataId") or "").strip()
    if not qid:
        return
    if qid in taken_qids:
        summary.qid_disagreements.append(
            f"{d.id}: states.csv {st['iso3166_2']} gives {qid}, the QID of {taken_qids[qid]}; the division keeps none")
        return
    d.qid = qid
    d.ref(DR5HN, "states.csv", row_ref, "wikiDataId")


__all__ = ["BARE_NAMES", "NOUN_TYPES", "OWN_NAMES", "SPELLINGS", "divisions"]
