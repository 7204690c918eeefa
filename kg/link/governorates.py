"""A governorate named by its governor's title: `محافظ الزلفي الأستاذ X`، `ومحافظ القريات المكلف X`، `لمحافظ
حفر الباطن`.

Saudi, Egyptian, Yemeni and Iraqi local news names a governor by `محافظ` in construct with his governorate, and
the governorate is mostly a town too small for the tagger to know: in a bank of earlier probe paragraphs, 15 of
22 governors of a town named with a person after were left with no post, 12 with the town untagged
(`kg.extract.titles` reads a governor's post only with his place a mention) and 3 with the town run into the
holder's name (`kg.link.governor_holders` cuts it off). `kg.link.town_heads` takes the name after `محافظة` (the
governorate's noun); the governor's title is the same evidence, as `والي` is for a Maghreb governor
(`kg.link.place_heads.GOVERNORS`). Raw news (both corpora, `zcat … | grep -oE "(^| )[وبلف]?محافظ [^ ]+"`): 1,023
uses; the word after is a place in all but about 270: a body (`محافظ المؤسسة` 60، `البنك` 53، `مؤسسة` 24، `بنك`،
`الهيئة`: heads of the body lexicon), a place noun (`محافظ محافظة الخرج` 47: `kg.link.town_heads` takes the name
after it), the capital's governor named by the common noun (`محافظ العاصمة` 13) and `محافظ` as the plural of
محفظة "portfolio" (`محافظ المساهمين`، `محافظ استثمارية`، `محافظ العملاء`), which `NOT_GOVERNED` and the town
name rules of `kg.link.town_heads` (no common word, title, body head, indefinite nisba …) leave out.

The mention is the name alone (الزلفي), one word or two as after `محافظة` (`حفر الباطن`، `خميس مشيط`); a word a
mention already covers is left to it, and so is a knowledge-base name that is no place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_splits, match_key
from kg.link.place_heads import is_place_head
from kg.link.town_heads import GOVERNORATE, TOWN_CONFIDENCE, name_last, town_name_word
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

GOVERNOR = match_key("محافظ")
#: Words after `محافظ` that name no governorate (raw news, both corpora): the capital's governor by the common
#: noun (`محافظ العاصمة` 13), and `محافظ` "portfolios" with their owners or kind (`محافظ المساهمين` 4،
#: `المستثمرين`، `العملاء`، `الأسهم`، `السندات`، `البنوك`) or a central bank's (`محافظ المركزي`، `الفيدرالي`، a
#: state's by its common noun: `محافظ المملكة` 2).
NOT_GOVERNED = frozenset(match_key(w) for w in (
    "العاصمة", "المساهمين", "المستثمرين", "العملاء", "الأسهم", "السندات", "البنوك", "المركزي", "الفيدرالي",
    "العملة", "المملكة", "الدولة", "البلاد",
))
_PLACE_KINDS = ("City", "Place", "Region", "Country")


def _governor(word: str) -> bool:
    """The word is the governor's indefinite title, a clitic allowed (محافظ، ومحافظ، لمحافظ، بمحافظ)."""
    return any(r == GOVERNOR and (not p or len(r) >= 4) for p, r in clitic_splits(match_key(word), article=False))


def _named(key: str, text: str, first: bool = True) -> bool:
    return (town_name_word(key, GOVERNORATE, first) and key not in NOT_GOVERNED and key.lstrip("«\"") == key
            and not is_place_head(text))


def governorate_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """`ner` plus a LOC mention for each governorate named after `محافظ` that no mention covers."""
    taken = [(m.start, m.end) for m in ner] + [(h.start, h.end) for h in names if h.kind not in _PLACE_KINDS]
    toks = doc.toks
    out = list(ner)
    for i in range(len(toks) - 1):
        first = toks[i + 1]
        if not _governor(toks[i].text) or not doc.spaced(toks[i].end, first.start) \
                or not _named(first.key, first.text):
            continue
        if any(s <= toks[i].start < e for s, e in taken):
            continue  # the title is inside a mention already (a body's or a person's name)
        last = name_last(doc, i, _named)
        if last is None or any(s < last.end and first.start < e for s, e in taken):
            continue
        text = doc.text[first.start:last.end]
        out.append(Mention(first.start, last.end, text, text, "LOC", TOWN_CONFIDENCE, doc.sentence(first.start),
                           source="pattern"))
        taken.append((first.start, last.end))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["GOVERNOR", "NOT_GOVERNED", "governorate_mentions"]
