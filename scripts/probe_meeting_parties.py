"""Probe who a meeting leaves out: per raw-corpus paragraph, the persons kg finds vs those its
meeting records hold.

For hand-judging why a person named in a meeting paragraph is attached to no record (the second
party after a long title, a reporting speaker "قال X إنه التقى Y", a collective "مع المسؤولين
المصريين", an attendee "بحضور X" who rightly is none …). `sample` draws paragraphs with a meeting
word and a diplomatic title from ../shared/data/arabic-news-raw/ (dev lines left out by
`raw_corpus`; paragraphs of earlier samples in /tmp/*.jsonl skipped, so each draw is fresh);
`show` prints each paragraph, its meeting records and the persons in none (`UNATT`), and a count
line. Compare two versions of kg by running `show` from two checkouts on one annotated sample:

    PYTHONPATH=. python scripts/probe_meeting_parties.py sample --n 200 --seed 2026 --out /tmp/m7_dip.jsonl
    PYTHONPATH=. python scripts/sample_events.py annotate /tmp/m7_dip.jsonl /tmp/m7_dip.pkl
    PYTHONPATH=. python scripts/probe_meeting_parties.py show /tmp/m7_dip.pkl > /tmp/m7_dip.txt
"""

from __future__ import annotations

import argparse
import glob
import json
import pickle
import random
import re
import sys
from pathlib import Path

import raw_corpus  # scripts/raw_corpus.py, beside this script

MEETING = re.compile(r"(استقبل|التقى|اجتمع|مباحثات|محادثات|اتصالا هاتفيا|اتصال هاتفي|بحث مع|بحثا|لقاء)")
TITLE = re.compile(r"(وزير الخارجية|وزير خارجية|الرئيس|سفير|رئيس الوزراء|رئيس وزراء|الملك|ولي العهد|الأمين العام"
                   r"|مبعوث|نظيره)")


def sample(n: int, seed: int) -> list[dict]:
    seen = set()
    for path in glob.glob("/tmp/*.jsonl"):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            try:
                seen.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                continue
    items = [{"id": f"{corpus[:3]}{i}", "text": text.strip()} for corpus, i, text in raw_corpus.lines()
             if 20 <= len(text.split()) <= 140 and MEETING.search(text) and TITLE.search(text)]
    items = [it for it in items if it["id"] not in seen]
    return raw_corpus.one_per_story(random.Random(seed).sample(items, min(len(items), 2 * n)), n)


def show(annotated: list) -> None:
    from kg.extract import extract_facts
    from kg.extract.text import DocView
    from kg.link.resources import Resources

    res = Resources.default()
    totals = {"paragraphs": 0, "persons": 0, "unattached": 0, "records": 0}
    for ann in annotated:
        linked = res.linker.link(ann)
        facts = extract_facts(linked, resources=res)
        view = DocView(linked, resources=res)
        persons = {view.ref(i).key: view.ref(i).entity.label for i in range(len(view.mentions)) if view.is_person(i)}
        held = {p.key for m in facts.meetings for p in m.participants}
        left = [label for key, label in persons.items() if key not in held]
        totals["paragraphs"] += 1
        totals["persons"] += len(persons)
        totals["unattached"] += len(left)
        totals["records"] += len(facts.meetings)
        print(f"=== {ann.document.id}\n{ann.document.text}")
        for m in facts.meetings:
            print(f"  M {m.kind}/{m.status} s{list(m.evidence)}: "
                  + " | ".join(f"{p.entity.label}<{p.entity.kind[:3]}>" for p in m.participants))
        if left:
            print("  UNATT: " + " ; ".join(left))
        print()
    print(totals)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=200)
    s.add_argument("--seed", type=int, default=2026)
    s.add_argument("--out", required=True)
    w = sub.add_parser("show")
    w.add_argument("pkl")
    args = ap.parse_args(argv)
    if args.cmd == "sample":
        items = sample(args.n, args.seed)
        Path(args.out).write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
        print(f"{len(items)} paragraphs -> {args.out}", file=sys.stderr)
    else:
        show(pickle.loads(Path(args.pkl).read_bytes()))


if __name__ == "__main__":
    main()
