"""Count the head nouns that news writes before a royal title + name (مطار الملك عبدالعزيز، جامعة الملك سعود).

Places and institutions named after a king, prince or sheikh are the most common named facilities
in Gulf news, and the NER cuts them into a person (عبدالله) or leaves them out. The heads below were
read by hand from this script's `--all` output (every word before الملك/الأمير/الملكة/الشيخ, with
counts); the kind says what the facility is (LOC: a building, road or site; ORG: a body). The
development set's lines are skipped (by line number; its texts are not read).

    python scripts/mine_eponym_heads.py > kg/link/lexicons/eponym_heads.tsv
    python scripts/mine_eponym_heads.py --all | head -100   # the candidates read by hand
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.normalize import clitic_splits, match_key  # noqa: E402

TITLES = frozenset(match_key(w) for w in ("الملك", "الأمير", "الملكة", "الأميرة", "الشيخ", "السلطان"))
#: Heads read by hand from the `--all` output, with the kind of facility they name.
HEADS = {
    "مركز": "ORG", "مستشفى": "ORG", "مطار": "LOC", "جامعة": "ORG", "طريق": "LOC", "مدينة": "ORG",
    "حديقة": "LOC", "جسر": "LOC", "مؤسسة": "ORG", "كلية": "ORG", "منتزه": "LOC", "متنزه": "LOC",
    "شارع": "LOC", "مجمع": "ORG", "استاد": "LOC", "إستاد": "LOC", "دارة": "ORG", "ملعب": "LOC",
    "قاعدة": "LOC", "قاعة": "LOC", "جامع": "LOC", "مسجد": "LOC", "مكتبة": "ORG", "صندوق": "ORG",
    "معهد": "ORG", "جائزة": "MISC", "مشروع": "MISC", "برنامج": "MISC", "ميناء": "LOC", "قصر": "LOC",
    "مدرسة": "ORG", "مستشفيات": "ORG", "كرسي": "MISC", "مجمعات": "ORG", "أكاديمية": "ORG", "ميدان": "LOC",
}
_WORD = re.compile(r"\w+")



def main(argv: list[str]) -> None:
    keep = {match_key(h): (h, kind) for h, kind in HEADS.items()}
    count: Counter[str] = Counter()
    for _corpus, _n, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for a, b in zip(words, words[1:], strict=False):
            if b not in TITLES:
                continue
            # the head without a clitic (بمطار، لجامعة)
            head = next((r for p, r in clitic_splits(a, article=False) if r in keep), a)
            count[head] += 1
    if "--all" in argv:
        for word, c in count.most_common():
            print(f"{word}\t{c}")
        return
    print("# mined by scripts/mine_eponym_heads.py from ../shared/data/arabic-news-raw (dev lines excluded)")
    print("key\tcount\tkind")
    for key, (_, kind) in sorted(keep.items(), key=lambda kv: -count[kv[0]]):
        if count[key] >= 3:
            print(f"{key}\t{count[key]}\t{kind}")


if __name__ == "__main__":
    main(sys.argv[1:])
