"""A ministry's spokesman is of the ministry's country, found as its minister's would be.

News writes a ministry's spokesman as it writes its minister: without the country when it is the
paper's own ("المتحدث الرسمي لوزارة الصحة الدكتور X" in a Saudi paper, "المتحدث باسم وزارة الخارجية X" in an
Egyptian one). The title names the ministry's field (`Post.portfolio`) but no state, and the spokesman is
in no knowledge base of office holders, so `kg.extract.post_of.fill_of`, which fills a minister's country
from the paragraph (its dateline, its one country, the paper's own officials …), left him without one.
Raw corpus (both files): "المتحدث/الناطق (الرسمي|الإعلامي) باسم/لـ وزارة …" ≈ 390 lines, most with no
country word after the ministry (e.g. "… لوزارة الحرس الوطني" 33, "… الخدمة المدنية" 11, "… الصحة" 4).

`fill` runs `fill_of` with such a post standing in as the minister of that field, so every source of a
minister's country applies to it and no other (a counterpart's or a foreign country's title keeps its own
country: those already carry `of` and are not touched), then gives the post its own role back, saying in
its evidence that the country is the ministry's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.extract.facts import Post
from kg.extract.post_of import fill_of
from kg.extract.text import DocView

#: Roles that speak for a ministry: the title's portfolio is the ministry's field.
VOICES = frozenset({"spokesperson"})


def _voice(post: Post) -> bool:
    return post.of is None and post.role in VOICES and post.portfolio is not None


def fill(view: DocView, posts: list[Post], titled: frozenset[tuple[str, str | None, str]] = frozenset(),
         deictic: Mapping[tuple[str, str, str | None], str] | None = None,
         claims: Sequence[tuple[str, str | None]] = ()) -> list[Post]:
    """`fill_of(view, posts, titled, deictic, claims)`, a ministry's spokesman without a country
    taking the country its minister would take."""
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
