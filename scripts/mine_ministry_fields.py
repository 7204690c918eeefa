"""Count the fields of ministries (وزارة الخارجية، وزارة الدفاع …) in the raw news corpus.

News drops the head of a ministry when a nisba names its country: `الخارجية الروسية` is Russia's
foreign ministry, `الدفاع الأمريكية` the Pentagon (the feminine nisba agrees with the dropped
وزارة). kg.link.ministries reads the fields mined here, each with how often the raw news writes
`وزارة FIELD`; the development set's lines are skipped (by line number; its texts are not read).

    python scripts/mine_ministry_fields.py > kg/link/lexicons/ministry_fields.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.normalize import clitic_splits, match_key  # noqa: E402

MIN_COUNT = 100
_WORD = re.compile(r"\w+")


def main() -> None:
    head = match_key("وزارة")
    count: Counter[str] = Counter()
    for _corpus, _n, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for a, b in zip(words, words[1:], strict=False):
            if b.startswith("ال") and len(b) >= 5 and any(r == head for _, r in clitic_splits(a, article=False)):
                count[b] += 1
    print("# mined by scripts/mine_ministry_fields.py from ../shared/data/arabic-news-raw (dev lines excluded)")
    print("key\tcount")
    for word, c in count.most_common():
        if c >= MIN_COUNT:
            print(f"{word}\t{c}")


if __name__ == "__main__":
    main()
