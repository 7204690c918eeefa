"""A second event told in the clause of a first one by a noun that names its own agent.

News ties one event to another in the same clause: "وتأتي زيارة سامي الحداد إلى موسكو في إطار
التحضيرات لزيارة الملك فلان إلى روسيا"، "يقوم X بزيارة لموسكو يجري خلالها مباحثات مع Y … في ضوء قرب
زيارة وفد Z إلى موسكو"، "وشدد X خلال مؤتمر صحفي مشترك عقده مع Y … في ختام مباحثات الرئيس W وولي العهد
V". Read as one clause, the parties of both events make one record (X with Z, X and Y with W and V).
A visit or talks noun whose genitive is a person, an official's title or a delegation names the agent
of an event of its own: where the clause before it already tells an event and one of its parties, the
noun opens a new part (`kg.extract.meetings` reads each part as a clause), so each event keeps its own
sides. Only visits and talks: their genitive is who visits or talks, while "لقاء الملك" after a
subject is the one met ("زيارة X للأردن ولقاء الملك"), and a noun with و goes on with the same
actor ("زيارة X وزيارة Y" is `kg.extract.meeting_clauses.split_coordinated`'s case after a comma).

Raw corpus (zcat | grep -cE, both files): an indefinite visit or talks noun, bare or with ل/ب, right
before a title word (الرئيس، وزير، الأمير، الملك، ولي، وفد، رئيس، العاهل، أمير، نائب، سفير، الشيخ …, after
honorifics): 336 paragraphs. On about 900 raw meeting paragraphs (the working samples of rounds 14
and 15) the cut changed 8 records: 7 with their sides put right (a delegation's coming visit taken out of a
minister's talks, a planned royal visit out of a minister's, a welcoming spokesman out of a visit), 1 its
kind only; on a fresh sample of 122 it changed 7, all right (three records that joined two kings' visits
decades apart gone, two visits told beside a first one now records of their own). A
definite noun has no genitive ("ونسق الزيارة الشيخ X": X is the subject), so it never opens a part.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.officials import Officials
from kg.extract.text import DocView

_OWNED_KINDS = ("visit", "talks")
#: Words before the noun that make it the setting of the event told, not an event of its own.
_SETTING = vocab.keys(("هامش", "بمناسبة", "مناسبة", "خلال", "أثناء", "إطار"))


def _agent_at(view: DocView, off: Officials, k: int) -> bool:
    """A person's name, an official's title or a delegation starts at token k (honorifics skipped)."""
    while k < len(view.tokens) and k not in view.token_mention and view.tokens[k].is_(vocab.HONORIFICS):
        k += 1
    if k >= len(view.tokens):
        return False
    m = view.mention_at.get(k)
    return (m is not None and view.is_person(m)) or any(x.first == k for x in off.titles) or view.tokens[k].is_(
        vocab.DELEGATION)


def _owned_noun(view: DocView, off: Officials, t: int) -> bool:
    tok = view.tokens[t]
    if t in view.token_mention or tok.key.startswith("و") or not tok.is_(vocab.MEETING_NOUN_BASES):
        return False  # a possessive noun ("زيارته") goes on with its possessor, told before
    if any(f.startswith("ال") for f in tok.forms):
        return False  # a definite noun has no genitive: "ونسق الزيارة الشيخ X" (X is the subject)
    if tok.which(vocab.MEETING_NOUNS) not in _OWNED_KINDS or view.tokens[t - 1].is_(_SETTING):
        return False
    return _agent_at(view, off, t + 1)


def _told_event(view: DocView, off: Officials, a: int, b: int) -> bool:
    """Tokens a..b tell an event (a meeting word) and name a party of it (a person or a title)."""
    toks = view.tokens[a:b + 1]
    event = any(t.index not in view.token_mention and (
        t.which(vocab.MEETING_NOUNS) or t.which(vocab.MEETING_VERBS_PAST) or t.which(vocab.MEETING_VERBS_PRESENT))
        for t in toks)
    party = any(view.is_person(m) for m in view.mentions_in(a, b)) or any(a <= x.first <= b for x in off.titles)
    return event and party


def split_owned(view: DocView, off: Officials, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`parts` (a sentence's clauses), each cut before a visit or talks noun that names its own agent
    after an event told with a party of its own (see the module docstring)."""
    out: list[tuple[int, int]] = []
    for first, last in parts:
        start = first
        for t in range(first + 2, last):
            if _owned_noun(view, off, t) and _told_event(view, off, start, t - 1):
                out.append((start, t - 1))
                start = t
        out.append((start, last))
    return out
