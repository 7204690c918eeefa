"""Officials listed together are of one state, when the list states one: "حضر الاجتماع X مساعد وزير الدفاع،
والفريق Y رئيس هيئة الأركان العامة، والعميد Z الملحق العسكري السعودي"، "الرئيس الفلاني X ورئيس المجلس الفلاني Y".

News lists one side's officials in a row (a delegation, the attendance of a talk, the officials receiving a
guest, two officials making one statement) and gives the country once, in one member's title ("الملحق العسكري
السعودي") or through one member the knowledge base knows; the others go bare. `kg.extract.post_of` fills a bare
national title from the KB, the person's name or article-wide guesses (the article's one country, its dateline
…); where none applies, or the guess is the story's topic, the listed official was left without his country or
given another (`kg.extract.own_country` already reads a list forward, for a guessed country after a comma).
Raw corpus (both files): "TITLE NISBA NAME (،)وTITLE" 128 hits; of the first 40 read, 9 join a named official
whose title states his state to a named one whose title does not, 8 of them of that state (the other a minister
the KB already places). Raw samples of this round: 32 officials of 250 paragraphs left without `of`, most of them
a national paper's own ministers in a paragraph that names no country (no cue in the text); the lists are the
kind the text itself settles.

A list here is a run of officials in one sentence, each written as a title and a name (either order), joined by
"،" or "و" with only honorifics and ranks between them ("، والفريق أول ركن"); a title stacked on the next one
("نائب رئيس الوزراء وزير الخارجية X") is one member. Where the members whose country is sure (stated by their
title, or given by the KB of office holders or the person's KB country) are of exactly one state, each national
office in the list left without a country, or given only an article-wide guess, takes it. A member whose title
states another state ("نظيره الفلاني"), a side phrase ("فيما حضره من الجانب الفلاني"), a verb or any other word
between two officials ends the list. An envoy neither gives the list his state (he stands among his hosts
as a guest: raw news, a Saudi reception list closing on a foreign ambassador) nor takes it, nor does a counterpart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post
from kg.extract.former_posts import FORMER
from kg.extract.ministry_voices import fill as _fill
from kg.extract.own_country import is_guess
from kg.extract.text import DocView

#: How sure a listed official's country is: above the article-wide guesses (0.4-0.5), below a KB term.
LISTED = 0.55
#: Sources of `of` sure enough to give the list its state.
_SURE = frozenset({"text", "kb", "person"})
#: Heads of state and government the KB places but the title leaves bare: news writes a foreign one so too
#: ("التقى الرئيس X ووزير الثقافة Y"), so only his title's own country is the list's.
_HEADS = frozenset({"president", "vice-president", "king", "queen", "emir", "sultan", "prime-minister",
                    "supreme-leader"})
#: Words that may stand between two listed officials: the joining comma and "و", honorifics and ranks, and a
#: tenure word after a title ("ووزير الدفاع الأسبق المشير X").
_BETWEEN = vocab.HONORIFICS | vocab.RANK_TAILS | FORMER
_COMMAS = frozenset({"،", ","})
_AND = "و"
#: Words that open with "و" of their own: a title after them is not joined by "و" ("وزير"، "ولي العهد").
_OWN_WAW = vocab.keys(("وزير", "وزيرة", "وزراء", "وزيرا", "وزيري", "وكيل", "وكيلة", "والي", "ولي", "وصي"))
#: At most this many honorific or rank tokens before a listed official's name ("الفريق أول ركن").
_RANKS = 4


def fill(view: DocView, posts: list[Post], titled: frozenset[tuple[str, str | None, str]] = frozenset(),
         deictic: Mapping[tuple[str, str, str | None], str] | None = None,
         claims: Sequence[tuple[str, str | None]] = ()) -> list[Post]:
    """`kg.extract.ministry_voices.fill` (which runs `post_of.fill_of`), then each list's state given to its
    members left without one."""
    return listed_states(view, _fill(view, posts, titled, deictic, claims))


def listed_states(view: DocView, posts: list[Post]) -> list[Post]:
    """`posts` with the bare national offices of a list of one state's officials given that state."""
    members = _members(view, posts)
    out = list(posts)
    for run in _lists(view, members):
        states = {out[i].of.key: out[i].of for m in run for i in m[2] if _states(view, out[i])}
        if len(states) != 1:
            continue
        state = next(iter(states.values()))
        for m in run:
            for i in m[2]:
                p = out[i]
                if _takes(p) and (p.of is None or is_guess(p) and p.of.key != state.key):
                    out[i] = replace(p, of=state, of_source="article", of_confidence=LISTED,
                                     of_evidence=f"listed with officials whose titles or KB entries are of "
                                                 f"{state.entity.label} (kg.extract.official_lists)")
    return out


