"""A round-up of one actor's talks and calls: one record per listed counterpart.

Cabinet-session summaries and agency round-ups tell a week of an actor's diplomacy in one
clause: "اطلع المجلس على مباحثات خادم الحرمين الشريفين مع العاهل X، والرئيس Y، ورئيس وزراء Z،
وعلى فحوى الاتصالات الهاتفية التي تلقاها من A، وB"، "واستقبال خادم الحرمين الشريفين لرئيس وزراء
C، وD". Each listed counterpart met (or called) the actor on his own; the clause is no joint
meeting of all of them, nor a list of mourners however many it names. Each list follows a meeting
noun (مباحثات، محادثات، لقاءات، اتصالات، استقبال …) that no meeting verb of its own carries: the
noun is the object of "اطلع على"، "أطلع … على"، "استعرض" or stands in a list of such nouns.

A list is one counterpart right after the noun (after مع، من، ب or ل, a relative "التي تلقاها من"
allowed between), then more joined by "، و". Its kind is the noun's: a phone word (هاتفية) next to
it makes it calls. The actor is the clause's person outside the lists, else the one head of state
or official whose title stands before the lists ("خادم الحرمين الشريفين": the knowledge base's
holder when the article names him, else his state, as event data codes an actor by his state);
without either, each record is the counterpart alone, his state added after (the call is told, its
other side as the text leaves it).

Evidence (../shared/data/arabic-news-raw, both corpora, zcat | grep -cE): a talks or calls noun
(مباحثات، محادثات، لقاءات، الاتصالات الهاتفية …) then, within 60 characters, مع/من and a list with two
"، و" joins: 18 paragraphs; "اطلع المجلس" / "أطلع … المجلس على": 23, most of them Saudi cabinet
summaries of the king's talks, calls and receptions. A support verb's talks ("أجرى محادثات مع X وY")
stay one round (`kg.extract.meeting_split`); a round-up lists its counterparts with commas.

`lone_call` keeps a call whose actor is an honorific pronoun ("وتلقى سموه اتصالا هاتفيا من X"; the
honorific and a call noun: 2 raw paragraphs, "تلقى/أجرى + TITLE … اتصالا هاتفيا" far more often) when
the honorific cannot be resolved: the call and its counterpart are told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.honorific_refs import honorific_at
from kg.extract.officials import Officials
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

#: Words that open a list's first counterpart right after its noun.
_OPENERS = vocab.keys(("مع", "من", "ب", "ل"))
#: Words allowed between a noun and its list's opener: "الاتصالات الهاتفية التي تلقاها من".
_BETWEEN = vocab.keys(("التي", "الذي", "الهاتفية", "الهاتفي", "هاتفية", "هاتفي", "الهاتفيين", "الثنائية",
                       "الرسمية", "الرسمي"))
#: At most this many tokens from a noun to its list's first counterpart (a relative and its verb, a title).
_REACH = 7
_KINDS = ("talks", "call", "meeting", "reception")


def _lead(view: DocView, off: Officials, m: int) -> int:
    """The first token of a person's mention with its title ("والرئيس المصري X")."""
    a = view.mention_span[m][0]
    title = off.title_of_mention.get(m)
    return title.first if title is not None and title.first < a else a


def _opens_list(view: DocView, off: Officials, noun: int, lead: int) -> bool:
    """The counterpart at `lead` follows the noun as its list's first item: a connector (مع، من،
    or ب/ل written on the lead) with only a relative clause's words or the actor's title between
    ("مباحثات خادم الحرمين الشريفين مع X")."""
    if lead - noun > _REACH or lead <= noun:
        return False
    toks = view.tokens
    if toks[lead].text[:1] in ("ل", "ب") and not toks[lead].is_(_OPENERS):
        between = toks[noun + 1:lead]  # "لرئيس وزراء نيوزيلندا": the connector on the lead
    elif toks[lead - 1].is_(_OPENERS):
        between = toks[noun + 1:lead - 1]
    else:
        return False
    titled = {k for t in off.titles for k in range(t.first, t.last + 1)}
    return all(t.is_(_BETWEEN) or (t.key[:1] in "يت" and t.key.endswith(("ها", "ه")))  # تلقاها
               or t.index in view.token_mention or t.index in titled for t in between)


