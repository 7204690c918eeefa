"""Sample meeting and treaty paragraphs from the raw news corpus and show what kg extracts.

For judging the meeting and treaty extractors by hand on real news that no rule was written
for: paragraphs with a meeting, call, visit, reception, talks or signing word are drawn at
random (fixed seed) from ../shared/data/arabic-news-raw/, the development set's own lines
left out (by their line numbers in its sources.tsv; its texts are not read). The NLP
annotation is cached (pickle), so a change to the extractors is re-run in seconds:

    python scripts/sample_events.py sample --n 150 --out /tmp/events_sample.jsonl
    python scripts/sample_events.py annotate /tmp/events_sample.jsonl /tmp/events_sample.pkl
    python scripts/sample_events.py show /tmp/events_sample.pkl [--only 3,17] > /tmp/report.txt

`show` prints each paragraph with its meetings (kind, status, participants) and treaties
(label, status, parties).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import random
import re
import sys
from pathlib import Path

import raw_corpus  # scripts/raw_corpus.py, beside this script

RAW = Path("../shared/data/arabic-news-raw")
MEETING = re.compile(r"(استقبل|التقى|يلتقي|اجتمع|يجتمع|اجتماع|لقاء|مباحثات|محادثات|اتصالا هاتفيا|اتصال هاتفي"
                     r"|زيارة|قمة|بحث مع|تلقى)")
TREATY = re.compile(r"(وقع|توقيع|اتفاقية|مذكرة تفاهم|معاهدة|بروتوكول|اتفاق)")
TITLE = re.compile(r"(الملك|ولي العهد|الأمير|الرئيس|رئيس|وزير|سفير|مبعوث|الأمين العام)")


def sample(n: int, seed: int, treaty_share: float) -> list[dict]:
    dev = raw_corpus.dev_lines()
    meetings: list[dict] = []
    treaties: list[dict] = []
    for corpus in ("saudinewsnet", "antcorpus"):
        with gzip.open(RAW / f"{corpus}.txt.gz", "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if (corpus, i) in dev:
                    continue
                words = len(line.split())
                if not 25 <= words <= 160 or not TITLE.search(line):
                    continue
                item = {"id": f"{corpus[:3]}{i}", "text": line.strip()}
                if TREATY.search(line) and re.search(r"(اتفاق|مذكرة|معاهدة|بروتوكول)", line):
                    treaties.append(item)
                elif MEETING.search(line):
                    meetings.append(item)
    rng = random.Random(seed)
    k = int(n * treaty_share)
    return raw_corpus.one_per_story(rng.sample(treaties, k) + rng.sample(meetings, n - k))


annotate = raw_corpus.annotate


def show(annotated: list, only: set[str] | None) -> None:
    from kg.extract import extract_facts
    from kg.link.resources import Resources

    res = Resources.default()
    for ann in annotated:
        if only and ann.document.id not in only:
            continue
        linked = res.linker.link(ann)
        facts = extract_facts(linked, resources=res)
        print(f"=== {ann.document.id}\n{ann.document.text}")
        for m in facts.meetings:
            parts = " | ".join(f"{p.entity.label}<{p.entity.kind[:3]}>" for p in m.participants)
            print(f"  M {m.kind}/{m.status} s{list(m.evidence)}: {parts}")
        for t in facts.treaties:
            parts = " | ".join(f"{p.entity.label}<{p.entity.kind[:3]}>" for p in t.parties)
            print(f"  T [{t.label}] {t.status} s{list(t.evidence)}: {parts}")
        print()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=150)
    s.add_argument("--seed", type=int, default=13)
    s.add_argument("--treaty-share", type=float, default=0.35)
    s.add_argument("--out", required=True)
    a = sub.add_parser("annotate")
    a.add_argument("jsonl")
    a.add_argument("pkl")
    w = sub.add_parser("show")
    w.add_argument("pkl")
    w.add_argument("--only", default="")
    args = ap.parse_args(argv)
    if args.cmd == "sample":
        items = sample(args.n, args.seed, args.treaty_share)
        Path(args.out).write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
        print(f"{len(items)} paragraphs -> {args.out}", file=sys.stderr)
    elif args.cmd == "annotate":
        items = [json.loads(x) for x in Path(args.jsonl).read_text(encoding="utf-8").splitlines()]
        Path(args.pkl).write_bytes(pickle.dumps(annotate(items)))
    else:
        show(pickle.loads(Path(args.pkl).read_bytes()), set(filter(None, args.only.split(","))) or None)


if __name__ == "__main__":
    main()
