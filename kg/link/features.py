"""Gulfs, straits, seas, lakes, rivers, mountains, islands and valleys named after a place: `خليج العقبة`,
`مضيق تيران`, `نهر الأردن`, `جزيرة جربة`.

A geographic feature is named by its classifier in construct with a name, mostly a town's or a country's
(خليج العقبة، خليج عدن، بحر الصين، نهر الأردن). The tagger marks the name alone, so the article gains the
town where it speaks of the gulf; kg.link.place_heads even takes the name after `مضيق` as a place by itself.
The feature is another place than the one it is named after, and as in the gold convention that the longer
name wins, it becomes one LOC mention over the classifier and the name, the place inside giving way.

The name must already be a place: a LOC mention (the NER's or a pattern's) or a knowledge-base city or
place starting right after the classifier, ending where that mention or name ends. A country is left alone
(`جزيرة قبرص`، `جزر المالديف` name the country), as is `شبه جزيرة` (kg.link.regions) and a classifier with
the article (`البحر الأحمر`: the NER's own span). Raw news (both corpora, `grep -oE '(^| )[وبلف]?HEAD [^ ،.]+'`),
the most frequent names after each head: خليج قابس 23، السويس 13، العقبة 10، عدن 7; مضيق باب (المندب) 22، هرمز 8;
بحر الصين 55، العرب 16; بحيرة تشاد 25; نهر النيل 50، الفرات 25; جبل طارق 26; جبال الألب 37; جزيرة جربة 48،
العرب 48; جزر القمر 25; وادي الدواسر 86; هضبة الجولان 8: features or places named so, each one LOC.

A body of water is never the country it is named after, so after `بحر`, `خليج`, `مضيق`, `نهر` and `بحيرة` a
country's name makes the feature too (raw news, same grep: بحر الصين 55، خليج المكسيك 8، نهر الأردن 6، خليج عمان،
بحر اليابان …; the tagger marks the country, which the article never speaks of), and a sea keeps the compass
adjective after its name (بحر الصين الجنوبي 43، الشرقي 6). `العرب` after `بحر` is the Arabian Sea (بحر العرب 16),
not the Arabs the tagger reads there. `جزيرة العرب` (31) is left alone: on a fresh raw sample 3 of its 8 uses were
inside a book's title or a group's name (`القاعدة في جزيرة العرب`), not the peninsula as a place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_chars, clitic_splits, match_key
from kg.link.pattern_spans import absorb, crosses
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Classifiers of geographic features (indefinite, in construct; a clitic may precede).
FEATURE_HEADS = frozenset(match_key(w) for w in (
    "خليج", "مضيق", "بحر", "بحيرة", "نهر", "جبل", "جبال", "جزيرة", "جزر", "وادي", "صحراء", "هضبة",
))
SEMI = match_key("شبه")
#: Classifiers of bodies of water: a country after them names the water, not the country.
WATER_HEADS = frozenset(match_key(w) for w in ("خليج", "مضيق", "بحر", "بحيرة", "نهر"))
SEA = match_key("بحر")
#: Compass adjectives that close a sea's name (بحر الصين الجنوبي).
COMPASS = frozenset(match_key(w) for w in ("الجنوبي", "الشمالي", "الشرقي", "الغربي"))
#: `العرب` after `بحر` is the sea's name (بحر العرب), whatever the tagger calls it.
ARABS = match_key("العرب")
ARAB_FEATURE_HEADS = frozenset({SEA})
#: Knowledge-base kinds a feature may be named after (a country names itself: جزيرة قبرص).
NAMED_AFTER = frozenset({"City", "Place"})
FEATURE_CONFIDENCE = 0.8


def _head_prefix(word: str) -> str | None:
    """The clitic prefix when the word is a feature classifier (خليج، بخليج، ولبحر), else None."""
    return next((p for p, r in clitic_splits(match_key(word), article=False)
                 if (not p or len(r) >= 3) and r in FEATURE_HEADS), None)


def _is_semi(key: str) -> bool:
    return any(r == SEMI for _, r in clitic_splits(key, article=False))


def feature_mentions(doc: _Doc, ner: list[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each classifier + place one LOC mention of the feature."""
    toks = doc.toks
    countries = {(h.start, h.end) for h in names if h.kind == "Country" and not h.prefix}
    places = {h.start: h.end for h in names if h.kind in NAMED_AFTER and not h.prefix and not h.is_nisba}
    out = list(ner)
    for i in range(len(toks) - 1):
        head, name = toks[i], toks[i + 1]
        prefix = _head_prefix(head.text)
        if prefix is None or not doc.spaced(head.end, name.start) or (i and _is_semi(toks[i - 1].key)):
            continue
        head_key = next(r for p, r in clitic_splits(match_key(head.text), article=False) if p == prefix)
        water = head_key in WATER_HEADS
        inner = next((m for m in out if m.start == name.start and m.ner_type == "LOC"), None)
        stop = inner.end if inner is not None else places.get(name.start)
        if stop is None and head_key in ARAB_FEATURE_HEADS and name.key == ARABS:
            stop = name.end
        if stop is None and water:
            stop = next((e for s, e in countries if s == name.start), None)
        if stop is None or ((name.start, stop) in countries and not water):
            continue
        last = doc.at_end.get(stop)
        if (head_key == SEA and last is not None and last + 1 < len(toks) and toks[last + 1].key in COMPASS
                and doc.spaced(stop, toks[last + 1].start)):
            stop = toks[last + 1].end
        start = head.start + clitic_chars(head.text, len(prefix))
        if crosses(out, head.start, stop):
            continue
        out = absorb(out, doc, head.start, start, stop, doc.text[start:stop], "LOC", FEATURE_CONFIDENCE)
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["FEATURE_HEADS", "feature_mentions"]
