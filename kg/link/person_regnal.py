"""A monarch's name with its regnal ordinal after a royal title is a PER mention: `الملكة فلانة الثانية`.

News names kings, queens, popes and emperors as ROYAL TITLE + NAME + ORDINAL (`الملك فلان الثالث`، `البابا فلان
السادس عشر`). Arab monarchs' names are in the lexicons and the knowledge base and the NER finds them; foreign ones
(`إليزابيث`، `فيليب`، `بنديكت`) are in no lexicon, the ordinal is a common word, so no title rule reads the name,
and the NER leaves it out or tags the phrase MISC (a "thing": `والملكة فلانة الثانية`). The ordinal after a royal
title is the evidence: the one or two words between them are the monarch's name. Raw news (`zcat
../shared/data/arabic-news-raw/*.txt.gz | grep -oE "(الملك|الملكة|البابا|…)[^ ]* [^ ]+ ([^ ]+ )?(الثاني|الأول|…)"`,
then this module's word and agreement tests) writes the construction 271 times: الملك عبدالله الثاني 192، الملك محمد
السادس 26، الملكة إليزابيث الثانية 14، هنري الثامن 10 …, and 3 phrases that are no monarch's name (`الأمير فإذا
بزوجته الأولى`). On the 3,136 NER-tagged raw paragraphs of the probe pickles (scripts/probe_mentions.py, dev lines
left out), 39 of its 40 occurrences are found already (Arab kings); the one left is a foreign queen.

A PER mention (`source="pattern"`) is made of the name and its ordinal, the title left out, when no person mention
covers them; a mention of another type that the NER made over the phrase, and that is no knowledge-base name, gives
way to it. The name's words must be no common word, title, preposition or knowledge-base name of another kind.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.link.person_spans import PATTERN_CONFIDENCE, PREPOSITIONS, bare_forms, title_head
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: Titles of monarchs, popes and emperors that a regnal ordinal follows.
ROYAL_TITLES = frozenset(match_key(w) for w in (
    "الملك", "الملكة", "البابا", "السلطان", "الإمبراطور", "الإمبراطورة", "القيصر", "الشاه", "الأمير", "الأميرة",
))
#: Regnal ordinals (masculine and feminine); عشر after one of them makes the teens (السادس عشر).
ORDINALS = frozenset(match_key(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
    "الحادي",
))
#: Feminine titles take a feminine ordinal, the others a masculine one (`زيارة الملك فلان الثانية` is the visit's).
_FEMININE_TITLES = frozenset(match_key(w) for w in ("الملكة", "الإمبراطورة", "الأميرة"))
_TEENS = frozenset(match_key(w) for w in ("عشر", "عشرة"))
#: At most this many name words stand between the title and the ordinal (يوحنا بولس الثاني).
MAX_NAME_WORDS = 2


def _royal(key: str) -> str | None:
    """The royal title this word is, through a clitic (والملكة، للملك), or None."""
    readings = bare_forms(key) + (["ال" + key[2:]] if key.startswith("لل") else [])
    return next((r for r in readings if r in ROYAL_TITLES), None)


def _agrees(title: str, ordinal: str) -> bool:
    return (title in _FEMININE_TITLES) == ordinal.endswith(("ه", "ى"))


def _name_word(key: str, text: str) -> bool:
    lex = lexicons()
    return (text.isalpha() and key not in lex.common_words and key not in PREPOSITIONS and key not in ORDINALS
            and title_head(key) is None and not text.startswith(("ال", "لل", "بال", "وال", "فال", "كال")))


def regnal_mentions(mentions: list[Mention], doc: _Doc, known: Callable[[str], bool],
                    blocked: Collection[int] = ()) -> list[Mention]:
    """The mentions with a PER mention for each monarch's name + ordinal after a royal title (module docstring).

    `known(label)`: the label is a knowledge-base name; `blocked`: offsets where a gazetteer name of another kind
    (a place, a body) starts."""
    toks = doc.toks
    out = list(mentions)
    for i, tok in enumerate(toks):
        title = _royal(tok.key)
        if title is None:
            continue
        names: list[int] = []
        k = i + 1
        while k < len(toks) and len(names) < MAX_NAME_WORDS and doc.spaced(toks[k - 1].end, toks[k].start) \
                and toks[k].start not in blocked and _name_word(toks[k].key, toks[k].text):
            names.append(k)
            k += 1
        if not names or k >= len(toks) or toks[k].key not in ORDINALS or not _agrees(title, toks[k].key) \
                or not doc.spaced(toks[k - 1].end, toks[k].start):
            continue
        last = k + 1 if k + 1 < len(toks) and toks[k + 1].key in _TEENS and doc.spaced(toks[k].end, toks[k + 1].start) \
            else k
        start, end = toks[names[0]].start, toks[last].end
        over = [m for m in out if m.start < end and start < m.end]
        if any(m.ner_type == "PER" or known(m.label) or known(m.text) for m in over):
            continue
        if any(m.start < tok.start or m.end > end for m in over):
            continue  # a mention reaches outside the title and the name: another phrase
        out = [m for m in out if m not in over]
        out.append(Mention(start, end, doc.text[start:end], doc.text[start:end], "PER", PATTERN_CONFIDENCE,
                           doc.sentence(start), source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["regnal_mentions"]
