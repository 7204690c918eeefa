"""Who held the talks a relative clause reports with no subject of its own.

Arabic news often names a meeting by a definite noun and its relative support verb, the
verb's subject left in its inflection: "شدد فلان الفلاني على أن المباحثات التي أجراها مع
الرئيس X تؤكد …"، "وقال الوزير إن نتائج المباحثات التي أجراها مع نظيره Y تؤكد …". The
one who conducted the talks is the speaker of the reporting clause that governs the noun;
the noun's clause names only the partner. In the raw news corpus a meeting noun followed
by التي/الذي, a support verb with a pronoun subject (أجراها، عقدها، أجراه، عقده، يجريها،
سيجريها …) and مع/ب right after it occurs in 10 paragraphs (scripts/raw_corpus.lines(),
regex in the commit message), most under a reporting verb.

A verb followed by a name of its own ("المحادثات التي أجراها الرئيس X مع Y") has its
subject, and is left to the clause's own parties.

The same holds for a meeting noun whose possessive pronoun opens the reported content: "وأوضح
فلان الفلاني أن مباحثاته مع الرئيس X تناولت …"، "وقال إن لقاءه مع Y كان مثمرا"، "وأكد أن زيارته
إلى Z تأتي …": the owner of لقاءه is the speaker (`possessive_speaker`). In the raw news corpus
أن/إن/ان right before لقاءه، مباحثاته، محادثاته، اجتماعه، زيارته، اتصاله، لقاءاته (or their
feminine and dual forms) with مع/ب/إلى/ل after occurs in 30 paragraphs (zcat | grep -cE).
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.meeting_roles import PARTNER
from kg.extract.text import DocView

#: The relative pronouns between a meeting noun and its support verb.
_RELATIVE = vocab.keys(("الذي", "التي", "اللذين", "اللتين"))
#: A complementizer that opens the reported content under a reporting verb.
_THAT = vocab.keys(("أن", "إن", "ان", "بأن", "وأن"))


def _reporting(view: DocView, first: int) -> bool:
    tok = view.tokens[first]
    return tok.is_(vocab.SAY_VERBS) or tok.is_(vocab.CONTINUE_VERBS)


def relative_speaker(view: DocView, clauses: list[tuple[int, int]], i: int, noun: int, verb: int) -> \
        tuple[int, int] | None:
    """The token range of the speaker who conducted the talks of clause i, when its meeting
    noun (`noun`) is followed by a relative pronoun and a support verb (`verb`) that has no
    subject after it (مع/ب follows at once) and the clause is reported speech: the clause opens
    with a reporting verb (the speaker stands between it and the noun), or it opens with
    أن/إن after a clause that opens with one. None otherwise."""
    toks = view.tokens
    if noun < 0 or verb <= noun + 1 or verb + 1 >= len(toks):
        return None
    if not any(toks[j].is_(_RELATIVE) for j in range(noun + 1, verb)) or not toks[verb + 1].is_(PARTNER):
        return None
    first, _ = clauses[i]
    if _reporting(view, first) and noun > first + 1:
        return first + 1, noun - 1
    if i > 0 and any(toks[j].is_(_THAT) for j in range(first, min(noun, first + 2))):
        before_first, before_last = clauses[i - 1]
        if _reporting(view, before_first):
            return before_first + 1, before_last
    return None


def possessive_speaker(view: DocView, clauses: list[tuple[int, int]], i: int, noun: int) -> tuple[int, int] | None:
    """The token range of the speaker whose reported content opens with the possessive meeting
    noun at `noun` ("قال X إن لقاءه مع Y"، "وأوضح X أن مباحثاته مع Y"): the complementizer right
    before the noun, the reporting verb opening the noun's clause or the clause before. None
    otherwise."""
    toks = view.tokens
    if noun <= 0 or not toks[noun - 1].is_(_THAT) or noun - 1 in view.token_mention:
        return None
    first, _ = clauses[i]
    if _reporting(view, first) and noun - 1 > first + 1:
        return first + 1, noun - 2
    if first == noun - 1 and i > 0:
        before_first, before_last = clauses[i - 1]
        if _reporting(view, before_first):
            return before_first + 1, before_last
    return None
