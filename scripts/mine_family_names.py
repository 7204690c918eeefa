"""Mine definite family names from the raw news: a word the news writes mostly as the last word after a given name.

Gulf and Levant news name a person by the definite family name alone after an honorific or a title
(`الدكتور الفلاني`، `المهندس الفلاني`، `اللواء الفلاني`), once the full name was written, or never. The
NER misses most of these words, and `kg.link.person_spans.titled_persons` skips a definite word after a title
as the title's qualifier (`الرئيس الأمريكي`). What tells a family name from a qualifier (`الأستاذ المساعد`،
`الفريق الكروي`، `المهندس الزراعي`) is how the news writes the word elsewhere: a family name stands right
after a given name (`سعد الفلاني`) in a good share of its occurrences, an adjective almost never does.

A definite word (ال + three letters or more) is kept when the raw news writes it at least `MIN_AFTER` times
right after a given name of the lexicons (given_names.tsv and the raw-news given names; no common word), in
at least `MIN_SHARE` of its occurrences as a word (`total`) that do not stand right after a verb of saying, a
title or an honorific (`alone`), and it is no common word, given name, title word or honorific, no name link and
no word of a place or body of the knowledge base. The occurrences after a title or a verb of saying are left out
of the share because they are the very use the lexicon serves (`وأضاف الزهراني`، `الدكتور الشمري`): a family name
the news often writes alone there is no less a family name (raw news: الزهراني 252 times after a given name of 524,
64 of them after a title or a verb of saying; الشمري 178 of 424, 68), while an adjective after a title (`الأستاذ
المساعد`) is rarely written after a given name at all, however its share is taken. Dev lines are left out
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
from kg.link.person_spans import honorific, title_head  # noqa: E402
from kg.link.person_speakers import SAYING, SAYING_MASCULINE  # noqa: E402

MIN_AFTER = 5
MIN_SHARE = 0.5
_SAYING = SAYING | SAYING_MASCULINE
_WORD = re.compile(r"[\u0621-\u064A]+")
_LINKS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "عبد", "أبو", "أبا", "أبي", "أم", "آل", "ولد"))
#: Read by hand in the output: a hospital's adjective after a royal's name (مستشفى الملك خالد التخصصي), a club's
#: byname (فارس الدهناء), the second word of a compound given name (زين العابدين), team and regional adjectives
#: written after الفريق "the team", which is also a military rank, or after a title (الفريق العاصمي 5 times،
#: الفريق السماوي 3، المجتمع الأحسائي 6، الفريق النجراني، الفريق القصيمي، الركن اليماني، المطبخ الشامي، الخليفة
#: العباسي) and nouns a title or a verb may take (الحافظ "the keeper", الراهب "the monk", الريس "the boss"), no
#: family names.
NOT_FAMILY = frozenset(match_key(w) for w in (
    "التخصصي", "الدهناء", "العابدين", "العاصمي", "السماوي", "الأحسائي", "النجراني", "القصيمي", "اليماني", "الشامي",
    "العباسي", "الحافظ", "الراهب", "الريس"))


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


_ABD = match_key("عبد")


def after_given(words: list[str], i: int, given: set[str]) -> bool:
    """Word i stands right after a given name: one of `given`, that one with the conjunction و on it (وعبدالله
    الفلاني, in lists of names), or the second half of a compound written apart (عبد الله الفلاني، عبد العزيز
    الفلاني: raw news writes `عبد` + a word apart 5,504 times, nearly always a given name)."""
    prev = words[i - 1]
    return prev in given or (prev[:1] == "و" and prev[1:] in given) or (i >= 2 and words[i - 2] == _ABD)


def _cue(key: str, seen: dict[str, bool]) -> bool:
    """A verb of saying (with its conjunction or not), a title head or an honorific: where a family name stands
    alone (`seen` caches the answers)."""
    if key not in seen:
        said = key in _SAYING or (key[:1] in "وف" and key[1:] in _SAYING)
        seen[key] = said or title_head(key) is not None or honorific(key)
    return seen[key]


def mine() -> list[tuple[str, int, int, int]]:
    lex = lexicons()
    given = {g for g in (*lex.given_names, *lex.raw_given_names) if g not in lex.common_words and g not in _LINKS}
    after: Counter = Counter()
    total: Counter = Counter()
    alone: Counter = Counter()  # right after a verb of saying, a title or an honorific
    cues: dict[str, bool] = {}
    for _, _, line in raw_corpus.lines():
        words = [match_key(w) for w in _WORD.findall(line)]
        for i, w in enumerate(words):
            if w.startswith("ال") and len(w) >= 5:
                total[w] += 1
                if i and after_given(words, i, given):
                    after[w] += 1
                elif i and _cue(words[i - 1], cues):
                    alone[w] += 1
    excluded = _excluded()
    rows = [(w, after[w], total[w], alone[w]) for w in after
            if after[w] >= MIN_AFTER and after[w] >= MIN_SHARE * (total[w] - alone[w]) and w not in excluded]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    raw_corpus.write_counts_table(
        __doc__, mine, "scripts/mine_family_names.py: definite words the raw news writes mostly after a given name",
        "key\tafter_given\ttotal\talone", "family names")


if __name__ == "__main__":
    main()
