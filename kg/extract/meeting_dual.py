"""Two persons under one dual title are both the subject: "وعبر وزيرا النقل X والتجارة Y، في لقاء جمعهما
برئيس غينيا Z"، "التقى رئيسا الوزراء الهندي X والباكستاني Y".

A dual title (وزيرا، رئيسا، سفيرا …) names two officials whose names follow, each after his own field or
nisba ("والتجارة Y"، "والباكستاني Y"). The slot readers of `kg.extract.meeting_parties` take the person
nearest the trigger as the subject and leave the first name, which is no object either. When one of the
two is a party, so is the other.

Raw corpus (both corpora, zcat | grep -E): a dual title, at most 100 characters, then a meeting word: 24
lines, 8 of them two named officials under the dual title that take part in the meeting (Tunisian
ministers with the Guinean president, the Indian and Pakistani prime ministers, the Greek finance and
economy ministers three times); the others a singular accusative ("عين X رئيسا للوزراء"، "مستشارا
اجتماعيا") with no second name, which this leaves alone.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView

#: Dual titles in the nominative (the subject), with و or ف before them allowed by the token forms.
DUAL_TITLES = vocab.keys(("وزيرا", "وزيرتا", "رئيسا", "سفيرا", "مبعوثا", "مستشارا", "أميرا", "ملكا", "قائدا",
                          "ممثلا", "نائبا"))
#: The two names follow the dual title this close (fields and nisbas between them).
_REACH = 14


def dual_partners(view: DocView, first: int, trigger: int, participants: list[Ref]) -> list[Ref]:
    """The person under a dual title before `trigger` in clause first.. who is not yet a party while the
    other person under it is: exactly two persons named between the title and the trigger, within
    `_REACH` tokens of the title, the second after و. Empty otherwise."""
    toks = view.tokens
    have = {p.key for p in participants}
    for d in range(first, trigger):
        if not toks[d].is_(DUAL_TITLES) or d in view.token_mention:
            continue
        persons = [m for m in view.mentions_in(d + 1, min(trigger - 1, d + _REACH)) if view.is_person(m)]
        if len(persons) != 2:
            return []
        second_at = view.mention_span[persons[1]][0]
        if not any(toks[j].text.startswith("و") for j in range(view.mention_span[persons[0]][1] + 1, second_at + 1)):
            return []
        refs = [view.ref(m) for m in persons]
        if sum(r.key in have for r in refs) != 1:
            return []
        return [r for r in refs if r.key not in have]
    return []
