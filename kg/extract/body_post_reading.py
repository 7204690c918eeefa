"""How `kg.extract.titles` reads the posts of `kg.extract.body_posts` (a member, a coach) past their head.

Kept apart from the title grammar, which is near its size limit: the few readings that only these heads need.
A member's body may follow "في" ("عضو في المجلس البلدي X"); a coach's nisba is his nationality ("المدرب
الروماني X"), also in spellings the KB lacks; and a coach with no team word anywhere in the text trains a
course, not a side.
"""

from __future__ import annotations

from kg.extract import body_posts, vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView

_IN = "في"
_RELATIVE = vocab.keys(("الذي", "التي"))
_TEAM = vocab.keys(body_posts.TEAM_WORDS)


def member_body(view: DocView, role: str, i: int) -> tuple[Ref, int] | None:
    """`(body, next token)` for "عضو في BODY" at token i (the word after the head), else None."""
    toks = view.tokens
    if role not in body_posts.MEMBER_ROLES or i + 1 >= len(toks) or toks[i].key != _IN:
        return None
    m = view.mention_at.get(i + 1)
    if m is None or view.is_person(m):
        return None
    return view.ref(m), view.mention_span[m][1] + 1


def past_nationality(view: DocView, role: str, i: int) -> int:
    """Token i moved past the holder's nationality after a head of `NATIONALITY_ROLES` ("المدرب الروماني X")."""
    if role not in body_posts.NATIONALITY_ROLES:
        return i
    if nationality := view.nisba(i):
        return i + nationality[1]
    return i + 1 if _unknown_nisba(view, i) else i  # "المدرب الأوروجوياني X": a spelling the KB lacks


def teamless(view: DocView, role: str) -> bool:
    """A coach in a text with no team word: "الدورة التي قدمها المدرب X" names a course's trainer."""
    return role in body_posts.NATIONALITY_ROLES and not any(tok.is_(_TEAM) for tok in view.tokens)


def _unknown_nisba(view: DocView, i: int) -> bool:
    """Token i is a definite adjective in ي outside any mention, right before a person's name: a nationality the
    KB spells otherwise ("الأوروجوياني"، "الاسكتلندي"; raw corpus, both files: المدرب + such a word, e.g.
    الأوروجوياني 25, الأوروغوياني 16, الاوروغوياني 13, الاسكتلندي 8), never the relative "الذي"."""
    toks = view.tokens
    if not (i + 1 < len(toks) and toks[i].key.startswith("ال") and toks[i].key.endswith("ي")
            and toks[i].key not in _RELATIVE and i not in view.token_mention):
        return False
    m = view.mention_at.get(i + 1)
    return m is not None and view.is_person(m)
