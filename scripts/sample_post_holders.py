"""Sample raw-corpus paragraphs with a title + one name and show whom `kg.link.post_holders` links.

For judging by hand the links made from a title and one name (`الملك X`، `الرئيس Y`، `الشيخ Z`) on
real news no rule was written for: paragraphs of ../shared/data/arabic-news-raw/ where a title of
`kg/link/lexicons/post_titles.tsv` stands before a word are drawn at random (fixed seed), the
development set's lines left out (by line number; its texts are not read). SaudiNewsNet was
scraped in July-August 2015, so its paragraphs are linked as of 2015-08-01; ANT corpus lines carry
no date of their own and are linked without one. The NLP annotation is cached (pickle):

    python scripts/sample_post_holders.py sample --n 300 --out /tmp/ph_sample.jsonl
    python scripts/sample_post_holders.py annotate /tmp/ph_sample.jsonl /tmp/ph_sample.pkl
    python scripts/sample_post_holders.py show /tmp/ph_sample.pkl > /tmp/ph_report.txt

`show` prints each title link (the written name, the KB person, the score) with 80 characters of
its paragraph on each side, and the count of paragraphs and links.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.normalize import match_key  # noqa: E402

DATES = {"saudinewsnet": "2015-08-01", "antcorpus": None}
_TOKEN = re.compile(r"\w+|[^\w\s]")


def sample(n: int, seed: int) -> list[dict]:
    from kg.link.lexicons import lexicons
    from kg.link.post_holders import titles

    heads = {t[-1] for t in titles()}
    followers = set(lexicons().name_followers)
    found: list[dict] = []
    for corpus, line_no, text in raw_corpus.lines():
        if len(text) >= 1500:
            continue
        # a title's last word, one word, then punctuation or a word that opens a clause after a name
        tokens = [match_key(t) for t in _TOKEN.findall(text)]
        for i in range(len(tokens) - 2):
            head = tokens[i]
            if (head in heads or head[1:] in heads or head[2:] in heads) and tokens[i + 1].isalpha() and (
                    not tokens[i + 2].isalpha() or tokens[i + 2] in followers):
                found.append({"corpus": corpus, "line": line_no, "text": text.strip()})
                break
    random.Random(seed).shuffle(found)
    return found[:n]


def annotate(sample_path: Path, out: Path) -> None:
    from kg.nlp.pipeline import get_pipeline
    from kg.types import Document

    rows = [json.loads(x) for x in sample_path.read_text(encoding="utf-8").splitlines()]
    nlp = get_pipeline()
    docs = [Document(f"{r['corpus']}:{r['line']}", r["text"], f"{r['corpus']}:{r['line']}") for r in rows]
    annotated = nlp.annotate_many(docs)
    out.write_bytes(pickle.dumps(list(zip(rows, annotated, strict=True))))


def show(pickled: Path) -> None:
    from kg.link.resolve import Linker

    linker = Linker()
    pairs = pickle.loads(pickled.read_bytes())
    links = 0
    for row, ann in pairs:
        when = DATES.get(row["corpus"])
        doc = replace(ann.document, published=date.fromisoformat(when) if when else None)
        linked = linker.link(replace(ann, document=doc))
        text = doc.text
        for m, e in zip(linked.annotated.mentions, linked.entities, strict=True):
            if e.link_evidence and e.link_evidence.startswith("post holder on date"):
                links += 1
                left = text[max(0, m.start - 80):m.start].replace("\n", " ")
                right = text[m.end:m.end + 80].replace("\n", " ")
                print(f"[{links}] {row['corpus']}:{row['line']} date={when} «{m.text}» → {e.kb_id} {e.qid} "
                      f"{e.link_confidence}\n    …{left}[[{m.text}]]{right}…\n")
    print(f"{len(pairs)} paragraphs, {links} title + one name links")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=300)
    s.add_argument("--seed", type=int, default=13)
    s.add_argument("--out", type=Path, required=True)
    a = sub.add_parser("annotate")
    a.add_argument("sample", type=Path)
    a.add_argument("out", type=Path)
    w = sub.add_parser("show")
    w.add_argument("pickled", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "sample":
        rows = sample(args.n, args.seed)
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    elif args.cmd == "annotate":
        annotate(args.sample, args.out)
    else:
        show(args.pickled)


if __name__ == "__main__":
    main(sys.argv[1:])
