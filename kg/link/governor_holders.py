"""A governor's place is no word of his name: `والي سوسة | فتحي بديرة`, when the NER ran the place into the person.

Tunisian news writes a governor or a delegate as والي/معتمد + the place + the holder's name (raw news `والي X`
257 times, kg.link.place_heads.GOVERNORS). Stanza's NER often tags the place and the given name as one person
(`سوسة فتحي`) and leaves the family name out. A person span that opens on a knowledge-base place right after such a
title loses the place; when one given name is left (a word of the given-name lexicons), the name word after it
(kg.link.definite_given_names.name_word: no common word, title, preposition, clause opener …) is its family name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.definite_given_names import name_word
from kg.link.governorates import GOVERNOR
from kg.link.normalize import clitic_splits, match_key
from kg.link.person_spans import GOVERNOR_TITLES, given_word
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc


#: The titles read here: والي and معتمد, and `محافظ` (a Saudi, Egyptian, Yemeni or Iraqi governor, whose
#: governorate `kg.link.governorates` takes: `محافظ شقراء | سامي الحداد`).
_TITLES = GOVERNOR_TITLES | {GOVERNOR}


def _governor(key: str) -> bool:
    """والي, معتمد or محافظ, a conjunction or preposition allowed (ووالي، لمحافظ)."""
    return any(r in _TITLES for p, r in clitic_splits(key, article=False) if not p or len(r) >= 4)


#: The gazetteer kinds a governor's place is of.
_PLACES = ("City", "Place", "Region")


def governor_holders(mentions: list[Mention], doc: _Doc, hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """`mentions` with each person span that opens on a governor's place (a gazetteer hit, `سيدي بوزيد` whole, or
    a word the article tags as a place elsewhere: `محافظ [بقيق] … محافظ بقيق سامي الحداد`) cut to the holder's name."""
    toks = doc.toks
    place_end = {h.start: h.end for h in hits if not h.is_nisba and h.kind in _PLACES}
    places = {match_key(m.label) for m in mentions if m.ner_type == "LOC"}
    place_end.update({t.start: t.end for t in toks if t.key in places and t.start not in place_end})
    out = list(mentions)
    for k, m in enumerate(out):
        idx = [i for i, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
        if m.ner_type != "PER" or len(idx) < 2 or idx[0] == 0 or toks[idx[0]].start not in place_end \
                or not _governor(toks[idx[0] - 1].key) or not doc.spaced(toks[idx[0] - 1].end, toks[idx[0]].start):
            continue
        rest = [i for i in idx if toks[i].start >= place_end[toks[idx[0]].start]]
        if not rest:
            continue
        last = idx[-1]
        nxt = last + 1
        if len(rest) == 1 and given_word(toks[last].key, toks[last].text) and nxt < len(toks) \
                and doc.spaced(toks[last].end, toks[nxt].start) and name_word(toks[nxt].key, toks[nxt].text) \
                and not any(o.start < toks[nxt].end and toks[nxt].start < o.end for o in out):
            last = nxt
        start, end = toks[rest[0]].start, toks[last].end
        out[k] = replace(m, start=start, end=end, text=doc.text[start:end], label=doc.text[start:end].strip())
    return out