def _actor(view: DocView, off: Officials, first: int, before: int, listed: set[str],
           participants: list[Ref]) -> Ref | None:
    """The person named before the lists, else the holder (or state) of the one title there."""
    for p in participants:
        if p.entity.kind == "Person" and p.key not in listed and p.mention is not None and \
                view.mention_span[p.mention][0] < before:
            return p
    heads = [t for t in off.titles if first <= t.first < before and t.of is not None and not t.plural
             and t.role in vocab.NATIONAL_ROLES and id(t) not in {id(x) for x in off.title_of_mention.values()}]
    if len(heads) != 1:
        return None
    return off.holder(heads[0]) or heads[0].of


def listed_rounds(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                  participants: list[Ref]) -> list[tuple[list[Ref], str]] | None:
    """One (group, kind) per counterpart a round-up lists (see the module docstring); None when the
    clause is no such round-up."""
    nouns = sorted((tr for tr in triggers if tr.noun and tr.kind in _KINDS), key=lambda tr: tr.tok)
    if not nouns or any(not tr.noun for tr in triggers):
        return None
    persons = sorted(((_lead(view, off, p.mention), p) for p in participants  # two persons may share a lead
                      if p.entity.kind == "Person" and p.mention is not None), key=lambda lp: lp[0])  # ("وزيرا")
    lists: list[tuple[str, list[Ref]]] = []
    commas = 0
    for i, tr in enumerate(nouns):
        end = nouns[i + 1].tok if i + 1 < len(nouns) else last + 1
        mine = [(lead, p) for lead, p in persons if tr.tok < lead < end]
        if not mine or not _opens_list(view, off, tr.tok, mine[0][0]):
            continue
        items = [mine[0][1]]
        for lead, p in mine[1:]:
            if not view.tokens[lead].key.startswith("و"):
                break
            commas += view.tokens[lead - 1].text == "،" or view.tokens[lead - 1].text.endswith("،")
            items.append(p)
        phone = any(t.is_(vocab.PHONE) for t in view.tokens[tr.tok:tr.tok + 3])
        own = view.tokens[tr.tok].which(vocab.MEETING_NOUNS) or tr.kind  # not the clause's "call"
        lists.append(("call" if phone or own == "call" else own, items))
    counterparts = [p for _, items in lists for p in items]
    if len(counterparts) < 2 or not (commas or len(lists) >= 2):
        return None  # "محادثات مع X وY": one round of talks
    first_lead = min(lead for lead, p in persons if p.key in {c.key for c in counterparts})
    actor = _actor(view, off, first, first_lead, {c.key for c in counterparts}, participants)
    out = []
    for kind, items in lists:
        for p in items:
            out.append(([actor, p] if actor is not None and actor.key != p.key else [p], kind))
    return out


def lone_call(view: DocView, off: Officials, first: int, trigger: Trigger, participants: list[Ref]) -> bool:
    """A phone call whose one named side is its counterpart, the other an honorific or a title the
    article does not name ("وتلقى سموه اتصالا هاتفيا من الرئيس X"، "أجرى الرئيس اتصالا هاتفيا مع
    Y"): the call is told, one record with the counterpart (his state is added after), as a visit
    with one named side is the visitor and the host. The counterpart stands right after من/مع/ب
    following the call noun; the actor is an honorific pronoun or a title before the verb."""
    if trigger.kind != "call" or trigger.verb < first or len(participants) != 1:
        return False
    (p,) = participants
    if p.entity.kind != "Person" or p.mention is None:
        return False
    lead = _lead(view, off, p.mention)
    while lead - 1 > trigger.tok and view.tokens[lead - 1].is_(vocab.HONORIFICS):
        lead -= 1  # "من صاحب السمو الشيخ X"
    if not (trigger.tok < lead <= trigger.tok + 4) or not (
            view.tokens[lead - 1].is_(_OPENERS) or view.tokens[lead].text[:1] == "ب"):
        return False
    return any(honorific_at(view, k) is not None for k in range(first, trigger.verb + 2)) or any(
        first <= t.first < trigger.verb + 2 and t.role in vocab.NATIONAL_ROLES and not t.plural for t in off.titles)
