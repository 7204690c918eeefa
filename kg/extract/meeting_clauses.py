"""One clause, several meetings: a coordinated meeting verb opens an event of its own.

News strings an official's meetings of a day into one sentence: "استقبل الرئيس X وزير
الخارجية Y، كما التقى رئيس الوزراء Z"، "التقى الوزير X بنظيره Y ثم اجتمع مع Z". Read as one
clause, the two meetings become one record of three; each coordinated verb that states a
meeting by itself (met, received, visited, called: not "بحث"، "ناقش"، which go on telling the
same meeting, "وبحث معه …") starts a clause of its own. Its subject is left unsaid, so the
meeting extractor gives it the actor of the clause before (the zero subject of
`kg.extract.meetings`), and the two meetings stay apart unless they share their parties.

`purpose_noun` tells a meeting noun of purpose ("وصل X إلى الدوحة للقاء Y"): its subject,
named before it, takes part beside the person met.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import vocab
from kg.extract.text import DocView
from kg.link.normalize import match_key

#: Kinds of meeting verb that state a new meeting when coordinated (not "talks": بحث، ناقش).
NEW_EVENT_KINDS = frozenset({"meeting", "reception", "visit", "call"})
#: Words that coordinate a verb with the clause before: "كما التقى"، "ثم اجتمع"، "و التقى".
_COORDINATORS = vocab.keys(("كما", "ثم", "و", "وكذلك", "كذلك"))
_CONJ_CLITICS = ("و", "ف")


def _coordinated_meeting_verb(view: DocView, t: int) -> bool:
    """Token t is a meeting verb joined to what precedes it by و/ف, كما or ثم."""
    tok = view.tokens[t]
    if t in view.token_mention:
        return False
    kind = tok.which(vocab.MEETING_VERBS_PAST) or tok.which(vocab.MEETING_VERBS_PRESENT)
    if kind not in NEW_EVENT_KINDS:
        return False
    if tok.key[:1] in _CONJ_CLITICS and tok.key not in vocab.MEETING_VERBS_PAST \
            and tok.key not in vocab.MEETING_VERBS_PRESENT:
        return True  # "والتقى"، "واستقبل": the clitic conjunction
    return t > 0 and view.tokens[t - 1].is_(_COORDINATORS)


def purpose_noun(view: DocView, t: int) -> bool:
    """Token t is a meeting noun with the purpose preposition ل ("وصل X إلى الدوحة للقاء Y"،
    "توجه X إلى القاهرة لإجراء محادثات"): whoever travels or acts in the clause meets."""
    tok = view.tokens[t]
    return tok.text.startswith("لل") or (tok.text[:1] == "ل" and match_key(tok.text[1:]) in tok.forms)


def split_coordinated(view: DocView, first: int, last: int,
                      has_trigger: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The clause first..last cut before each coordinated meeting verb whose part before
    holds a meeting trigger of its own (`has_trigger(first, last)`); the coordinator (كما، ثم)
    opens the new part."""
    out: list[tuple[int, int]] = []
    start = first
    for t in range(first + 2, last + 1):
        if not _coordinated_meeting_verb(view, t):
            continue
        cut = t - 1 if view.tokens[t - 1].is_(_COORDINATORS) else t
        if cut - 1 > start and has_trigger(start, cut - 1):
            out.append((start, cut - 1))
            start = cut
    out.append((start, last))
    return out
