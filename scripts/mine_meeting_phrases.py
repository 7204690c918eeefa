"""Mine the phrases that stand between and around officials and countries in raw Arabic news.

The meeting trigger lexicon (`kg/extract/triggers.py`) is curated from this table, and
each of its entries keeps the corpus count this script gives it. Running Stanza over the
whole corpus is too slow here, so the anchors are closed-class and knowledge-base words:

* title heads (الرئيس، وزير، الملك، ولي العهد … from `kg.extract.vocab.HEAD_PHRASES`);
* Arabic names and nisbas of the KB's countries (السعودية، روسيا، الإيراني …).

For every paragraph the script counts
* `before`: the 1–3 words just before an anchor, where the phrase starts a clause or
  follows a conjunction (the verb or noun that governs the official: "استقبل الرئيس",
  "تلقى اتصالا هاتفيا من الرئيس");
* `between`: the 1–4 non-anchor words separating two anchors at most six words apart
  ("الرئيس X مع نظيره", "وزير … في استقبال …").

Counts are of normalized keys (`kg.link.normalize.match_key`, leading و/ف dropped), so
spellings fold together. Usage (the table is rebuilt byte for byte):

    python scripts/mine_meeting_phrases.py ../shared/data/arabic-news-raw/saudinewsnet.txt.gz \
        ../shared/data/arabic-news-raw/antcorpus.txt.gz --every 1 --min 8 --out scripts/data/meeting_phrases.tsv

and the corpus count of each lexicon phrase (what `triggers.py` records as evidence):

    python scripts/mine_meeting_phrases.py CORPORA… --count --update   (rewrites the counts in triggers.py)
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's kg, not an installed one

from kg.extract import vocab
from kg.link.kb.model import default_kb
from kg.link.normalize import match_key

_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3A-Za-z0-9]+|[.,،؛;:!?؟()\"«»]")
_STOP = frozenset({".", ",", "،", "؛", ";", ":", "!", "?", "؟", "(", ")", '"', "«", "»"})


def paragraphs(paths: list[Path], every: int) -> Iterator[str]:
    """Every `every`-th line of each corpus (one paragraph per line)."""
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
            for i, line in enumerate(fh):
                if i % every == 0:
                    yield line


def words(line: str) -> list[str]:
    """Normalized words (leading و/ف dropped), punctuation kept as clause stops."""
    out = []
    for w in _WORD.findall(line):
        if w in _STOP:
            out.append(w)
            continue
        key = match_key(w) or w
        if len(key) > 3 and key[0] in "وف":
            key = key[1:]
        out.append(key)
    return out


def anchor_words() -> tuple[frozenset[str], frozenset[str]]:
    """Single-word title heads, and country names and nisbas (their words), as keys."""
    heads = {p[0] for p in vocab.HEAD_PHRASES}
    places: set[str] = set()
    for entry in default_kb().of_kind("Country"):
        for name in (*entry.labels_ar, *entry.aliases_ar, *entry.nisba_ar):
            key = match_key(name)
            if key and " " not in key:
                places.add(key)
    return frozenset(heads), frozenset(places)


def _strip(key: str) -> str:
    for p in ("ال", "لل", "بال", "وال", "ل", "ب"):
        if key.startswith(p) and len(key) - len(p) >= 3:
            return key
    return key


def mine(paths: list[Path], every: int) -> tuple[Counter[tuple[str, str]], int]:
    heads, places = anchor_words()

    def is_anchor(w: str) -> bool:
        if w in heads or w in places:
            return True
        for p in ("ال", "لل", "بال", "ل", "ب"):  # clitics before a place or title
            if w.startswith(p) and (w[len(p):] in places or "ال" + w[len(p):] in heads):
                return True
        return False

    counts: Counter[tuple[str, str]] = Counter()
    n = 0
    for line in paragraphs(paths, every):
        n += 1
        ws = words(line)
        anchors = [i for i, w in enumerate(ws) if is_anchor(w)]
        aset = set(anchors)
        for i in anchors:
            for k in (1, 2, 3):
                lo = i - k
                if lo < 0:
                    break
                gram = ws[lo:i]
                if any(g in _STOP or j in aset for j, g in zip(range(lo, i), gram, strict=True)):
                    break
                counts[("before", " ".join(gram))] += 1
        for a, b in zip(anchors, anchors[1:], strict=False):
            gap = ws[a + 1:b]
            if 1 <= len(gap) <= 4 and not any(g in _STOP for g in gap):
                counts[("between", " ".join(gap))] += 1
    return counts, n


def phrase_count(paths: list[Path], every: int, phrases: list[str]) -> dict[str, int]:
    """How many paragraphs contain each phrase (as whole normalized words, و/ف dropped; a
    word ending in * also with a possessive suffix of up to three letters)."""
    pats = {}
    for p in phrases:
        parts = []
        for w in p.split():
            key = " ".join(words(w.rstrip("*")))
            parts.append(re.escape(key) + (r"\S{0,3}" if w.endswith("*") else ""))
        pats[p] = re.compile(r"(?<!\S)" + " ".join(parts) + r"(?!\S)")
    counts = dict.fromkeys(phrases, 0)
    for line in paragraphs(paths, every):
        text = " ".join(words(line))
        for p, pat in pats.items():
            if pat.search(text):
                counts[p] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--every", type=int, default=1, help="read every N-th paragraph (sampling)")
    ap.add_argument("--out", type=Path, help="write the ranked table here (TSV)")
    ap.add_argument("--min", type=int, default=20, help="keep phrases seen at least this often")
    ap.add_argument("--count", action="store_true", help="print the corpus count of each trigger lexicon phrase")
    ap.add_argument("--update", action="store_true",
                    help="with --count: write the counts into kg/extract/lexicon/meetings.tsv")
    args = ap.parse_args(argv)
    for p in args.corpora:
        if not p.exists():
            print(f"error: {p}: no such corpus file", file=sys.stderr)
            return 2
    if args.count:
        from kg.extract.lexicon.meetings import LEXICON

        got = phrase_count(args.corpora, args.every, [e.phrase for e in LEXICON])
        for e in LEXICON:
            print(f"{got[e.phrase]}\t{e.count}\t{e.kind}\t{e.phrase}")
        if args.update:
            path = Path(__file__).resolve().parents[1] / "kg" / "extract" / "lexicon" / "meetings.tsv"
            lines = path.read_text(encoding="utf-8").splitlines()
            for i, line in enumerate(lines):
                cols = line.split("\t")
                if not line.startswith("#") and len(cols) >= 3 and cols[1] in got:
                    cols[2] = str(got[cols[1]])
                    lines[i] = "\t".join(cols)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 0
    counts, n = mine(args.corpora, args.every)
    rows = sorted(((c, where, gram) for (where, gram), c in counts.items() if c >= args.min), reverse=True)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        out.write(f"# paragraphs read: {n} (every {args.every}); anchors: title heads + KB country names/nisbas\n")
        out.write("count\twhere\tphrase\n")
        for c, where, gram in rows:
            out.write(f"{c}\t{where}\t{gram}\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
