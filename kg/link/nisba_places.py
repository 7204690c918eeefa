"""A town the knowledge base lacks, placed by a country's adjective: `في سالزبورغ النمساوية`.

The KB has no cities of several large countries (its city source lacks Italy, France, Germany, Spain, the US,
Russia …), and the tagger misses many foreign towns. News places such a town by its country's feminine nisba,
definite, right after the name (`X الإيطالية`). Arabic grammar makes that a proper name: a definite adjective
agrees with a definite noun, and a word with no article, no possessive suffix and no construct after it is
definite only as a name. After the locative `في` ("in") that name is a place. An attached `ب` is not read: many
towns begin with ب (بوسطن، برلين), and the split cannot be told.

The word must be free: no mention or KB name on it, no article (ال), no pronoun suffix (في جولته الأفريقية
'on his African tour' is definite by the suffix), no common word of the lexicons, three letters or more. The
adjective must be a country's feminine nisba (الإيطالية، التركية). Raw news (150,000 lines read by
`scripts/count_nisba_places.py`, words the gazetteer knows left out): 45 words, 104 uses after في, read by hand
(with their contexts): all are towns or regions (سالزبورغ 22، ميلانو 10، ميرلو 6، زوريخ 4، لويزيانا 3، بالنسيا 3،
مرسيليا 2، كوالالمبور 2، قازان 2 …) but طالبان (3 uses, a movement); nouns with a pronoun suffix (في جولته
الأفريقية) are excluded.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

FI = match_key("في")
#: Pronoun suffixes that make a noun definite (جولته، أجندتها، رحلتنا), read on the word as written (ة is no suffix).
_SUFFIX = re.compile(r"(ه|ها|هم|هما|هن|كم|كما|تنا)$")
#: The shortest town name taken.
MIN_LETTERS = 3
NISBA_CONFIDENCE = 0.6


def _feminine_country_nisba(h: GazetteerMatch) -> bool:
    return h.is_nisba and h.kind == "Country" and not h.prefix and match_key(h.text).startswith("ال") \
        and match_key(h.text).endswith("يه")


def free_word(key: str, text: str, common: Collection[str]) -> bool:
    """The word (its match key and its text, clitic off) can only be a name before a definite adjective."""
    return (len(key) >= MIN_LETTERS and not key.startswith("ال") and not _SUFFIX.search(text)
            and key not in common and text.isalpha())


def nisba_place_mentions(doc: _Doc, ner: list[Mention], hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions plus a LOC mention for each free word placed by في/ب and a country's feminine nisba."""
    lex = lexicons()
    toks = doc.toks
    nisba_at = {h.start for h in hits if _feminine_country_nisba(h)}
    out = list(ner)
    for i in range(len(toks) - 1):
        word, nisba = toks[i], toks[i + 1]
        if nisba.start not in nisba_at or not doc.spaced(word.end, nisba.start):
            continue
        if not (i > 0 and toks[i - 1].key == FI and doc.spaced(toks[i - 1].end, word.start)):
            continue  # an attached ب is no evidence: many towns begin with ب (بوسطن، برلين)
        if not free_word(word.key, word.text, lex.common_words):
            continue
        if any(m.start < word.end and word.start < m.end for m in out) or any(
                h.start < word.end and word.start < h.end for h in hits):
            continue
        out.append(Mention(word.start, word.end, word.text, word.text, "LOC", NISBA_CONFIDENCE,
                           doc.sentence(word.start), source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["free_word", "nisba_place_mentions"]
