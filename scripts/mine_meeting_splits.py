"""Count, in the raw news corpus, the constructions that tell one actor meeting several
counterparts (separate meetings) or several parties meeting together (one joint meeting), and
the visit constructions `kg.extract.meeting_split` reads; print a sample of each for hand-judging.

    PYTHONPATH=. python scripts/mine_meeting_splits.py --sample 25 --seed 8 --ids-only > scripts/data/meeting_splits.txt

The committed file keeps the counts and the sampled paragraphs' ids (corpus + line), not their
text: the corpus stays in ../shared; run without `--ids-only` to read the excerpts.

Counts are paragraphs of ../shared/data/arabic-news-raw/ (dev lines left out by `raw_corpus`).
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

import raw_corpus  # scripts/raw_corpus.py, beside this script

_W = r"[^ .،,]+"
PATTERNS: dict[str, re.Pattern[str]] = {
    # distributive candidates: one actor, a list of counterparts
    "verb+kulla-min": re.compile(r"(استقبل|التقى|يلتقي|سيلتقي|يستقبل|اجتمع|يجتمع)[^.]{0,80}?"
                                 r" (كلا من|بكل من|مع كل من|كل من)"),
    "during-it+verb": re.compile(r"(يلتقي|سيلتقي|التقى|يجتمع|اجتمع|سيجتمع) (خلالها|خلاله)"),
    "two-calls": re.compile(r"(تلقى|أجرى) (اتصالين|اتصالات)"),
    "then-met": re.compile(r"ثم (اجتمع|التقى) (مع|ب)"),
    # a meeting verb, a named object, then a coordinated official ("استقبل X Y ووزير Z")
    "verb+object-list": re.compile(r"(^|[ .،])(و?(استقبل|التقى|يلتقي|سيلتقي|يستقبل|اجتمع مع|يجتمع مع|التقى مع|التقى ب"
                                   r"|اجتمع ب))( [^ .،]+){2,9}? (ورئيس|ووزير|وولي|والأمين|ونائب|وسفير|والرئيس)"),
    # joint candidates
    "joint-noun": re.compile(r"(اجتماع|لقاء|قمة) (ثلاثي|ثلاثية|رباعي|رباعية|مشترك|خماسي|خماسية)"),
    "gathered": re.compile(r"(لقاء|اجتماع|الاجتماع|اللقاء)( الذي| التي)? (جمع|ضم|جمعت|ضمت)"),
    "with-participation": re.compile(r"(اجتماع|لقاء|قمة|الاجتماع|القمة)[^.]{0,60}? بمشاركة"),
    "subjects-held": re.compile(r"(عقد|يعقد) " + _W + r"( " + _W + r"){0,4} و" + _W + r"[^.]{0,60}? (اجتماعا|لقاء)"),
    # visits
    "left-heading-to": re.compile(r"غادر[^.]{0,80}? متوجها (إلى|الى)"),
    "headed-to-visit": re.compile(r"توجه[^.]{0,60}? (إلى|الى)[^.]{0,50}? في زيارة"),
    "tour-includes": re.compile(r"جولة (تشمل|تشمل|شملت|يزور خلالها|سيزور خلالها|يزور فيها)"),
    "starts-tour": re.compile(r"(يبدأ|بدأ|يستهل|استهل)[^.]{0,50}? جولة"),
    "arrival": re.compile(r"(^|[ .،])(و?(وصل|يصل|سيصل|وصلت|تصل|ستصل)) (إلى|الى) ?[^ .،]* ?[^ .،]* ?(الرئيس|وزير|رئيس"
                          r"|ولي|الأمير|الملك|أمير|الأمين)|(^|[ .،])(و?(وصل|يصل|سيصل|وصلت|تصل)) (الرئيس|وزير|رئيس|ولي"
                          r"|الأمير|الملك|أمير|الأمين)[^.]{0,120}?(إلى|الى)"),
    "halla-dayfan": re.compile(r"(حل|يحل|تحل|حلت)( " + _W + r"){1,8} ضيفا على"),
    "halla-dayfan-adjacent": re.compile(r"(حل|يحل|تحل|حلت) ضيفا على"),
}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=10)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--ids-only", action="store_true", help="print the sampled paragraphs' ids without their text")
    args = ap.parse_args(argv)
    hits: dict[str, list[str]] = defaultdict(list)
    for corpus, n, text in raw_corpus.lines():
        for name, pat in PATTERNS.items():
            if (m := pat.search(text)):
                lo = max(0, m.start() - 60)
                hits[name].append(f"{corpus[:3]}{n}\t{text[lo:m.end() + 160].strip()}")
    rnd = random.Random(args.seed)
    for name in PATTERNS:
        print(f"## {name}\t{len(hits[name])}")
    for name in PATTERNS:
        print(f"\n## {name}\t{len(hits[name])}")
        for line in rnd.sample(hits[name], min(args.sample, len(hits[name]))):
            print(line.split("\t", 1)[0] if args.ids_only else line)


if __name__ == "__main__":
    main()
