"""The host of a visit written as a deictic state word: "وصل رئيس الوزراء الباكستاني X إلى
المملكة"، "زيارة X إلى المملكة أمس"، "يزور X السلطنة".

The outlet's own country is often not named where a visit to it is told: a Saudi paper writes
"إلى المملكة", an Omani one "إلى السلطنة". The word is a state, not a place like a museum
or a town, so the visit is a visit between states even when the host cannot be told:

* the visitor's own state (his post's) must be known and not of that kind: a Pakistani prime
  minister's "المملكة" is not his own country; a Jordanian's might be, and a prince whose state
  the article leaves unsaid may be coming home;
* the host is the one country the article names whose knowledge-base name opens with that
  kind of state (مملكة، سلطنة، جمهورية), as `kg.extract.post_of` reads "وزير خارجية المملكة";
  without one the record is the visitor and his state: the visit is told, the host left as the
  text leaves it.

Evidence: "إلى المملكة" is in 270 paragraphs of ../shared/data/arabic-news-raw (zcat|grep),
47 with a visit or arrival word (زيارة، وصل، يصل، يزور، زار) before it in the sentence;
"إلى الجمهورية" 12 (5), "إلى السلطنة" 7.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.meeting_actors import with_represented
from kg.extract.news_kingdom import named_as
from kg.extract.officials import Officials
from kg.extract.text import DocView
from kg.link.normalize import match_key

#: Deictic state word → the first word of the KB names of such a state.
_DEICTIC = {match_key(w): match_key(w.removeprefix("ال")) for w in ("المملكة", "السلطنة", "الجمهورية")}
_TO = vocab.keys(("إلى", "الى"))


def deictic_destination(view: DocView, first: int, last: int, trig: int) -> str | None:
    """The deictic state word a visit goes to ("… إلى المملكة"، "يزور X المملكة"): after the
    trigger, right after "إلى" or right after a person's name; the KB name's opening word."""
    for k in range(max(first, trig + 1), last + 1):
        noun = next((_DEICTIC[f] for f in view.tokens[k].forms if f in _DEICTIC), None)
        if noun is None or view.tokens[k].text[:1] in ("ب", "ل"):
            continue
        prev = k - 1
        person_before = prev in view.token_mention and view.is_person(view.token_mention[prev])
        if view.tokens[prev].is_(_TO) or person_before:
            return noun
    return None


def _article_states(view: DocView) -> list[Ref]:
    found: dict[str, Ref] = {}
    for i in range(len(view.mentions)):
        if i in view.mention_span:
            country = view.country_of(view.ref(i))
            if country is not None and country.entity.kind == "Country":
                found.setdefault(country.key, country)
    return list(found.values())


def deictic_visit(view: DocView, off: Officials, first: int, last: int, kind: str,
                  participants: list[Ref]) -> list[Ref]:
    """The participants of a visit (or the reception of a visitor) of clause first..last; for a
    lone visitor to a deictic state, with his state and the host (the article's one state of
    that kind) added when they can be told (see the module docstring)."""
    noun = deictic_destination(view, first, last, first - 1) if kind in ("visit", "reception") and len(
        participants) < 2 else None
    return (_lone_visit(view, off, participants, noun) if noun is not None else []) or participants


def _lone_visit(view: DocView, off: Officials, participants: list[Ref], noun: str) -> list[Ref]:
    persons = [p for p in participants if p.entity.kind == "Person"]
    if len(persons) != 1:
        return []
    own = [r for r in with_represented(persons, off, view) if r.entity.kind == "Country"]
    if len(own) != 1 or named_as(view, own[0], noun):
        return []  # whose the visitor is must be told, and not a state that "المملكة" could be
    hosts = [c for c in _article_states(view) if named_as(view, c, noun)]
    added = [*participants, *(r for r in own if r.key not in {p.key for p in participants})]
    return added + hosts if len(hosts) == 1 else added


def lone_visitor(participants: list[Ref], host: Ref | None, off: Officials, view: DocView) -> bool:
    """The `host` state of a visit is still to be added: the visit has fewer than two parties, or
    one person and at most the states he represents ("زيارة ولي العهد الأمير X لمصر" read as X and
    his own state) and the host is not one of them (an official's trip at home adds nothing). In
    the raw news corpus "زيارة TITLE … NAME لـCOUNTRY" (the host written with ل right after the
    visitor) is in 22 paragraphs."""
    if host is None or host.key in {p.key for p in participants}:
        return False
    if len(participants) < 2:
        return True
    first = participants[0]
    if first.entity.kind != "Person" or any(p.entity.kind == "Person" for p in participants[1:]):
        return False
    own = {p.key for p in with_represented([first], off, view)[1:] if p.entity.kind == "Country"}
    if not own or host.key in own:
        return False  # his state unknown (he may be at home), or the trip is at home
    return all(p.entity.kind != "Country" or p.key in own for p in participants[1:])
