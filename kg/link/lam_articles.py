"""The article of a ل-initial head after the preposition ل: `للجنة الوطنية` is ل + `اللجنة الوطنية`.

Arabic writes ل + ال + لجنة as `للجنة` (the article's lam merges into the stem's), so the clitic-free
reading of the word is ambiguous: `للجنة الاحتراف` is ل + `لجنة الاحتراف` (a construct, no article), but
`للجنة الوطنية للتحاليل المالية` and `للجنة المشتركة السعودية الكويتية` are ل + the definite head with its
adjectives, and their name is `اللجنة …`. The repair stages strip the ل and keep `لجنة الوطنية …`, a
label that matches no written name (an indefinite noun takes no definite adjective).

So when an organization mention's first word is [و/ف] + ل + a ل-initial stem and the label starts with that
stem, the article comes back when the next word is an adjective: a naming adjective (`naming_adjectives.tsv`), an
international or joint one (الدولية، المشتركة), a nisba the gazetteer knows, or one of the adjectives
the raw news writes after `للجنة` (`LAM_ADJECTIVES`). A noun after it (الاحتراف، التنمية) keeps the
construct. The tokenizer also splits a head that does not open with ل wrongly (`للمجلس` as ل + `لمجلس`) and the
label keeps the stray ل (`لمجلس الفلاني`): there the head (`name_heads`) after the ل gets its article back.
Raw news (`zcat ../shared/data/arabic-news-raw/*.txt.gz`, `(^| )[وف]?للجنة ال…`): 450 uses,
adjectives first among them (الوطنية 43، المحلية 28، التنفيذية 25، الأولمبية 27، العليا 16، المنظمة 8، الانتخابية 6،
المكلفة 5، المشتركة 4 + للجنة المشتركة written after a noun 19).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from kg.link.body_grammar import AFTER_NISBA, INTERNATIONAL, naming_adjectives
from kg.link.heads import name_heads
from kg.link.normalize import match_key
from kg.types import Mention

#: Adjectives after `للجنة` in the raw news that no naming list holds (counts in the module docstring).
LAM_ADJECTIVES = frozenset(match_key(w) for w in (
    "التنفيذية", "الأولمبية", "البارالمبية", "المنظمة", "الانتخابية", "المكلفة", "الكبرى", "القانونية",
    "الاستشارية", "الاقتصادية", "المختلطة", "الفنية", "التحضيرية", "الخاصة", "الأمنية", "القنصلية", "الوزارية",
))
#: Prefixes that end in the preposition ل (the article's alef dropped after it).
_LAM_PREFIXES = ("ل", "ول", "فل")


def _adjective(key: str, nisba: bool) -> bool:
    return nisba or key in LAM_ADJECTIVES or key in naming_adjectives() or key in INTERNATIONAL or key in AFTER_NISBA


def lam_articles(text: str, mentions: Sequence[Mention], nisba_starts: Collection[int]) -> list[Mention]:
    """ORG mentions whose label lost the article of a ل-initial stem after ل get it back
    (`لجنة الوطنية …` → `اللجنة الوطنية …`); `nisba_starts` are where the gazetteer's nisbas start."""
    out = []
    for m in mentions:
        words = m.label.split()
        first = m.text.split()[0] if m.text.split() else ""
        if m.ner_type != "ORG" or len(words) < 2:
            out.append(m)
            continue
        stem, key = match_key(words[0]), match_key(first)
        prefix = key[: len(key) - len(stem)] if key.endswith(stem) else None
        if prefix not in _LAM_PREFIXES or not stem.startswith("ل") or stem.startswith("ال"):
            out.append(m)
            continue
        if stem[1:] in name_heads() and not stem.startswith("لل"):
            out.append(replace(m, label="ال" + m.label[1:]))  # للمجلس read ل + لمجلس: the head is المجلس
            continue
        second = m.text.find(words[1], len(first))
        nisba = second >= 0 and m.start + second in nisba_starts
        if _adjective(match_key(words[1]), nisba):
            m = replace(m, label="ال" + m.label)
        out.append(m)
    return out


__all__ = ["LAM_ADJECTIVES", "lam_articles"]
