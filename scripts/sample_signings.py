"""Draw raw-news paragraphs that sign an instrument, for judging treaty parties by hand.

`scripts/sample_events.py` draws treaty paragraphs by any treaty word; in the 2015-heavy raw
corpus most of them speak of one deal ("الاتفاق النووي"). This draws paragraphs with a signing
word (وقع، توقيع، أبرم …) and an instrument (مذكرة تفاهم، اتفاقية، بروتوكول، برنامج تنفيذي،
معاهدة), that deal's paragraphs left out, so the signing bodies (ministries, funds, universities,
companies) get judged too. Dev lines are left out by `raw_corpus.lines`:

    python scripts/sample_signings.py --seed 719 --n 130 --out /tmp/sign.jsonl
    python scripts/sample_events.py annotate /tmp/sign.jsonl /tmp/sign.pkl
    python scripts/probe_treaties.py /tmp/sign.pkl > /tmp/sign.txt
"""

from __future__ import annotations

import argparse
import json
import random
import re

import raw_corpus  # scripts/raw_corpus.py, beside this script

SIGN = re.compile(r"(وقع|توقيع|أبرم|إبرام|يوقع|سيوقع)")
INSTRUMENT = re.compile(r"(مذكر[ةت] تفاهم|اتفاقي|بروتوكول|برنامج تنفيذي|معاهد)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=719)
    ap.add_argument("--n", type=int, default=130)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    items = [{"id": f"{corpus[:3]}{n}", "text": line.strip()} for corpus, n, line in raw_corpus.lines()
             if 20 <= len(line.split()) <= 160 and SIGN.search(line) and INSTRUMENT.search(line)
             and "النووي" not in line]
    rng = random.Random(args.seed)
    out = raw_corpus.one_per_story(rng.sample(items, min(len(items), args.n * 5 // 4)), args.n)
    with open(args.out, "w", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} candidates, {len(out)} paragraphs -> {args.out}")


if __name__ == "__main__":
    main()
