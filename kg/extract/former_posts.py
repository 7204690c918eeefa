"""Former posts: "الرئيس السابق X"، "رئيس الوزراء الأسبق X"، "أمير البلد حينها X".

A title followed by a word of past tenure (السابق، الأسبق، المخلوع، الراحل …) or by a time adverb that
sets it in the story's past (حينها، آنذاك، وقتها …) still names the post its holder had: news writes
"أنصار الرئيس السابق سامي الحداد" of the man who was president, and the strict scoring counts such
officials (head noun and `of`, as for any post). They are not posts the person holds now,
so they are kept apart from the current ones (`Post.current` False: the graph says `kg:heldPost`, not
`kg:holdsPost`), and no other extractor reads them: a former president is not his country's party
in a meeting. A title of the story's time ("أمير البلد حينها X", `Title.then`) is different: he was in
post at the events told, so meetings read it like any post; only the graph says `kg:heldPost`. Titles of
the future (المنتخب، المرشح، المقبل) stay out: the person does not hold them yet.

Raw corpus (both files, `scripts/raw_corpus.py` lines): a title head + at most one word + السابق|الأسبق|
المخلوع|الراحل before a word: 689 lines; a time adverb (حينها، آنذاك، وقتها …) between a title and an
honorific: 12.

A former post written without its country takes it from the knowledge base of office holders: the one
body of the person's terms in that role that ended before the article's date (any ended term when the
date is unknown), else, for a national post, the KB person's own country. The article's one country
is not used: a former holder is often of another state than the story's.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post
from kg.extract.post_of import person_country
from kg.extract.text import DocView
from kg.extract.titles import Title

#: Words after a title that say its holder held it before: "الرئيس السابق"، "الملك الراحل".
FORMER = vocab.keys(("السابق", "السابقة", "الأسبق", "الأسبقة", "السابقين", "الأسبقين", "المخلوع", "المخلوعة",
                     "المعزول", "المعزولة", "المستقيل", "المستقيلة", "الراحل", "الراحلة", "سابقا"))
#: How many tokens past a title's last word its tenure word may stand ("رئيس الوزراء اللبناني السابق").
_REACH = 3
#: How sure a former post's `of` is when the KB gives a past term of that role (the person's own
#: country counts as sure as for a current post: `post_of.PERSON_COUNTRY`).
KB_PAST_TERM = 0.85


def former(view: DocView, title: Title) -> bool:
    """The title is not current because its holder held it before (a word of past tenure after it, or
    inside a body title's span), not because he will hold it."""
    if title.current:
        return False
    toks = view.tokens
    for j in range(title.first + 1, min(len(toks), title.last + 1 + _REACH)):
        if toks[j].is_(FORMER):
            return True
    return False


def former_of(view: DocView, posts: list[Post]) -> list[Post]:
    """`posts` (former ones) with a missing `of` filled from the KB where it can be."""
    return [(_from_past_term(view, p) or person_country(view, p, former=True) or p) if p.of is None else p
            for p in posts]


def _from_past_term(view: DocView, post: Post) -> Post | None:
    entry = view.kb_entry(post.person)
    roles = vocab.KB_ROLES.get((post.role, post.portfolio))
    if entry is None or entry.kind != "Person" or not roles:
        return None
    published = view.doc.published
    terms = [t for t in entry.posts if t.role in roles and t.last_day is not None
             and (published is None or t.last_day <= published)]
    bodies = {t.of for t in terms}
    if len(bodies) != 1 or (body := view.kb.get(terms[0].of)) is None:
        return None
    term = terms[0]
    evidence = (f"KB office holder {entry.id}: {term.title} ({term.start or '?'}–{term.end}), a past term; "
                f"sources: {' | '.join(term.sources) or 'none'}")
    return replace(post, of=view.kb_ref(body), of_source="kb", of_confidence=KB_PAST_TERM, of_evidence=evidence)


def kept_apart(former_posts: list[Post], current: list[Post]) -> list[Post]:
    """One former post per (person, role, portfolio, of), none that the person also holds now."""
    now = {(p.person.key, p.role, p.portfolio, p.of.key if p.of else None) for p in current}
    seen: set[tuple[str, str, str | None, str | None]] = set()
    out = []
    for p in former_posts:
        key = (p.person.key, p.role, p.portfolio, p.of.key if p.of else None)
        if key in seen or key in now:
            continue
        seen.add(key)
        out.append(replace(p, current=False))
    return out
