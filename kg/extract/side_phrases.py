"""The side a list of officials is introduced as: "حضر اللقاء من الجانب الأمريكي X، وY".

Reports of talks name each delegation after a side phrase, "(من|عن) الجانب" + the state's nisba, and write
the officials after it with bare titles ("فيما حضره من الجانب الأمريكي رئيس الأركان بمكتب وزير الدفاع X،
والقائمة بأعمال مساعد وزير الدفاع Y"، "قام بتوقيع البروتوكولات عن الجانب الإماراتي، الدكتور X، وزير
دولة"، "حضر المقابلة من الجانب العماني وكيل الوزارة X … ومن الجانب السوري نائب وزير الخارجية Y"). Raw
corpus (dev lines left out): 144 side phrases with a state's nisba, 46 followed right away by a title or an
honorific. The article-wide guesses of `kg.extract.post_of` ("the one country the article names") gave such
posts the host's country, or gave the host's officials listed before the phrase the guests' (read by hand on
80 raw paragraphs with a side phrase).

A phrase opens a side when a title, an honorific or a person comes right after it (commas and "كل من"
between); its scope runs to the next side phrase or the end of the sentence. The state is the nisba's
country (`DocView.nisba`); a nisba of no state ("الجانب الهلالي"، "الجانب الشرعي") opens none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract import vocab
from kg.extract.facts import Post, Ref
from kg.extract.text import DocView
from kg.extract.titles import parse_title
from kg.link.normalize import match_key

_SIDE = match_key("الجانب")
_INTRO = frozenset(match_key(w) for w in ("من", "عن", "ومن", "وعن"))
#: Words between the phrase and the first official: "من الجانب السعودي كل من X"، "…، معالي X".
_BETWEEN = frozenset({"،", ",", ":", *(match_key(w) for w in ("كل", "من"))})


@dataclass(frozen=True)
class Side:
    """Tokens first..last lie in the side of `state`; `phrase` is the token of "الجانب"."""

    phrase: int
    first: int
    last: int
    state: Ref


def sides(view: DocView) -> list[Side]:
    """Every side phrase of the article that opens a list of officials, in text order."""
    toks = view.tokens
    found: list[tuple[int, int, Ref]] = []  # (phrase token, first token after it, state)
    for t in range(1, len(toks) - 1):
        if toks[t].key != _SIDE or toks[t - 1].key not in _INTRO:
            continue
        nisba = view.nisba(t + 1)
        if nisba is None or nisba[0].entity.kind != "Country":
            continue
        after = t + 1 + nisba[1]
        if _opens_list(view, after, toks[t].sentence):
            found.append((t, after, nisba[0]))
    out = []
    for k, (t, after, state) in enumerate(found):
        last = after
        nxt = found[k + 1][0] - 1 if k + 1 < len(found) else len(toks) - 1
        while last + 1 <= nxt and toks[last + 1].sentence == toks[t].sentence:
            last += 1
        out.append(Side(t, after, last, state))
    return out


def _opens_list(view: DocView, j: int, sentence: int) -> bool:
    """A title, an honorific or a person right after the phrase (commas and "كل من" between)."""
    toks = view.tokens
    while j < len(toks) and toks[j].sentence == sentence and toks[j].key in _BETWEEN:
        j += 1
    if j >= len(toks) or toks[j].sentence != sentence:
        return False
    m = view.token_mention.get(j)
    return (toks[j].is_(vocab.HONORIFICS) or parse_title(view, j) is not None
            or (m is not None and view.is_person(m)))


def side_at(found: list[Side], t: int) -> Side | None:
    """The side whose scope holds token t, if any."""
    return next((s for s in found if s.first <= t <= s.last), None)


def side_after(found: list[Side], view: DocView, t: int) -> Side | None:
    """The first side phrase after token t in t's sentence, when t lies in no side: a list of the other
    party's officials ("حضر الاجتماع X وY، فيما حضره من الجانب الأمريكي …": X and Y are not American)."""
    if side_at(found, t) is not None:
        return None
    return next((s for s in found if s.phrase > t and view.tokens[s.phrase].sentence == view.tokens[t].sentence),
                None)


#: How sure a side phrase makes a post's country: the text says it, for the list it opens.
SIDE_CONFIDENCE = 0.85


def _title_token(view: DocView, post: Post) -> int | None:
    return next((tok.index for tok in view.tokens if tok.start == post.start), None)


def in_side(view: DocView, post: Post, found: list[Side]) -> Post:
    """`post` (a national office written without a country) of the state of the side its title lies in."""
    t = _title_token(view, post)
    side = side_at(found, t) if t is not None else None
    if side is None:
        return post
    return replace(post, of=side.state, of_source="article", of_confidence=SIDE_CONFIDENCE,
                   of_evidence=f"the title lies in the list of officials the side phrase "
                               f"\"{view.span_text(side.phrase - 1, side.first - 1)}\" opens "
                               f"(kg.extract.side_phrases)")


def not_the_other_side(view: DocView, post: Post, found: list[Side]) -> Post:
    """`post` without the country an article-wide guess gave it when that is the state of the side phrase
    that follows its title in the sentence: the officials listed before "فيما حضره من الجانب الأمريكي" are
    the other party's."""
    if post.of is None or post.of_source != "article" or not found:
        return post
    t = _title_token(view, post)
    side = side_after(found, view, t) if t is not None else None
    if side is None or side.state.key != post.of.key:
        return post
    return replace(post, of=None, of_source="text", of_confidence=None, of_evidence=None)
