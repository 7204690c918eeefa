"""Mine the words that name places after place head nouns (محافظة، منطقة، مضيق …) in the raw news corpus.

A word is a place's name, not a common noun, when the raw news writes it after at least two
*different* place heads in construct (محافظة القطيف، مدينة القطيف; ميناء الحديدة، محافظة الحديدة):
a common complement belongs to one head only (منطقة التجارة، مطار الوصول). Nisba-shaped words
(الصناعية، العربية، الشرقي) and plurals are left out: they are adjectives of the head, not names.
The development set's lines are skipped (by line number from its sources.tsv; its texts are not read).

    python scripts/mine_place_heads.py > kg/link/lexicons/headed_places.tsv

Output: `key  heads  count` (match keys; heads = how many distinct place heads precede the word,
count = how often in all), sorted by count, for words with heads >= 3 and count >= 8, less a
hand-read STOP list (common nouns, directions, first words of longer names).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.normalize import match_key  # noqa: E402

#: Place heads (indefinite, in construct); a clitic ب، ل، و، ف، في is allowed before them.
PLACE_HEADS = ("محافظة", "منطقة", "مدينة", "ولاية", "إقليم", "مضيق", "مطار", "ميناء", "جزيرة", "قاعدة",
               "بلدة", "قرية", "مقاطعة", "إمارة", "عاصمة", "مخيم", "ناحية", "قضاء", "جزر", "بحر", "جبال", "وادي")
MIN_HEADS = 3
MIN_COUNT = 8
#: Read by hand in the output of the two thresholds above: common nouns, directions and the first
#: words of longer names (سان فرانسيسكو، شرم الشيخ، خميس مشيط), which are no place on their own.
STOP = frozenset(match_key(w) for w in (
    "الشرق", "الحرس", "الحدود", "سان", "التمور", "العرب", "شمال", "لوس", "جبل", "راس", "البحر", "ابو",
    "الثقافة", "بيت", "دير", "رجال", "خان", "حلق", "العاصمة", "الألعاب", "دار", "سانت", "الجنوب", "ألعاب",
    "قريبة", "جنوب", "ديار", "شرم", "نيو", "مجاورة", "غار", "محررة", "غرب", "حمام", "ساوث", "بالمملكة",
    "ابن", "مأهولة", "الشمال", "القاعدة", "الصدر", "خميس", "فان", "الجزيرة", "الملك", "الأمير", "المنطقة",
    "المدينة", "الأمن", "قناة", "قصر", "الشرطة", "الشيخ", "الرئيس", "الملكة", "شرق", "وسط",
))
_WORD = re.compile(r"\w+")
_ADJECTIVE_END = ("يه", "ي", "ين", "ون", "ات", "يا")



def main() -> None:
    heads = {match_key(h): h for h in PLACE_HEADS}
    prefixed = {p + k: k for k in heads for p in ("", "ب", "ل", "و", "ف", "وب", "ول")}
    seen: dict[str, set[str]] = defaultdict(set)
    count: Counter[str] = Counter()
    for _corpus, _n, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for a, b in zip(words, words[1:], strict=False):
            head = prefixed.get(a)
            if head is None or len(b) < 3 or b.endswith(_ADJECTIVE_END) or b in heads:
                continue
            seen[b].add(head)
            count[b] += 1
    print("# mined by scripts/mine_place_heads.py from ../shared/data/arabic-news-raw (dev lines excluded)")
    print("key\theads\tcount")
    for word, c in count.most_common():
        if c >= MIN_COUNT and len(seen[word]) >= MIN_HEADS and word not in STOP:
            print(f"{word}\t{len(seen[word])}\t{c}")


if __name__ == "__main__":
    main()
