"""Count, in the raw news, the free words placed by في and a country's feminine nisba (`في سالزبورغ
النمساوية`): the evidence for kg.link.nisba_places. Words the gazetteer knows are left out (the rule does
not need them); dev lines are left out by raw_corpus.

    PYTHONPATH=. python scripts/count_nisba_places.py [--limit 150000] [--top 80]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402

from kg.link.gazetteer import default_gazetteer  # noqa: E402
from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.nisba_places import free_word  # noqa: E402
from kg.link.normalize import match_key  # noqa: E402

SHAPE = re.compile(r"(?<!\w)(في\s+(\w+))\s+(ال\w+ية)(?!\w)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=150000)
    ap.add_argument("--top", type=int, default=80)
    args = ap.parse_args()
    gaz, common = default_gazetteer(), lexicons().common_words
    counts: Counter = Counter()
    for n, (_, _, text) in enumerate(raw_corpus.lines()):
        if n >= args.limit:
            break
        for m in SHAPE.finditer(text):
            word = m.group(2)
            if not any(h.is_nisba and h.kind == "Country" for h in gaz.find(m.group(3))):
                continue
            if gaz.find(word) or not free_word(match_key(word), word, common):
                continue
            counts[word] += 1
    print(f"{sum(counts.values())} uses, {len(counts)} words")
    for word, k in counts.most_common(args.top):
        print(f"{k}\t{word}")


if __name__ == "__main__":
    main()
