"""The speaker's state as the other side of "الاتفاق مع X" that it speaks of.

News quotes an official about a treaty his own state holds with one named counterpart, without
naming his state again: "أوضح مسؤول في مكتب رئيس الوزراء X أن الاتفاق مع Y …
أقر"، "نفى رئيس الحكومة … ما تم تداوله بخصوص الاتفاق مع صندوق Z". The one party is the
مع-complement right after the treaty noun; the other is the state of the official who is the
subject of the nearest speech verb before the noun in its sentence.

A treaty only spoken of gets no side guessed from whoever speaks or acts nearby (a commenting
official is rarely a party: `Parties.complete`); this reading is narrower: the مع right after the
noun makes it someone's "agreement with X", and the speech verb's own subject says whose. One
spoken to ("ليؤكد لنظيره المصري أن الاتفاق مع …") or no official right after the verb gives nothing.

The Iran nuclear deal of the 2015 news ("الاتفاق مع إيران" said by an American or a Gulf
minister) is the one counterexample that recurs: its other side is the P5+1 group, not the
speaker's state. Raw news: 116 lines with "اتفاق/الاتفاق/اتفاقية … مع إيران/طهران", 55 of them say
نووي and the first eight of the others read are that deal too, so a treaty with Iran, or any "الاتفاق النووي
مع X", gets no side here.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView
from kg.extract.treaty_pair import own_states
from kg.extract.treaty_side_nisba import side_at
from kg.extract.treaty_words import ADVERBIAL

_WITH = vocab.keys(("مع",))
#: "الاتفاقية المبرمة مع X": the participle between the noun and its مع (raw news, noun + participle + مع:
#: المبرمة 16, المبرم 12, الموقعة 8, الممضاة 4, الموقع 3, الممضى 2).
_SIGNED = vocab.keys(("الموقع", "الموقعة", "المبرم", "المبرمة", "الممضاة", "الممضى"))
_IRAN = "country:IR"
_NUCLEAR = vocab.keys(("النووي", "نووي"))
#: How far after the speech verb its subject may start ("أوضح مسؤول في مكتب رئيس الوزراء التركي").
_SUBJECT_REACH = 6
#: An unnamed official as the speaker, his state a nisba after him ("مسؤول تركي"، "مصدر دبلوماسي مصري").
_OFFICIAL = vocab.keys(("مسؤول", "مسئول", "مصدر", "دبلوماسي"))


def with_named(view: DocView, trig_last: int, party: Ref) -> bool:
    """The treaty noun ending at trig_last is followed by "مع" (a signed participle allowed between)
    and the mention of `party`, or a side phrase naming it ("مع الجانب الأميركي")."""
    toks = view.tokens
    t = trig_last + 1
    while t < len(toks) and (toks[t].is_(ADVERBIAL) or toks[t].is_(_SIGNED)):
        t += 1
    if t >= len(toks) or not toks[t].is_(_WITH) or toks[t].key != "مع":
        return False
    m = view.mention_at.get(t + 1)
    if m is None and (side := side_at(view, t + 1, len(toks) - 1)) is not None:
        return side[0].key == party.key  # "الاتفاق مع الجانب الأميركي" (kg.extract.treaty_side_nisba)
    return m is not None and party.mention == m


def speaking_state(view: DocView, off: Officials, party_of: Callable[[int], Ref | None], trig_first: int,
                   party: Ref) -> Ref | None:
    """The state of the official who speaks the treaty noun's clause: the subject right after the
    nearest speech verb before the noun in its sentence ("أوضح مسؤول في مكتب رئيس الوزراء التركي أن
    …"، "نفى رئيس الحكومة X ما تم تداوله بخصوص الاتفاق مع …"), when it is a state other than `party`'s."""
    sentence = view.tokens[trig_first].sentence
    toks = view.sentence_tokens(sentence)
    if not toks or _nuclear_deal(view, party, trig_first):
        return None
    ref = None
    for verb in range(trig_first - 1, toks[0].index - 1, -1):
        tok = view.tokens[verb]
        if not tok.is_(vocab.SAY_VERBS) and not tok.is_(vocab.CONTINUE_VERBS):
            continue
        ref = _subject_state(view, off, party_of, verb + 1, min(verb + _SUBJECT_REACH, trig_first - 1))
        if ref is not None or not tok.is_(vocab.CONTINUE_VERBS):
            break  # "وأضاف مشيرا إلى أن …": a continuing verb has its speaker's verb before it
    if ref is None or ref.entity.kind != "Country" or ref.key == party.key or ref.key in own_states(view, party):
        return None  # a body's official (a club's president of "الاتفاق مع يوفنتوس") is left alone: often a transfer
    return ref


def _subject_state(view: DocView, off: Officials, party_of: Callable[[int], Ref | None], lo: int,
                   hi: int) -> Ref | None:
    """The state of the first person or title in tokens lo..hi, or of the nisba after an unnamed
    official there (a counterpart, "لنظيره المصري", is the one spoken to: nothing)."""
    titles = {title.first: title for title in off.titles}
    official = view.tokens[lo].is_(_OFFICIAL) if lo <= hi else False
    for t in range(lo, hi + 1):
        if official and (nis := view.nisba(t)) is not None:
            return nis[0]  # "أوضح مسؤول في مكتب رئيس الوزراء التركي"، "قال مصدر دبلوماسي مصري"
        if (title := titles.get(t)) is not None:
            if view.tokens[t].is_(vocab.COUNTERPART):
                return None
            if title.of is not None:
                return view.country_of(title.of) or title.of
        m = view.mention_at.get(t)
        if m is not None and view.is_person(m):
            return party_of(m)
    return None


def _nuclear_deal(view: DocView, party: Ref, trig_first: int) -> bool:
    """The treaty is the nuclear deal: its one party is Iran, or the noun is "الاتفاق النووي" (see the
    module docstring)."""
    entry = view.kb_entry(party)
    if entry is not None and entry.id == _IRAN:
        return True
    return any(tok.is_(_NUCLEAR) for tok in view.tokens[trig_first + 1:trig_first + 3])
