"""Count the Arabic names of dr5hn's news-region towns below the KB's population cut in the raw news
corpus: the times it is written as whole words (clitics allowed before it, kg.link.kb.spelling) and
uses right after a settlement noun (مدينة، بلدة، قرية، محافظة، مدينتي، بلدتي). Writes
kg/link/kb/curated/town_counts.tsv (names seen at least once); kg/link/kb/build/towns.py reads it.

    python scripts/mine_town_names.py ../shared/data/kb-sources ../shared/data/arabic-news-raw
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import Counter
from pathlib import Path

from kg.link.kb.build.decisions import CITY_TYPES, NEWS_REGION
from kg.link.kb.build.helpers import clean_ar
from kg.link.kb.build.towns import TOWN_COUNTS
from kg.link.kb.spelling import CORPUS_FILES, count_names
from kg.link.normalize import fold_chars, match_key
from kg.nlp.normalize import normalize_token

_NOUN = re.compile(r"(?<![\u0621-\u064A])(?:[وب]?ال)?(?:مدينه|بلده|قريه|محافظه|مدينتي|بلدتي)\s+")
_WORD = re.compile(r"[\u0621-\u064A]+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sources", type=Path)
    ap.add_argument("corpus", type=Path)
    args = ap.parse_args()
    countries: dict[str, set[str]] = {}
    with (args.sources / "dr5hn-countries-states-cities" / "cities_extract.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            name = clean_ar(r.get("name_ar", ""))
            pop = int(r["population"]) if r["population"].isdigit() else 0
            if name and r["country_code"] in NEWS_REGION and r["type"] in CITY_TYPES and pop < 500_000:
                countries.setdefault(name, set()).add(r["country_code"])
    lines = []
    for f in CORPUS_FILES:
        with gzip.open(args.corpus / f, "rt", encoding="utf-8") as fh:
            lines.extend(fh)
    seen = count_names(countries, lines)
    keys = {tuple(_WORD.findall(match_key(n))): n for n in countries}
    longest = max(len(k) for k in keys)
    after: Counter[str] = Counter()
    for line in lines:
        text = fold_chars(normalize_token(line))
        for m in _NOUN.finditer(text):
            words = _WORD.findall(text[m.end():m.end() + 60])
            for n in range(longest, 0, -1):
                if tuple(words[:n]) in keys:
                    after[keys[tuple(words[:n])]] += 1
                    break
    with TOWN_COUNTS.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "count", "after_noun", "countries"])
        for name in sorted(countries):
            if seen.get(name):
                w.writerow([name, seen[name], after[name], ",".join(sorted(countries[name]))])


if __name__ == "__main__":
    main()
