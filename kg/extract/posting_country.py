"""The country an envoy is posted to, which is never the country his post is of.

An ambassador's or a permanent representative's title is followed by his posting: "سفير المملكة لدى
المملكة المتحدة"، "سفير البلاد لدى الأردن"، "مندوب المملكة في لندن". When the title names its own country
by a deictic word ("المملكة"، "البلاد"), `kg.extract.post_of` takes the one country of the article that fits
the word -- and the posting is often that very country (the United Kingdom is a kingdom; the only country
a story about an ambassador in Amman names is Jordan). An envoy "لدى X" is X's guest, never X's envoy: the
posting's country is left out of the candidates, and an `of` that is still the posting's is dropped
(no country is better than the host's).

Raw corpus (saudinewsnet): "سفير|مندوب|قنصل المملكة لدى|في X" 20 lines, 3 of them posted to another
kingdom (المملكة المتحدة، الدنمارك، الأردن); a round-14..16 sample of 950 paragraphs had "سفير المملكة"
given the United Kingdom it was posted to.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post, Ref
from kg.extract.text import DocView
from kg.link.state_styles import STATE_NOUNS

#: Prepositions that open an envoy's posting ("لدى الأردن"، "في لندن").
_POSTING = vocab.keys(("لدى", "في", "فى"))
#: "الدائم" between the title and its posting ("مندوب المملكة الدائم لدى الأمم المتحدة").
_PERMANENT = vocab.keys(("الدائم", "الدائمة"))


def _title_last(view: DocView, post: Post) -> int | None:
    """The index of the last token of the post's title, if the post keeps its span."""
    for tok in view.tokens:
        if tok.end == post.end:
            return tok.index
    return None


def posting_country(view: DocView, post: Post) -> Ref | None:
    """The country of the posting right after an envoy's title ("لدى الأردن" → Jordan; "في لندن" → the
    United Kingdom), else None (not an envoy, no posting, or a posting to a body: "لدى الأمم المتحدة")."""
    if post.role not in vocab.POSTED_ROLES or not post.end:
        return None
    last = _title_last(view, post)
    if last is None:
        return None
    i = last + 1
    toks = view.tokens
    if i < len(toks) and toks[i].is_(_PERMANENT):
        i += 1
    if i + 1 >= len(toks) or not toks[i].is_(_POSTING):
        return None
    j = i + 1
    if toks[j].is_(STATE_NOUNS) and j not in view.mention_at:
        j += 1  # "لدى جمهورية مصر العربية" with the name alone tagged
    m = view.mention_at.get(j)
    if m is None or view.is_person(m):
        return None
    ref = view.ref(m)
    country = view.country_of(ref)
    if country is None and ref.entity.kind == "City":
        entry = view.kb_entry(ref)
        target = view.kb.get(entry.country) if entry is not None and entry.country else None
        country = view.kb_ref(target) if target is not None else None
    return country if country is not None and country.entity.kind == "Country" else None


def without_posting(view: DocView, post: Post, countries: list[Ref]) -> list[Ref]:
    """`countries` less the one the envoy `post` is posted to (all of them for any other post)."""
    posted_to = posting_country(view, post)
    return countries if posted_to is None else [c for c in countries if c.key != posted_to.key]


def not_the_host(view: DocView, post: Post) -> Post:
    """`post` without an `of` the article guessed that is the country the envoy is posted to."""
    if post.of is None or post.of_source == "text":
        return post
    posted_to = posting_country(view, post)
    if posted_to is None or posted_to.key != post.of.key:
        return post
    return replace(post, of=None, of_source="text", of_confidence=None, of_evidence=None)
