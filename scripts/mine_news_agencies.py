"""Evidence for `kg.extract.agencies.AGENCIES`: how often the raw corpus credits each state
news agency by its bracketed acronym and by its full name (dev lines left out).

    PYTHONPATH=. python scripts/mine_news_agencies.py > scripts/data/news_agencies.tsv
"""

from __future__ import annotations

import re

import raw_corpus  # scripts/raw_corpus.py, beside this script

from kg.extract.agencies import AGENCIES, _loose


def main() -> None:
    forms = []
    for country, (acronyms, names) in AGENCIES.items():
        forms += [(country, "acronym", a, re.compile(rf"\(\s*{_loose(a)}\s*\)")) for a in acronyms]
        forms += [(country, "name", n, re.compile(rf"(?<!\w)(?:[وف]?[لب]?ـ?){_loose(n)}(?!\w)")) for n in names]
    counts = [0] * len(forms)
    for _, _, line in raw_corpus.lines():
        for i, (_, _, _, pattern) in enumerate(forms):
            if pattern.search(line):
                counts[i] += 1
    print("country\tkind\tform\tparagraphs")
    for (country, kind, form, _), n in zip(forms, counts, strict=True):
        print(f"{country}\t{kind}\t{form}\t{n}")


if __name__ == "__main__":
    main()
