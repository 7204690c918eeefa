"""Parties a meeting names by a list rather than as subject or object: the persons a
meeting noun lists with "بمشاركة", and a body whose members a plural title names.

"جاء ذلك خلال اجتماع اللجنة أمس بالقاهرة، بمشاركة وزير الخارجية الأردني X ووزير الخارجية
الفلسطيني Y إلى جانب Z رئيس الاجتماع".

A meeting told by its noun alone (no verb carries it: "خلال اجتماع …"، "في لقاء …") has no
subject or object; when a participation cue follows the noun, the persons it lists, joined
by و or "إلى جانب", are the ones who met. After a verb the same cue names attendees of one
side ("استقبل X Y بمشاركة Z", like "بحضور"), so verbs are left to `kg.extract.meeting_parties`.

Evidence: "بمشاركة" is in 1,052 paragraphs of ../shared/data/arabic-news-raw (both corpora,
zcat|grep); 27 of them have it at most ~60 characters after a meeting noun (اجتماع، لقاء،
قمة، محادثات، مباحثات), most with named officials ("اجتماع للجنة … بمشاركة الرئيس X").
Lists of unnamed people ("بمشاركة 16 كفيفا"، "بمشاركة مخرجين") name no person and add nothing.

"بحضور" lists attendees after a verb ("استقبل X Y بحضور Z"), but after a meeting or summit
noun that no meeting verb carries ("وشارك الرئيس X في القمة التي احتضنتها عمان بحضور العاهل
الأردني Y"، "عقدت القمة في الرياض بحضور أمير قطر X وملك البحرين Y"، "تواصل اجتماع اللجنة
الثلاثية، وذلك بحضور وزير الري المصري X، ووزير المياه السوداني Y") the persons it lists are who
met, when they are the event's sides: with the clause's own persons at least two persons of at
least two states (`attending_parties`); a local body's meeting "بحضور رئيس البلدية X ومدير Y"
(one state or none) stays attendance. Evidence: ../shared/data/arabic-news-raw has 1,544
paragraphs with بحضور, 25 with it at most ~80 characters after قمة/اجتماع and a head of state or
minister after it (zcat | grep -cE).

A plural title followed by a body ("وزراء خارجية دول مجلس التعاون"، "قادة دول الاتحاد
الأوروبي") names the members of that body as one side: "استقبل X وزراء خارجية دول مجلس
التعاون"، "مباحثات بين X ووزراء الخارجية في مجلس التعاون"، "الاجتماع المشترك بين وزراء خارجية
دول مجلس التعاون ووزير الخارجية Y". The body is that side; it is taken only where a side
stands: right after the trigger or بين/مع, or joined by و to a person. The person joined by و
after such a side (with his title: "ومعالي وزير خارجية … Y") is the other side. Evidence: the
plural heads before a body's name ("وزراء خارجية دول X"، "قادة دول Y") in
../shared/data/arabic-news-raw: وزراء 121, قادة 18, زعماء 3, سفراء 1; 51
paragraphs have one right after a meeting word, بين or مع.
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

_CUES = vocab.keys(("بمشاركة", "وبمشاركة"))
_ATTENDING = vocab.keys(("بحضور", "وبحضور"))
#: The cue at most this many tokens after the meeting noun (a body's name, a date and a place between).
_REACH = 14
#: "إلى جانب X": one more of the list.
_BESIDE = vocab.keys(("جانب",))
_COMMA = ("،", ",")
_PLURAL_HEADS = vocab.keys(("وزراء", "قادة", "زعماء", "رؤساء", "سفراء", "ممثلي", "ممثلو", "مندوبي"))
_SIDE_BEFORE = vocab.keys(("بين", "مع"))
#: A purpose phrase opens another event: "التقى X Y …؛ للمشاركة في الاجتماع مع وزراء …".
_PURPOSE = vocab.keys(("للمشاركة", "لحضور", "لحضورهم", "لحضوره", "للمشاركه"))
#: Forms of address before a plural title ("أصحاب السمو والمعالي وزراء …").
_ADDRESS = vocab.keys(("أصحاب", "السمو", "والمعالي", "المعالي", "السادة"))
#: The body's name at most this many tokens after the plural head ("وزراء خارجية دول مجلس …").
_BODY_REACH = 5
#: The person joined after the body at most this many tokens on.
_JOINED_REACH = 14


def listed_parties(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                   participants: list[Ref]) -> list[Ref]:
    """The persons a participation cue lists after a meeting noun of a clause with no meeting
    verb, those already among `participants` left out."""
    have = {p.key for p in participants}
    out = [ref for ref in _member_sides(view, off, first, last, triggers, participants) if ref.key not in have]
    if any(tr.tense != "noun" for tr in triggers):
        return out
    have |= {ref.key for ref in out}
    nouns = [tr.tok for tr in triggers if tr.noun]
    for t in range(first, last + 1):
        if t in view.token_mention or not view.tokens[t].is_(_CUES):
            continue
        if any(0 < t - n <= _REACH for n in nouns):
            return out + [ref for ref in _listed(view, off, t + 1, last) if ref.key not in have]
    return out


def attending_parties(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                      participants: list[Ref]) -> list[Ref]:
    """The persons "بحضور" lists after a meeting noun of a clause with no meeting verb, when with
    the clause's persons they are two or more persons of two or more states; else none. A clause
    whose meeting nouns are coordinated ("لقاء X بحضور Y في الدوحة والاجتماع القادم في موسكو")
    tells two events, and whose attendance the cue gives is not known."""
    have = {p.key for p in participants}
    persons = [p for p in participants if p.entity.kind == "Person"]
    if not triggers or any(not tr.noun for tr in triggers) or len(persons) >= 2 or any(
            view.tokens[tr.tok].text.startswith("و") for tr in triggers[1:]):
        return []
    nouns = [tr.tok for tr in triggers]
    for t in range(first, last + 1):
        if t in view.token_mention or not view.tokens[t].is_(_ATTENDING) or not any(0 < t - n <= _REACH for n in nouns):
            continue
        new = [ref for ref in _listed(view, off, t + 1, last) if ref.key not in have]
        sides = persons + new
        states = {r.key for r in with_represented(sides, off, view) if r.entity.kind == "Country"}
        return new if len(sides) >= 2 and len(states) >= 2 else []
    return []


def _member_sides(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                  participants: list[Ref]) -> list[Ref]:
    """Bodies a plural title names as a side of the meeting, and the person joined after one."""
    marks = {tr.tok for tr in triggers} | {tr.verb for tr in triggers if tr.verb >= 0}
    out: list[Ref] = []
    for t in range(first, last + 1):
        tok = view.tokens[t]
        if t in view.token_mention or not tok.is_(_PLURAL_HEADS):
            continue
        body, end = _body_after(view, t, last)
        if body is None or not _at_a_side(view, t, first, marks) or any(
                view.tokens[k].is_(_PURPOSE) for k in range(min(marks, default=t), t)):
            continue
        out.append(body)
        joined = _joined_person(view, off, end + 1, min(last, end + _JOINED_REACH))
        if joined is not None:
            out.append(joined)
    return out


def _body_after(view: DocView, t: int, last: int) -> tuple[Ref | None, int]:
    """The organization named within reach after the plural head at t, before any other name or
    punctuation; with its last token."""
    for k in range(t + 1, min(last, t + _BODY_REACH) + 1):
        m = view.mention_at.get(k)
        if m is not None:
            ref = view.ref(m)
            return (ref, view.mention_span[m][1]) if ref.entity.kind == "Organization" else (None, k)
        if view.tokens[k].punct or k in view.token_mention:
            break
    return None, t


def _at_a_side(view: DocView, t: int, first: int, marks: set[int]) -> bool:
    """The plural title at t stands where a side does: right after the trigger or بين/مع (forms
    of address between), or joined by و or ب right after a person's name."""
    j = t - 1
    while j >= first and j not in view.token_mention and view.tokens[j].is_(_ADDRESS):
        j -= 1
    if j < first:
        return False
    if j in marks or (j not in view.token_mention and view.tokens[j].is_(_SIDE_BEFORE)):
        return True
    joined = view.tokens[t].text[:1] in ("و", "ب")
    return joined and j in view.token_mention and view.is_person(view.token_mention[j])


