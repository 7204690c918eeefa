"""Names coordinated after one title, each with its own qualifier: counterparts and ministers of two fields.

`kg.extract.officials` gives a title the one name after it, and a dual or plural title the names it can
spread over (`_distribute`). Two coordinated shapes were left with one post or none:

* counterparts, a second nisba and name after the first: "التقى وزير الخارجية الفلاني X نظيريه التركي Y
  والألماني Z" (Z is the counterpart in his own state, as Y is in his); raw corpus (both files): "نظير(ه|يه)
  NISBA one to four words وNISBA" 16 lines, 14 of them two foreign ministers named so;
* a dual or plural minister's title whose fields are shared out between the names: "وزيرا النقل X والصناعة Y"،
  "ووزيري الطاقة X والخزانة Y" (each holds the field written before his name, in the title's state, or the one
  `kg.extract.ministry_voices` fills); raw corpus (both files): "وزيرا|وزيري|الوزيرين FIELD one to four words
  وFIELD" 7 lines, all of them two ministers named each after his field. Before this module the title gave no
  post at all: its second name follows a field, not "و" (`officials` skips a dual title with one name).

Only a name right after the nisba or the field counts (honorifics and commas aside), and only a person the
article gives no other title there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from kg.extract import vocab
from kg.extract.facts import Post, Ref
from kg.extract.holders import AND, name_after
from kg.extract.text import DocView
from kg.extract.titles import PORTFOLIOS, Title, match_phrase, parse_title

#: How many names one title is shared out between ("وزراء الخارجية X والدفاع Y والداخلية Z").
MAX_NAMES = 4
#: At most this many tokens (honorifics, a comma) between a nisba or a field and the name after it.
_GAP = 2
_COMMAS = ("،", ",")
_MINISTER = "وزير"
#: The KB's posts a counterpart is named by (`kg.extract.vocab.KB_ROLES` the other way round, where one way only).
_BY_KB_ROLE = {"foreign_minister": ("minister", "foreign"), "defence_minister": ("minister", "defence")}


class _Found(Protocol):
    """What `kg.extract.officials.Officials` keeps that this module adds to."""

    posts: list[Post]
    titles: list[Title]
    title_of_mention: dict[int, Title]
    counterpart_of: dict[int, Ref]
    covered: set[int]


def coordinated(view: DocView, out: _Found, make: Callable[[DocView, Title, int], Post]) -> None:
    """Add the posts of names coordinated after a counterpart's or a dual minister's title (`make` builds a
    post of a title and a person mention, as `officials` does)."""
    for t, tok in enumerate(view.tokens):
        if tok.is_(vocab.COUNTERPART) and t not in out.covered:
            _counterpart_by_kb(view, out, make, t)
    for person, title in list(out.title_of_mention.items()):
        if view.tokens[title.first].is_(vocab.COUNTERPART):
            _more_counterparts(view, out, make, person, title)
    for t in range(len(view.tokens)):
        if t not in out.covered and _MINISTER in view.tokens[t].key:
            _fields_shared(view, out, make, t)


def _counterpart_by_kb(view: DocView, out: _Found, make: Callable[[DocView, Title, int], Post], t: int) -> None:
    """"نظيريه الروسي X" after an official the paragraph names by surname or not at all ("التقى الوزير
    الفلاني أمس نظيريه …" in a story that gave the post before): X's post is the one the KB of office holders
    gives him in the nisba's state, when it gives him exactly one of the posts counterparts are named by (a
    foreign or defence minister's) and no end to it."""
    toks = view.tokens
    q = view.nisba(t + 1) if t + 1 < len(toks) else None
    if q is None or q[0].entity.kind != "Country" or q[0].kb_id is None:
        return
    found = name_after(view, t + 1 + q[1])
    if found is None or found[1] > _GAP or found[0] in out.title_of_mention:
        return
    entry = view.kb_entry(view.ref(found[0]))
    held = {_BY_KB_ROLE[p.role] for p in (entry.posts if entry is not None and entry.kind == "Person" else ())
            if p.role in _BY_KB_ROLE and p.of == q[0].kb_id and p.end is None}
    if len(held) != 1:
        return
    role, portfolio = held.pop()
    last = t + q[1]
    title = Title(role, t, last, view.span_text(t, last), q[0], portfolio)
    _add(out, title, found[0], make(view, title, found[0]))


def _more_counterparts(view: DocView, out: _Found, make: Callable[[DocView, Title, int], Post],
                       person: int, title: Title) -> None:
    """"نظيريه الروسي X والأمريكي Y": Y is a counterpart too, in the state the second nisba names."""
    toks = view.tokens
    first = person
    for _ in range(MAX_NAMES - 1):
        j = _after_commas(view, view.mention_span[person][1] + 1)
        if j >= len(toks) or not toks[j].key.startswith(AND) or toks[j].key == AND:
            return
        q = view.nisba(j)
        if q is None or q[0].entity.kind != "Country":
            return
        found = name_after(view, j + q[1], title)
        if found is None or found[1] > _GAP or found[0] in out.title_of_mention:
            return
        other = replace(title, first=j, last=j + q[1] - 1, text=view.span_text(j, j + q[1] - 1), of=q[0],
                        plural=False)
        person = found[0]
        _add(out, other, person, make(view, other, person))
        if (antecedent := out.counterpart_of.get(first)) is not None:
            out.counterpart_of[person] = antecedent  # the official both are counterparts of


def _fields_shared(view: DocView, out: _Found, make: Callable[[DocView, Title, int], Post], t: int) -> None:
    """"وزيرا النقل X والصناعة Y" at t: X the transport minister, Y the industry minister."""
    toks = view.tokens
    title = parse_title(view, t)
    if title is None or not title.plural or title.role != "minister" or title.portfolio is None:
        return
    found = name_after(view, title.last + 1, title)
    if found is None or found[1] > _GAP or found[0] in out.title_of_mention:
        return
    shared: list[tuple[Title, int]] = [(replace(title, plural=False), found[0])]
    while len(shared) < MAX_NAMES:
        j = _after_commas(view, view.mention_span[shared[-1][1]][1] + 1)
        if j >= len(toks) or not toks[j].key.startswith(AND) or toks[j].key == AND or j in view.token_mention:
            break
        field = match_phrase(view, j, PORTFOLIOS)
        if field is None:
            break
        last = j + field[1] - 1
        more = name_after(view, last + 1, title)
        if more is None or more[1] > _GAP or more[0] in out.title_of_mention:
            break
        shared.append((replace(title, first=j, last=last, text=view.span_text(j, last), portfolio=field[0],
                               plural=False), more[0]))
    if len(shared) < 2:
        return  # one name: "وزيرا الخارجية X" is the accusative "X وزيرا …" or a pair the text names elsewhere
    for x, person in shared:
        _add(out, x, person, make(view, x, person))


def _add(out: _Found, title: Title, person: int, post: Post) -> None:
    out.titles.append(title)
    out.covered.update(range(title.first, title.last + 1))
    out.posts.append(post)
    out.title_of_mention[person] = title


def _after_commas(view: DocView, j: int) -> int:
    while j < len(view.tokens) and view.tokens[j].key in _COMMAS:
        j += 1
    return j
