"""Count bodies whose field is two nouns joined by و (the evidence of kg.link.conjoined).

Counts head (kg.link.heads.HEADS, indefinite, a clitic allowed) + definite word + و + definite word
in the raw news (dev lines skipped, texts not read), and marks each phrase as kg.link.conjoined reads
its و-word (`field`: part of the name; `list`: the next item of a list), to be checked by hand.

    PYTHONPATH=. python scripts/mine_conjoined_fields.py [--min 3]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import raw_corpus  # noqa: E402  (scripts/raw_corpus.py, beside this script)

from kg.link.conjoined import joined_field  # noqa: E402
from kg.link.heads import head_of  # noqa: E402
from kg.link.normalize import match_key  # noqa: E402

PHRASE = re.compile(r"(?:^|(?<=\s))(\w+) (ال\w+) (وال\w+)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=3)
    args = ap.parse_args(argv)
    counts: Counter = Counter()
    for _, _, text in raw_corpus.lines():
        for m in PHRASE.finditer(match_key(text)):
            head = head_of(m.group(1))
            if head is not None and not m.group(1).startswith("ال") and "ال" + head != m.group(1)[1:]:
                counts[(head, m.group(2), m.group(3))] += 1
    print(f"# {sum(counts.values())} phrases, {len(counts)} distinct")
    for (head, field, joined), n in counts.most_common():
        if n >= args.min:
            print(f"{n}\t{'field' if joined_field(joined, head_of) else 'list'}\t{head} {field} {joined}")


if __name__ == "__main__":
    main()
