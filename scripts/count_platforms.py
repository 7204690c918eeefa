"""Count the names of social media platforms in the raw news, for kg/link/lexicons/platforms.tsv.

    PYTHONPATH=. python scripts/count_platforms.py -o kg/link/lexicons/platforms.tsv

News cites posts `على تويتر`, `عبر حسابه في فيسبوك`: the platform is a company the NER leaves out or runs
into the person before it (`فلان الفلاني على تويتر`). Each spelling below is counted as a whole word, a
one-letter clitic and the article allowed (بتويتر، وفيسبوك، الفايسبوك); a spelling is kept when the
raw news writes it 20 times or more.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import raw_corpus  # noqa: E402

#: Arabic spellings of the platforms, each with the platform's one label.
SPELLINGS = {
    "تويتر": "تويتر", "فيسبوك": "فيسبوك", "فيس بوك": "فيسبوك", "فايسبوك": "فيسبوك", "فايس بوك": "فيسبوك",
    "يوتيوب": "يوتيوب",
    "إنستغرام": "إنستغرام", "انستغرام": "إنستغرام", "انستقرام": "إنستغرام", "إنستقرام": "إنستغرام",
    "سناب شات": "سناب شات", "سناب تشات": "سناب شات", "واتساب": "واتساب", "واتس اب": "واتساب",
    "تيليغرام": "تيليغرام", "تلغرام": "تيليغرام", "تليجرام": "تيليغرام", "لينكد إن": "لينكد إن",
}
MIN_COUNT = 20


def mine() -> list[tuple[str, str, int]]:
    patterns = {s: re.compile(rf"(?<!\w)[وبلف]?(?:ال)?{s}(?!\w)") for s in SPELLINGS}
    counts = dict.fromkeys(SPELLINGS, 0)
    for _, _, text in raw_corpus.lines():
        for s, pat in patterns.items():
            if s.split()[0] in text:
                counts[s] += len(pat.findall(text))
    return [(s, SPELLINGS[s], n) for s, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= MIN_COUNT]


def main() -> None:
    raw_corpus.write_counts_table(
        __doc__, mine, "scripts/count_platforms.py: social media platforms named in the raw news (>= 20 uses)",
        "spelling\tlabel\tcount", "spellings")


if __name__ == "__main__":
    main()
