"""An official's own country written next to him, over the article-wide guess of `kg.extract.post_of`.

`post_of` gives a title written without a country the article's one country, or the one state no
title claims (its steps 3b-7). On raw news that guess is the story's topic or venue as often as the
official's own state: a US treasury secretary heard on the Iran deal becomes Iran's, a defence
secretary "arriving in Iraq" Iraq's. A veto by any other country's nisba in the text removed as many
right guesses as wrong ones (round 17). What tells them apart is the official's OWN country written
next to him:

(a) a body of that country right before the title in the same sentence ("أعلنت وزارة الدفاع
    الأميركية أن وزير الدفاع X …"), or in the title chain before his name ("وزير التجارة رئيس هيئة
    الصادرات السعودية X"), or his own ministry with its nisba anywhere in the article ("وزارة
    الخزانة الأمريكية … وزير الخزانة X");
(b) a list of officials whose earlier title states the country: "وزير الخارجية الأميركي X، ووزير
    الخزانة Y" and "X وزير الخارجية الأميركي، وY وزير الخزانة": Y shares X's country.

Where the cues name one country the post takes it; where they name two, the guess is dropped.
The office-holder KB and the person's own KB country are read before the guess (`post_of` steps 1-2
and 8), so they need no second reading here.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post, Ref
from kg.extract.text import DocView
from kg.link.normalize import match_key

#: Evidence openings of `post_of`'s article-wide guesses (steps 3b-7): the article's one country or
#: kingdom, the paragraph's home country, its divisions' country, its web address's, the unclaimed state.
GUESSES = ("the one ", "the paragraph's home country", "the paragraph names divisions",
           "the paragraph gives a government web")
#: Confidence of a country read from a cue: a stated body or list is surer than the guess (0.4-0.5).
OWN_CUE = 0.6
#: Nouns of a state's body that a nisba qualifies ("وزارة الدفاع الأميركية", "الحكومة التركية",
#: "الجانب السعودي", "هيئة الصادرات السعودية").
_BODIES = frozenset(match_key(w) for w in (
    "وزارة", "الوزارة", "الحكومة", "حكومة", "الجانب", "الوفد", "وفد", "الإدارة", "السفارة", "سفارة",
    "هيئة", "الهيئة", "البعثة"))
_MINISTRY = frozenset(match_key(w) for w in ("وزارة", "الوزارة"))
_MINISTER = frozenset(match_key(w) for w in ("وزير", "وزيرة"))
#: Tokens looked at before the title for a body of his country, in the same sentence.
_BEFORE = 10
#: Tokens after the title (before his name) looked at for a body in the title chain.
_AFTER = 8
#: Longest gap (characters) between a listed official's title and the next title in the list.
_LIST_GAP = 45


def is_guess(post: Post) -> bool:
    """The post's country comes from an article-wide guess."""
    return post.of is not None and post.of_source == "article" and (post.of_evidence or "").startswith(GUESSES)


def own_countries(view: DocView, posts: list[Post]) -> list[Post]:
    """`posts` with each guessed country replaced by the one its own-country cues name (dropped
    where they name two). Posts are read in text order, so a list's third title follows the second."""
    order = sorted(range(len(posts)), key=lambda i: posts[i].start)
    out = list(posts)
    for n, i in enumerate(order):
        post = out[i]
        if not is_guess(post):
            continue
        cues = _body_cues(view, post)
        listed = _list_cue(view, post, [out[j] for j in order[:n]])
        if listed is not None:
            cues.setdefault(listed[0].key, listed)
        if not cues or post.of.key in cues and len(cues) == 1:
            continue
        if len(cues) > 1:
            out[i] = replace(post, of=None, of_source="text", of_confidence=None, of_evidence=None)
            continue
        ref, how = next(iter(cues.values()))
        out[i] = replace(post, of=ref, of_source="article", of_confidence=OWN_CUE,
                         of_evidence=f"{how}: {ref.entity.label}")
    return out


def _country_nisba(view: DocView, t: int) -> Ref | None:
    """The country a nisba at token t names (not an organization's: "الأممي")."""
    found = view.nisba(t)
    entry = view.kb_entry(found[0]) if found is not None else None
    return found[0] if entry is not None and entry.kind == "Country" else None


