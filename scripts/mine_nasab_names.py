"""Mine given names from the raw news corpus: the words joined by a patronymic link (X بن Y، X بنت Y).

Gulf and Maghrebi news write a person with the nasab: `سامي بن فلان الحداد`, `الأمير فلان بن علان`. The word
before بن/بنت is a given name, and so is the father's name after it, when the word before is a given name
(of the lexicons or of this count): a person's chain of names, not a place (`مدينة بن …`: a common word
before بن) nor a definite word
(`العابدين بن علي`). The honorific route (scripts/mine_given_names.py) keeps only names that follow a
person-only honorific and drops every word in ة; this route reads the grammar of the name itself, so
female names (`فاطمة بنت …`) and names the honorific rarely precedes count too.

A word is kept when it stands in the chain at least `MIN_COUNT` times and in at least `MIN_SHARE` of its
occurrences (`in_nasab`, `total`: a word the corpus mostly writes in running text, a common noun, falls
below), is no common word of the NER corpora, title, honorific or title word, carries no article and no
clitic on a word of its own (as the honorific route's `_bare_name`). Counted over the raw corpus with the
dev lines left out (scripts/raw_corpus.py):

    python scripts/mine_nasab_names.py -o kg/link/lexicons/nasab_given_names.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402
from mine_given_names import NOT_GIVEN  # noqa: E402

from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.normalize import clitic_splits, match_key  # noqa: E402

#: The patronymic links (son of, daughter of).
LINKS = frozenset(match_key(w) for w in ("بن", "بنت"))
#: Words that make the next one part of a compound name (عبد الله، أبو بكر): the chain's word is not a given name.
COMPOUND = frozenset(match_key(w) for w in ("عبد", "أبو", "أبي", "أبا", "آل", "ابن"))
#: Words that pass the counts before a بن that is no name link (read by hand in the raw news): بن "coffee"
#: (ومركزات بن وشاي) and a club named after a town (سبورتينغ بن عروس).
NOT_NAMES = frozenset(match_key(w) for w in ("ومركزات", "سبورتينغ"))
MIN_COUNT = 8
MIN_SHARE = 0.2
_WORD = re.compile(r"[\u0621-\u064A]+")


def _candidate(w: str, lex) -> bool:
    return (len(w) >= 3 and not w.startswith("ال") and w not in LINKS and w not in COMPOUND
            and w not in lex.common_words and w not in lex.person_titles and w not in lex.title_words
            and w not in lex.person_honorifics and w not in NOT_GIVEN and w not in NOT_NAMES)


def _no_clitic(w: str, lex, total: Counter) -> bool:
    """No clitic on a word of its own (لشركة، بخميس، ومحافظ: the honorific route's test, `_bare_name`, without its
    rule against ة: the chain is the evidence, so female names in ة stay: فاطمة بنت …)."""
    return not any(p and (r.startswith("ال") or r in lex.common_words or r in lex.person_titles or r in lex.title_words
                          or (len(r) >= 3 and total[r] > total[w]))
                   for p, r in clitic_splits(w, article=False))


def mine() -> list[tuple[str, int, int]]:
    lex = lexicons()
    before: Counter = Counter()
    pairs: Counter = Counter()
    total: Counter = Counter()
    for _, _, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        total.update(words)
        for i in range(1, len(words) - 1):
            if words[i] not in LINKS:
                continue
            a, b = words[i - 1], words[i + 1]
            if not _candidate(a, lex) or (i >= 2 and words[i - 2] in COMPOUND):
                continue
            before[a] += 1
            if _candidate(b, lex):
                pairs[a, b] += 1

    def kept(w: str, n: int) -> bool:
        return n >= MIN_COUNT and n >= MIN_SHARE * total[w] and _no_clitic(w, lex, total)

    givens = {w for w, n in before.items() if kept(w, n)} | set(lex.given_names) | set(lex.raw_given_names)
    # the father's name counts only after a given name: `معتمدية بن X`, `ولاية بن X` name places
    chain = Counter(before)
    for (a, b), n in pairs.items():
        if a in givens:
            chain[b] += n
    rows = [(w, n, total[w]) for w, n in chain.items() if kept(w, n)]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    raw_corpus.write_counts_table(
        __doc__, mine, 'scripts/mine_nasab_names.py: words in a patronymic chain (X بن Y) in the raw news',
        "key\tin_nasab\ttotal", 'given names')


if __name__ == "__main__":
    main()
