"""Tunisian delegations named after their noun: `معتمدية جلمة`, `بمعتمدية عين دراهم`, `معتمدية القصرين الجنوبية`.

A Tunisian governorate (`ولاية`) is divided into delegations (`معتمدية`), and Tunisian news names the place of
nearly every local story by one: the raw news (both corpora, `../shared/data/arabic-news-raw`) writes `معتمدية`
705 times, and the words after it are a delegation's name in all but a handful (`معتمدية المكان` "the local
delegation", `في`). The tagger misses most of them (few are in any gazetteer), so the noun is the evidence, as
`مضيق` is for a strait in `kg.link.place_heads`.

The name is one word, or two when the first word cannot stand alone (`OPENERS`: سيدي علوان، بئر علي، عين دراهم،
حاجب العيون, the first words of two-word names after the noun in the raw news, 264 of its uses) or the second is a
compass or size adjective of the delegation (`ADJECTIVES`: القصرين الجنوبية، القلعة الكبرى). The mention is the
name alone, as a place's name is written without its classifier. A word that points back (`المكان`، `الجهة`), a
preposition, a common noun of the gold NER corpora, or a name a mention or a knowledge-base name already covers is
not taken, but for a known town's delegation named with its adjective (`معتمدية صفاقس الجنوبية`: South Sfax), which
is a place of its own; `delegation_adjectives` makes the same two words one mention where the tagger found the town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: The administrative noun of a Tunisian delegation (a clitic may precede: بمعتمدية، لمعتمدية، ومعتمدية).
DELEGATION = frozenset(match_key(w) for w in ("معتمدية",))
#: First words of two-word delegation names in the raw news after the noun (counts of "noun + word + word"):
#: سيدي 33, قصور 26, بئر 13, بن 10, حاجب 9, وادي 8, منزل 8, دوار 8, غار 8, عين 7, حاسي 7, بلطة 6, قلعة 5,
#: بني 4, سوق 4, مجاز 4, ماجل 4; and the like in Tunisian place names (برج، رأس، حمام، أولاد، ذراع، باب، جبل، أم).
OPENERS = frozenset(match_key(w) for w in (
    "سيدي", "قصور", "قصر", "بئر", "بن", "حاجب", "وادي", "منزل", "دوار", "غار", "عين", "حاسي", "بلطة", "قلعة",
    "بني", "سوق", "مجاز", "ماجل", "برج", "رأس", "حمام", "أولاد", "ذراع", "باب", "جبل", "أم",
))
#: Second words that are the delegation's own adjective (a governorate seat split in two: القصرين الجنوبية).
ADJECTIVES = frozenset(match_key(w) for w in (
    "الجنوبية", "الشمالية", "الشرقية", "الغربية", "الكبرى", "الصغرى", "المدينة", "العليا", "السفلى",
))
#: Words after the noun that name no delegation: pointing back, prepositions, demonstratives.
NOT_NAMES = frozenset(match_key(w) for w in (
    "المكان", "الجهة", "المنطقة", "الولاية", "المذكورة", "نفسها", "في", "من", "على", "إلى", "عن", "مع", "هذه",
    "تلك", "ذات", "التابعة", "بكل",
))
_WORD_BEFORE = re.compile(r"(\w+)[ \t\u00a0]+$")
#: The country of every delegation (the noun is Tunisia's alone).
TUNISIA = "country:TN"
#: The confidence of a delegation found by its noun (as `kg.link.place_heads.HEAD_CONFIDENCE`).
DELEGATION_CONFIDENCE = 0.6


def is_delegation_noun(word: str) -> bool:
    """The word is a Tunisian delegation noun (معتمدية), a clitic on it or not."""
    return any((not p or len(r) >= 5) and r in DELEGATION for p, r in clitic_splits(match_key(word), article=False))


def name_word(key: str) -> bool:
    """The normalised word can be a word of a name: not a common word, a title word or a known non-name."""
    lex = lexicons()
    return len(key) >= 2 and key not in NOT_NAMES and key not in lex.common_words and key not in lex.title_words


def after_delegation_noun(text: str, start: int) -> bool:
    """The word right before `start` (a space between) is the delegation noun: what follows is a Tunisian place,
    whatever a same-named place elsewhere (معتمدية بومرداس is in Mahdia, not Algeria's Boumerdès)."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and is_delegation_noun(before.group(1))


def delegation_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """LOC mentions for the delegations named after `معتمدية` that no mention or KB name covers."""
    mentioned = [(m.start, m.end) for m in ner]
    taken = mentioned + [(h.start, h.end) for h in names]
    toks = doc.toks
    out = []
    for i in range(len(toks) - 1):
        head, first = toks[i], toks[i + 1]
        if not is_delegation_noun(head.text) or not doc.spaced(head.end, first.start) or not name_word(first.key):
            continue
        last = first
        if i + 2 < len(toks) and doc.spaced(first.end, toks[i + 2].start):
            second = toks[i + 2]
            if (first.key in OPENERS and name_word(second.key)) or second.key in ADJECTIVES:
                last = second
        if last is first and first.key in OPENERS:
            continue  # an opener alone is no name (معتمدية سيدي.)
        town = last is not first and last.key in ADJECTIVES  # a town's name and the delegation's adjective
        if any(s < last.end and first.start < e for s, e in (mentioned if town else taken)):
            continue
        text = doc.text[first.start:last.end]
        out.append(Mention(first.start, last.end, text, text, "LOC", DELEGATION_CONFIDENCE,
                           doc.sentence(first.start), source="pattern"))
    return out


def delegation_adjectives(doc: _Doc, ner: list[Mention]) -> list[Mention]:
    """The mentions with a known town after `معتمدية` and the delegation's compass or size adjective (`ADJECTIVES`)
    made one LOC mention of the two words, the town inside giving way: `معتمدية صفاقس الجنوبية` is the delegation of
    South Sfax, a place of its own, though the knowledge base knows صفاقس (and القصرين, a governorate's bare name)."""
    toks = doc.toks
    out = list(ner)
    for i in range(len(toks) - 2):
        head, first, second = toks[i], toks[i + 1], toks[i + 2]
        if (second.key not in ADJECTIVES or not is_delegation_noun(head.text) or not doc.spaced(head.end, first.start)
                or not doc.spaced(first.end, second.start)):
            continue
        inner = [m for m in out if m.start < second.end and first.start < m.end]
        if len(inner) != 1 or (inner[0].start, inner[0].end) != (first.start, first.end):
            continue  # the town alone must be the one mention there
        out = [m for m in out if m is not inner[0]]
        text = doc.text[first.start:second.end]
        out.append(Mention(first.start, second.end, text, text, "LOC", inner[0].confidence, doc.sentence(first.start),
                           source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["DELEGATION", "TUNISIA", "after_delegation_noun", "delegation_adjectives", "delegation_mentions"]
