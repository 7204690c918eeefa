"""One actor and a list of counterparts: separate meetings, one per counterpart.

News tells a round of meetings in one clause: "يزور الرئيس سامي الحداد تونس يلتقي خلالها
الرئيس فلان الفلاني ورئيس الحكومة علي العلوي", "استقبل الأمير سامي الحداد كلا من فلان الفلاني
وعلي العلوي", "التقى سامي الحداد بكل من X وY". Each counterpart meets the actor on his own: one
record per counterpart, each with the actor (each side's state is added after, as for any
record). A joint meeting stays one record: a collective noun ("اجتماع ثلاثي"، "اجتماع مشترك"،
"قمة"), a gathering verb ("لقاء جمع X وY وZ"), "بمشاركة", or the parties as the coordinated
subject ("عقد X وY وZ اجتماعا"، "اجتمع X وY وZ": there the meeting word is a noun or the
second name follows و).

The boundary was drawn on the raw corpus (`scripts/mine_meeting_splits.py`, counts in
`scripts/data/meeting_splits.txt`): a meeting verb whose object is a list of named officials
(verb+object-list, 16 matches, 13 without "كل من"/"خلال") told separate meetings in 9 of 13
paragraphs (2 joint, 2 unclear), "VERB خلالها" after a
visit in every hand-judged one (10), "كلا من / بكل من" after a meeting verb in 3 of 4; the
collective nouns, "جمع/ضم" and "بمشاركة" after a meeting noun, and "عقد X وY اجتماعا" told one
joint meeting in all hand-judged ones (about 60).

A visit whose clause also tells the meetings of the visit ("زيارة … يلتقي خلالها …") keeps a
record of its own: the visitor and the host state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.meeting_actors import with_represented
from kg.extract.officials import Officials
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

#: Adjectives and phrases that make a meeting one joint event of all its parties.
_JOINT = vocab.keys(tuple(p + w + e for w in ("ثلاثي", "رباعي", "خماسي", "سداسي", "مشترك", "موسع", "جماعي")
                          for p in ("", "ال") for e in ("", "ا", "ة", "اً", "ًا")) + (
    "بمشاركة", "ضم", "ضمت", "يضم", "تضم", "جمع", "جمعت", "يجمع", "تجمع", "جمعهم", "جمعتهم"))
#: "كلا من X وY"، "بكل من X وY"، "مع كل من": the list that follows is the counterparts, one by one.
_EACH = vocab.keys(("كلا", "كل", "بكل"))
_DURING_IT = vocab.keys(("خلالها", "خلاله", "فيها", "أثناءها"))
#: Kinds told one by one: a meeting, a reception, a visit's meetings (a call is `split_calls`' job).
_KINDS = ("meeting", "reception", "visit")


def _lead(view: DocView, off: Officials, m: int) -> int:
    """The first token of a person's mention with its title ("ورئيس الحكومة علي العلوي")."""
    a = view.mention_span[m][0]
    title = off.title_of_mention.get(m)
    return title.first if title is not None and title.first < a else a


def _joint(view: DocView, first: int, last: int, triggers: list[Trigger]) -> bool:
    if any(tr.kind == "summit" for tr in triggers):
        return True
    return any(t not in view.token_mention and view.tokens[t].is_(_JOINT) for t in range(first, last + 1))


def _visit_told_with_meetings(view: DocView, triggers: list[Trigger], participants: list[Ref],
                              place: Ref | None) -> tuple[list[Ref], str] | None:
    """The visitor and the host state of a visit whose clause goes on to tell the meetings held
    during it ("وصل X إلى تونس في زيارة يلتقي خلالها Y"), and the kind of those meetings; None when
    the clause tells no such pair. Only "VERB خلالها" ties the meeting to the visit: "زار X تونس،
    حيث التقى Y" stays one record (split there, the dev figures lost precision, no gain)."""
    visits = [tr for tr in triggers if tr.kind == "visit"]
    if not visits or place is None or not participants or participants[0].entity.kind != "Person":
        return None
    later = [tr for tr in triggers if tr.kind in ("meeting", "reception", "talks") and not tr.noun
             and tr.tense != "noun" and tr.tok > visits[0].tok
             and tr.tok + 1 < len(view.tokens) and view.tokens[tr.tok + 1].is_(_DURING_IT)]
    actor = participants[0]
    if not later or (actor.mention is not None and view.mention_span[actor.mention][0] > later[0].tok):
        return None  # "استقبل Y الرئيس X الذي يزور تونس": the visitor is not the clause's actor
    host = view.country_of(place)
    if host is None or not any(p.entity.kind == "Person" and p.key != actor.key for p in participants):
        return None
    return [actor, host], later[0].kind


