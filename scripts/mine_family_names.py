"""Mine definite family names from the raw news: a word the news writes mostly as the last word after a given name.

Gulf and Levant news name a person by the definite family name alone after an honorific or a title
(`الدكتور الفلاني`، `المهندس الفلاني`، `اللواء الفلاني`), once the full name was written, or never. The
NER misses most of these words, and `kg.link.person_spans.titled_persons` skips a definite word after a title
as the title's qualifier (`الرئيس الأمريكي`). What tells a family name from a qualifier (`الأستاذ المساعد`،
`الفريق الكروي`، `المهندس الزراعي`) is how the news writes the word elsewhere: a family name stands right
after a given name (`سعد الفلاني`) in a good share of its occurrences, an adjective almost never does.

A definite word (ال + three letters or more) is kept when the raw news writes it at least `MIN_AFTER` times
right after a given name of the lexicons (given_names.tsv and the raw-news given names; no common word), in
at least `MIN_SHARE` of all its occurrences as a word (`total`), and it is no common word, given name, title
word or honorific, no name link and no word of a place or body of the knowledge base. Dev lines are left out
(scripts/raw_corpus.py):

    python scripts/mine_family_names.py -o kg/link/lexicons/family_names.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402

from kg.link.kb import default_kb  # noqa: E402
from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.normalize import match_key  # noqa: E402

MIN_AFTER = 5
MIN_SHARE = 0.5
_WORD = re.compile(r"[\u0621-\u064A]+")
_LINKS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "عبد", "أبو", "أبا", "أبي", "أم", "آل", "ولد"))
#: Read by hand in the output: a hospital's adjective after a royal's name (مستشفى الملك خالد التخصصي) and a club's
#: byname (فارس الدهناء), no family names.
NOT_FAMILY = frozenset(match_key(w) for w in ("التخصصي", "الدهناء"))


def _excluded() -> set[str]:
    """Words that are no family name whatever the counts: lexicon words and KB places' and bodies' words."""
    lex = lexicons()
    out = set(lex.common_words) | set(lex.given_names) | set(lex.raw_given_names) | set(lex.title_words)
    out |= set(lex.person_titles) | set(lex.person_honorifics) | _LINKS | NOT_FAMILY
    for entry in default_kb():
        if entry.kind != "Person":
            for name in (*entry.labels_ar, *entry.aliases_ar):
                out.update(match_key(name).split())
    return out


def mine() -> list[tuple[str, int, int]]:
    lex = lexicons()
    given = {g for g in (*lex.given_names, *lex.raw_given_names) if g not in lex.common_words and g not in _LINKS}
    after: Counter = Counter()
    total: Counter = Counter()
    for _, _, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for i, w in enumerate(words):
            if w.startswith("ال") and len(w) >= 5:
                total[w] += 1
                if i and words[i - 1] in given:
                    after[w] += 1
    excluded = _excluded()
    rows = [(w, after[w], total[w]) for w in after
            if after[w] >= MIN_AFTER and after[w] >= MIN_SHARE * total[w] and w not in excluded]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    raw_corpus.write_counts_table(
        __doc__, mine, "scripts/mine_family_names.py: definite words the raw news writes mostly after a given name",
        "key\tafter_given\ttotal", "family names")


if __name__ == "__main__":
    main()
