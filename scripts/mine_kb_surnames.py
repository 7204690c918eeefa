"""Mine the family names of knowledge-base persons that the raw news writes for that person: a surname alone is a name.

News names a head of state or minister in full once and then by the family name alone (`وقال ترامب`,
`محادثات مع ماكرون`), or by the family name only from the start. The NER misses many of these words (it
learned from older news), and then the person is no entity of the article. A KB person's last name word
(the last word of a name of two words or more, not a father's name after بن) is kept when the raw news
writes it mostly for that person: at least `MIN_FULL` times right after the person's preceding name word
(`full`: the full name), and in at least `MIN_SHARE` of all its occurrences as a word (`total`), and the word
is no common word, given name, title or honorific, no word of a place or body of the KB, and has four
letters or more. A common word that is also a surname (الأحمر, "the red") falls far below the share; a
name the news writes for this person (ماكرون، ترامب) stays above it. Dev lines are left out
(scripts/raw_corpus.py):

    python scripts/mine_kb_surnames.py -o kg/link/lexicons/kb_surnames.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402

from kg.link.coref import FATHER_LINKS  # noqa: E402
from kg.link.kb import default_kb  # noqa: E402
from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.normalize import match_key  # noqa: E402

MIN_FULL = 5
MIN_SHARE = 0.2
MIN_LETTERS = 4
_WORD = re.compile(r"[\u0621-\u064A]+")


def candidates() -> dict[str, set[str]]:
    """Surname → the name words right before it in KB persons' names."""
    lex = lexicons()
    kb = default_kb()
    other: set[str] = set()
    out: dict[str, set[str]] = {}
    for entry in kb:
        names = (*entry.labels_ar, *entry.aliases_ar)
        if entry.kind != "Person":
            for name in names:
                other.update(match_key(name).split())
            continue
        for name in names:
            words = match_key(name).split()
            if len(words) >= 2 and words[-2] not in FATHER_LINKS:
                out.setdefault(words[-1], set()).add(words[-2])
    return {w: prev for w, prev in out.items()
            if len(w) >= MIN_LETTERS and w not in other and w not in lex.common_words and w not in lex.given_names
            and w not in lex.raw_given_names and w not in lex.person_titles and w not in lex.person_honorifics
            and w not in lex.title_words and w not in FATHER_LINKS}


def mine() -> list[tuple[str, int, int]]:
    cands = candidates()
    full: Counter = Counter()
    total: Counter = Counter()
    for _, _, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for i, w in enumerate(words):
            if w in cands:
                total[w] += 1
                if i and words[i - 1] in cands[w]:
                    full[w] += 1
    rows = [(w, full[w], total[w]) for w in cands if full[w] >= MIN_FULL and full[w] >= MIN_SHARE * total[w]]
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def main() -> None:
    raw_corpus.write_counts_table(
        __doc__, mine, "scripts/mine_kb_surnames.py: KB persons' family names the raw news writes for them",
        "key\tfull\ttotal", 'surnames')


if __name__ == "__main__":
    main()
