"""Facilities named after a place or a name: `مطار القاهرة الدولي`, `ميناء عدن`, `قصر بكنغهام`, `قناة السويس`.

News names an airport, port, palace, museum, mosque, bridge, base, prison or stadium by a head noun in
construct with a name: a place the knowledge base knows or a name the NER found. The tagger
mostly marks the name alone, so the article gains the city (القاهرة) where it speaks of the airport.
As in the gold convention that the longer name wins, the facility becomes one LOC mention over the
head, the name and the facility's own adjectives (الدولي، الجديدة، العسكري، العام …), and the name inside it
gives way; an adjective before a time word is the clause's (مستشفى جدة | العام الماضي: "last year").
The heads (`FACILITY_HEADS`) and the adjectives (`FACILITY_ADJECTIVES`) are counted in the
raw news by `scripts/mine_body_phrases.py --facilities` (`facility_heads.tsv`).

Only a head in construct takes a name (indefinite, a clitic allowed: بمطار، لقصر); `المطار الجديد`
has none. Place heads that stand for the place itself (محافظة، منطقة، مدينة) are not facilities: the
place keeps its own mention (kg.link.place_heads). `قناة` is a canal only before a known town; before
a name or a country (قناة روسيا اليوم) it is a television channel, an organization (kg.link.mentions).

A palace is also named by a definite common word (`قصر الضيافة`، `قصر المؤتمرات`، `قصر الحكم`), which neither
the NER nor the knowledge base knows. `قصر` is also "shortness" (`قصر النظر`، `قصر المدة`), so only a palace the
sentence places something in, at or from is taken: after في، إلى، من، داخل، أمام or ب/ل (`بقصر الحكم`). In the raw
news (dev lines excluded) that shape occurs 391 times; read by hand, all but a few name a palace or a venue (السلام
131، الحكم 65، المؤتمرات 32، الحكومة 32، اليمامة 13، الضيافة 9 …): the exceptions are "shortness" nouns
(`NOT_PALACE`) and a royal's title (`قصر الملك`، a description: the royal's name makes it a facility above).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_chars, clitic_splits, match_key, name_offset, restored_article
from kg.link.pattern_spans import absorb, crosses
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

_FILE = Path(__file__).resolve().parent / "lexicons" / "facility_heads.tsv"
#: Heads that take only a known town, never a bare name or a country (قناة الجزيرة، قناة روسيا اليوم
#: are channels).
PLACE_ONLY = frozenset({match_key("قناة")})
#: A palace takes a one-word name (قصر بعبدا); a longer name after قصر is a town the tagger cut
#: (قصر | هلال المنستير: Ksar Hellal), as kg.link.mentions reads it.
PALACE = match_key("قصر")
ONE_WORD_NAME = frozenset({PALACE})
#: Adjectives that make an adjective before them "the year" (مستشفى جدة | العام الماضي), not the facility's.
YEAR_ADJECTIVES = frozenset(match_key(w) for w in ("الماضي", "المقبل", "الحالي", "الجاري", "القادم", "المنصرم"))
#: Adjectives that name a facility after a name nobody tagged (raw news: `مستشفى X العام|المركزي|التخصصي` 386 times,
#: X a town but for a few names (النور، الثورة); `مطار X الدولي`، `قاعدة X الجوية`): the name before them is taken.
NAMING_ADJECTIVES = frozenset(match_key(w) for w in ("العام", "المركزي", "التخصصي", "الدولي", "الجوية"))
#: At most this many adjectives after the name.
MAX_ADJECTIVES = 2
#: Words that place something in, at or from what follows (a clitic ب/ل is read on the head itself).
LOCATIVES = frozenset(match_key(w) for w in ("في", "إلى", "من", "داخل", "أمام", "بمقر", "مقر"))
#: Nouns after قصر "shortness" (read in the locative sample: قصر النظر، قصر الوقت …).
NOT_PALACE = frozenset(match_key(w) for w in ("النظر", "الوقت", "المدة", "الفترة", "القامة", "الزيادة",
                                              "المناسبة", "العمر"))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, int], dict[str, int]]:
    heads: dict[str, int] = {}
    adjectives: dict[str, int] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3 or not parts[1].isdigit():
            continue
        (heads if parts[2] == "head" else adjectives)[parts[0]] = int(parts[1])
    return heads, adjectives


def facility_heads() -> dict[str, int]:
    """Head key → how often the raw news writes it in construct before a name."""
    return _table()[0]


def facility_adjectives() -> dict[str, int]:
    """Adjective key → how often the raw news writes it after a facility head and its name."""
    return _table()[1]


def _head(word: str) -> tuple[str, str] | None:
    """(clitic prefix, head) when the word is an indefinite facility head (مطار، بمطار، لقصر)."""
    heads = facility_heads()
    for prefix, rest in clitic_splits(match_key(word), article=False):
        if rest in heads and (not prefix or len(rest) >= 3):
            return prefix, rest
    return None


def facility_mentions(doc: _Doc, ner: list[Mention], names: Sequence[GazetteerMatch] = ()) -> list[Mention]:
    """The mentions with each facility (head + place or name + adjectives) made one LOC mention."""
    toks = doc.toks
    adjectives = facility_adjectives()
    out = list(ner)
    places = {h.start: h for h in names if h.kind in ("City", "Country") and not h.is_nisba and not h.prefix}
    i = 0
    while i < len(toks) - 1:
        head = _head(toks[i].text)
        nxt = toks[i + 1]
        if head is None or not doc.spaced(toks[i].end, nxt.start):
            i += 1
            continue
        if any(m.start <= toks[i].start < m.end for m in out):
            i += 1  # the head is already inside a mention (the NER's مطار هيثرو)
            continue
        name_end = None
        place = places.get(nxt.start)
        mention = next((m for m in out if m.start == nxt.start), None)
        if place is not None and (head[1] not in PLACE_ONLY or place.kind == "City"):
            name_end = place.end  # a canal is named after a town; قناة روسيا اليوم is a channel
        elif mention is not None and head[1] not in PLACE_ONLY and mention.label == mention.text:
            name_end = mention.end  # not a clitic-split mention (قصر | بالعاصمة)
        elif mention is None and head[1] not in PLACE_ONLY:
            name_end = _unknown_name_end(doc, i, out)  # مستشفى المزاحمية العام: the adjective is the evidence
        if name_end is None or (mention is not None and mention.end > name_end):
            i += 1
            continue
        last = next((k for k in range(i + 1, len(toks)) if toks[k].end == name_end), None)
        if last is None or (head[1] in ONE_WORD_NAME and last > i + 1):
            i += 1
            continue
        n = 0
        while (n < MAX_ADJECTIVES and last + 1 < len(toks) and toks[last + 1].key in adjectives
               and doc.spaced(toks[last].end, toks[last + 1].start)
               and not any(m.start == toks[last + 1].start for m in out)
               and not (last + 2 < len(toks) and toks[last + 2].key in YEAR_ADJECTIVES)):
            last += 1
            n += 1
        prefix = head[0]
        stop = toks[last].end
        start = toks[i].start + clitic_chars(toks[i].text, len(prefix))
        if crosses(out, toks[i].start, stop):
            i += 1  # a mention crosses the facility's edge
            continue
        out = absorb(out, doc, toks[i].start, start, stop, doc.text[start:stop], "LOC", 0.8)
        i = last + 1
    return _named_palaces(doc, sorted(out, key=lambda m: (m.start, m.end)))


def _unknown_name_end(doc: _Doc, i: int, out: Sequence[Mention]) -> int | None:
    """The end of a one- or two-word name no mention covers after the facility head at token i, when one of
    `NAMING_ADJECTIVES` follows it (مستشفى المزاحمية العام، قاعدة حميميم الجوية), or None."""
    toks = doc.toks
    lex = lexicons()
    for k in (i + 1, i + 2):
        if k + 1 >= len(toks) or not doc.spaced(toks[k].end, toks[k + 1].start):
            return None
        word = toks[k]
        if (word.key in lex.common_words or word.key in lex.title_words or word.key in facility_adjectives()
                or (k == i + 1 and word.key[:1] in "وفبل")
                or any(m.start < word.end and word.start < m.end for m in out)):
            return None
        if toks[k + 1].key in NAMING_ADJECTIVES and not (
                k + 2 < len(toks) and toks[k + 2].key in YEAR_ADJECTIVES):
            return word.end
    return None


def _named_palaces(doc: _Doc, ner: list[Mention]) -> list[Mention]:
    """LOC mentions for a palace named by a definite word after a locative (في قصر الضيافة، بقصر الحكم)."""
    toks = doc.toks
    lex = lexicons()
    out = list(ner)
    for i in range(len(toks) - 1):
        readings = [p for p, r in clitic_splits(toks[i].key, article=False) if r == PALACE]
        nxt = toks[i + 1]
        key = nxt.key
        if not readings or not doc.spaced(toks[i].end, nxt.start):
            continue
        prefix = readings[0]
        placed = prefix[-1:] in ("ب", "ل") or (i > 0 and toks[i - 1].key in LOCATIVES
                                                and doc.spaced(toks[i - 1].end, toks[i].start))
        if (not placed or not key.startswith("ال") or len(key) < 5 or key.endswith("ين") or key in NOT_PALACE
                or key in lex.title_words or key[2:] in lex.title_words
                or any(m.start < nxt.end and toks[i].start < m.end for m in out)):
            continue
        start = toks[i].start + name_offset(toks[i].text, prefix)
        label = restored_article(prefix) + doc.text[start:nxt.end]
        out.append(Mention(start, nxt.end, doc.text[start:nxt.end], label, "LOC", 0.8, doc.sentence(start),
                           source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["facility_adjectives", "facility_heads", "facility_mentions"]
