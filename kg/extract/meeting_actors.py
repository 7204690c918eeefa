"""Who a meeting's participants stand for, and how many events a clause tells.

Event data codes an actor as state (or body) + role, as CAMEO does: a meeting of the Saudi
crown prince and the Jordanian king is also one of Saudi Arabia and Jordan, a talk with the
OPEC secretary-general also one with OPEC. `with_represented` adds, for each official among
the participants, the country of his post (stated in the article, else the knowledge base's
office holders at the article's date) and the international body of his post.

`split_calls` keeps a phone call bilateral: "تلقى X اتصالين هاتفيين من A … وB …" is two
calls, X–A and X–B, not one call of three.
"""

from __future__ import annotations

from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView


def kb_states(view: DocView, person: Ref) -> dict[str, Ref]:
    """The countries whose office the knowledge base says the person held when the article
    was published (every country post, when the article or the post has no date)."""
    entry = view.kb_entry(person)
    if entry is None:
        return {}
    day = view.doc.published.isoformat() if view.doc.published is not None else None
    out: dict[str, Ref] = {}
    for post in entry.posts:
        if not post.of.startswith("country:"):
            continue
        if day is not None and ((post.start and post.start > day) or (post.end and post.end < day[:len(post.end)])):
            continue
        country = view.kb.get(post.of)
        if country is not None:
            ref = view.kb_ref(country)
            out[ref.key] = ref
    return out


def _international_body(view: DocView, ref: Ref) -> bool:
    """An organization of the knowledge base that stands for no one state (the UN, OPEC, the
    GCC, the AU): a post there makes its holder that body's representative. A state's own
    institution (its cabinet, a ministry) is not added: the state already is."""
    return ref.entity.kind == "Organization" and view.kb_entry(ref) is not None and view.country_of(ref) is None


def with_represented(participants: list[Ref], off: Officials, view: DocView) -> list[Ref]:
    """The participants, then the state each official among them represents (his post's
    country, stated in the article, or failing that the knowledge base's office holders) and
    the international body of his post. A post whose country is only the article's one
    country (a guess) adds nothing."""
    out = list(participants)
    seen = {p.key for p in out}

    def add(ref: Ref) -> None:
        if ref.key not in seen:
            seen.add(ref.key)
            out.append(ref)

    for p in participants:
        if p.entity.kind != "Person":
            continue
        mine = [post for post in off.posts if post.person.key == p.key and post.of is not None]
        states = {post.of.key: post.of for post in mine
                  if post.of.entity.kind == "Country" and post.of_source != "article"}
        if not states:
            states = kb_states(view, p)
        if len(states) == 1:
            add(next(iter(states.values())))
        bodies = {post.of.key: post.of for post in mine if _international_body(view, post.of)}
        if len(bodies) == 1:
            add(next(iter(bodies.values())))
    return out


def split_calls(participants: list[Ref], kind: str) -> list[list[Ref]]:
    """A phone call is between two sides: with one party and several persons after it ("تلقى
    الملك X اتصالين هاتفيين من الملك A ، والملك B"), one call per other person, each with the
    first party. Any other event, or a call of two persons, stays one."""
    persons = [p for p in participants if p.entity.kind == "Person"]
    if kind != "call" or len(persons) < 3:
        return [participants]
    first, others = persons[0], persons[1:]
    return [[first, other] for other in others]  # each side's state is added after
