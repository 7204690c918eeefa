"""Mine Maghrebi given names from the Tunisian raw news (antcorpus): the words in a person's first slot.

The other given-name lists (given_names.tsv, raw_given_names.tsv, nasab_given_names.tsv) are mined mostly from
Gulf news: Tunisian papers write names the Gulf rarely does (سليم، رضا، بشير، سنية) and given names with the
article (الباجي، الهادي، الحبيب، الطاهر، المنصف), which a reader of Gulf news takes for a nisba or a qualifier.
Two kinds of evidence are counted over antcorpus (dev and probe lines left out, scripts/raw_corpus.py):

* `in_title_slot`: the word opens the name slot after an honorific (السيد، السيدة، الأستاذ، الدكتور، المحامي),
  after a governor's or delegate's title and his place (`والي سوسة X`، `معتمد جلمة X`), or after a title head
  (person_edges.tsv, الوزير، النائب …) and its definite qualifiers (`وزير الصحة X`), another word following;
* `before_bin`: the word stands right before بن and a word (`سنية بن عمر`, the Maghrebi family name in بن).

The list below (`GIVEN`, `DEFINITE`) was read by hand from the candidates that neither list holds, ranked by
the two counts (at least 4 together): kept are given names only, left out words that are also common nouns,
adjectives or verbs in the news (آمال "hopes"، فريد "unique"، سلمي "peaceful"، رياض "gardens"، حافظ "kept"،
أمين "secretary"، وسام "medal"، العربي stays out for الوطن العربي …), surnames (قايد، مجدوب، محرز) and
foreign names. A definite given name (`definite` = 1) opens a name only before another name word
(kg/link/definite_given_names.py); a bare one is a given name like those of raw_given_names.tsv.

    python scripts/mine_maghrebi_given_names.py -o kg/link/lexicons/maghrebi_given_names.tsv
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402

from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.normalize import match_key  # noqa: E402

HONORIFICS = frozenset(match_key(w) for w in (
    "السيد", "السيدة", "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة", "المحامي", "المحامية"))
GOVERNORS = frozenset(match_key(w) for w in ("والي", "معتمد", "والية", "معتمدة"))
EXTRA_TITLES = frozenset(match_key(w) for w in ("الوزير", "الوزيرة", "النائب", "النائبة", "وزيرة", "رئيسة"))
BIN = match_key("بن")

#: Read by hand from the ranked candidates (see the module docstring).
GIVEN = frozenset(match_key(w) for w in (
    "سليم", "رضا", "غازي", "أنيس", "فرحات", "خميس", "زين", "منصف", "عماد", "منجي", "زكريا", "بشير", "صبري",
    "أنور", "مراد", "حيدر", "ياسين", "سنية", "منير", "عمار", "شفيق", "لطفي", "شكري", "سفيان", "رضوان", "باديس",
    "مظفر", "فهمي", "حمزة", "عزالدين", "فخرالدين",
))
DEFINITE = frozenset(match_key(w) for w in (
    "الباجي", "الهادي", "الحبيب", "الطاهر", "المنصف", "الشاذلي", "البشير", "المنجي", "الصحبي", "الناصر",
))
MIN_EVIDENCE = 4


def _slot(words: list[str], i: int, titles: set[str]) -> int | None:
    """The index of the name slot that word `i` opens (honorific, governor + place, title + definite words)."""
    a = words[i]
    if a in HONORIFICS:
        return i + 1
    if a in GOVERNORS:
        return i + 2
    if a in titles:
        j = i + 1
        while j < len(words) and j < i + 4 and words[j].startswith("ال") and words[j] not in DEFINITE:
            j += 1
        return j
    return None


def mine() -> list[tuple[str, int, int, int, int]]:
    lex = lexicons()
    titles = set(lex.person_titles) | EXTRA_TITLES
    slot: Counter = Counter()
    before_bin: Counter = Counter()
    total: Counter = Counter()
    skip = raw_corpus.dev_lines() | raw_corpus.probe_lines()
    with gzip.open(raw_corpus.RAW / "antcorpus.txt.gz", "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if ("antcorpus", n) in skip:
                continue
            words = [match_key(w) for w in raw_corpus._ARABIC_WORD.findall(line)]
            total.update(words)
            for i in range(len(words) - 1):
                j = _slot(words, i, titles)
                if j is not None and j + 1 < len(words) and len(words[j + 1]) >= 3:
                    slot[words[j]] += 1
                if words[i + 1] == BIN and i + 2 < len(words) and len(words[i + 2]) >= 3:
                    before_bin[words[i]] += 1
    rows = [(w, slot[w], before_bin[w], total[w], int(w in DEFINITE)) for w in GIVEN | DEFINITE
            if slot[w] + before_bin[w] >= MIN_EVIDENCE]
    return sorted(rows, key=lambda r: (-r[1] - r[2], r[0]))


if __name__ == "__main__":
    raw_corpus.write_counts_table(
        __doc__, mine, "scripts/mine_maghrebi_given_names.py: given names in a person's slot in antcorpus",
        "key\tin_title_slot\tbefore_bin\ttotal\tdefinite", "Maghrebi given names")
