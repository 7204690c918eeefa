"""Build `kg/extract/lexicon/home_regions.tsv`: the first-level divisions of Arab states written with
their administrative noun ("منطقة تبوك"، "ولاية صفاقس"، "محافظة عدن"), each with its country and how
many raw news paragraphs name it so (dev lines left out).

Names: the `native` column of dr5hn/countries-states-cities `states.csv` (ODbL-1.0,
`../shared/data/kb-sources/dr5hn-countries-states-cities/`), rows of the states below whose native
name is in Arabic letters. The noun is the one each state's own news uses for that level of
division (general knowledge of the administrative systems, one or two per state). Names that are
common words (`GENERIC`), a (noun, name) pair two states share and a pair the corpus never writes are
left out.

    PYTHONPATH=. python scripts/mine_home_regions.py
"""

from __future__ import annotations

import csv
import re
from collections import Counter

import raw_corpus  # scripts/raw_corpus.py, beside this script

from kg.extract.agencies import _loose
from kg.extract.home_regions import _TABLE

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


def main() -> None:
    found = {k: v for k, v in pairs().items() if len(v) == 1}
    patterns = {k: re.compile(rf"(?<!\w)[وف]?[بل]?{_loose(k[0])}\s+{_loose(k[1])}(?!\w)") for k in found}
    counts: Counter = Counter()
    for _, _, line in raw_corpus.lines():
        if "منطقة" in line or "ولاية" in line or "محافظة" in line or "إمارة" in line or "جهة" in line \
                or "إقليم" in line or "شعبية" in line:
            for key, pattern in patterns.items():
                if pattern.search(line):
                    counts[key] += 1
    header = [line for line in _TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    rows = [f"country:{next(iter(found[k]))}\t{k[0]}\t{k[1]}\t{counts[k]}"
            for k in sorted(found, key=lambda k: (next(iter(found[k])), k)) if counts[k]]
    _TABLE.write_text("\n".join([*header, "country\tnoun\tname\tparagraphs", *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} divisions written to {_TABLE}")


if __name__ == "__main__":
    main()
