"""Mine given names from the raw news corpus: the words that open a name right after an honorific.

Arabic news writes a person as HONORIFIC + GIVEN NAME + … (`الدكتور سامي الحداد`، `المهندس علي …`,
`الشيخ …`). Honorifics that only ever stand before a person (not الرئيس: `الرئيس الأمريكي`) make the
word after them a given name; counted over the raw corpus (dev lines left out, scripts/raw_corpus.py)
a word is kept when it opens a name after such an honorific at least `MIN_COUNT` times, in at least
`MIN_SHARE` of its occurrences, is no common word of the NER corpora, carries no article and is no
nisba (its evidence: `after_honorific` and `total` counts). The gold-corpus list
(kg/link/lexicons/given_names.tsv) stays as it is; this is a second, raw-news list read beside it.

Foreign persons rarely follow an honorific; news writes them after a title and their country's nisba
(`الرئيس الفرنسي فرانسوا …`، `وزير الخارجية الروسي سيرغي …`). A second route counts the word after a title head
(person_titles), at most one word and a definite -ي/-ية adjective, when an undefined word (the surname) follows
it: a word kept by the same thresholds on that count (`after_title_nisba`) is a given name too, when it has a
name's shape (no ة ending, no clitic before a definite, common or title word or a word the corpus writes more
often bare: لشركة، بالدمام، ومحافظ، لسوق are not).

    python scripts/mine_given_names.py -o kg/link/lexicons/raw_given_names.tsv
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402

from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.normalize import clitic_splits, match_key  # noqa: E402

#: Honorifics that stand before a person's name only (raw corpus: person_edges.tsv's honorifics,
#: without the military ranks that are also common nouns: الفريق "the team", العميد "the dean").
HONORIFICS = ("الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "الشيخ", "الشيخة",
              "السيد", "السيدة", "الأمير", "الأميرة", "اللواء", "معالي", "سماحة")
#: Words that pass the counts but qualify the honorific, not the name (read by hand): a rank's
#: (اللواء ركن، اللواء متقاعد، اللواء مشاة), a title after سماحة (سماحة مفتي عام المملكة), and the past verb
#: ساعد ("helped"), mostly a verb in its 162 occurrences; from the title route, a surname written right after
#: the title (أشتون), the dual وقائدين ("and two commanders") and باسم, mostly "on behalf of" (المتحدث باسم).
NOT_GIVEN = frozenset(match_key(w) for w in ("ركن", "مفتي", "متقاعد", "مشاة", "ساعد", "أشتون", "وقائدين", "باسم"))
MIN_COUNT = 8
MIN_SHARE = 0.1


def count_after_honorific(words: list[str], honor: set[str], out: Counter) -> None:
    """Count into `out` each word right after an honorific of `honor` that another word follows."""
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        if a in honor and b not in honor and len(c) >= 2:
            out[b] += 1


def _nisba_shaped(key: str) -> bool:
    """A definite adjective of the nisba's shape (الفرنسي، الروسيه), as match keys write it."""
    return key.startswith("ال") and len(key) >= 5 and key.endswith(("ي", "يه"))


def _after_title_nisba(words: list[str], titles: dict[str, int], out: Counter) -> None:
    """Count the word after TITLE (+ one word) + nisba-shaped adjective when an undefined word follows it."""
    for i, a in enumerate(words):
        if a not in titles:
            continue
        for j in (i + 1, i + 2):
            if j + 2 < len(words) and _nisba_shaped(words[j]):
                b, c = words[j + 1], words[j + 2]
                if not b.startswith("ال") and not c.startswith("ال") and len(c) >= 3:
                    out[b] += 1
                break


def _bare_name(key: str, lex, total: Counter) -> bool:
    """No feminine noun in ة and no clitic on a definite, common or title word (لشركة، بالدمام، ومحافظ) or on a
    word the corpus writes more often without it (لسوق، بخميس، وترميم: سوق، خميس، ترميم)."""
    if key.endswith("ه"):
        return False
    return not any(p and (r.startswith("ال") or r in lex.common_words or r in lex.person_titles or r in lex.title_words
                          or (len(r) >= 3 and total[r] > total[key]))
                   for p, r in clitic_splits(key, article=False))


def mine() -> list[tuple[str, int, int, int]]:
    honor = {match_key(h) for h in HONORIFICS}
    lex = lexicons()
    after: Counter = Counter()
    titled: Counter = Counter()
    total: Counter = Counter()
    for words in raw_corpus.keyed_lines(total):
        count_after_honorific(words, honor, after)
        _after_title_nisba(words, lex.person_titles, titled)
    rows = []
    for w in set(after) | set(titled):
        if after[w] < MIN_COUNT and not _bare_name(w, lex, total):
            continue  # the title route reads a name's shape only (no ة, no clitic on a word of its own)
        n = max(after[w], titled[w])
        if (n >= MIN_COUNT and n >= MIN_SHARE * total[w] and len(w) >= 3 and not w.startswith("ال")
                and w not in lex.common_words and w not in lex.person_titles and w not in NOT_GIVEN
                and w not in lex.title_words and w not in lex.person_honorifics
                and not w.endswith(("ية", "يه"))):
            rows.append((w, after[w], total[w], titled[w]))
    return sorted(rows, key=lambda r: (-r[1], -r[3], r[0]))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("-o", "--out", required=True)
    args = p.parse_args()
    rows = mine()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# scripts/mine_given_names.py: words right after a person-only honorific in the raw news\n")
        f.write("key\tafter_honorific\ttotal\tafter_title_nisba\n")
        for w, n, t, k in rows:
            f.write(f"{w}\t{n}\t{t}\t{k}\n")
    print(f"{len(rows)} given names", file=sys.stderr)


if __name__ == "__main__":
    main()
