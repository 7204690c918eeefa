"""Visits told by a travel verb, and who travels when the clause leaves him unsaid.

Arabic news tells a visit not only by "زار" or "وصل إلى" but by the verb of setting out:
"توجه وزير الخارجية أمس إلى ماليزيا"، "قبل أن يسافر إلى إثيوبيا"، "سيتوجه بعد ذلك إلى
طهران". Such a verb with "إلى" and a state (or a city of one) is a visit of its subject to
that state, exactly as an arrival is (`kg.extract.meeting_sides.arrival_at`). A travel verb
followed by a ب-phrase is not travel: "توجه بالشكر إلى المملكة" thanks the kingdom,
"توجه برسالة إلى العالم" addresses the world.

Raw-corpus counts (../shared/data/arabic-news-raw, both corpora, the verb with an optional
و/ف, at most six words before إلى; in brackets those with a ب-word right after the verb):
توجه 197 (16), توجهت 104 (13), يتوجه 83 (7), سافر 53 (4), يسافر 36 (1), سيتوجه 35 (2),
تتوجه 32 (5), سافرت 21 (1), سيسافر 16 (4), ستتوجه 14 (0), تسافر 7 (1).

The subject of such a verb is often left unsaid in a temporal clause after the one that
named him: "وقال الوزير X في مؤتمر صحفي قبل أن يتوجه إلى إسطنبول للقاء Y" (X travels and
meets Y, although X is the speaker of the quotation that follows). `temporal_subject` gives
that subject; `travel_before` tells that a purpose noun ("للقاء") follows such an unsaid
traveller.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.meeting_clauses import purpose_noun
from kg.extract.meeting_host import deictic_destination
from kg.extract.meeting_roles import first_party_after
from kg.extract.meeting_sides import arrival_at, state_or_city_of_one
from kg.extract.officials import Officials
from kg.extract.text import DocView, Tok

_TRAVEL_PAST = vocab.keys(("توجه", "توجهت", "توجها", "سافر", "سافرت", "سافرا"))
_TRAVEL_PRESENT = vocab.keys(("يتوجه", "تتوجه", "يتوجهان", "يسافر", "تسافر", "يسافران"))
#: Travel verbs: with "إلى" and a state, a visit (see the module docstring for the counts).
TRAVEL = _TRAVEL_PAST | _TRAVEL_PRESENT
_ARRIVE_PAST = vocab.keys(("وصل", "وصلت", "وصلا"))
_ARRIVE = _ARRIVE_PAST | vocab.keys(("يصل", "تصل", "يصلان"))
_TO = vocab.keys(("إلى", "الى"))
#: "إلى" at most this many tokens after the verb (a name and a title may stand between).
_TRAVEL_REACH = 12
#: Temporal conjunctions whose "أن" clause keeps the subject of the clause before.
_TEMPORAL = vocab.keys(("قبل", "بعد", "قبيل", "عقب", "بعيد", "منذ"))
_THAT = vocab.keys(("أن",))


def travel_at(view: DocView, t: int, last: int) -> bool:
    """Token t is a travel verb whose first "إلى" (within reach) names a state or a city of
    one, with no ب-phrase ("بالشكر"، "برسالة") between the verb and "إلى"."""
    return _goes_to(view, t, last, TRAVEL)


def _goes_to(view: DocView, t: int, last: int, verbs: frozenset[str]) -> bool:
    """Token t is one of `verbs` and its first "إلى" names a state, a city of one, or a
    deictic state word ("إلى المملكة": `kg.extract.meeting_host`)."""
    if not view.tokens[t].is_(verbs) or t in view.token_mention:
        return False
    for k in range(t + 1, min(last, t + _TRAVEL_REACH) + 1):
        if k in view.token_mention:
            continue
        tok = view.tokens[k]
        if tok.text.startswith("ب") and len(tok.forms) > 1 and tok.key[1:] in tok.forms:
            return False  # "توجه بالشكر إلى …": addressing, not travel
        if tok.is_(_TO):
            if k + 1 <= last and deictic_destination(view, k, k + 1, k) is not None:
                return True
            m = view.mention_at.get(k + 1)
            if m is None:
                return False
            return state_or_city_of_one(view, view.ref(m))
    return False


def moves_to(view: DocView, t: int, last: int) -> bool:
    """Token t is an arrival ("وصل X إلى تونس") or a travel verb to a state: a visit by itself."""
    return arrival_at(view, t, last) or _goes_to(view, t, last, TRAVEL | _ARRIVE)


def no_traveller(view: DocView, triggers: list, participants: list[Ref]) -> bool:
    """A visit told only by a travel verb names no person who travels ("توجهت البعثة إلى
    النمسا"، "سافر آلاف المقاتلين إلى سوريا"): a team, a crowd, or a body travels, not a
    party of a meeting."""
    verbs = [tr for tr in triggers if not tr.noun]
    return bool(verbs) and all(view.tokens[tr.tok].is_(TRAVEL) for tr in verbs) and not any(
        p.entity.kind == "Person" for p in participants)


def motion_tense(tok: Tok) -> str:
    """"past" or "present" of an arrival or travel verb: the past forms that open with ت
    ("توجه"، "توجهت") are past, not an imperfect's prefix."""
    if tok.is_(_TRAVEL_PAST) or tok.is_(_ARRIVE_PAST):
        return "past"
    if tok.key[:1] in "يت" or tok.key[:2] in ("سي", "ست") or tok.future:
        return "present"
    return "past"


def temporal_subject(view: DocView, off: Officials, clauses: list[tuple[int, int]], i: int) -> Ref | None:
    """The person of the clause before when clause i is the "أن" of "قبل أن"/"بعد أن" (the
    complementizer starts a clause of its own): "وقال X … قبل أن يتوجه إلى …" — X travels,
    even though he also speaks."""
    if i == 0:
        return None
    first = clauses[i][0]
    prev_first, prev_last = clauses[i - 1]
    if not view.tokens[first].is_(_THAT) or prev_last != first - 1 or not view.tokens[prev_last].is_(_TEMPORAL):
        return None
    start = prev_first + 1 if view.tokens[prev_first].is_(vocab.SAY_VERBS) else prev_first
    found = first_party_after(view, off, start, prev_last)
    return found if found is not None and found.entity.kind == "Person" else None


def travel_before(view: DocView, first: int, noun: int) -> bool:
    """A purpose noun ("للقاء"، "لإجراء محادثات") after a travel or arrival verb whose subject
    the clause leaves unsaid (no person between the clause start and the verb): the traveller
    told before meets."""
    if not purpose_noun(view, noun):
        return False
    for t in range(first, noun):
        if view.tokens[t].is_(TRAVEL) or view.tokens[t].is_(_ARRIVE):
            return not any(view.is_person(m) for m in view.mentions_in(first, t))
    return False


#: The visitor of an arrival stands at most this many tokens after its verb (a title between).
_VISITOR_REACH = 10


def arrival_amid_list(view: DocView, first: int, last: int, participants: list[Ref],
                      place: Ref | None) -> list[Ref] | None:
    """The visitor and the host state of an arrival whose clause goes on to list those who received
    him ("وصل الملك X إلى الرباط، وكان في استقباله رئيس الحكومة Y، ووالي الرباط Z، …"): too many
    names for one meeting, but the visit is told whatever the list ("وكان في استقباله": 86 raw
    paragraphs). The visitor is the first person after the arrival verb; None when there is no such
    arrival, visitor or host."""
    host = view.country_of(place) if place is not None else None
    arrivals = [t for t in range(first, last + 1) if not view.tokens[t].future and moves_to(view, t, last)]
    if host is None or not arrivals:
        return None
    visitor = next((p for p in participants if p.entity.kind == "Person" and p.mention is not None
                    and 0 < view.mention_span[p.mention][0] - arrivals[0] <= _VISITOR_REACH), None)
    return [visitor, host] if visitor is not None else None
