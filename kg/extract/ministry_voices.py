"""A ministry's spokesman is of the ministry's country, found as its minister's would be.

News writes a ministry's spokesman as it writes its minister: without the country when it is the
paper's own ("المتحدث الرسمي لوزارة الصحة الدكتور X" in a Saudi paper, "المتحدث باسم وزارة الخارجية X" in an
Egyptian one). The title names the ministry's field (`Post.portfolio`) but no state, and the spokesman is
in no knowledge base of office holders, so `kg.extract.post_of.fill_of`, which fills a minister's country
from the paragraph (its dateline, its one country, the paper's own officials …), left him without one.
Raw corpus (both files): "المتحدث/الناطق (الرسمي|الإعلامي) باسم/لـ وزارة …" ≈ 390 lines, most with no
country word after the ministry (e.g. "… لوزارة الحرس الوطني" 33, "… الخدمة المدنية" 11, "… الصحة" 4).

Where the paragraph names that field's ministry before the title with its state ("أدانت وزارة الخارجية
المصرية … وأكد المتحدث الرسمي باسم وزارة الخارجية X"), the spokesman is of that state: the paper's own country
(a Saudi paper's) is not his. Else `fill` runs `fill_of` with such a post standing in as the minister of that
field, so every source of a minister's country applies to it and no other (a counterpart's or a foreign
country's title keeps its own country: those already carry `of` and are not touched), then gives the post
its own role back, saying in its evidence that the country is the ministry's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post, Ref
from kg.extract.post_of import fill_of
from kg.extract.text import DocView
from kg.extract.title_institutions import institution_at
from kg.extract.titles import PORTFOLIOS, match_phrase

#: Roles that speak for a ministry: the title's portfolio is the ministry's field.
VOICES = frozenset({"spokesperson"})
#: How sure the state of the field's ministry named before the title is.
NAMED_MINISTRY = 0.6


def _voice(post: Post) -> bool:
    return post.of is None and post.role in VOICES and post.portfolio is not None


def fill(view: DocView, posts: list[Post], titled: frozenset[tuple[str, str | None, str]] = frozenset(),
         deictic: Mapping[tuple[str, str, str | None], str] | None = None,
         claims: Sequence[tuple[str, str | None]] = ()) -> list[Post]:
    """`fill_of(view, posts, titled, deictic, claims)`, a ministry's spokesman without a country
    taking the country its minister would take."""
    posts = [_of_named_ministry(view, p) or p if _voice(p) else p for p in posts]
    voices = {i: p for i, p in enumerate(posts) if _voice(p)}
    if not voices:
        return fill_of(view, posts, titled, deictic, claims)
    stand_in = [replace(p, role="minister") if i in voices else p for i, p in enumerate(posts)]
    deictic = dict(deictic or {})
    for p in voices.values():  # "المتحدث باسم وزارة خارجية المملكة": the word still bounds the country
        if (word := deictic.get((p.person.key, p.role, p.portfolio))) is not None:
            deictic[(p.person.key, "minister", p.portfolio)] = word
    filled = fill_of(view, stand_in, titled, deictic, claims)
    out = []
    for i, p in enumerate(filled):
        own = voices.get(i)
        if own is not None:
            p = own if p.of is None else replace(
                p, role=own.role, of_evidence=f"the country of the ministry the spokesman speaks for, as its "
                                              f"minister's: {p.of_evidence}")
        out.append(p)
    return out


def _of_named_ministry(view: DocView, post: Post) -> Post | None:
    """`post` of the one state whose ministry of the post's field the paragraph names before the title."""
    states: dict[str, Ref] = {}
    for k, tok in enumerate(view.tokens):
        if tok.start >= post.start:
            break
        body = tok.which(vocab.BODIES)
        if not body or body[0] != "ministry" or (field := match_phrase(view, k + 1, PORTFOLIOS)) is None \
                or field[0] != post.portfolio:
            continue
        found = institution_at(view, k) or view.nisba(k + 1 + field[1])
        if found is not None and found[0].entity.kind == "Country":
            states[found[0].key] = found[0]
    if len(states) != 1:
        return None
    state = next(iter(states.values()))
    return replace(post, of=state, of_source="article", of_confidence=NAMED_MINISTRY,
                   of_evidence=f"the paragraph names the ministry the spokesman speaks for before: "
                               f"{state.entity.label}'s")
