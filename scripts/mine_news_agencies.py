"""Evidence for `kg/extract/lexicon/news_agencies.tsv`: how often the raw corpus credits each state
news agency by its acronym (in brackets or as a dateline, as `kg.extract.agencies` reads it) and by
its full name (dev lines left out). Rewrites the table's counts in place, keeping its header and forms.

    PYTHONPATH=. python scripts/mine_news_agencies.py
"""

from __future__ import annotations

import re
from pathlib import Path

import raw_corpus  # scripts/raw_corpus.py, beside this script

from kg.extract.agencies import _TABLE, AGENCIES, _loose, acronym_forms


def main() -> None:
    forms = []
    for country, (acronyms, names) in AGENCIES.items():
        forms += [(country, "acronym", a, re.compile("|".join(acronym_forms([a])), re.MULTILINE))
                  for a in acronyms]
        forms += [(country, "name", n, re.compile(rf"(?<!\w)(?:[وف]?[لب]?ـ?){_loose(n)}(?!\w)")) for n in names]
    counts = [0] * len(forms)
    for _, _, line in raw_corpus.lines():
        for i, (_, _, _, pattern) in enumerate(forms):
            if pattern.search(line):
                counts[i] += 1
    header = [line for line in Path(_TABLE).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    rows = [f"{country}\t{kind}\t{form}\t{n}" for (country, kind, form, _), n in zip(forms, counts, strict=True)]
    Path(_TABLE).write_text("\n".join([*header, "country\tkind\tform\tparagraphs", *rows]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
