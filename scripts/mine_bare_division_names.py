"""Build `kg/link/lexicons/division_bare_names.tsv`: first-level divisions of Arab states the raw news names bare,
without their administrative noun (`عملية تحرير الأنبار`، `في حضرموت`، `محافظات حضرموت وشبوة وأبين`).

The KB names a division "noun + name" only (`محافظة الأنبار`, `kg/link/kb/build/divisions.py`), so that a bare
name that is also a city (البصرة، صفاقس) stays the city's. A bare name that is no other KB name (no city of that
name is in the KB) was no place at all, though local news writes many of them alone. Here a `home_regions.tsv`
name is a bare name of its division when: no KB entry has that name, nor a town of its state in dr5hn's cities
(a town the KB left out for its size, جندوبة، القصرين، أسيوط, keeps its bare name); it is no common word, title
or given name of the NER corpora or the raw news (`lexicons()`: حجة "argument", بشار and المثنى given names,
الشرقية "eastern"); one state's row only has it (الجوف is a Saudi region and a Yemeni governorate); the raw news
writes it without its noun in at least `MIN_PARAGRAPHS` paragraphs (dev and probe lines left out); and the
paragraphs that write it are not set in another state more often than in its own (`mine_home_regions`' vote).
Rows are then read by hand (`REVIEWED_OUT`).

    PYTHONPATH=. python scripts/mine_bare_division_names.py

then rebuild the KB (`kg kb build`); `kg/link/kb/build/divisions.py` names the division with each row.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable

from mine_division_names import paragraph_votes
from mine_home_regions import OTHER_VOTES, STATES

from kg.extract.agencies import _loose
from kg.link.home_divisions import region_rows
from kg.link.kb import default_kb
from kg.link.kb.build.divisions import BARE_NAMES, NOUN_TYPES
from kg.link.lexicons import lexicons
from kg.link.normalize import match_key

CITIES = STATES.with_name("cities_extract.tsv")
#: Paragraphs that must write the name without its noun.
MIN_PARAGRAPHS = 20
#: Read by hand in the paragraphs: names the news mostly writes for something else.
REVIEWED_OUT = {
    match_key("صلاح الدين"): "a man's name (Saladin) in most paragraphs",
    match_key("بابل"): "Babylon, the ancient city, as often as the governorate",
    match_key("البحر الأحمر"): "the Red Sea, not the Egyptian governorate",
    match_key("مطروح"): "also the participle 'put forward' (مطروح للنقاش)",
    match_key("الحدود الشمالية"): "also 'the northern borders' of any state (على الحدود الشمالية)",
    match_key("الحسيمة"): "mostly the town (no KB city), not the province",
}


def _kb_names() -> set[str]:
    out = set()
    for e in default_kb().entries:
        out.update(match_key(x) for x in (*e.labels_ar, *e.aliases_ar, *(getattr(e, "homographs_ar", ()) or ())))
    return out


def _bare_writer(pattern: re.Pattern, noun: re.Pattern) -> Callable[[str], bool]:
    """Does a line write the name somewhere not right after its noun?"""
    return lambda line: any(not noun.search(line, max(0, m.start() - 12), m.start()) for m in pattern.finditer(line))


def _city_names() -> set[tuple[str, str]]:
    """(country code, match key) of every city row's Arabic and native name in dr5hn's cities_extract.tsv, kept in
    the KB or not: a bare name that is also its state's town (جندوبة، القصرين، أسيوط) stays the town's."""
    with CITIES.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return {(r["country_code"], match_key(r[col])) for r in rows for col in ("name_ar", "native") if r.get(col)}


def main() -> None:
    lex = lexicons()
    towns = _city_names()
    words = set(lex.common_words) | set(lex.title_words) | set(lex.given_names) | set(lex.raw_given_names)
    kb = _kb_names()
    with STATES.open(encoding="utf-8") as fh:
        states = list(csv.DictReader(fh))
    rows: dict[str, list[tuple[str, str, dict[str, str]]]] = {}
    for country, noun, name, _count in region_rows():
        cc = country.split(":", 1)[1]
        found = [st for st in states if st["country_code"] == cc
                 and match_key(st.get("native") or "") == match_key(name)
                 and (st.get("type") or "").strip().lower() in NOUN_TYPES.get(noun, ())]
        if len(found) == 1:
            rows.setdefault(match_key(name), []).append((country, noun, found[0]))
    found_names = {key: v[0] for key, v in rows.items() if len({c for c, _, _ in v}) == 1}
    for key, v in rows.items():
        if key not in found_names:
            print(f"left out: {key}: named in {sorted({c for c, _, _ in v})}")
    pats = {}
    for key, (_country, noun, st) in found_names.items():
        name = st["native"].strip()
        if key in kb or key in words or (st["country_code"], key) in towns:
            print(f"left out: {name} ({st['iso3166_2']}): a KB name, a town of its state or a word of the lexicons")
            continue
        if key in REVIEWED_OUT:
            print(f"left out: {name} ({st['iso3166_2']}): {REVIEWED_OUT[key]}")
            continue
        pats[key] = (re.compile(rf"(?<!\w)[وف]?[بل]?{_loose(name)}(?!\w)"), re.compile(rf"{_loose(noun)}\s+$"))
    counts, votes = paragraph_votes({key: _bare_writer(pattern, noun) for key, (pattern, noun) in pats.items()})
    out = []
    for key in sorted(pats, key=lambda k: found_names[k][2]["iso3166_2"]):
        country, _noun, st = found_names[key]
        tally = votes.get(key, Counter())
        if counts[key] < MIN_PARAGRAPHS or any(n >= OTHER_VOTES and n > 2 * tally[country]
                                               for state, n in tally.items() if state != country):
            print(f"left out: {st['native']} ({st['iso3166_2']}): {counts[key]} paragraphs, "
                  f"{dict(tally.most_common(3))}")
            continue
        out.append(f"{country}\t{st['iso3166_2']}\t{st['native'].strip()}\t{counts[key]}")
    header = [line for line in BARE_NAMES.read_text(encoding="utf-8").splitlines() if line.startswith("#")] \
        if BARE_NAMES.exists() else []
    BARE_NAMES.write_text("\n".join([*header, "country\tiso3166_2\tname\tparagraphs", *out]) + "\n", encoding="utf-8")
    print(f"{len(out)} bare division names written to {BARE_NAMES}")


if __name__ == "__main__":
    main()
