"""Count the raw news shapes behind kg.link.regions and kg.link.chambers (dev lines excluded).

    PYTHONPATH=. python scripts/count_region_shapes.py [--top 25]

Prints, per shape, its total and its most frequent next words, to be read by hand: `بلاد X`, `شبه جزيرة X`,
`شبه الجزيرة X`, `غرفة X` and `غرفة` before its fields (تجارة، صناعة، زراعة), `الغرفة التجارية …`, and an
indefinite body head + a definite field + a naming adjective (kg.link.body_grammar.naming_close).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import raw_corpus  # noqa: E402

_CLITIC = r"(?:^|(?<=\s))[وفبل]?"
SHAPES = {
    "بلاد X": re.compile(_CLITIC + r"بلاد ([^\s،.:؛]+)"),
    "شبه جزيرة X": re.compile(_CLITIC + r"شبه جزيرة ([^\s،.:؛]+)"),
    "شبه الجزيرة X": re.compile(_CLITIC + r"شبه الجزيرة ([^\s،.:؛]+)"),
    "غرفة X": re.compile(_CLITIC + r"غرفة ([^\s،.:؛]+)"),
    "غرفة + field": re.compile(_CLITIC + r"غرفة ((?:ال)?(?:تجارة|صناعة|زراعة)(?: و(?:ال)?(?:تجارة|صناعة|زراعة))*"
                               r" [^\s،.:؛]+)"),
    "head + ال-field + adj": re.compile(_CLITIC + r"(?:مجلس|هيئة|لجنة|شركة|وزارة|مؤسسة|حزب|جبهة|حركة|اتحاد|منظمة"
                                          r"|صندوق|بنك)"
                                          r" (ال[^\s،.:؛]+ (?:العام|العامة|الوطني|الوطنية|العربي|العربية|الأعلى|العليا"
                                          r"|المستقلة|الملكية|المركزي|المركزية|الدائمة))(?=[\s،.:؛])"),
    "الغرفة التجارية …": re.compile(r"(?:ال|ل)غرفة ((?:التجارية|الصناعية)(?: و?(?:التجارية|الصناعية))? [^\s،.:؛]+)"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    counts = {k: Counter() for k in SHAPES}
    for _, _, text in raw_corpus.lines():
        for k, pattern in SHAPES.items():
            counts[k].update(m.group(1) for m in pattern.finditer(text))
    for k, c in counts.items():
        print(f"{k}\t{sum(c.values())}\t" + "، ".join(f"{w} {n}" for w, n in c.most_common(args.top)))


if __name__ == "__main__":
    main()
