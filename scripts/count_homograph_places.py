"""Count, in the raw news, where a knowledge-base place whose name is also a common word (a homograph:
مالي 'financial', الرمادي 'grey', جدة 'grandmother') stands in a place's own context: after a place head in
construct (`مدينة الرمادي`) or coordinated with another place the gazetteer knows (`النيجر ومالي`, `مالي
والنيجر`). The evidence for kg.link.homograph_places; dev lines and the probe pools are left out.

    PYTHONPATH=. python scripts/count_homograph_places.py [--limit 400000] [--examples 3] > /tmp/homographs.txt
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
from kg.link.homograph_places import PLACE_KINDS, context_of  # noqa: E402
from kg.link.normalize import match_key  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=400000)
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args()
    gaz = default_gazetteer()
    skip = raw_corpus.probe_lines()
    forms = {match_key(f) for f in ("مالي", "الرمادي", "جدة", "حمص", "حماة", "عدن", "مشهد", "قم", "واشنطن",
                                    "لاهاي", "سرت", "الرقة", "الزرقاء", "الديوانية", "المنصورة", "سيول", "بنين")}
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n, (corpus, num, text) in enumerate(raw_corpus.lines()):
        if n >= args.limit or (corpus, num) in skip:
            continue
        if not any(f in match_key(text) for f in forms):
            continue
        hits = gaz.find(text)
        for h in hits:
            if not h.homograph or h.is_nisba or h.kind not in PLACE_KINDS:
                continue
            ctx = context_of(text, h, hits) or "none"
            counts[h.name][ctx] += 1
            if ctx != "none":
                examples[(h.name, ctx)].append(text[max(0, h.start - 40):h.end + 30].replace("\n", " "))
    rng = random.Random(0)
    for name, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{name}\t" + "\t".join(f"{k} {v}" for k, v in c.most_common()))
        for ctx in ("head", "locative", "coordinated"):
            ex = examples[(name, ctx)]
            for e in rng.sample(ex, min(args.examples, len(ex))):
                print(f"    [{ctx}] …{e}…")


if __name__ == "__main__":
    main()
