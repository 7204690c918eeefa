"""Count, in the raw news, the knowledge-base places whose name is also a common word (homographs:
جدة 'grandmother', عدن 'Eden', مشهد 'scene') right after a locative preposition (في، إلى، من، نحو، قرب،
داخل، خارج، عبر, or ب attached: بجدة), and print random examples of each to read by hand.

The evidence for `kg/link/lexicons/locative_places.tsv` (kg.link.homograph_places): a name enters that
list only when its examples read as the place (في جدة, إلى عدن), never as the word (في مشهد إيماني، من
حماة الوطن، إلى جده 'his grandfather'). Dev lines and the probe pools are left out.

    PYTHONPATH=. python scripts/mine_locative_homographs.py [--min 3] [--examples 6] > /tmp/locative.txt
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402

from kg.link.gazetteer import default_gazetteer  # noqa: E402
from kg.link.homograph_places import PLACE_KINDS, locative_before  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=3, help="print names with at least this many locative uses")
    ap.add_argument("--examples", type=int, default=6)
    args = ap.parse_args()
    gaz = default_gazetteer()
    skip = raw_corpus.probe_lines()
    total: Counter = Counter()
    locative: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for corpus, num, text in raw_corpus.lines():
        if (corpus, num) in skip:
            continue
        for h in gaz.find(text):
            if not h.homograph or h.is_nisba or h.kind not in PLACE_KINDS:
                continue
            total[h.name] += 1
            if locative_before(text, h):
                locative[h.name] += 1
                examples[h.name].append(text[max(0, h.start - 40):h.end + 30].replace("\n", " "))
    rng = random.Random(0)
    print("name\tlocative\ttotal")
    for name, n in locative.most_common():
        if n < args.min:
            break
        print(f"{name}\t{n}\t{total[name]}")
        for e in rng.sample(examples[name], min(args.examples, n)):
            print(f"    …{e}…")


if __name__ == "__main__":
    main()