def _title_start(view: DocView, off: Officials, m: int, lo: int) -> int:
    """The first token of mention m's title when it stands before the name, not before `lo`; else the name's."""
    start = view.mention_span[m][0]
    title = off.title_of_mention.get(m)
    return title.first if title is not None and lo <= title.first < start else start


def _address_start(view: DocView, k: int, lo: int) -> int:
    """Token k, moved back over the forms of address right before it ("معالي"), not before `lo`."""
    while k - 1 >= lo and view.tokens[k - 1].is_(vocab.HONORIFICS):
        k -= 1
    return k


def _joined_person(view: DocView, off: Officials, a: int, b: int) -> Ref | None:
    """The first person named in a..b, if his title (or his name, or a form of address before
    it) carries و: "… ومعالي وزير خارجية الولايات المتحدة Y"."""
    for m in view.mentions_in(a, b):
        if not view.is_person(m):
            continue
        lead = _address_start(view, _title_start(view, off, m, a), a)
        return view.ref(m) if view.tokens[lead].text.startswith("و") else None
    return None


def _listed(view: DocView, off: Officials, start: int, last: int) -> list[Ref]:
    """Persons from `start` on: the first, then each joined by و (on its title or name), a
    comma or "إلى جانب"; the list ends at the first person not joined so."""
    out: list[Ref] = []
    for m in view.mentions_in(start, last):
        if not view.is_person(m):
            continue
        lead = _title_start(view, off, m, start)
        prev = _address_start(view, lead, start) - 1
        joined = view.tokens[lead].key.startswith("و") or (prev >= start and (
            view.tokens[prev].is_(_BESIDE) or view.tokens[prev].key in _COMMA))
        if out and not joined:
            break
        if not out and (prev >= start or any(t in view.token_mention for t in range(start, lead))):
            break  # the list opens with something else ("بمشاركة أفراد الخلية … رفقة X"، a body): not persons
        ref = view.ref(m)
        if ref.key not in {r.key for r in out}:
            out.append(ref)
    return out
