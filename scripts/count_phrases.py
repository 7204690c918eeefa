"""Count phrases in the raw news corpus (dev lines excluded), with a few random uses to read by hand.

A lexicon entry keeps its corpus count; this prints it the way the lexicons count: whole words by their
match keys, a proclitic (و ف ب ل ك, لل for ل+ال) allowed on the first word:

    PYTHONPATH=. python scripts/count_phrases.py الحوثيين "المنطقة الشرقية" [--examples 6]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg, not an installed one
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.normalize import clitic_splits, match_key  # noqa: E402

_WORD = re.compile(r"\w+")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("phrases", nargs="+")
    ap.add_argument("--examples", type=int, default=6)
    args = ap.parse_args(argv)
    phrases = [tuple(match_key(w) for w in p.split()) for p in args.phrases]
    counts = dict.fromkeys(phrases, 0)
    uses: dict[tuple[str, ...], list[str]] = {p: [] for p in phrases}
    for _corpus, _line_no, line in raw_corpus.lines():
        words = _WORD.findall(line)
        keys = [match_key(w) for w in words]
        for i, key in enumerate(keys):
            stems = {rest for _prefix, rest in clitic_splits(key, article=False)}
            for p in phrases:
                if p[0] in stems and tuple(keys[i + 1 : i + len(p)]) == p[1:]:
                    counts[p] += 1
                    if len(uses[p]) < 500:
                        uses[p].append(" ".join(words[max(0, i - 4) : i + len(p) + 3]))
    rng = random.Random(1)
    for p in phrases:
        print(f"{' '.join(p)}\t{counts[p]}")
        for use in rng.sample(uses[p], min(args.examples, len(uses[p]))):
            print(f"    {use}")


if __name__ == "__main__":
    main()
