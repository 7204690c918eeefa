"""The parties a meeting noun lists with "بمشاركة": "جاء ذلك خلال اجتماع اللجنة أمس بالقاهرة،
بمشاركة وزير الخارجية الأردني X ووزير الخارجية الفلسطيني Y إلى جانب Z رئيس الاجتماع".

A meeting told by its noun alone (no verb carries it: "خلال اجتماع …"، "في لقاء …") has no
subject or object; when a participation cue follows the noun, the persons it lists, joined
by و or "إلى جانب", are the ones who met. After a verb the same cue names attendees of one
side ("استقبل X Y بمشاركة Z", like "بحضور"), so verbs are left to `kg.extract.meeting_parties`.

Evidence: "بمشاركة" is in 1,052 paragraphs of ../shared/data/arabic-news-raw (both corpora,
zcat|grep); 27 of them have it at most ~60 characters after a meeting noun (اجتماع، لقاء،
قمة، محادثات، مباحثات), most with named officials ("اجتماع للجنة … بمشاركة الرئيس X").
Lists of unnamed people ("بمشاركة 16 كفيفا"، "بمشاركة مخرجين") name no person and add nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

_CUES = vocab.keys(("بمشاركة", "وبمشاركة"))
#: The cue at most this many tokens after the meeting noun (a body's name, a date and a place between).
_REACH = 14
#: "إلى جانب X": one more of the list.
_BESIDE = vocab.keys(("جانب",))
_COMMA = ("،", ",")


def listed_parties(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                   participants: list[Ref]) -> list[Ref]:
    """The persons a participation cue lists after a meeting noun of a clause with no meeting
    verb, those already among `participants` left out."""
    if any(tr.tense != "noun" for tr in triggers):
        return []
    nouns = [tr.tok for tr in triggers if tr.noun]
    for t in range(first, last + 1):
        if t in view.token_mention or not view.tokens[t].is_(_CUES):
            continue
        if any(0 < t - n <= _REACH for n in nouns):
            have = {p.key for p in participants}
            return [ref for ref in _listed(view, off, t + 1, last) if ref.key not in have]
    return []


def _listed(view: DocView, off: Officials, start: int, last: int) -> list[Ref]:
    """Persons from `start` on: the first, then each joined by و (on its title or name), a
    comma or "إلى جانب"; the list ends at the first person not joined so."""
    out: list[Ref] = []
    for m in view.mentions_in(start, last):
        if not view.is_person(m):
            continue
        a = view.mention_span[m][0]
        title = off.title_of_mention.get(m)
        lead = title.first if title is not None and start <= title.first < a else a
        prev = lead - 1
        while prev >= start and view.tokens[prev].is_(vocab.HONORIFICS):
            prev -= 1
        joined = view.tokens[lead].key.startswith("و") or (prev >= start and (
            view.tokens[prev].is_(_BESIDE) or view.tokens[prev].key in _COMMA))
        if out and not joined:
            break
        if not out and any(t in view.token_mention for t in range(start, lead)):
            break  # another name (a body, a place) opens the list: not a list of persons
        ref = view.ref(m)
        if ref.key not in {r.key for r in out}:
            out.append(ref)
    return out
