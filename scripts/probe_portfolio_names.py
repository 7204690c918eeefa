"""Precision probe of post_of step 8 (a bare minister's country from the portfolio holders' English names).

    PYTHONPATH=. python scripts/probe_portfolio_names.py lexical --paragraphs /tmp/pn_hits.jsonl > /tmp/pn_lexical.txt
    PYTHONPATH=. python scripts/probe_portfolio_names.py sample /tmp/pn_hits.jsonl --n 80 --out /tmp/pn_sample.jsonl
    PYTHONPATH=. python scripts/probe_portfolio_names.py posts /tmp/pn_sample.jsonl > /tmp/pn_posts.txt

`lexical` reads every raw paragraph (`scripts/raw_corpus.py`: dev lines left out) for "وزير <portfolio> <name>"
with the name right after the portfolio (the bare form: no country or nisba between), tries the next four,
three, then two words as the name (`kg.link.portfolio_holders.find`, undated) and prints each distinct
(name, portfolio) that matches with its count, the holder and a paragraph, then counts by country: the list
to hand-check (`--paragraphs`: the paragraphs with a match, as jsonl). `sample` draws paragraphs (one per
story) from those; `posts` runs kg's whole
pipeline (Stanza NER, linking, extraction) on them and prints the posts step 8 filled, each with its
paragraph, to hand-check what the extractor actually does.

Hand-check (2026-12-06, commit after 199bc94): `lexical` found 6274 bare "وزير <portfolio> <words>" in the raw
corpus, 592 with a match, 99 distinct (name, portfolio): all 99 name the right person of the right country
(Tunisia 323 occurrences, Saudi Arabia 187, Iran 18, Yemen 17, US 9, …). The first version also matched
"الشيخ محمد خالد الحمد" to Pakistan's Sheikh Rasheed Ahmed (an honorific read as a name: fixed) and two deputies
("نائب وزير الصحة"; the extractor titles them deputy-minister, which step 8 leaves alone). `posts` on one
paragraph per name of the first list (87): step 8 filled 19 posts, 19 right (the others had a country already).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict

import raw_corpus  # scripts/raw_corpus.py, beside this script

from kg.extract import vocab
from kg.link.normalize import match_key
from kg.link.portfolio_holders import find

_WORD = re.compile(r"[\u0621-\u064A]+")
_DEPUTY = frozenset(match_key(w) for w in ("نائب", "مساعد", "وكيل", "ونائب", "مستشار", "مستشارة"))
_PHRASES = sorted(vocab.PORTFOLIO_PHRASES.items(), key=lambda kv: -len(kv[0]))


def bare_ministers(text: str):
    """(name words, portfolio code) after each "وزير <portfolio>" of the paragraph."""
    words = _WORD.findall(text)
    keys = [match_key(w) for w in words]
    for i, k in enumerate(keys):
        if k not in ("وزير", "وزيره") or (i > 0 and keys[i - 1] in _DEPUTY):
            continue  # "نائب وزير الخارجية فلان": another post
        for phrase, code in _PHRASES:
            n = len(phrase)
            if tuple(keys[i + 1:i + 1 + n]) == phrase:
                yield words[i + 1 + n:i + 5 + n], code
                break


def matches(text: str):
    """(name, code, Found) of the bare ministers whose name finds a holder (longest name first)."""
    for following, code in bare_ministers(text):
        for size in (4, 3, 2):
            if len(following) < size:
                continue
            name = " ".join(following[:size])
            found = find(name, code, None)
            if found is not None:
                yield name, code, found
                break


def lexical(paragraphs: str | None) -> None:
    hits: dict[tuple[str, str], list] = defaultdict(list)
    tried = 0
    out = open(paragraphs, "w", encoding="utf-8") if paragraphs else None
    for corpus, n, line in raw_corpus.lines():
        if "وزير" not in line:
            continue
        tried += sum(1 for _ in bare_ministers(line))
        found_here = False
        for name, code, found in matches(line):
            hits[(name, code)].append((corpus, n, line.strip(), found))
            found_here = True
        if found_here and out is not None and len(line) < 1500:
            out.write(json.dumps({"id": f"{corpus}:{n}", "text": line.strip()}, ensure_ascii=False) + "\n")
    if out is not None:
        out.close()
    by_country: Counter = Counter()
    for (name, code), rows in sorted(hits.items(), key=lambda kv: -len(kv[1])):
        found = rows[0][3]
        h = found.holders[0]
        by_country[found.country] += len(rows)
        print(f"{len(rows)}\t{name}\t{code}\t{found.country}\t{h.name_en}\t{h.qid}\t{h.start}–{h.end}\t"
              f"{rows[0][0]}:{rows[0][1]}\t{rows[0][2][:300]}")
    print(f"# {tried} 'وزير <portfolio> <words>' occurrences; {sum(len(v) for v in hits.values())} matched "
          f"({len(hits)} distinct name+portfolio); by country: {by_country.most_common()}", file=sys.stderr)


def sample(paragraphs: str, n: int, out: str, seed: int) -> None:
    items = [json.loads(x) for x in open(paragraphs, encoding="utf-8")]
    random.Random(seed).shuffle(items)
    picked = raw_corpus.one_per_story(items, n)
    with open(out, "w", encoding="utf-8") as fh:
        for it in picked:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{len(items)} paragraphs with a matched bare minister; wrote {len(picked)}", file=sys.stderr)


def posts(path: str) -> None:
    from kg.extract import extract_facts
    from kg.link.resolve import Linker

    items = [json.loads(x) for x in open(path, encoding="utf-8")]
    docs = raw_corpus.annotate(items)
    linker = Linker()
    filled = 0
    for item, doc in zip(items, docs, strict=True):
        for p in extract_facts(linker.link(doc)).posts:
            if p.of_evidence and p.of_evidence.startswith("the one holder of the portfolio"):
                filled += 1
                print(f"{item['id']}\t{p.person.entity.label}\t{p.title}\t{p.of.entity.label}\t"
                      f"{p.of_evidence.split(':', 1)[1].split(';')[0].strip()}\t{item['text'][:300]}")
    print(f"# {len(items)} paragraphs, {filled} posts filled by step 8", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    lx = sub.add_parser("lexical")
    lx.add_argument("--paragraphs", help="write the paragraphs with a match here (jsonl), for `sample`")
    s = sub.add_parser("sample")
    s.add_argument("paragraphs")
    s.add_argument("--n", type=int, default=80)
    s.add_argument("--out", required=True)
    s.add_argument("--seed", type=int, default=13)
    p = sub.add_parser("posts")
    p.add_argument("path")
    args = ap.parse_args()
    if args.cmd == "lexical":
        lexical(args.paragraphs)
    elif args.cmd == "sample":
        sample(args.paragraphs, args.n, args.out, args.seed)
    else:
        posts(args.path)


if __name__ == "__main__":
    main()
