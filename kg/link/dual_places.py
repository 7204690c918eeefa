"""Two places named after a dual place head: `جزيرتي صنافير وتيران`, `محافظتي أبين ولحج`, `مدينتي قبلي ودوز`.

A dual head in construct (`مدينتي` "the two cities of", `محافظتي`، `جزيرتي` …) is followed by exactly two names
joined by و: both are places of that kind. The tagger often misses small towns and islands written so (no
knowledge-base name, no context it learnt), while the dual says what they are.

Each conjunct is one word (the first is followed by و; the second is taken only where the name clearly ends
there: punctuation, the end of the text, a particle (في، من، إلى …) or a common word of the lexicons after it,
since a second name of
two words is frequent: `إدلب وجسر الشغور`، `تونس وبن عروس`). A word a mention or a knowledge-base name already
covers keeps it; a common word or a title word is never taken.

Raw news (both corpora, `grep -oE '(^| )[وبلف]?(مدينتي|محافظتي|…) [^ ،.]+ و[^ ،.]+'`): about 610 uses (محافظتي
176، مدينتي 150، منطقتي 118، بلدتي 43، قريتي 40، ولايتي 53، مدينتا 13، جزيرتي 6 …); in a sample of 25 read by
hand every first conjunct is a place, and 4 second conjuncts open a two-word name (the case left out above).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.lexicons import Lexicons, lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Dual place heads in construct (genitive/accusative and nominative), indefinite, a clitic allowed.
DUAL_HEADS = frozenset(match_key(w) for w in (
    "مدينتي", "مدينتا", "محافظتي", "محافظتا", "منطقتي", "منطقتا", "ولايتي", "ولايتا", "بلدتي", "بلدتا",
    "قريتي", "قريتا", "جزيرتي", "جزيرتا",
))
DUAL_CONFIDENCE = 0.6
#: Particles after which a name has ended (a second name of two words never goes on with them).
PARTICLES = frozenset(match_key(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "منذ", "حتى", "التي", "الذي", "اللتين", "اللتان", "قرب",
    "خلال", "أمس", "اليوم", "بعد", "قبل", "إلى", "ضمن", "لدى",
))
_AND = "و"


def _is_head(key: str) -> bool:
    return any((not p or len(r) >= 5) and r in DUAL_HEADS for p, r in clitic_splits(key, article=False))


def _free(key: str, text: str, lex: Lexicons) -> bool:
    return len(key) >= 3 and text.isalpha() and key not in lex.common_words and key not in lex.title_words


def dual_place_mentions(doc: _Doc, ner: list[Mention], hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions plus a LOC mention for each free conjunct after a dual place head."""
    lex = lexicons()
    toks = doc.toks
    out = list(ner)

    def covered(start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in out) or any(h.start < end and start < h.end for h in hits)

    for i in range(len(toks) - 2):
        head, first, second = toks[i], toks[i + 1], toks[i + 2]
        if not _is_head(head.key) or not second.key.startswith(_AND) or not doc.spaced(head.end, first.start) \
                or not doc.spaced(first.end, second.start):
            continue
        name2 = second.text[1:]
        nxt = toks[i + 3] if i + 3 < len(toks) else None
        ends = (nxt is None or not doc.spaced(second.end, nxt.start) or nxt.key in PARTICLES
                or nxt.key in lex.common_words)
        spans = [(first.start, first.end, first.key, first.text)]
        if ends:
            spans.append((second.start + 1, second.end, second.key[1:], name2))
        for start, end, key, text in spans:
            if not _free(key, text, lex) or covered(start, end):
                continue
            out.append(Mention(start, end, doc.text[start:end], doc.text[start:end], "LOC", DUAL_CONFIDENCE,
                               doc.sentence(start), source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["DUAL_HEADS", "dual_place_mentions"]
