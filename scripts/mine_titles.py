"""Mine title words from the raw news corpus: what stands around a country and a person's name.

Arabic news names an official as TITLE + COUNTRY/NISBA (+ RANK) + NAME ("وزير الخارجية الروسي
سيرغي لافروف"، "ولي العهد السعودي الأمير محمد بن سلمان"). In every paragraph of the raw corpora
this finds, with the shipped gazetteer, a country or nisba hit followed within a few words by a
person's name — a KB person, or a word that starts a person's name in the Wojood NER sample
(`../shared/data/wojood-sample/`, tagged B-PERS more often than O; a name lexicon, no NER run)
— and counts

* `head`: the one to three words right before the country or nisba (the title: "وزير الخارجية");
* `between`: the words between the country or nisba and the name (ranks, honorifics: "الأمير");
* `form`: how often each title head and honorific `kg.extract.vocab` lists occurs at all (a
  leading و ف ب ل ك allowed), the evidence of each entry.

The table ranks them by count and says whether `kg.extract.vocab` already knows each one (as a
title head, portfolio phrase, honorific or filler). New vocabulary entries are curated by hand
from it; the count is each entry's evidence. Rebuild (about 10 minutes on one core):

    python scripts/mine_titles.py ../shared/data/arabic-news-raw/saudinewsnet.txt.gz \
        ../shared/data/arabic-news-raw/antcorpus.txt.gz --names ../shared/data/wojood-sample \
        -o kg/extract/title_counts.tsv
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from pathlib import Path

from kg.extract import vocab
from kg.link.gazetteer import default_gazetteer
from kg.link.kb import default_kb
from kg.link.normalize import clitic_splits, match_key

_WORD = re.compile(r"\w+")
#: At most this many words between the country or nisba and the name.
GAP = 3
#: Keep rows seen at least this often.
MIN_COUNT = 3


def _known(ngram: str) -> str:
    """Which vocabulary table knows the n-gram (its clitic-free reading), or ""."""
    words = tuple(ngram.split())
    if not words:
        return ""
    readings = {words} | {(rest, *words[1:]) for _, rest in clitic_splits(words[0], article=False)}
    for r in readings:
        if r in vocab.HEAD_PHRASES or (r[0] in vocab.TITLE_PREFIXES and r[1:] in vocab.HEAD_PHRASES):
            return "head"
        if r in vocab.PORTFOLIO_PHRASES or (len(r) > 1 and r[1:] in vocab.PORTFOLIO_PHRASES
                                           and r[:1] in vocab.HEAD_PHRASES):
            return "head+portfolio"
        if len(r) == 1 and (r[0] in vocab.HONORIFICS or r[0] in vocab.FILLERS):
            return "honorific/filler"
    return ""


def name_starts(folder: Path | None) -> frozenset[str]:
    """Keys of words that start a person's name: the first word of every KB person's name, and
    words a BIO-tagged NER sample (one "word tag…" a line) tags B-PERS more often than O."""
    kb = default_kb()
    out = {match_key(label).split()[0] for e in kb.of_kind("Person") for label in e.labels_ar if label.strip()}
    if folder is not None:
        begins: Counter[str] = Counter()
        outside: Counter[str] = Counter()
        for path in sorted(folder.glob("*.txt")):
            for line in path.open(encoding="utf-8"):
                word, *tags = line.split() or [""]
                if "B-PERS" in tags:
                    begins[word] += 1
                elif tags and all(t == "O" for t in tags):
                    outside[word] += 1
        out |= {match_key(w) for w in begins if begins[w] > outside[w] and not w.startswith("ال")}
    return frozenset(out)


_FORMS = {**{p: "head" for p in vocab.HEAD_PHRASES}, **{(h,): "honorific" for h in vocab.HONORIFICS}}
_FORM_FIRST = {p[0] for p in _FORMS}
_FORM_LONGEST = max(len(p) for p in _FORMS)


def _count_forms(words: list[tuple[int, int, str]], counts: Counter[tuple[str, str]]) -> None:
    """Count every vocabulary title head and honorific in one paragraph (longest match first)."""
    keys = [w for _, _, w in words]
    for i, w in enumerate(keys):
        for _, rest in clitic_splits(w, article=False):
            if rest not in _FORM_FIRST:
                continue
            for n in range(min(_FORM_LONGEST, len(keys) - i), 0, -1):
                gram = (rest, *keys[i + 1:i + n])
                if gram in _FORMS:
                    counts[("form", " ".join(gram))] += 1
                    break
            else:
                continue
            break


def mine(paths: list[Path], limit: int | None = None,
         names: frozenset[str] = frozenset()) -> tuple[Counter[tuple[str, str]], int]:
    """(kind, n-gram) → count over the paragraphs of `paths`; and how many paragraphs were read."""
    kb = default_kb()
    gaz = default_gazetteer()
    counts: Counter[tuple[str, str]] = Counter()
    read = 0
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if limit is not None and read >= limit:
                    return counts, read
                read += 1
                if len(line) > 20_000:
                    continue
                words = [(m.start(), m.end(), match_key(m.group()) or m.group()) for m in _WORD.finditer(line)]
                _count_forms(words, counts)
                named = {i for i, (_, _, w) in enumerate(words)
                         if any(rest in names for _, rest in clitic_splits(w, article=False))}
                hits = gaz.find(line)
                starts = {s: i for i, (s, _, _) in enumerate(words)}
                named |= {starts[h.start] for h in hits if h.kind == "Person" and h.start in starts}
                if not named:
                    continue
                ends = {e: i for i, (_, e, _) in enumerate(words)}
                for h in hits:
                    entry = kb.get(h.entry_id)
                    if not (h.is_nisba or (entry is not None and entry.kind in ("Country", "Organization"))):
                        continue
                    if h.start not in starts or h.end not in ends:
                        continue
                    first, last = starts[h.start], ends[h.end]
                    person = next((i for i in range(last + 1, last + 2 + GAP) if i in named), None)
                    if person is None:
                        continue
                    gap = [w for _, _, w in words[last + 1:person]]
                    if gap:
                        counts[("between", " ".join(gap))] += 1
                    for n in (1, 2, 3):
                        if first - n >= 0:
                            counts[("head", " ".join(w for _, _, w in words[first - n:first]))] += 1
    return counts, read


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", type=Path, help="gzip'd text, one paragraph a line")
    ap.add_argument("-o", "--out", type=Path, required=True, help="TSV to write")
    ap.add_argument("--limit", type=int, default=None, help="read at most this many paragraphs")
    ap.add_argument("--names", type=Path, default=None, help="folder of a BIO NER sample (PERS tags)")
    args = ap.parse_args(argv)
    for p in args.corpus:
        if not p.is_file():
            print(f"{p}: no such corpus file", file=sys.stderr)
            return 2
    counts, read = mine(args.corpus, args.limit, name_starts(args.names))
    rows = sorted(((k, g, c) for (k, g), c in counts.items() if c >= MIN_COUNT), key=lambda r: (r[0], -r[2], r[1]))
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(f"# scripts/mine_titles.py over {', '.join(p.name for p in args.corpus)}: {read} paragraphs\n")
        fh.write("kind\tngram\tcount\tknown\n")
        for kind, gram, c in rows:
            fh.write(f"{kind}\t{gram}\t{c}\t{_known(gram)}\n")
    print(f"{args.out}: {len(rows)} rows from {read} paragraphs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
