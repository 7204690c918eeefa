"""Clubs named by `نادي` and a definite word: `نادي الهلال`, `لنادي الاتحاد`, `نادي الباحة الأدبي`.

The raw news writes `نادي ال…` 2573 times (`zcat ../shared/data/arabic-news-raw/*.txt.gz | grep -oE
"(^| )[وبلف]?نادي ال[^ ]+"`): sports clubs above all (الاتحاد 376، الهلال 249، النصر 242، الشباب 215، الفتح
138، الوحدة 102 …), literary and social clubs (نادي الباحة الأدبي، نادي الضباط، نادي الأسير). Club names are
common words (the crescent, the union, the youth), so the NER mostly leaves them out or keeps the word alone;
after `نادي` the phrase is one ORG mention, with an adjective of the club's kind after it (الأدبي، الرياضي).

`نادي` is written with ي: `نادى` (he called for) folds to the same key and is never taken. The generic
`نادي الحي` (the neighbourhood club, 12 uses) names no club. A mention that crosses the phrase's edge is left
as it is.

Sport news names a club bare after its team's, players' or coach's noun (`فريق الهلال`، `لاعب النصر`، `مدرب الفتح`،
`مباراة الهلال والنصر`): the raw news writes one of the club names of `club_names.tsv` (mined after `نادي`, read by
hand) after such a noun (`SPORT_HEADS`) 1,564 times (`zcat … | grep -oE "(^| )[وبلف]{0,2}(فريق|لاعب|لاعبي|…|جماهير)
(الاتحاد|الهلال|…)"`): فريق الهلال 171، فريق النصر 131، فريق الاتحاد 109، لاعبي الهلال 45، مدرب الهلال 36 …; of 40
read at random 39 name the club, one the Red Crescent's team. The common words
(the crescent, the victory, the youth) are dropped as common nouns before; after those nouns the name is one ORG
mention (`sport_club_mentions`), and a second club joined by و after it (`والنصر`) too. `فريق الهلال الأحمر` (the
Red Crescent's team) and `الاتحاد` before an adjective (`مدرب الاتحاد الروماني`، `لاعب الاتحاد الأوروبي`: a
federation or a nationality) are not taken.

A league (`دوري`) is named after its sponsor or its champions' region (`league_mentions`): raw news
`دوري عبداللطيف جميل` 208 (with `عبد اللطيف جميل`), `دوري أبطال أوروبا` 232, `دوري أبطال آسيا` 89,
`دوري أبطال إفريقيا` 74, `دوري نجوم قطر` 16 (`zcat … | grep -oE "(^| )[وبلف]{0,2}دوري [^ ]+ [^ ]+"`). The NER
takes the sponsor for a person and the region for the place; the league is one ORG mention over `دوري` and its
name, the person or place inside giving way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
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


def _take(doc: _Doc, out: list[Mention], start: int, end: int) -> list[Mention]:
    """`out` with one ORG mention over start..end, the mentions inside giving way; unchanged if one crosses an edge."""
    over = [m for m in out if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in over):
        return out
    text = doc.text[start:end]
    return [m for m in out if m not in over] + [
        Mention(start, end, text, text, "ORG", max((m.confidence for m in over), default=CLUB_CONFIDENCE),
                doc.sentence(start), source="pattern")]


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
        out = _take(doc, out, start, end)
    return sorted(out, key=lambda m: (m.start, m.end))


_NAMES = Path(__file__).resolve().parent / "lexicons" / "club_names.tsv"
#: Nouns of a club's team, players, coach or match, before the club's bare name (a clitic may precede).
SPORT_HEADS = frozenset(match_key(w) for w in (
    "فريق", "لاعب", "لاعبي", "لاعبو", "مدرب", "مدربي", "حارس", "مهاجم", "مدافع", "مباراة", "مباراتي", "جماهير",
))
#: Words after a club's name that make the phrase another body (فريق الهلال الأحمر).
NOT_CLUB_AFTER = frozenset(match_key(w) for w in ("الأحمر", "الدولي", "الدولية", "الأوروبي", "العربي", "الآسيوي"))
#: `الاتحاد` is also a federation: before a definite word (not إلى, folded الي) only these keep it the club.
UNION = match_key("الاتحاد")
UNION_AFTER = frozenset(match_key(w) for w in ("الأول", "الجديد", "السابق", "الكروي"))


@lru_cache(maxsize=1)
def club_names() -> dict[str, int]:
    """Club name key → how often the raw news writes it after نادي."""
    out: dict[str, int] = {}
    for line in _NAMES.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) == 2 and parts[1].isdigit():
            out[match_key(parts[0])] = int(parts[1])
    return out


def _sport_head(key: str) -> bool:
    return any((not p or len(r) >= 4) and r in SPORT_HEADS for p, r in clitic_splits(key, article=False))


def sport_club_mentions(doc: _Doc, ner: Sequence[Mention]) -> list[Mention]:
    """The mentions with each club name after a sports noun (فريق الهلال، لاعبي النصر والهلال) made an ORG mention
    of the name alone, unless a mention already covers a word of it."""
    toks = doc.toks
    names = club_names()
    out = list(ner)
    for i in range(len(toks) - 1):
        if not _sport_head(toks[i].key) or not doc.spaced(toks[i].end, toks[i + 1].start):
            continue
        j = i + 1
        while j < len(toks) and j - i <= 2:
            key = toks[j].key
            name = key[1:] if j > i + 1 else key  # the second club: و + name
            if (j > i + 1 and key[:1] != "و") or name not in names:
                break
            nxt = toks[j + 1] if j + 1 < len(toks) and doc.spaced(toks[j].end, toks[j + 1].start) else None
            if nxt is not None and (nxt.key in NOT_CLUB_AFTER or (
                    name == UNION and nxt.key.startswith("ال") and len(nxt.key) > 4 and nxt.key not in UNION_AFTER)):
                break
            start = toks[j].start + (1 if j > i + 1 else 0)
            end = toks[j].end
            if not any(m.start < end and start < m.end for m in out):
                text = doc.text[start:end]
                out.append(Mention(start, end, text, text, "ORG", CLUB_CONFIDENCE, doc.sentence(start),
                                   source="pattern"))
            if nxt is None:
                break
            j += 1
    return sorted(out, key=lambda m: (m.start, m.end))


LEAGUE = match_key("دوري")
#: Words after `دوري` that take the region's name after them (أبطال أوروبا، نجوم قطر).
LEAGUE_OF = frozenset(match_key(w) for w in ("أبطال", "نجوم"))


def league_mentions(doc: _Doc, ner: Sequence[Mention]) -> list[Mention]:
    """The mentions with each league named after a sponsor (a person's mention) or `أبطال`/`نجوم` + a one-word name
    made one ORG mention from `دوري` on."""
    toks = doc.toks
    out = list(ner)
    for i in range(len(toks) - 1):
        reading = next((p for p, r in clitic_splits(toks[i].key, article=False) if r == LEAGUE), None)
        if reading is None or not doc.spaced(toks[i].end, toks[i + 1].start):
            continue
        nxt = toks[i + 1]
        person = next((m for m in out if m.start == nxt.start and m.ner_type == "PER"), None)
        if person is not None:
            end = person.end
        elif nxt.key in LEAGUE_OF and i + 2 < len(toks) and doc.spaced(nxt.end, toks[i + 2].start) \
                and not toks[i + 2].key.startswith(("و", "ف")):
            end = toks[i + 2].end
        else:
            continue
        start = toks[i].start + len(reading)
        out = _take(doc, out, start, end)
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["CLUB", "SPORT_HEADS", "club_mentions", "club_names", "league_mentions", "sport_club_mentions"]
