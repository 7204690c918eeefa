"""Build `kg/link/lexicons/home_regions.tsv`: the first-level divisions of Arab states written with
their administrative noun ("منطقة تبوك"، "ولاية صفاقس"، "محافظة عدن"), each with its country and how
many raw news paragraphs name it so (dev lines left out).

Names: the `native` column of dr5hn/countries-states-cities `states.csv` (ODbL-1.0,
`../shared/data/kb-sources/dr5hn-countries-states-cities/`), rows of the states below whose native
name is in Arabic letters. The noun is the one each state's own news uses for that level of
division (general knowledge of the administrative systems, one or two per state). Names that are
common words (`GENERIC`), a (noun, name) pair two states share and a pair the corpus never writes are
left out. So is a pair whose paragraphs are set in another state more often than in its own: a state's
second-level division of the same name is not in the source ("محافظة ميسان" is an Iraqi governorate and
a Saudi governorate south of Taif; the raw news writes the Saudi one far more often). Where a paragraph
is set is told by the countries and cities of the knowledge base it names (`kg/link/kb`: a city's country;
homographs of common words left out): each paragraph votes for the states it names, and a pair is left
out when another state gets `OTHER_VOTES` votes or more and over twice its own state's (a paragraph or two
naming a foreign city is no evidence).

    PYTHONPATH=. python scripts/mine_home_regions.py

then rebuild the KB (`kg kb build`): each pair is the name of its division's KB entry
(`kg/link/kb/build/divisions.py`), and the KB header records the table's sha256.
"""

from __future__ import annotations

import csv
import re
from collections import Counter

import raw_corpus  # scripts/raw_corpus.py, beside this script

from kg.extract.agencies import _loose
from kg.link.home_divisions import TABLE as _TABLE
from kg.link.kb import load_kb
from kg.link.normalize import match_key

STATES = raw_corpus.ROOT / "../shared/data/kb-sources/dr5hn-countries-states-cities/states.csv"

#: The noun(s) before a first-level division's name in each state's news.
NOUNS = {"SA": ("منطقة",), "TN": ("ولاية",), "DZ": ("ولاية",), "SD": ("ولاية",), "MA": ("جهة", "إقليم"),
         "EG": ("محافظة",), "IQ": ("محافظة",), "JO": ("محافظة",), "KW": ("محافظة",), "PS": ("محافظة",),
         "YE": ("محافظة",), "OM": ("محافظة",), "BH": ("محافظة",), "SY": ("محافظة",), "LB": ("محافظة",),
         "AE": ("إمارة",), "LY": ("شعبية",), "MR": ("ولاية",)}
_ARABIC = re.compile(r"^[\u0621-\u064A ]+$")
#: Native names that are common words, not names: a direction ("محافظة شمال" is the start of "محافظة شمال
#: سيناء") or "the capital" (a division of several states).
GENERIC = frozenset({"شمال", "جنوب", "شمالي", "الجنوب", "عاصمة", "العاصمة", "الوسطى"})


def pairs() -> dict[tuple[str, str], set[str]]:
    """(noun, name) → the states whose division it names."""
    out: dict[tuple[str, str], set[str]] = {}
    with STATES.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code, name = row["country_code"], (row["native"] or "").strip()
            if code in NOUNS and _ARABIC.match(name) and name not in GENERIC:
                for noun in NOUNS[code]:
                    out.setdefault((noun, name), set()).add(code)
    return out


#: Votes another state needs (and more than twice the pair's own state's) to take a pair out of the table.
OTHER_VOTES = 5


def place_states() -> dict[tuple[str, ...], str]:
    """Match-key words of each KB country and city name (no homographs of common words) → its country id."""
    out: dict[tuple[str, ...], str] = {}
    for entry in load_kb().entries:
        country = entry.id if entry.kind == "Country" else entry.country if entry.kind == "City" else None
        if country is None:
            continue
        homographs = set(getattr(entry, "homographs_ar", ()) or ())
        for name in (*entry.labels_ar, *entry.aliases_ar):
            if name not in homographs and len(name) > 2:
                out.setdefault(tuple(match_key(w) for w in name.split()), country)
    return out


def states_named(line: str, places: dict[tuple[str, ...], str], longest: int) -> set[str]:
    """The country ids of the KB countries and cities a paragraph names (clitics و ف ب ل allowed)."""
    words = [match_key(w) for w in re.findall(r"[\u0621-\u064A]+", line)]
    out = set()
    for i in range(len(words)):
        for n in range(1, longest + 1):
            key = tuple(words[i:i + n])
            first = key[0] if key else ""
            for lead in (first, first[1:], first[2:]):
                if lead and (hit := places.get((lead, *key[1:]))) is not None:
                    out.add(hit)
    return out


def main() -> None:
    found = {k: v for k, v in pairs().items() if len(v) == 1}
    patterns = {k: re.compile(rf"(?<!\w)[وف]?[بل]?{_loose(k[0])}\s+{_loose(k[1])}(?!\w)") for k in found}
    places = place_states()
    longest = max(len(k) for k in places)
    counts: Counter = Counter()
    votes: dict[tuple[str, str], Counter] = {}
    for _, _, line in raw_corpus.lines():
        if "منطقة" in line or "ولاية" in line or "محافظة" in line or "إمارة" in line or "جهة" in line \
                or "إقليم" in line or "شعبية" in line:
            named = None
            for key, pattern in patterns.items():
                if pattern.search(line):
                    counts[key] += 1
                    named = states_named(line, places, longest) if named is None else named
                    votes.setdefault(key, Counter()).update(named)
    for key in list(found):
        own = f"country:{next(iter(found[key]))}"
        tally = votes.get(key, Counter())
        if any(n >= OTHER_VOTES and n > 2 * tally[own] for state, n in tally.items() if state != own):
            print(f"left out: {key[0]} {key[1]} ({own}): {dict(tally.most_common(3))}")
            del found[key]
    header = [line for line in _TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    rows = [f"country:{next(iter(found[k]))}\t{k[0]}\t{k[1]}\t{counts[k]}"
            for k in sorted(found, key=lambda k: (next(iter(found[k])), k)) if counts[k]]
    _TABLE.write_text("\n".join([*header, "country\tnoun\tname\tparagraphs", *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} divisions written to {_TABLE}")


if __name__ == "__main__":
    main()
