"""Mine women's given names from the raw news corpus: the words that open a name after a feminine honorific.

The given-name lists (kg/link/lexicons/given_names.tsv from the gold NER corpora, raw_given_names.tsv from
scripts/mine_given_names.py) hold almost no woman's name: the raw-news route drops every word in ة, since after
a masculine honorific such a word is a feminine noun (لشركة، المحافظة). After a FEMININE honorific (الدكتورة،
السيدة، المهندسة …) or a feminine title in construct (وزيرة X، رئيسة X) the word in ة is the woman's given name
(`الدكتورة سامية …`، `السيدة فلانة …`). Counted over the raw corpus (dev lines left out, scripts/raw_corpus.py), a
word is kept when it stands right after a feminine honorific at least `MIN_COUNT` times and in at least
`MIN_SHARE` of its occurrences, carries no article, is no common word, title or honorific of the lexicons and
is followed by a word (a name has a second word or punctuation after the honorific's given name). Its evidence
(`after_feminine_honorific`, `total`) is kept in the file.

A second evidence, `after_feminine_verb`: the word right after a feminine speech verb that opens a clause (line
start or after punctuation: `قالت X Y`، `، وأكدت X Y`), another word following. That slot holds nouns as often
as names (مصادر، وزارة، رئيسة، متحدثة), so its candidates are kept only when read by hand (`VERB_GIVEN`, ranked
by both counts together, at least `MIN_COUNT`): women's given names that neither honorific route kept, e.g.
سلمى (`سلمي`: 2 + 7 of 188, the rest «حل سلمي» is not read as a name without a title or a name word beside it),
ليلى، مها، بسمة، ميرنا؛ left out are nouns and adjectives also written as names (أمل، جميلة، نجمة، نجاح، أمينة،
مباركة، أسماء) and men's names.

    python scripts/mine_female_given_names.py -o kg/link/lexicons/female_given_names.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg
import raw_corpus  # noqa: E402
from mine_given_names import count_after_honorific  # noqa: E402

from kg.link.lexicons import lexicons  # noqa: E402
from kg.link.normalize import clitic_splits, match_key  # noqa: E402

#: Honorifics that stand before a woman's name only.
HONORIFICS = ("الدكتورة", "المهندسة", "الأستاذة", "السيدة", "الشيخة", "الأميرة", "الفنانة", "الإعلامية",
              "الكاتبة", "الناشطة", "المواطنة", "الطالبة", "الوزيرة", "النائبة", "الممثلة", "المطربة",
              "الروائية", "الشاعرة", "الصحفية", "الصحافية", "المحامية", "الطفلة", "الفتاة", "السيّدة")
#: Words that pass the counts but are no woman's given name (read by hand from the output): words of the clause
#: (تركيب، ومؤسسات، لمهرجان، أصيبت، لتغطية، بجوازات، بنكسة، باماره، ملحة، جموح), a surname or a man's name written
#: after the honorific (تشو، توملينسون، غرينوود، كاسماريك، ماينن، بيريل، جيمس، نان), and names that are mostly a
#: common word or a pronoun phrase in news (مني "from me", تقوي, أمال, أحلام, هدى, ندى).
NOT_GIVEN = frozenset(match_key(w) for w in (
    "تركيب", "ومؤسسات", "لمهرجان", "أصيبت", "لتغطية", "بجوازات", "بنكسة", "باماره", "ملحة", "جموح", "تشو",
    "توملينسون", "غرينوود", "كاسماريك", "ماينن", "بيريل", "جيمس", "نان", "مني", "تقوي", "أمال", "أحلام", "هدى",
    "ندى",
))
#: Read by hand from the candidates after a feminine honorific or speech verb (see the docstring).
VERB_GIVEN = frozenset(match_key(w) for w in (
    "ليلى", "مها", "سلمى", "بسمة", "ميرنا", "مناهل", "منال", "منية", "سعاد", "أفنان", "سمر", "نهلة", "منيرة",
    "زكية", "علياء", "سلوى", "روزي", "كريستين", "ديانا", "لورا", "ماري", "سابين", "راشيل", "ديبورا", "جيسيكا",
    "سوزان", "هيلاري",
))
#: Feminine speech verbs that open a clause before a woman's name.
VERBS = frozenset(match_key(w) for w in (
    "قالت", "أكدت", "أوضحت", "أشارت", "وقالت", "وأكدت", "وأوضحت", "وأشارت"))
_CLAUSE_TOKEN = re.compile(r"[\u0621-\u064A]+|[.,،؛:!?؟\"«»()]")
MIN_COUNT = 3
MIN_SHARE = 0.02
#: Attached pronouns (وعائلتها، تؤهلها): a word with one is no given name.
_SUFFIXES = ("ها", "هم", "هما", "هن", "نا", "كم", "ته")


def _plain(key: str, lex) -> bool:
    """No article, no attached pronoun, no clitic on a definite or common word (بالمدرسة، للمرأة)."""
    if key.startswith("ال") or len(key) < 3 or key.endswith(_SUFFIXES):
        return False
    return not any(p and (r.startswith("ال") or r in lex.common_words) for p, r in clitic_splits(key, article=False))


def count_after_verb(line: str, out: Counter) -> None:
    """Count into `out` each word right after a feminine speech verb that opens a clause, a word following."""
    toks = [k for k in (match_key(t) if t[0].isalpha() else t for t in _CLAUSE_TOKEN.findall(line)) if k]
    for i in range(len(toks) - 2):
        a, b, c = toks[i:i + 3]
        if (a in VERBS and (i == 0 or not toks[i - 1][0].isalpha()) and b[0].isalpha() and c[0].isalpha()
                and len(c) >= 3):
            out[b] += 1


def mine() -> list[tuple[str, int, int, int, int]]:
    honor = {match_key(h) for h in HONORIFICS}
    lex = lexicons()
    after: Counter = Counter()
    verb: Counter = Counter()
    total: Counter = Counter()
    for _, _, line in raw_corpus.lines():
        words = [match_key(w) for w in raw_corpus._ARABIC_WORD.findall(line)]
        total.update(words)
        count_after_honorific(words, honor, after)
        count_after_verb(line, verb)
    rows = []
    for w in set(after) | VERB_GIVEN:
        n = after[w]
        if (n >= MIN_COUNT and n >= MIN_SHARE * total[w] and _plain(w, lex) and w not in lex.common_words
                and w not in lex.person_titles and w not in lex.title_words and w not in lex.person_honorifics
                and w not in NOT_GIVEN) or (w in VERB_GIVEN and n + verb[w] >= MIN_COUNT):
            rows.append((w, n + verb[w], n, verb[w], total[w]))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    raw_corpus.write_counts_table(
        __doc__, mine, 'scripts/mine_female_given_names.py: given names after a feminine honorific or speech verb',
        "key\tevidence\tafter_feminine_honorific\tafter_feminine_verb\ttotal", 'given names')


if __name__ == "__main__":
    main()
