"""States a sentence only describes: a nisba on a company, a person or a thing, no name, capital or official.

A signed treaty with one named side ("وقعت الحكومة س اتفاقا"، "بتوقيعه معاهدة السلام") gets its other side
guessed from the states near it (`kg.extract.treaty_parties.Parties.complete`). A nisba adjective makes a
state "near" too, but most nisbas qualify something other than a state: a company's or a businessman's
nationality ("مع شركة (فلان) الروسية"، "إلى رجل الأعمال التايلاندي"), a role or a movement ("الدور الروسي"،
"المعارضة السورية"). In the working sample of 150 raw treaty paragraphs the one-sided signing guess took
such a state 4 times, all wrong (a Sudanese mining deal with a Russian company given to Russia, a sale to a
Thai businessman given to Thailand, Sadat's peace treaty given to Russia, the nuclear deal given to Syria);
the 9 guesses of a state named by name, capital or an official were 5 right and 4 wrong. A nisba on a state's
own body or side ("الحكومة الروسية"، "الجانب الروسي"، "الوفد الروسي") still names the state as an actor.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView
from kg.extract.treaty_pair import named_near
from kg.extract.treaty_words import SIDE, STATE_BODIES

#: Heads whose nisba names the state as an actor: its bodies, its side, its delegation, its officials.
_STATE_HEADS = STATE_BODIES | SIDE | vocab.keys((
    "الوفد", "وفد", "الحكومات", "المسؤولين", "المسؤولون", "مسؤولين", "الجهات", "جهات", "الطرفين", "الجانبين",
))


def described_only(view: DocView, off: Officials, party_of: Callable[[int], Ref | None], t: int) -> frozenset[str]:
    """Keys of the states token t's sentence (or the one before) gives only by a nisba on a noun that is not
    a state's body, side or delegation: neither by name (not after في), nor capital, nor an official."""
    named, nisbas = named_near(view, off, party_of, t)
    described: set[str] = set()
    for a, key in nisbas:
        if a > 0 and view.tokens[a - 1].is_(_STATE_HEADS) and view.tokens[a - 1].sentence == view.tokens[a].sentence:
            named.add(key)
        else:
            described.add(key)
    return frozenset(described - named)
