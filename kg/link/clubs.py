"""Clubs named by `نادي` and a definite word: `نادي الهلال`, `لنادي الاتحاد`, `نادي الباحة الأدبي`.

The raw news writes `نادي ال…` 2573 times (`zcat ../shared/data/arabic-news-raw/*.txt.gz | grep -oE
"(^| )[وبلف]?نادي ال[^ ]+"`): sports clubs above all (الاتحاد 376، الهلال 249، النصر 242، الشباب 215، الفتح
138، الوحدة 102 …), literary and social clubs (نادي الباحة الأدبي، نادي الضباط، نادي الأسير). Club names are
common words (the crescent, the union, the youth), so the NER mostly leaves them out or keeps the word alone;
after `نادي` the phrase is one ORG mention, with an adjective of the club's kind after it (الأدبي، الرياضي).

`نادي` is written with ي: `نادى` (he called for) folds to the same key and is never taken. The generic
`نادي الحي` (the neighbourhood club, 12 uses) names no club. A mention that crosses the phrase's edge is left
as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: [clitic] نادي + a definite word + at most one definite adjective in ي (the club's kind: `KINDS`).
CLUB = re.compile(r"(?<!\w)(?P<clitic>[وبلف]?)(?P<head>نادي) (?P<name>ال\w{2,})(?: (?P<adj>ال\w+ي)(?!\w))?")
#: Adjectives of a club's kind, part of its name (raw news after نادي ال… : الأدبي 46، الرياضي 13، الشراعي 3،
#: الاجتماعي 2 …); a nationality after the name (السعودي 63، القطري 14 …) describes the club and stays out, as do
#: relative pronouns (الذي 25، التي 8) and time words (الحالي).
KINDS = frozenset(match_key(w) for w in ("الأدبي", "الرياضي", "الثقافي", "الاجتماعي", "الشراعي"))
#: Generic complements: a club of some place, no club's name.
GENERIC = frozenset(match_key(w) for w in ("الحي", "النادي"))
#: A club found by its head: the phrase is sure, its span less so.
CLUB_CONFIDENCE = 0.75


def club_mentions(doc: _Doc, ner: Sequence[Mention]) -> list[Mention]:
    """The mentions with each `نادي` + name phrase made one ORG mention, the mentions inside it giving way."""
    lex = lexicons()
    out = list(ner)
    for match in CLUB.finditer(doc.text):
        key = match_key(match.group("name"))
        if key in GENERIC or key in lex.title_words:
            continue
        start = match.start("head")
        end = match.end("adj") if match_key(match.group("adj") or "") in KINDS else match.end("name")
        over = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in over):
            continue
        text = doc.text[start:end]
        out = [m for m in out if m not in over] + [
            Mention(start, end, text, text, "ORG", max((m.confidence for m in over), default=CLUB_CONFIDENCE),
                    doc.sentence(start), source="pattern")]
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["CLUB", "club_mentions"]
