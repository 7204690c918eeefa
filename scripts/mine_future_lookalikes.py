"""Mine the words that have the shape of a future verb (س + an imperfect prefix: سيزور، ستعقد) but are none.

`kg.link.person_spans.future_verb` reads س + ي/ت/ن + three letters or more as a future verb, a clause's edge
after a name (`فلان الفلاني سيزور …`). Many foreign names and common nouns have that shape: سيلفا، ستيوارت،
سيمون، ستالين، سيرجيو، and سيارة، سياسة، سنوات. Read as verbs they cut a person's span (`جوزيه | سيلفا`) and stop
a name found after a title. A real future verb is the imperfect with س in front, and the news writes that
imperfect without س too, and more often (سيزور 45 times, يزور 280); with a rare suffix, its stem (سيترشحون: يترشح). So a
word of that shape is no future verb when the raw news (dev lines left out, scripts/raw_corpus.py) writes it at least
`MIN_COUNT` times and its imperfect (the word without س) fewer than 1/`RATIO` as often. Evidence columns: the word's
count and its imperfect's count.

    python scripts/mine_future_lookalikes.py -o kg/link/lexicons/future_lookalikes.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402

from kg.link.normalize import match_key  # noqa: E402

#: The future prefix and the imperfect prefixes after it (as person_spans._FUTURE).
FUTURE = ("سي", "ست", "سن")
#: A word of the shape must occur this often in the raw news to be listed.
MIN_COUNT = 2
#: Its imperfect must be this many times rarer than the word itself.
RATIO = 10
#: Endings of an imperfect verb (plural, dual, attached pronouns): a word with one whose imperfect stem the news
#: writes (ستستعيدها: تستعيد; سيترشحون: يترشح) is a verb with a rare suffix, not listed.
VERB_ENDINGS = ("ونهم", "ونها", "ونه", "ونا", "ون", "ان", "ين", "ن", "هما", "هم", "ها", "ه", "نا", "كم", "ني", "وا")
_WORD = re.compile(r"[\u0621-\u064a\u0640-\u065f]+")


def count_keys() -> Counter:
    words: Counter = Counter()
    for _, _, line in raw_corpus.lines():
        words.update(_WORD.findall(line))
    keys: Counter = Counter()
    for w, n in words.items():
        keys[match_key(w)] += n
    return keys


def lookalikes(keys: Counter) -> list[tuple[str, int, int]]:
    rows = [(k, n, keys.get(k[1:], 0)) for k, n in keys.items()
            if k.startswith(FUTURE) and len(k) >= 5 and n >= MIN_COUNT and keys.get(k[1:], 0) * RATIO < n
            and not _suffixed_verb(k[1:], keys)]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def _suffixed_verb(imperfect: str, keys: Counter) -> bool:
    """The imperfect is a stem the news writes (at least MIN_COUNT times) plus a verb's ending."""
    return any(imperfect.endswith(e) and len(imperfect) - len(e) >= 3
               and keys.get(imperfect[: -len(e)], 0) >= MIN_COUNT for e in VERB_ENDINGS)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("-o", "--out", required=True)
    args = p.parse_args(argv)
    rows = lookalikes(count_keys())
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# scripts/mine_future_lookalikes.py: future-verb-shaped words whose imperfect the raw news "
                f"writes under 1/{RATIO} as often (count >= {MIN_COUNT})\n")
        f.write("key\tcount\timperfect_count\n")
        for k, n, m in rows:
            f.write(f"{k}\t{n}\t{m}\n")
    print(f"{len(rows)} words -> {args.out}")


if __name__ == "__main__":
    main()
