"""Count, in the raw news (dev lines excluded), the shapes that describe a body without naming it.

Evidence for `kg.link.descriptions` and the allegiance participles of `kg.link.epithets`:

    PYTHONPATH=. python scripts/count_description_shapes.py > /tmp/description_shapes.txt

Shapes: an allegiance participle within three words after a body's head (قوات … الموالية); an indefinite class
noun + an indefinite -ي/-ية word (حزب سياسي, also names: مطار دبي); a definite paper or company noun + a -ي/-ية
word closed by punctuation or a complement (الصحيفة الألمانية); a province noun + a word (منطقة عسير); a meeting
noun before a body (مؤتمر الاتحاد).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import raw_corpus  # noqa: E402

BODY = (r"(?:قوات|الجيش|ميليشيا|ميليشيات|الميليشيات|المليشيات|القوات|جماعة|حركة|حزب|الحزب|فصائل|الفصائل"
        r"|كتائب|لواء|تنظيم|جبهة)")
ALLEGIANCE = (r"(الموالي|الموالية|الموالين|الموالون|التابع|التابعة|التابعين|المدعوم|المدعومة|المقرب|المقربة|المقربين"
              r"|المناهض|المناهضة|المؤيد|المؤيدة|المؤيدين)")
SHAPES = {
    "allegiance participle after a body": (re.compile(BODY + r"(?: \S+){0,3} " + ALLEGIANCE + r"\b"), 1),
    "indefinite class noun + indefinite -ي/-ية word": (re.compile(
        r"(?<!\S)(حزب|جسر|شركة|جامعة|صحيفة|قناة|مجلس|حركة|منظمة|جماعة|وكالة|موقع|مؤسسة|ميناء|مطار) (\w+(?:ي|ية))\b"
        r"(?! \w+ية)"), 0),
    "definite paper/company noun + -ي/-ية word alone": (re.compile(
        r"(?<!\S)[وبل]?(الصحيفة|الوكالة|الشركة|القناة|الجريدة|المجلة|الموقع|الإذاعة) (ال\w+(?:ي|ية))"
        r"(?= *[،.:,\"]| عن| أن| إن| في| نقلا| اليوم)"), 0),
    "province noun + word": (re.compile(r"(?<!\S)(?:[وبل]|ول|وب)?(?:منطقة|محافظة|ولاية|إقليم) (\w+)"), 1),
    "meeting noun + body": (re.compile(
        r"(?<!\S)[وبل]?(مؤتمر|اجتماع|قمة|اجتماعات|دورة) (الاتحاد|منظمة|مجلس|جامعة|حلف|الأمم)"), 0),
}


def main() -> None:
    counts = {name: Counter() for name in SHAPES}
    for _corpus, _num, text in raw_corpus.lines():
        for name, (pattern, group) in SHAPES.items():
            for m in pattern.finditer(text):
                counts[name][m.group(group)] += 1
    for name, c in counts.items():
        print(f"## {name}: {sum(c.values())}")
        for phrase, n in c.most_common(40):
            print(f"  {n:5d}  {phrase}")


if __name__ == "__main__":
    main()
