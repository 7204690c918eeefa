"""Mine the verbs that open a clause right after a person's name in the raw news corpus.

The NER sweeps a following verb into a person's span (`أحمد التقى`, `X قال`). A word is listed when
(a) it stands right after a knowledge-base person's full name (two or three words) in the raw
corpora at least MIN_AFTER times, and (b) it opens a sentence or paragraph with the conjunction و
(`والتقى`, `وقال`) at least MIN_OPENS times: a word that begins a clause after و is a verb or a
clause-opening particle, never part of a name. Both counts are kept as the evidence. Rebuild:

    python scripts/mine_name_followers.py ../shared/data/arabic-news-raw/saudinewsnet.txt.gz \\
        ../shared/data/arabic-news-raw/antcorpus.txt.gz -o kg/link/lexicons/name_followers.tsv
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from pathlib import Path

from kg.link.kb import default_kb
from kg.link.lexicons import lexicons
from kg.link.normalize import match_key

_WORD = re.compile(r"\w+|[.!?؟؛:،,]")
_STOP = {".", "!", "?", "؟", "؛", ":"}
MIN_AFTER = 2
MIN_OPENS = 20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args()
    names: set[tuple[str, ...]] = set()
    name_words: set[str] = set()
    for entry in default_kb():
        if entry.kind == "Person":
            for name in (*entry.labels_ar, *entry.aliases_ar):
                words = tuple(match_key(name).split())
                if 2 <= len(words) <= 3:
                    names.add(words)
                    name_words.update(words)
    after: Counter[str] = Counter()
    opens: Counter[str] = Counter()
    paragraphs = 0
    for path in args.corpora:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                paragraphs += 1
                toks = [match_key(t) if t not in _STOP and t not in "،," else t for t in _WORD.findall(line)]
                for i, t in enumerate(toks):
                    if (i == 0 or toks[i - 1] in _STOP) and t.startswith("و") and len(t) >= 4:
                        opens[t[1:]] += 1
                    for n in (2, 3):
                        if i >= n and tuple(toks[i - n:i]) in names:
                            after[t] += 1
    lex = lexicons()
    rows = sorted(((w, a, opens[w]) for w, a in after.items()
                   if a >= MIN_AFTER and opens[w] >= MIN_OPENS and len(w) >= 3 and w not in name_words
                   and w not in lex.given_names and w not in lex.named_alone),
                  key=lambda r: (-r[1], r[0]))
    with open(args.out, "w", encoding="utf-8") as f:
        names_of = ", ".join(p.name for p in args.corpora)
        f.write(f"# scripts/mine_name_followers.py over {names_of}: {paragraphs} paragraphs\n")
        f.write("key\tafter_person\topens_clause\n")
        for w, a, o in rows:
            f.write(f"{w}\t{a}\t{o}\n")


if __name__ == "__main__":
    main()
