"""Count raw-news paragraphs of the treaty classes left open after round 1 and draw a sample of each.

Classes (regexes below): a possessed signing noun (عن توقيعها لاتفاقية)، a counterpart named by its
place (ونظيره في X)، agreements between two ministries, officials whose post is a body (الرئيس
التنفيذي لـ، مدير عام)، cabinet/parliament approvals of an agreement between governments or
ministries, and loan/financing agreements. Dev lines are left out by `raw_corpus.lines`:

    python scripts/sample_treaty_classes.py --seed 808 --per-class 14 --out /tmp/cls.jsonl
    python scripts/sample_events.py annotate /tmp/cls.jsonl /tmp/cls.pkl
    python scripts/probe_treaties.py /tmp/cls.pkl > /tmp/cls.txt
"""

from __future__ import annotations

import argparse
import json
import random
import re

import raw_corpus  # scripts/raw_corpus.py, beside this script

INSTR = r"(?:مذكر[ةت] تفاهم|اتفاقي[ةات]+|اتفاق|بروتوكول|برنامج تنفيذي|معاهد[ةت])"
CLASSES = {
    "possessed": re.compile(r"(?<!\S)\S?(توقيعها|توقيعه|توقيعهما|إبرامها|إبرامه)(?!\S)"),
    "counterpart": re.compile(r"(?<!\S)(و|مع )?(نظيره|نظيرتها|نظيرها|نظيرته) (في|ب|لدى)"),
    "ministries": re.compile(r"بين وزارة [^،.]{2,40} (و|في )[^،.]{0,40}ووزارة"),
    "officials": re.compile(r"(الرئيس التنفيذي ل|مدير عام |المدير العام ل|رئيس مجلس إدارة )"),
    "approval": re.compile(r"(وافق|الموافقة|يوافق|أقر|إقرار)[^.]{0,40}" + INSTR + r"[^.]{0,20}بين (حكومة|وزارة)"),
    "loan": re.compile(r"(اتفاقية قرض|اتفاقيات قروض|اتفاقية تمويل|اتفاقيات تمويل|اتفاقية منحة)"),
}
SIGN = re.compile(r"(وقع|توقيع|أبرم|إبرام|وافق|الموافقة)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=808)
    ap.add_argument("--per-class", type=int, default=14)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    pools: dict[str, list[dict]] = {k: [] for k in CLASSES}
    for corpus, n, line in raw_corpus.lines():
        if not (15 <= len(line.split()) <= 160 and re.search(INSTR, line) and SIGN.search(line)):
            continue
        for name, rx in CLASSES.items():
            if rx.search(line):
                pools[name].append({"id": f"{corpus[:3]}{n}", "text": line.strip(), "class": name})
    print({k: len(v) for k, v in pools.items()})
    rng = random.Random(args.seed)
    out: dict[str, dict] = {}
    for pool in pools.values():
        for item in raw_corpus.one_per_story(rng.sample(pool, min(len(pool), 25)), args.per_class):
            out.setdefault(item["id"], item)
    with open(args.out, "w", encoding="utf-8") as fh:
        for item in out.values():
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(out))


if __name__ == "__main__":
    main()