def _body_country(view: DocView, t: int) -> Ref | None:
    """The country of a state body at token t: a nisba qualifying a body noun within the 3 tokens
    before it ("وزارة الدفاع الأميركية"), or a KB body of a country that the linker found there."""
    found = _country_nisba(view, t)
    if found is not None:
        sent = view.tokens[t].sentence
        for k in range(max(0, t - 3), t):
            if view.tokens[k].sentence == sent and view.tokens[k].is_(_BODIES):
                return found
        return None
    m = view.token_mention.get(t)
    if m is None or view.mention_span.get(m, (-1, -1))[0] != t or not view.tokens[t].is_(_BODIES):
        return None
    return _org_country(view, m)


def _org_country(view: DocView, m: int) -> Ref | None:
    """The country a KB organization of mention m belongs to."""
    entry = view.kb_entry(view.ref(m))
    if entry is None or entry.kind != "Organization":
        return None
    country = view.kb.get(entry.country or entry.stands_for or "")
    return view.kb_ref(country) if country is not None and country.kind == "Country" else None


def _body_cues(view: DocView, post: Post) -> dict[str, tuple[Ref, str]]:
    """Countries of cue (a): keyed by country."""
    span = view.tokens_in(post.start, post.end)
    if span is None:
        return {}
    first, last = span
    sent = view.tokens[first].sentence
    cues: dict[str, tuple[Ref, str]] = {}
    for t in range(first - 1, max(-1, first - 1 - _BEFORE), -1):  # back to another person's name
        if view.tokens[t].sentence != sent or _names_person(view, t, but=post.person.key):
            break
        ref = _body_country(view, t)
        if ref is not None:
            cues.setdefault(ref.key, (ref, "a body of his country named right before the title"))
    for t in range(last + 1, min(len(view.tokens), last + 1 + _AFTER)):
        if view.tokens[t].sentence != sent or _names_person(view, t):
            break
        ref = _body_country(view, t)
        if ref is not None:
            cues.setdefault(ref.key, (ref, "a body of his country named in his title"))
    word = _portfolio_word(view, first, last)
    if word is not None:
        for t, tok in enumerate(view.tokens[:-2]):
            if not (tok.is_(_MINISTRY) and view.tokens[t + 1].key == word):
                continue
            m = view.token_mention.get(t)
            found = _country_nisba(view, t + 2) or (_org_country(view, m) if m is not None else None)
            if found is not None:
                cues.setdefault(found.key, (found, "the article names his ministry with its country"))
    return cues


def _names_person(view: DocView, t: int, but: str | None = None) -> bool:
    """Token t names a person (other than `but`, the official's own name before his title)."""
    m = view.token_mention.get(t)
    return m is not None and view.is_person(m) and view.ref(m).key != but


def _portfolio_word(view: DocView, first: int, last: int) -> str | None:
    """The word after "وزير" in a minister's title ("وزير الخزانة" → الخزانة)."""
    if first < last and view.tokens[first].is_(_MINISTER) and not view.tokens[first + 1].punct:
        return view.tokens[first + 1].key
    return None


def _list_cue(view: DocView, post: Post, before: list[Post]) -> tuple[Ref, str] | None:
    """Cue (b): the official listed right before, whose title states his country (or the office-holder
    KB gives it, or a cue)."""
    if not before or post.role not in vocab.NATIONAL_ROLES:
        return None
    prev = before[-1]
    entry = view.kb_entry(prev.of) if prev.of is not None else None
    if entry is None or entry.kind != "Country" or prev.role not in vocab.NATIONAL_ROLES:
        return None
    if not (prev.of_source in ("text", "kb") or prev.of_confidence == OWN_CUE):
        return None
    gap = view.text[prev.end:post.start]
    if len(gap) > _LIST_GAP or "." in gap or "\n" in gap:
        return None
    if "،" not in gap and "," not in gap:  # a list, not "استقبل وزير الخارجية الكندي X وزير التجارة Y"
        return None
    first = view.tokens_in(post.start, post.end)
    gap_toks = [t for t in view.tokens if prev.end <= t.start < post.start]
    if first is None or any(view.nisba(t.index) is not None for t in gap_toks):
        return None
    return prev.of, "the official listed before him is of"
