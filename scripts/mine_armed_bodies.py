"""Count how the raw news names forces, guards and coalitions (the evidence of kg.link.armed_bodies).

Four shapes, each counted with its most frequent complements (dev lines skipped, texts not read):

* `القوات` + service adjective (+ `الملكية`) + a word ending like a nisba (القوات الجوية الملكية السعودية);
* `الحرس` + a definite -ي adjective (الحرس الثوري، الحرس البحري);
* `حرس` + a definite word in construct (حرس السواحل);
* `التحالف` + an adjective of scope, and what follows it (ضد، لمحاربة، بقيادة …).

    PYTHONPATH=. python scripts/mine_armed_bodies.py [--top 25]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.normalize import match_key  # noqa: E402

_CLITIC = r"(?:^|(?<=\s))(?:و|ف|ب|ل)?"
SHAPES = {
    "forces + service (+ royal) + nisba": re.compile(
        _CLITIC + r"(?:ال|ل)قوات (المسلحه|البحريه|الجويه|البريه)( الملكيه)? (ال\w+يه)\b"),
    "the guard + adjective": re.compile(_CLITIC + r"(?:ال|ل)حرس (ال\w+ي)\b"),
    "guard + domain": re.compile(_CLITIC + r"حرس (ال\w+)"),
    "coalition + scope + next": re.compile(_CLITIC + r"(?:ال|ل)تحالف (الدولي|العربي|الاسلامي) (\w+)"),
}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    counts = {name: Counter() for name in SHAPES}
    for _, _, text in raw_corpus.lines():
        key = match_key(text)
        for name, pattern in SHAPES.items():
            for m in pattern.finditer(key):
                counts[name][" ".join(g for g in m.groups() if g)] += 1
    for name, counter in counts.items():
        print(f"## {name}: {sum(counter.values())}")
        for phrase, n in counter.most_common(args.top):
            print(f"{n}\t{phrase}")


if __name__ == "__main__":
    main()
