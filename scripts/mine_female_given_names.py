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

    python scripts/mine_female_given_names.py -o kg/link/lexicons/female_given_names.tsv
"""

from __future__ import annotations

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
MIN_COUNT = 3
MIN_SHARE = 0.02
#: Attached pronouns (وعائلتها، تؤهلها): a word with one is no given name.
_SUFFIXES = ("ها", "هم", "هما", "هن", "نا", "كم", "ته")


def _plain(key: str, lex) -> bool:
    """No article, no attached pronoun, no clitic on a definite or common word (بالمدرسة، للمرأة)."""
    if key.startswith("ال") or len(key) < 3 or key.endswith(_SUFFIXES):
        return False
    return not any(p and (r.startswith("ال") or r in lex.common_words) for p, r in clitic_splits(key, article=False))


def mine() -> list[tuple[str, int, int]]:
    honor = {match_key(h) for h in HONORIFICS}
    lex = lexicons()
    after: Counter = Counter()
    total: Counter = Counter()
    for words in raw_corpus.keyed_lines(total):
        count_after_honorific(words, honor, after)
    rows = []
    for w, n in after.items():
        if (n >= MIN_COUNT and n >= MIN_SHARE * total[w] and _plain(w, lex) and w not in lex.common_words
                and w not in lex.person_titles and w not in lex.title_words and w not in lex.person_honorifics
                and w not in NOT_GIVEN):
            rows.append((w, n, total[w]))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    raw_corpus.write_counts_table(
        __doc__, mine, 'scripts/mine_female_given_names.py: words right after a feminine honorific in the raw news',
        "key\tafter_feminine_honorific\ttotal", 'given names')


if __name__ == "__main__":
    main()
