"""Count, in the raw news corpus, the post titles `kg.link.post_holders` reads (the evidence column).

`kg/link/lexicons/post_titles.tsv` maps each title to the knowledge base's roles by hand (the roles
are the KB's own, `kg/link/kb/model.py` ROLES); this script fills its `count` column with how often
the title stands right before another word (with a conjunction or preposition on its first word:
والرئيس، للملك) in ../shared/data/arabic-news-raw. The development set's lines are skipped (by line
number; its texts are not read).

    python scripts/count_post_titles.py            # rewrites the count column in place
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.normalize import clitic_splits, match_key  # noqa: E402

TSV = Path(__file__).resolve().parents[1] / "kg/link/lexicons/post_titles.tsv"
_WORD = re.compile(r"\w+")


def main() -> None:
    lines = TSV.read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")][1:]  # title, roles, reach, styles, count
    titles = {tuple(match_key(r[0]).split()) for r in rows}
    longest = max(len(t) for t in titles)
    count: Counter[tuple[str, ...]] = Counter()
    for _corpus, _n, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for i, word in enumerate(words):
            for _prefix, first in clitic_splits(word, article=False):
                for n in range(longest, 0, -1):
                    key = (first, *words[i + 1:i + n])
                    if len(key) == n and key in titles and i + n < len(words):
                        count[key] += 1
                        break
                else:
                    continue
                break
    out = []
    for ln in lines:
        parts = ln.split("\t")
        if ln.startswith("#") or len(parts) != 5 or parts[0] == "title":
            out.append(ln)
            continue
        out.append("\t".join([*parts[:4], str(count[tuple(match_key(parts[0]).split())])]))
    TSV.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
