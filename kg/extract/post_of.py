"""The country or body of a post the article writes without one.

News often leaves `of` out: an Egyptian outlet writes "الرئيس عبد الفتاح السيسي", a Saudi one
"ولي العهد" or "وزير الخارجية". Two sources can still give it, tried in this order:

1. the knowledge base of office holders: the person is linked to a KB person who held that very
   post (same KB role) and the article's date falls in the term. Without a publication date the
   title and the KB agreeing is accepted at a lower confidence (lower still for a past term);
2. the KB person's country, for national offices (head of state or government, ministers,
   ambassadors …), where the post's `of` is the holder's own country — unless the KB dates the
   person's terms in that post and none covers the article's date.

(Within the article, a later bare "الرئيس" means the one holder named before:
`Officials.holder`. The article's unnamed "الرئيس المصري" does not give a named "الرئيس X" its
country: the two need not be one person.)

Each filled post keeps where its `of` came from (`Post.of_source`), how sure that is
(`of_confidence`, written as `kg:linkConfidence`) and why, in words (`of_evidence`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.extract import vocab
from kg.extract.facts import Post
from kg.extract.text import DocView
from kg.link.kb import KBEntry
from kg.link.kb import Post as KBPost

#: Confidence of `of` by its source: a dated term that covers the article; a current term, or a
#: past one, when the article's date (or the term's start) is unknown; the person's country.
KB_DATED = 0.95
KB_UNDATED = 0.75
KB_PAST_UNDATED = 0.6
PERSON_COUNTRY = 0.7


def fill_of(view: DocView, posts: list[Post]) -> list[Post]:
    """`posts` with a missing `of` filled where a source allows."""
    out = []
    for post in posts:
        if post.of is None:
            post = _from_kb(view, post) or _from_person(view, post) or post
        out.append(post)
    return out


def _terms(entry: KBEntry, role: str, portfolio: str | None) -> list[KBPost]:
    roles = vocab.KB_ROLES.get((role, portfolio))
    if not roles:
        return []
    return [p for p in entry.posts if p.role in roles]


def _day(iso: str | None, end: bool) -> date | None:
    """A KB date (YYYY, YYYY-MM or YYYY-MM-DD) as a day: its first day, or its last for an end."""
    if not iso:
        return None
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(parts[0], parts[1], 1)
    return date(*parts[:3])


def _from_kb(view: DocView, post: Post) -> Post | None:
    entry = view.kb_entry(post.person)
    if entry is None or entry.kind != "Person":
        return None
    published = view.doc.published
    dated: list[KBPost] = []
    undated: list[KBPost] = []
    for term in _terms(entry, post.role, post.portfolio):
        start, end = _day(term.start, False), _day(term.end, True)
        if published is not None and start is not None:
            if start <= published and (end is None or published <= end):
                dated.append(term)
        elif published is None or end is None or published <= end:
            undated.append(term)  # the article's date or the term's start unknown: the title agrees
    terms = dated or undated
    if dated:
        confidence = KB_DATED
    else:
        confidence = KB_UNDATED if all(t.end is None for t in undated) else KB_PAST_UNDATED
    bodies = {t.of for t in terms}
    if len(bodies) != 1:
        return None
    term = terms[0]
    body = view.kb.get(term.of)
    if body is None:
        return None
    when = f"{term.start or '?'}–{term.end or 'now'}"
    date_note = f"article of {published.isoformat()}" if published else "article date unknown"
    evidence = (f"KB office holder {entry.id}: {term.title} ({when}); {date_note}; "
                f"sources: {' | '.join(term.sources) or 'none'}")
    return replace(post, of=view.kb_ref(body), of_source="kb", of_confidence=confidence, of_evidence=evidence)


def _from_person(view: DocView, post: Post) -> Post | None:
    if post.role not in vocab.NATIONAL_ROLES:
        return None
    entry = view.kb_entry(post.person)
    if entry is None or entry.kind != "Person" or not entry.country:
        return None
    if view.doc.published is not None and _terms(entry, post.role, post.portfolio):
        return None  # the KB dates this person's terms in that post, and none covers the article
    country = view.kb.get(entry.country)
    if country is None:
        return None
    rows = sorted({s.row for s in entry.sources if s.row}) or ["kg/link/kb/curated/persons.tsv"]
    sources = " | ".join(rows)
    evidence = f"KB person {entry.id} is of {country.id}; a {post.title} names no other country ({sources})"
    return replace(post, of=view.kb_ref(country), of_source="person", of_confidence=PERSON_COUNTRY,
                   of_evidence=evidence)
