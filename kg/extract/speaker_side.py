"""The side a speaker stands for: the state (or body) of whoever speaks at a token, from the person
mentions and titles before it. Meetings (`kg.extract.meeting_sides`) and treaties
(`kg.extract.treaty_parties`) read "بلادنا"، "اتفاقيتنا" as the speaker's country; the officials
stage (`kg.extract.officials`) gives the titles it reads.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView


def nearest_speaker(view: DocView, off: Officials, t: int, *, sentences: int,
                    party_of: Callable[[int], Ref | None], countries_only: bool = False) -> Ref | None:
    """The state (or body) of whoever speaks at token t: in t's sentence (before t), then in the
    `sentences - 1` before it, the last person mention that `party_of` maps to a party, or a later
    title with its `of` ("قال وزير الخارجية المصري"); `countries_only` keeps titles of countries."""
    sentence = view.tokens[t].sentence
    for s in range(sentence, sentence - sentences, -1):
        toks = view.sentence_tokens(s)
        if not toks:
            continue
        end = t - 1 if s == sentence else toks[-1].index
        best: tuple[int, Ref] | None = None
        for m in view.mentions_in(toks[0].index, end):
            if view.is_person(m) and (ref := party_of(m)) is not None:
                best = (view.mention_span[m][0], ref)
        for title in off.titles:
            if toks[0].index <= title.first <= end and title.of is not None and (best is None or title.first > best[0]):
                country = view.country_of(title.of) or title.of
                if not countries_only or country.entity.kind == "Country":
                    best = (title.first, country)
        if best is not None:
            return best[1]
    return None
