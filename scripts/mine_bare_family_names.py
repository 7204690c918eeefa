"""Mine family names written without the article from the raw news: a word the news writes mostly after a given name.

Maghreb, Egyptian and foreign family names have no article (`سامي حداد`، `فلان مجدوبي`، `جون سميث`), and news names
the person by that word alone once the full name was written, or never: `ونفى حداد …`، `وأضاف سميث أن …`. The NER
misses many of these words, and `kg.link.person_family_names` read only definite family names
(family_names.tsv). What tells a family name from a common word is, as there, how the news writes it elsewhere: a
family name stands right after a given name (`سامي حداد`) in a good share of its occurrences, a common noun or verb
almost never does.

A word with no article (three letters or more, no digit) is kept when the raw news writes it at least `MIN_AFTER` times
right after a given name of the lexicons (given_names.tsv and the raw-news given names; no common word), in at least
`MIN_SHARE` of its occurrences that do not stand right after a verb of saying, a title or an honorific (as for
definite family names: there the news writes the family name alone, `وأضاف حفتر`، `الفريق حفتر`; raw news: حفتر 55
times after a given name of 97, 6 of them after a title or a verb of saying), and it is no common word, given name,
title word or honorific, no name link, no word that opens a clause after a name (name_followers.tsv) and no word of a
place or body of the knowledge base. The
share is stricter than for definite words (`scripts/mine_family_names.py`, 0.5): a bare word after a given name is
often the father's name (`محمد علي`), and the given-name lists miss many of those. Dev lines are left out
(scripts/raw_corpus.py):

    python scripts/mine_bare_family_names.py -o kg/link/lexicons/bare_family_names.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402
from mine_family_names import _LINKS, _cue, _excluded, after_given  # noqa: E402

from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.normalize import match_key  # noqa: E402

MIN_AFTER = 5
MIN_SHARE = 0.6
_WORD = re.compile(r"[\u0621-\u064A]+")
#: Conjunctions and prepositions written on a word: a word they open is no family name when the news writes its
#: rest alone a quarter as often or more (واخيه، للاغاثه، بالهفوف: "and his brother", "for relief", "in Hofuf").
_CLITICS = ("وال", "فال", "بال", "لل", "كال", "ول", "وب", "و", "ف", "ب", "ل")
#: Read by hand in the output: a verb after عمر "age" (عن عمر يناهز), a noun after حسن "good" (حسن ظنهم), an
#: imperative (خليك), a conjunction on a given name (ومليندا) or a common word (والاكرام: ذو الجلال والإكرام،
#: وناجز), a town's second word (غازي عنتاب), an adjective (طريق قويم), a verb or a compound's first half
#: (نعمت بالأمن، نعمت زاده), the middle word of Korean names (كيم جونج أون) and of a Turkish president's (رجب طيب),
#: an adjective (طيب، شامي), a noun with a possessive (مواقفكم), a loanword (كوفي شوب), a noun of abuse (ذباح داعش)
#: and the second half of a painter's given name (مايكل انجلو), no family names.
NOT_FAMILY = frozenset(match_key(w) for w in ("يناهز", "ظنهم", "خليك", "ومليندا", "والإكرام", "وناجز", "عنتاب", "قويم",
                                              "نعمت", "جونج", "طيب", "شامي", "مواقفكم", "شوب", "ذباح", "انجلو"))


def _clitic_word(word: str, total: Counter) -> bool:
    """The word is a clitic + a word the news writes alone at least as often."""
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 3:
            rest = word[len(c):]
            rest = "ال" + rest if c.endswith("ال") or c == "لل" else rest
            if total[rest] * 4 >= total[word]:
                return True
    return False


def mine() -> list[tuple[str, int, int, int]]:
    lex = lexicons()
    given = {g for g in (*lex.given_names, *lex.raw_given_names) if g not in lex.common_words and g not in _LINKS}
    excluded = _excluded() | set(lex.name_followers) | NOT_FAMILY
    # Maghreb given names are written with the article (الهادي، الصادق، المنصف)
    given |= {"ال" + g for g in given if "ال" + g not in excluded or "ال" + g in lex.given_names}
    after: Counter = Counter()
    total: Counter = Counter()
    alone: Counter = Counter()  # right after a verb of saying, a title or an honorific
    cues: dict[str, bool] = {}
    for _, _, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for i, w in enumerate(words):
            total[w] += 1
            if i and not w.startswith("ال") and len(w) >= 3:
                if after_given(words, i, given):
                    after[w] += 1
                elif _cue(words[i - 1], cues):
                    alone[w] += 1
    rows = [(w, after[w], total[w], alone[w]) for w in after
            if after[w] >= MIN_AFTER and after[w] >= MIN_SHARE * (total[w] - alone[w]) and w not in excluded
            and not _clitic_word(w, total)]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    raw_corpus.write_counts_table(
        __doc__, mine, "scripts/mine_bare_family_names.py: words without the article the raw news writes mostly after "
        "a given name", "key\tafter_given\ttotal\talone", "bare family names")


if __name__ == "__main__":
    main()
