"""A body's span that runs on over the place it sits in: `جمعية الإحسان الخيرية | بالأحساء`، `مستشفى الملك
خالد | بتبوك`، `وزارة التجارة | بالمنطقة الشرقية`.

Local news names a branch, a charity, a hospital or a college by its name and then says where it is with
ب + the town or region. The tagger mostly runs the organization's span over that place, so the article loses the
place (الأحساء is not among its entities) and the body gets a label no other article writes. The place is no word
of the name: read by hand, the raw news writes the body without it elsewhere (`وزارة التجارة`، `جمعية البر
الخيرية`), and the gold convention writes bodies and the places they sit in apart.

Only a body named in construct is cut: its first word is an institution or facility head without the article
(`وزارة`، `جمعية`، `مستشفى`, a clitic allowed), followed by at least one word of its own before the ب-word, and the
ب-word opens a place the knowledge base knows (a country, city or region; a gazetteer hit whose clitic is ب). A
definite head with an adjective (`المحكمة الابتدائية بتونس`، `المستشفى الجهوي بالقصرين`) is named by its place, so
it keeps it. The body's mention ends before the ب-word; the place, now free, is the gazetteer's mention.

A place the knowledge base does not know counts when the raw news writes it after several place heads often
(`headed_places.tsv`, `MIN_HEADED`): بالأحساء، بالقطيف.

Raw-news evidence (`../shared/data/arabic-news-raw/*.txt.gz`, dev lines left out): an indefinite head (وزارة، جمعية،
مستشفى، جامعة، كلية، شركة، هيئة، مركز، مكتب), one to three words and ب + a place of `headed_places.tsv` occur 1,136
times; 40 drawn at random, read by hand: 38 a body and the town it sits in (مستشفى الملك فهد بجدة، جمعية الثقافة
والفنون بالطائف، مركز الأمن الوطني بمنوبة), 2 a common word after the ب (بهذا), which `MIN_HEADED` leaves out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.facilities import facility_heads
from kg.link.heads import HEADS
from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key, name_offset
from kg.link.place_heads import headed_places
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Gazetteer kinds that are places a body sits in.
PLACE_KINDS = frozenset({"Country", "City", "Region", "Place"})
#: A word the knowledge base does not know is a place after ب only when the raw news writes it after place heads at
#: least this often: the table's rarer rows hold common words (`صغيرة` 32، `هذا` 8 after `منطقة`/`مدينة` …), its
#: towns above it (بيش 40، القطيف 144، الأحساء 279).
MIN_HEADED = 40


def _construct_head(word: str) -> bool:
    """The word is an institution or facility head without the article (a clitic allowed): وزارة، بجمعية، لمستشفى."""
    heads = HEADS | facility_heads().keys()
    return any((not prefix or len(rest) >= 3) and rest in heads
               for prefix, rest in clitic_splits(match_key(word), article=False))


def _headed_place(doc: _Doc, offset: int) -> Mention | None:
    """The place of a ب-word the raw news writes after several place heads (`headed_places.tsv`: بالأحساء),
    as a LOC mention without the ب."""
    i = doc.at_start.get(offset)
    if i is None:
        return None
    tok = doc.toks[i]
    for prefix, rest in clitic_splits(tok.key, article=False)[1:]:
        if prefix[:1] == "ب" and len(rest) >= 3 and headed_places().get(rest, 0) >= MIN_HEADED \
                and rest not in lexicons().common_words:
            start = tok.start + name_offset(tok.text, prefix)
            return Mention(start, tok.end, doc.text[start:tok.end], doc.text[start:tok.end], "LOC", 0.0,
                           doc.sentence(start), source="pattern")
    return None


def cut_body_places(mentions: Sequence[Mention], doc: _Doc, hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """Each ORG mention of a body named in construct, cut before a ب + known place inside it (module docstring)."""
    places = {h.start: h for h in hits if h.kind in PLACE_KINDS and not h.is_nisba and not h.homograph
              and h.prefix[:1] == "ب"}
    out = []
    for m in mentions:
        words = m.text.split(" ")
        if m.ner_type != "ORG" or len(words) < 3 or not _construct_head(words[0]):
            out.append(m)
            continue
        offset, cut, place = m.start + len(words[0]) + 1, None, None
        for n, word in enumerate(words[1:], 1):
            if n >= 2 and (offset in places or (place := _headed_place(doc, offset)) is not None):
                cut = offset
                break
            offset += len(word) + 1
        if cut is None:
            out.append(m)
            continue
        end = cut
        while end > m.start and doc.text[end - 1].isspace():
            end -= 1
        kept = len(m.text) - (m.end - end)
        label = m.label[: len(m.label) - (m.end - end)] if m.label.endswith(m.text[kept:]) else doc.text[m.start:end]
        out.append(replace(m, end=end, text=doc.text[m.start:end], label=label.strip()))
        if place is not None and place.end <= m.end:
            out.append(replace(place, confidence=m.confidence))
    return out


__all__ = ["cut_body_places"]