def distribute(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
               participants: list[Ref], place: Ref | None, kind: str) -> list[tuple[list[Ref], str]]:
    """The clause's participants as one group, or one group per counterpart (the actor first in
    each) when one actor meets a coordinated list of named persons one by one; a visit told with
    its meetings ("… يلتقي خلالها …") is a group of its own, the visitor and the host state. Each
    group comes with its kind: `kind` (the clause's), a visit's meetings the kind of their verb."""
    visit = _visit_told_with_meetings(view, triggers, participants, place)
    groups = _counterparts(view, off, first, last, triggers, participants) or [participants]
    if visit is None:
        return [(group, kind) for group in groups]
    (actor, host), own = visit
    return [([actor, host], "visit")] + [([p for p in group if p.key != host.key], own) for group in groups]


def _counterparts(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                  participants: list[Ref]) -> list[list[Ref]] | None:
    """One group per counterpart, the actor first in each, when one actor meets a coordinated
    list of named persons one by one; None when the clause tells one meeting."""
    verbs = [tr for tr in triggers if not tr.noun and tr.tense != "noun" and tr.kind in _KINDS]
    nouns = [] if verbs else [tr for tr in triggers if tr.noun and tr.kind in (*_KINDS, "talks")
                              and view.tokens[tr.tok].key.endswith("ات")]  # "أجرى مباحثات مع كل من X وY"
    if not (verbs or nouns) or not participants or _joint(view, first, last, triggers):
        return None
    during = [tr for tr in verbs if tr.tok + 1 <= last and view.tokens[tr.tok + 1].is_(_DURING_IT)]
    verb = (during or verbs or nouns)[0].tok
    actor = participants[0]
    persons = [(view.mention_span[p.mention][0], p) for p in participants[1:]
               if p.entity.kind == "Person" and p.mention is not None and p.key != actor.key]
    after = sorted((pos, p) for pos, p in persons if pos > verb)
    if actor.mention is not None and view.mention_span[actor.mention][0] > verb:
        after = [(pos, p) for pos, p in after if pos > view.mention_span[actor.mention][0]]
    if len(after) < 2 or len(after) != len(persons):
        return None
    leads = [_lead(view, off, p.mention) for _, p in after]
    each = any(view.tokens[t].is_(_EACH) for t in range(verb + 1, leads[0]))
    if actor.entity.kind != "Person" and not (each and actor.entity.kind == "Country"):
        return None  # an unnamed official stands for his state only before an explicit "كل من"
    if nouns and not each:
        return None  # "أجرى محادثات مع X وY": one round of talks
    if view.tokens[leads[0]].key.startswith("و") and not each:
        return None  # "اجتمع X وY وZ": the subjects together
    if not all(view.tokens[a].key.startswith("و") for a in leads[1:]):
        return None  # not one coordinated list
    return [[actor, p] for _, p in after]


def at_home(view: DocView, off: Officials, participants: list[Ref], place: Ref | None) -> bool:
    """An arrival ("وصل وزير الداخلية اليمني إلى عدن") in the state one of its persons
    represents: the official is at home, not visiting."""
    host = view.country_of(place) if place is not None else None
    persons = [p for p in participants if p.entity.kind == "Person"]
    return host is not None and host.key in {p.key for p in with_represented(persons, off, view)
                                             if p.entity.kind == "Country"}
