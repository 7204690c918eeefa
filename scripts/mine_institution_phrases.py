"""Count institution phrases whose head is also a verbal noun (رئاسة الحكومة، الديوان الملكي) in the raw news.

`رئاسة` is the presidency and also "chairing" (برئاسة الوزير); `ديوان` a court and an office. Only
the phrases read by hand in `--all` (every رئاسة/ديوان + definite word, with counts) that name one
state body are kept; `رئاسة الاتحاد`, `رئاسة النادي` and `رئاسة المجلس` are someone's chairmanship,
`الرئاسة العامة` needs its ل-complement. Dev lines are skipped (by line number; texts not read).

    python scripts/mine_institution_phrases.py > kg/link/lexicons/institution_phrases.tsv
    python scripts/mine_institution_phrases.py --all | head -60
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.normalize import clitic_splits, match_key  # noqa: E402

HEADS = frozenset(match_key(w) for w in ("رئاسة", "الرئاسة", "ديوان", "الديوان"))
#: Read by hand from `--all`: phrases that name one state body.
KEEP = ("الديوان الملكي", "رئاسة الجمهورية", "رئاسة الحكومة", "ديوان المظالم", "رئاسة الوزراء",
        "الديوان الأميري", "ديوان المراقبة", "ديوان المحاسبة", "رئاسة الأركان", "الديوان الوطني")
MIN_COUNT = 10
_WORD = re.compile(r"\w+")


def main(argv: list[str]) -> None:
    count: Counter[str] = Counter()
    for _corpus, _n, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for a, b in zip(words, words[1:], strict=False):
            head = next((r for p, r in clitic_splits(a, article=False) if r in HEADS), None)
            if head is not None and b.startswith("ال"):
                count[f"{head} {b}"] += 1
    if "--all" in argv:
        for phrase, c in count.most_common():
            print(f"{phrase}\t{c}")
        return
    print("# mined by scripts/mine_institution_phrases.py from ../shared/data/arabic-news-raw (dev lines excluded)")
    print("phrase\tcount")
    for phrase in KEEP:
        if count[match_key(phrase)] >= MIN_COUNT:
            print(f"{match_key(phrase)}\t{count[match_key(phrase)]}")


if __name__ == "__main__":
    main(sys.argv[1:])
