"""Probe kg's entity mentions on raw news nobody wrote a rule for: what it misses, what it over-takes.

Paragraphs are drawn at random (fixed seed) from ../shared/data/arabic-news-raw/ with the dev set's
own lines left out (scripts/raw_corpus.py; its texts are never read). The NLP annotation is cached
(pickle), so a change to kg/link is re-probed in seconds:

    python scripts/probe_mentions.py sample --n 300 --out /tmp/probe.jsonl
    python scripts/probe_mentions.py annotate /tmp/probe.jsonl /tmp/probe.pkl
    python scripts/probe_mentions.py report /tmp/probe.pkl [--examples 8] > /tmp/probe.txt
    python scripts/probe_mentions.py show /tmp/probe.pkl [--first 50] > /tmp/probe_show.txt

`sample --diplomatic` keeps paragraphs with an official's title and an event word (as the dev set's
screening did, with its own lines left out).

The report counts two classes of error candidates, to be read by hand:

(a) **misses**: a head noun of an organization or a place (اتحاد، برنامج، منظمة … قصر، متحف، مطار …,
    a clitic allowed) in construct with the next word, where no final mention covers the head or
    that word. Each is printed with the three words after it, counted per head.
(b) **suspects** (precision): final entities that look like common nouns, fragments or titles: one
    word not in the knowledge base, a title or bare head inside the label, a label that opens with a
    clitic, a nisba alone, a label of five words or more. Counted per class, the labels by frequency.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg, not an installed one
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

ORG_HEADS = ("اتحاد", "برنامج", "منظمة", "وكالة", "تحالف", "أكاديمية", "جامعة", "مجلس", "قوات", "ميليشيا",
             "ميليشيات", "حركة", "حزب", "جبهة", "هيئة", "لجنة", "صندوق", "بنك", "مفوضية", "مؤسسة", "معهد",
             "مركز", "جمعية", "شركة", "رابطة", "منتدى", "مؤتمر", "جماعة", "تنظيم", "كتائب", "لواء", "سرايا",
             "محكمة", "نقابة", "غرفة", "إدارة", "دائرة", "مصلحة", "ديوان", "مجموعة", "قناة", "صحيفة")
LOC_HEADS = ("منطقة", "محافظة", "ولاية", "إقليم", "قصر", "متحف", "مطار", "ميناء", "مسجد", "جامع", "مستشفى",
             "ملعب", "جسر", "سد", "شارع", "ساحة", "مدينة", "جزيرة", "مخيم", "معبر", "حي", "بلدة", "قرية",
             "مقاطعة", "جبل", "نهر", "بحيرة", "خليج", "صحراء", "قاعدة", "فندق", "كنيسة", "سجن")


#: `--diplomatic`: paragraphs with an official's title and a meeting, visit, call or signing word.
TITLE = re.compile(r"(الملك|ولي العهد|الأمير|الرئيس|رئيس|وزير|سفير|مبعوث|الأمين العام)")
EVENT = re.compile(r"(استقبل|التقى|اجتمع|اجتماع|لقاء|مباحثات|محادثات|اتصال|زيارة|قمة|بحث مع|تلقى|وقع|توقيع|اتفاق"
                   r"|مذكرة تفاهم)")


def sample(n: int, seed: int, diplomatic: bool = False) -> list[dict]:
    pool = [{"id": f"{corpus[:3]}{num}", "text": text.strip()}
            for corpus, num, text in raw_corpus.lines() if 25 <= len(text.split()) <= 150
            and (not diplomatic or (TITLE.search(text) and EVENT.search(text)))]
    random.Random(seed).shuffle(pool)
    return raw_corpus.one_per_story(pool, n)


annotate = raw_corpus.annotate


def _head_reading(word: str, heads: frozenset[str]) -> str | None:
    from kg.link.normalize import clitic_splits, match_key

    for prefix, rest in clitic_splits(match_key(word), article=False):
        if (not prefix or len(rest) >= 3) and rest in heads:
            return rest
    return None


def report(annotated: list, examples: int, out=sys.stdout) -> dict:
    from kg.link.lexicons import lexicons
    from kg.link.mentions import _tokens
    from kg.link.normalize import match_key
    from kg.link.resources import Resources

    res = Resources.default()
    lex = lexicons()
    heads = {match_key(h): ("ORG", h) for h in ORG_HEADS} | {match_key(h): ("LOC", h) for h in LOC_HEADS}
    head_keys = frozenset(heads)
    nisba_keys = set()
    miss: dict[str, list[str]] = defaultdict(list)
    covered: Counter = Counter()
    suspects: dict[str, Counter] = defaultdict(Counter)
    entity_count = 0
    for ann in annotated:
        linked = res.linker.link(ann)
        text = ann.document.text
        spans = [(m.start, m.end) for m, e in zip(linked.annotated.mentions, linked.entities, strict=True)
                 if e.kind in ("Person", "Organization", "Place", "Country", "City")]
        toks = _tokens(text)
        for i, tok in enumerate(toks[:-1]):
            head = _head_reading(tok.text, head_keys)
            nxt = toks[i + 1]
            if head is None or not text[tok.end:nxt.start].isspace() or len(text[tok.end:nxt.start]) != 1:
                continue
            if any(s < nxt.end and tok.start < e for s, e in spans):
                covered[head] += 1
                continue
            tail = " ".join(t.text for t in toks[i + 1:i + 4])
            miss[head].append(f"{tok.text} | {tail}   [{ann.document.id}]")
        for h in res.gazetteer.find(text):
            if h.is_nisba:
                nisba_keys.add(match_key(h.text))
        seen = set()
        for m, e in zip(linked.annotated.mentions, linked.entities, strict=True):
            if e.kind not in ("Person", "Organization", "Place", "Country", "City") or e.key in seen:
                continue
            seen.add(e.key)
            entity_count += 1
            words = match_key(e.label).split()
            kind = f"{e.kind}/{m.ner_type}/{m.source}"
            if not words:
                continue
            if any(w in lex.title_words for w in words):
                suspects["title word inside"][f"{e.label} <{kind}>"] += 1
            elif any((w[2:] if w.startswith("ال") else w) in {match_key(x) for x in ORG_HEADS} and len(words) == 1
                     for w in words):
                suspects["bare head"][f"{e.label} <{kind}>"] += 1
            elif len(words) == 1 and e.kb_id is None:
                suspects["one word, not in KB"][f"{e.label} <{kind}>"] += 1
            elif len(words) >= 5:
                suspects["five words or more"][f"{e.label} <{kind}>"] += 1
            if e.kb_id is None and words[0][:1] in "وفبلك" and len(words[0]) > 3 and words[0][1:3] == "ال":
                suspects["opens with a clitic"][f"{e.label} <{kind}>"] += 1
            if match_key(m.text) in nisba_keys:
                suspects["a nisba alone"][f"{e.label} <{kind}>"] += 1
    print(f"# {len(annotated)} paragraphs, {entity_count} entities (one per key per paragraph)", file=out)
    print("\n## (a) head + word with no entity over either", file=out)
    total = sum(len(v) for v in miss.values())
    print(f"total {total}; covered (an entity over head or name) {sum(covered.values())}", file=out)
    for head, rows in sorted(miss.items(), key=lambda kv: -len(kv[1])):
        kind, written = heads[head]
        print(f"\n### {written} ({kind}): {len(rows)} uncovered, {covered[head]} covered", file=out)
        for row in rows[:examples]:
            print("   ", row, file=out)
    print("\n## (b) suspect entities", file=out)
    for cls, labels in sorted(suspects.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"\n### {cls}: {sum(labels.values())}", file=out)
        for label, n in labels.most_common(examples * 3):
            print(f"    {n:3d}  {label}", file=out)
    return {"misses": {h: len(v) for h, v in miss.items()},
            "suspects": {c: sum(v.values()) for c, v in suspects.items()}}


def show(annotated: list, first: int, out=sys.stdout) -> None:
    """Each paragraph with its final entities (label, kind, NER type, source), to read by hand."""
    from kg.link.resources import Resources

    res = Resources.default()
    for ann in annotated[:first]:
        linked = res.linker.link(ann)
        print(f"=== {ann.document.id}\n{ann.document.text}", file=out)
        seen = set()
        for m, e in zip(linked.annotated.mentions, linked.entities, strict=True):
            if e.kind in ("Person", "Organization", "Place", "Country", "City") and e.key not in seen:
                seen.add(e.key)
                print(f"  {e.label} <{e.kind}/{m.ner_type}/{m.source}>{' ' + e.qid if e.qid else ''}", file=out)
        print(file=out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=300)
    s.add_argument("--seed", type=int, default=5)
    s.add_argument("--diplomatic", action="store_true", help="only paragraphs with a title and an event word")
    s.add_argument("--out", required=True)
    a = sub.add_parser("annotate")
    a.add_argument("jsonl")
    a.add_argument("pkl")
    r = sub.add_parser("report")
    r.add_argument("pkl")
    r.add_argument("--examples", type=int, default=8)
    r.add_argument("--json", default="")
    w = sub.add_parser("show")
    w.add_argument("pkl")
    w.add_argument("--first", type=int, default=50)
    args = ap.parse_args(argv)
    if args.cmd == "sample":
        items = sample(args.n, args.seed, args.diplomatic)
        Path(args.out).write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
        print(f"{len(items)} paragraphs -> {args.out}", file=sys.stderr)
    elif args.cmd == "annotate":
        items = [json.loads(x) for x in Path(args.jsonl).read_text(encoding="utf-8").splitlines()]
        Path(args.pkl).write_bytes(pickle.dumps(annotate(items)))
    elif args.cmd == "show":
        show(pickle.loads(Path(args.pkl).read_bytes()), args.first)
    else:
        counts = report(pickle.loads(Path(args.pkl).read_bytes()), args.examples)
        if args.json:
            Path(args.json).write_text(json.dumps(counts, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
