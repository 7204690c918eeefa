"""Evidence for `kg/extract/lexicon/speaker_verbs.tsv`: how often the raw news writes a verb of saying
(masculine and feminine perfect) right before a bare title of office as its subject ("وأضاف الوزير أن"،
"وبينت الوزيرة أن"), and before a name.

News cut from a longer article names a person once and then refers to him or her by a bare title after a
verb of saying (`kg.extract.title_speakers`). The candidate verbs are the perfect verbs of saying and
stating of Arabic news (a hand list, both genders); for each form the script counts, over the raw corpus
(dev lines left out, scripts/raw_corpus.py), the lines where the form (with و/ف) stands right before one of
`TITLES` (`before_title`), and where that title is bare: the reported clause or an adverb follows it
(`before_bare_title`: أن، إن، بأن، أيضا، خلال، في …). A verb is kept in the table (both its forms) when its
two forms together stand before a title in at least `MIN_COUNT` lines.

    PYTHONPATH=. python scripts/mine_speaker_verbs.py -o kg/extract/lexicon/speaker_verbs.tsv
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # raw_corpus beside this script
import raw_corpus  # noqa: E402

from kg.link.normalize import match_key  # noqa: E402

#: (masculine, feminine) perfect forms of verbs of saying and stating in news.
VERBS = (
    ("قال", "قالت"), ("أكد", "أكدت"), ("أضاف", "أضافت"), ("أوضح", "أوضحت"), ("أشار", "أشارت"),
    ("شدد", "شددت"), ("بين", "بينت"), ("أفاد", "أفادت"), ("ذكر", "ذكرت"), ("أعلن", "أعلنت"),
    ("كشف", "كشفت"), ("اعتبر", "اعتبرت"), ("أشاد", "أشادت"), ("أعرب", "أعربت"), ("دعا", "دعت"),
    ("لاحظ", "لاحظت"), ("أبرز", "أبرزت"), ("نوه", "نوهت"), ("ثمن", "ثمنت"), ("استعرض", "استعرضت"),
    ("أبان", "أبانت"), ("تابع", "تابعت"), ("لفت", "لفتت"), ("نفى", "نفت"), ("رحب", "رحبت"),
    ("صرح", "صرحت"), ("أبدى", "أبدت"), ("طالب", "طالبت"), ("حث", "حثت"), ("رأى", "رأت"),
    ("أردف", "أردفت"), ("عبر", "عبرت"), ("أثنى", "أثنت"), ("وصف", "وصفت"), ("حذر", "حذرت"),
    ("أقر", "أقرت"), ("اقترح", "اقترحت"), ("أوصى", "أوصت"), ("أفصح", "أفصحت"), ("نبه", "نبهت"),
    ("ختم", "ختمت"), ("استطرد", "استطردت"), ("قدر", "قدرت"), ("توقع", "توقعت"),
    ("تطرق", "تطرقت"), ("تحدث", "تحدثت"), ("استهل", "استهلت"), ("أبلغ", "أبلغت"), ("أوعز", "أوعزت"),
    ("زاد", "زادت"), ("ركز", "ركزت"), ("جدد", "جددت"), ("اعترف", "اعترفت"),
)
#: Bare titles of office that news refers back with (masculine and feminine).
TITLES = ("الوزير", "الوزيرة", "السفير", "السفيرة", "الوالي", "الوالية", "المدير", "المديرة", "المحافظ",
          "المحافظة", "الأمين", "الأمينة", "المبعوث", "المبعوثة", "المتحدث", "المتحدثة", "الناطق", "الناطقة")
#: Words right after a bare title: the reported clause, an adverb or a preposition (no nisba, no name).
BARE_NEXT = ("أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها", "أيضا", "كذلك", "خلال", "في", "على", "إلى",
             "عن", "بدوره", "بدورها", "من", "لدى", "ل")
MIN_COUNT = 3


def mine() -> list[tuple[str, str, str, int, int]]:
    forms = {match_key(w): (w, gender, masc) for masc, fem in VERBS for w, gender in ((masc, "m"), (fem, "f"))}
    titles = {match_key(t) for t in TITLES}
    bare_next = {match_key(w) for w in BARE_NEXT}
    before, bare = Counter(), Counter()
    for words in raw_corpus.keyed_lines():
        seen, seen_bare = set(), set()
        for i in range(len(words) - 1):
            w = words[i]
            key = w if w in forms else w[1:] if w[:1] in "وف" and w[1:] in forms else None
            if key is None or words[i + 1] not in titles:
                continue
            seen.add(key)
            if i + 2 >= len(words) or words[i + 2] in bare_next:
                seen_bare.add(key)
        before.update(seen)
        bare.update(seen_bare)
    lemma_total = Counter()
    for k, (_, _, lemma) in forms.items():
        lemma_total[lemma] += before[k]
    rows = [(w, gender, lemma, before[k], bare[k]) for k, (w, gender, lemma) in forms.items()
            if lemma_total[lemma] >= MIN_COUNT]
    return sorted(rows, key=lambda r: (r[2], r[1] != "m"))


if __name__ == "__main__":
    raw_corpus.write_counts_table(
        __doc__, mine,
        "Verbs of saying before a bare title of office (kg.extract.title_speakers): raw-corpus lines "
        "(dev left out) with the form (و/ف allowed) right before a title, and before a bare title. "
        "Rebuild: PYTHONPATH=. python scripts/mine_speaker_verbs.py -o kg/extract/lexicon/speaker_verbs.tsv",
        "form\tgender\tlemma\tbefore_title\tbefore_bare_title", "verb forms")
