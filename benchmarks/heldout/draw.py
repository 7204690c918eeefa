"""Draw samples of raw news paragraphs for a held-out evaluation (run on demand, outside CI).

Every session that measures issue 13 on unseen news needs paragraphs nobody developing kg has
read. This draws them from `../shared/data/arabic-news-raw/` (one paragraph per line) with a fixed
seed: lines of 60–250 words with a title word and event cues, never a dev-set line, never a story
the dev set or an earlier pick already tells (SaudiNewsNet reprints agency stories at other lines,
so lines are compared by their words, not by line number), never a line listed in `--exclude`.

The texts are raw-corpus text under the corpus's licence (SaudiNewsNet is CC BY-NC-SA): write them
outside the repository. Annotate with ANNOTATE.md, score with `kg evaluate`, count misses with
`miss_classes.py`.

    python benchmarks/heldout/draw.py --out /work/probe --seed 20261207 \\
        holdout8:mixed:20:10 holdout9:diplomatic:17:8 round8:mixed:20:10
"""

from __future__ import annotations

import argparse
import csv
import gzip
import random
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
EVENT = ("استقبل", "التقى", "لقاء", "بحث مع", "اجتمع", "اجتماع", "زيارة", "اتصال", "وقع", "توقيع", "مذكرة تفاهم",
         "اتفاقية", "اتفاق", "مباحثات", "محادثات", "قمة", "يزور", "زار", "تلقى")
STRONG = ("استقبل", "التقى", "بحث مع", "اجتمع ب", "زيارة رسمية", "اتصالا هاتفيا", "اتصال هاتفي", "وقع", "توقيع",
          "مذكرة تفاهم", "اتفاقية", "مباحثات", "محادثات", "قمة", "تلقى", "جلسة مباحثات", "لدى استقباله", "خلال لقائه")
TITLE = ("الملك", "ولي العهد", "أمير", "الرئيس", "رئيس الوزراء", "وزير", "سفير", "مبعوث", "الأمين العام", "رئيس")
SAME_STORY = 0.3  # word-set Jaccard above which two paragraphs tell the same story


CORPORA = ("saudinewsnet", "antcorpus")


def _lines(corpus: str):
    with gzip.open(SHARED / "arabic-news-raw" / f"{corpus}.txt.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            yield i, line.rstrip("\n")


def _used_lines(path: Path) -> set[tuple[str, int]]:
    """The (corpus, line) pairs a list of used paragraphs names: a `sources.tsv` with a header, or the
    headerless two-column `read.tsv` a developer keeps of the raw lines read. A malformed file stops the
    draw with one line naming it, since a draw that silently skipped an exclusion list could hand out
    paragraphs somebody has already read."""
    used = set()
    for n, row in enumerate(csv.reader(open(path, encoding="utf-8"), delimiter="\t"), 1):
        cells = [c for c in row if c.strip()]
        if not cells or cells[:2] == ["corpus", "line"] or cells[0] in ("file",):
            continue
        if len(cells) == 3:
            cells = cells[1:]
        if len(cells) != 2 or cells[0] not in CORPORA or not cells[1].isdigit():
            raise SystemExit(f"draw.py: {path}: line {n} is not 'corpus<TAB>line' (corpus one of {', '.join(CORPORA)})")
        used.add((cells[0], int(cells[1])))
    return used


def _screen(text: str) -> set[str]:
    """The pools a paragraph may be drawn for: `mixed` (an event word and a title word) and
    `diplomatic` (two strong event cues and a title word)."""
    if not 60 <= len(text.split()) <= 250 or not any(t in text for t in TITLE):
        return set()
    pools = {"mixed"} if any(e in text for e in EVENT) else set()
    if sum(e in text for e in STRONG) >= 2:
        pools.add("diplomatic")
    return pools


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, len(a | b))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("samples", nargs="+", help="NAME:POOL:N_SAUDINEWSNET:N_ANTCORPUS (POOL: mixed or diplomatic)")
    ap.add_argument("--out", type=Path, required=True, help="folder outside the repository")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="a sources.tsv (corpus, line columns) of paragraphs already used")
    args = ap.parse_args()
    dev_dir = SHARED / "dev-news-gold"
    used = {(r["corpus"], int(r["line"])) for r in csv.DictReader(open(dev_dir / "sources.tsv"), delimiter="\t")}
    for path in args.exclude:
        used |= _used_lines(path)
    told = [set(p.read_text(encoding="utf-8").split()) for p in sorted((dev_dir / "texts").glob("*.txt"))]
    pools: dict[str, list[tuple[str, int, str]]] = {"mixed": [], "diplomatic": []}
    for corpus in CORPORA:
        for i, text in _lines(corpus):
            if (corpus, i) not in used:
                for pool in _screen(text):
                    pools[pool].append((corpus, i, text))
    rng = random.Random(args.seed)
    for spec in args.samples:
        name, pool, n_snn, n_ant = spec.split(":")
        want = {"saudinewsnet": int(n_snn), "antcorpus": int(n_ant)}
        items = pools[pool][:]
        rng.shuffle(items)
        texts = args.out / name / "texts"
        texts.mkdir(parents=True, exist_ok=True)
        rows = []
        for corpus, i, text in items:
            words = set(text.split())
            if want[corpus] <= 0 or (corpus, i) in used or any(_jaccard(words, t) > SAME_STORY for t in told):
                continue
            used.add((corpus, i))
            told.append(words)
            want[corpus] -= 1
            file = f"{name}_{len(rows) + 1:02d}.txt"
            (texts / file).write_text(text + "\n", encoding="utf-8")
            rows.append(f"{file}\t{corpus}\t{i}")
            if not any(want.values()):
                break
        (args.out / name / "sources.tsv").write_text("file\tcorpus\tline\n" + "\n".join(rows) + "\n", encoding="utf-8")
        print(f"{name}: {len(rows)} paragraphs from the {len(pools[pool])} of pool {pool}")


if __name__ == "__main__":
    main()