def _states(view: DocView, post: Post) -> bool:
    """The post's country is sure and is a state; not an envoy's, who is listed among his hosts as a guest
    ("وكان في استقباله … رئيس هيئة الأركان X، وسفير الدولة الفلانية لدى المملكة Y": X is not of the envoy's state)."""
    if post.of is None or post.of_source not in _SURE or post.role in vocab.POSTED_ROLES:
        return False
    if post.of_source != "text" and post.role in _HEADS:
        return False
    entry = view.kb_entry(post.of)
    return entry is not None and entry.kind == "Country"


def _takes(post: Post) -> bool:
    """A national office held at home, not a counterpart's: it may take the list's state."""
    if post.role not in vocab.NATIONAL_ROLES or post.role in vocab.POSTED_ROLES or not post.current:
        return False
    words = post.title_text.split()
    return not (words and any(f in vocab.COUNTERPART for f in (words[0], words[0][1:])))


#: A member of a list: its first and last token, the indexes of its posts, the person's key.
_Member = tuple[int, int, list[int], str]


def _members(view: DocView, posts: list[Post]) -> list[_Member]:
    """Each person's titles with his name next to them, as one token span, in text order."""
    spans: dict[str, list[int]] = {}
    for i, p in enumerate(posts):
        found = view.tokens_in(p.start, p.end)
        if found is None:
            continue
        first, last = _with_name(view, p, *found)
        key = p.person.key
        got = spans.get(key)
        if got is not None and view.tokens[got[0]].sentence == view.tokens[first].sentence \
                and (first <= got[1] + 1 and last >= got[0] - 1):
            got[0], got[1] = min(got[0], first), max(got[1], last)
            got[2].append(i)  # type: ignore[arg-type]
        elif got is None:
            spans[key] = [first, last, [i]]  # type: ignore[list-item]
    out = [(s[0], s[1], s[2], k) for k, s in spans.items()]
    return sorted(out)  # type: ignore[return-value]


def _with_name(view: DocView, post: Post, first: int, last: int) -> tuple[int, int]:
    """The title's tokens first..last widened to the holder's name right after it (past honorifics) or
    right before it."""
    toks = view.tokens
    j = last + 1
    while j < len(toks) and j - last <= _RANKS and toks[j].is_(_BETWEEN) and j not in view.mention_at:
        j += 1
    m = view.mention_at.get(j)
    if m is not None and view.ref(m).key == post.person.key:
        return first, view.mention_span[m][1]
    m = view.token_mention.get(first - 1)
    if m is not None and view.ref(m).key == post.person.key:
        k = view.mention_span[m][0]
        while k - 1 >= 0 and toks[k - 1].is_(_BETWEEN) and (k - 1) not in view.token_mention:
            k -= 1
        return k, last
    return first, last


def _lists(view: DocView, members: list[_Member]) -> list[list[_Member]]:
    """Runs of members joined by "،"/"و" and honorifics only, in one sentence."""
    runs: list[list[_Member]] = []
    for m in members:
        if runs and _joined(view, runs[-1][-1], m):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) > 1]


def _joined(view: DocView, a: _Member, b: _Member) -> bool:
    toks = view.tokens
    if b[0] <= a[1] or toks[a[1]].sentence != toks[b[0]].sentence:
        return False
    between = toks[a[1] + 1:b[0]]
    first = toks[b[0]]
    joined = (first.key.startswith(_AND) and first.key not in _OWN_WAW
              or any(t.key in _COMMAS or t.key == _AND for t in between))
    if not joined:
        return False
    return all(t.key in _COMMAS or t.key == _AND or t.is_(_BETWEEN) for t in between)


__all__ = ["LISTED", "fill", "listed_states"]
