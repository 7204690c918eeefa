"""Places the NER missed after a place head noun: `محافظة القطيف`, `ميناء الحديدة`, `مضيق ملقا`, `والي سوسة`,
`معتمدية جلمة` (`kg.link.delegations`).

News names a province, region, port, strait or base by a head noun in construct with its name. When
the tagger leaves the name out, the head is the evidence, but only for a word that the raw news corpus
writes after several *different* place heads (`headed_places.tsv`, mined by
`scripts/mine_place_heads.py` with each word's number of heads and count): a common complement
belongs to one head (منطقة التجارة، مطار الوصول) and is never a place.

The mention is the name alone (القطيف): a place's name is written without its classifier, and the
knowledge base knows it so. A word a gold NER corpus treats as common or as a title is never taken,
nor one a mention or a knowledge-base name already covers.

A strait (`مضيق`) is always followed by its name, so the word after it is taken without that count
(`مضيق ملقا`; raw news: 33 uses, all a strait's name but `مضيق لـ`). A province or state named by a compass
word and a place (`ولاية شمال كردفان`، `ولاية جنوب كردفان`: raw news 35 after محافظة, 9 after ولاية) is one
place of two words, not the place inside it (`compass_places`); after منطقة or إقليم such a phrase is
mostly a part of a city or a region described (`منطقة وسط جدة`), so those heads do not take it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.delegations import delegation_mentions
from kg.link.home_divisions import division_names
from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.link.town_heads import town_mentions
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

_FILE = Path(__file__).resolve().parent / "lexicons" / "headed_places.tsv"
#: Place heads, as in scripts/mine_place_heads.py (indefinite, in construct; a clitic may precede).
PLACE_HEADS = frozenset(match_key(w) for w in (
    "محافظة", "منطقة", "مدينة", "ولاية", "إقليم", "مضيق", "مطار", "ميناء", "جزيرة", "قاعدة",
    "بلدة", "قرية", "مقاطعة", "إمارة", "عاصمة", "مخيم", "ناحية", "قضاء", "جزر", "بحر", "جبال", "وادي",
))
#: The confidence of a mention found by its head (below the NER's usual scores).
HEAD_CONFIDENCE = 0.6
#: Heads always followed by their place's name.
ALWAYS_NAMED = frozenset({match_key("مضيق")})
#: A governor's title (`والي`, Tunisia, Algeria, Sudan, Morocco) is followed by his governorate's name: raw news
#: writes `والي X` 257 times, X a governorate but in 58 (`والي الجهة` "the region's governor", anaphoric), 8
#: (`والي ولاية`: a place head follows) and a few where والي is a family name (غادة والي وزيرة، والي قالت).
GOVERNORS = frozenset({match_key("والي")})
_GOVERNOR_WRITTEN = re.compile(r"^[وبل]?والي$")
#: Words that point back to a region already named (`والي الجهة`): never a place's name.
REFERRING = frozenset(match_key(w) for w in ("الجهة", "الولاية", "المنطقة", "المحافظة", "الإقليم"))
#: Heads of provinces and states named by a compass word + a place.
COMPASS_HEADS = frozenset(match_key(w) for w in ("محافظة", "ولاية"))
COMPASS = frozenset(match_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط"))


@lru_cache(maxsize=1)
def headed_places() -> dict[str, int]:
    """Match key → how often the raw news corpus writes the word after a place head."""
    out: dict[str, int] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3 or not parts[2].isdigit():
            continue
        out[parts[0]] = int(parts[2])
    return out


def is_place_head(word: str, heads: frozenset[str] = PLACE_HEADS) -> bool:
    """The word is an indefinite place head, a clitic allowed (محافظة، بمحافظة، ولمنطقة)."""
    return any((not p or len(r) >= 3) and r in heads for p, r in clitic_splits(match_key(word), article=False))


def headed_place_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """LOC mentions for the names after place heads that no mention or KB name covers."""
    lex = lexicons()
    places = headed_places()
    taken = [(m.start, m.end) for m in ner] + [(h.start, h.end) for h in names]
    out = []
    toks = doc.toks
    for i in range(len(toks) - 1):
        head, name = toks[i], toks[i + 1]
        if not doc.spaced(head.end, name.start) or not is_place_head(head.text, PLACE_HEADS | GOVERNORS):
            continue
        key = name.key
        # written with ي and no hamza: وإلى / والى "and to" fold to the same key
        governor = is_place_head(head.text, GOVERNORS) and _GOVERNOR_WRITTEN.search(head.text) is not None
        if governor and (key in REFERRING or is_place_head(name.text) or any(
                m.ner_type == "PER" and m.start <= head.start < m.end for m in ner)):
            continue  # `والي الجهة`, `والي ولاية X` (the head after it takes X), a family name (غادة والي)
        last = _division_end(toks, i)
        if last is not None:  # "محافظة حجة"، "محافظة ذي قار": a state's division after its own noun
            end = toks[last].end
            if not any(s < end and name.start < e for s, e in taken):
                text = doc.text[name.start:end]
                out.append(Mention(name.start, end, text, text, "LOC", HEAD_CONFIDENCE, doc.sentence(name.start),
                                   source="pattern"))
            continue
        named = key in places or governor or (is_place_head(head.text, ALWAYS_NAMED) and not key.startswith("ل"))
        if not named or key in lex.common_words or key in lex.title_words:
            continue
        if any(s < name.end and name.start < e for s, e in taken):
            continue
        out.append(Mention(name.start, name.end, name.text, name.text, "LOC", HEAD_CONFIDENCE,
                           doc.sentence(name.start), source="pattern"))
    # Tunisian delegations (`kg.link.delegations`: معتمدية عين دراهم), one word or two after their noun, and towns,
    # villages and districts after theirs (`kg.link.town_heads`: محافظة المخواة، قرية المفتاحة، مديرية حرض)
    out += delegation_mentions(doc, [*ner, *out], names)
    return out + town_mentions(doc, [*ner, *out], names)


def _division_end(toks: Sequence, i: int) -> int | None:
    """The last token of a first-level division's name written after its own administrative noun at token i
    (`kg.link.home_divisions`: names from a source, each pair attested in the raw news), or None. The name
    must end there: "محافظة شمال سيناء" is not a division "شمال"."""
    table = division_names()
    for p, rest in clitic_splits(match_key(toks[i].text), article=False):
        names = table.get(rest) if not p or len(rest) >= 3 else None
        if not names:
            continue
        for n in sorted({len(name) for name in names}, reverse=True):
            if i + n < len(toks) and tuple(t.key for t in toks[i + 1:i + n + 1]) in names:
                return i + n
    return None


def compass_places(doc: _Doc, ner: list[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each province or state named by a compass word + a place (ولاية شمال كردفان)
    made one LOC mention of the two words, the place inside giving way."""
    toks = doc.toks
    starts = {m.start: m for m in ner} | {h.start: h for h in names if not h.is_nisba and not h.prefix}
    out = list(ner)
    for i in range(len(toks) - 2):
        head, compass, place = toks[i], toks[i + 1], toks[i + 2]
        if (compass.key not in COMPASS or not doc.spaced(head.end, compass.start)
                or not doc.spaced(compass.end, place.start) or not is_place_head(head.text, COMPASS_HEADS)):
            continue
        inner = starts.get(place.start)
        if inner is None or inner.end != place.end or any(m.start < place.start < m.end for m in out):
            continue  # the place must be a name the NER or the knowledge base found, one word
        if any(m.start < place.end and compass.start < m.end and m.start < compass.start for m in out):
            continue
        out = [m for m in out if not (compass.start <= m.start and m.end <= place.end)]
        out.append(Mention(compass.start, place.end, doc.text[compass.start:place.end],
                           doc.text[compass.start:place.end], "LOC",
                           getattr(inner, "confidence", HEAD_CONFIDENCE), doc.sentence(compass.start),
                           source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["PLACE_HEADS", "compass_places", "headed_place_mentions", "headed_places", "is_place_head"]
