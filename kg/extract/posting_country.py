"""The country an envoy is posted to, which is never the country his post is of.

An ambassador's or a permanent representative's title is followed by his posting: "سفير المملكة لدى
المملكة الفلانية"، "سفير البلاد لدى الدولة الفلانية"، "مندوب المملكة في العاصمة الفلانية". When the title names
its own country by a deictic word ("المملكة"، "البلاد"), `kg.extract.post_of` takes the one country of the
article that fits the word -- and the posting is often that very country (a kingdom he is posted to; the only
country a story about an ambassador in its capital names). An envoy "لدى X" is X's guest, never X's envoy: the
posting's country is left out of the candidates, and an `of` that is still the posting's is dropped
(no country is better than the host's).

Raw corpus (saudinewsnet): "سفير|مندوب|قنصل المملكة لدى|في X" 20 lines, 3 of them posted to another
kingdom; a round-14..16 sample of 950 paragraphs had "سفير المملكة" given the kingdom it was posted to.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post, Ref
from kg.extract.text import DocView
from kg.link.state_styles import STATE_NOUNS

#: Prepositions that open an envoy's posting ("لدى الدولة الفلانية"، "في العاصمة الفلانية").
_POSTING = vocab.keys(("لدى", "في", "فى"))
#: "الدائم" between the title and its posting ("مندوب البلاد الدائم لدى المنظمة").
_PERMANENT = vocab.keys(("الدائم", "الدائمة"))


def posting_country(view: DocView, post: Post) -> Ref | None:
    """The country of the posting right after an envoy's title ("لدى الدولة الفلانية", or "في" + one of its
    cities), else None (not an envoy, no posting, or a posting to a body: "لدى المنظمة")."""
    if post.role not in vocab.POSTED_ROLES or not post.end:
        return None
    title = view.tokens_in(post.start, post.end)
    if title is None:
        return None
    i = title[1] + 1
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
