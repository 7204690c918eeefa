"""Two meetings in one clause: the main verb's, and the one a relative clause tells of its object.

"واستقبل الرئيس X الوزير Y الذي التقى في وقت سابق نظيره Z": X received Y, and Y met Z. The
clause holds two meeting verbs; read as one event its parties are picked around the last verb, and
the host of the first (X) is lost. The relative pronoun's antecedent (the person named right before
الذي/التي, a comma between or not) is the subject of the meeting verb that opens the relative clause.

The clause is read as two overlapping parts: from its start to the word before the relative pronoun
(the main verb's meeting, the antecedent its object), and from the antecedent (with its title) to
the clause's end (the relative clause's meeting, the antecedent its subject). Only a meeting,
reception, call or talks verb opens the relative clause: "استقبل X Y الذي يزور المنطقة حاليا" is one
visit told with its reception and stays whole.

Raw news corpus (both files, zcat | grep -cE): الذي/التي, a comma or not, and a meeting verb (التقى،
استقبل، اجتمع، بحث، أجرى اتصالا، تلقى اتصالا … and their feminine and imperfect forms) in 143 paragraphs; in
179 fresh ones drawn with it (and with visit verbs) kg already read the antecedent as the relative verb's
subject. A main meeting verb before "X الذي <meeting verb>" in the same sentence: 11 paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.officials import Officials
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

#: The relative pronouns whose antecedent is the subject of the verb right after them.
_WHO = vocab.keys(("الذي", "التي", "والذي", "والتي"))
#: Kinds a relative clause's own meeting may have (a visit stays with the clause's reception).
_KINDS = ("meeting", "reception", "call", "talks")


def _antecedent_start(view: DocView, off: Officials, rel: int, first: int) -> int | None:
    """The first token (its title included) of the person named right before the relative pronoun
    at `rel`, a comma between or not; None when no person stands there."""
    end = rel - 2 if rel - 1 > first and view.tokens[rel - 1].key in ("،", ",") else rel - 1
    m = view.token_mention.get(end)
    if m is None or view.mention_span[m][1] != end or not view.is_person(m):
        return None
    a = view.mention_span[m][0]
    title = off.title_of_mention.get(m)
    return title.first if title is not None and first <= title.first < a else a


def split_relative(view: DocView, off: Officials, clauses: Sequence[tuple[int, int]],
                   triggers_of: Callable[[int, int], list[Trigger]]) -> list[tuple[int, int]]:
    """The clauses, each with a main meeting verb and, after it, a relative clause opened by a
    meeting verb whose antecedent is a person, read as two overlapping parts (see the module)."""
    out: list[tuple[int, int]] = []
    for first, last in clauses:
        triggers = [tr for tr in triggers_of(first, last) if not tr.noun and tr.tense != "noun"]
        headed = [tr for tr in triggers if tr.tok > first and tr.kind in _KINDS and view.tokens[tr.tok - 1].is_(_WHO)]
        cut = None
        for tr in headed:
            rel = tr.tok - 1
            start = _antecedent_start(view, off, rel, first)
            if start is not None and any(o.tok < start and (o.tok == first or not view.tokens[o.tok - 1].is_(_WHO))
                                         for o in triggers):
                cut = (rel, start)
                break
        if cut is None:
            out.append((first, last))
            continue
        rel, start = cut
        end = rel - 2 if view.tokens[rel - 1].key in ("،", ",") else rel - 1
        out += [(first, end), (start, last)]
    return out
