"""Mine given names from the raw news corpus: the words that open a name right after an honorific.

Arabic news writes a person as HONORIFIC + GIVEN NAME + … (`الدكتور سامي الحداد`، `المهندس علي …`,
`الشيخ …`). Honorifics that only ever stand before a person (not الرئيس: `الرئيس الأمريكي`) make the
word after them a given name; counted over the raw corpus (dev lines left out, scripts/raw_corpus.py)
a word is kept when it opens a name after such an honorific at least `MIN_COUNT` times, in at least
`MIN_SHARE` of its occurrences, is no common word of the NER corpora, carries no article and is no
nisba (its evidence: `after_honorific` and `total` counts). The gold-corpus list
(kg/link/lexicons/given_names.tsv) stays as it is; this is a second, raw-news list read beside it.

    python scripts/mine_given_names.py -o kg/link/lexicons/raw_given_names.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402

from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.normalize import match_key  # noqa: E402

#: Honorifics that stand before a person's name only (raw corpus: person_edges.tsv's honorifics,
#: without the military ranks that are also common nouns: الفريق "the team", العميد "the dean").
HONORIFICS = ("الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "الشيخ", "الشيخة",
              "السيد", "السيدة", "الأمير", "الأميرة", "اللواء", "معالي", "سماحة")
#: Words that pass the counts but qualify the honorific, not the name (read by hand): a rank's
#: (اللواء ركن، اللواء متقاعد، اللواء مشاة), a title after سماحة (سماحة مفتي عام المملكة), and the past verb
#: ساعد ("helped"), mostly a verb in its 162 occurrences.
NOT_GIVEN = frozenset(match_key(w) for w in ("ركن", "مفتي", "متقاعد", "مشاة", "ساعد"))
MIN_COUNT = 8
MIN_SHARE = 0.1
_WORD = re.compile(r"[\u0621-\u064A]+")


def mine() -> list[tuple[str, int, int]]:
    honor = {match_key(h) for h in HONORIFICS}
    after: Counter = Counter()
    total: Counter = Counter()
    for _, _, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        total.update(words)
        for a, b, c in zip(words, words[1:], words[2:], strict=False):
            if a in honor and b not in honor and len(c) >= 2:
                after[b] += 1
    lex = lexicons()
    rows = []
    for w, n in after.items():
        if (n >= MIN_COUNT and n >= MIN_SHARE * total[w] and len(w) >= 3 and not w.startswith("ال")
                and w not in lex.common_words and w not in lex.person_titles and w not in NOT_GIVEN
                and w not in lex.title_words and w not in lex.person_honorifics
                and not w.endswith(("ية", "يه"))):
            rows.append((w, n, total[w]))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("-o", "--out", required=True)
    args = p.parse_args()
    rows = mine()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# scripts/mine_given_names.py: words right after a person-only honorific in the raw news\n")
        f.write("key\tafter_honorific\ttotal\n")
        for w, n, t in rows:
            f.write(f"{w}\t{n}\t{t}\n")
    print(f"{len(rows)} given names", file=sys.stderr)


if __name__ == "__main__":
    main()
