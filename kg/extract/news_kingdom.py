"""The kingdom a title names only as "المملكة", in an article that names no kingdom.

`kg.extract.post_of` gives a title that names its country by a deictic word ("سفير المملكة"،
"وزير خارجية المملكة"، "المندوب الدائم للمملكة") the one country of the article that fits the word. When
the article names no kingdom at all, the word still means one: the news this tool reads calls Saudi
Arabia "المملكة" without naming it. Raw corpus (dev lines left out): 105 saudinewsnet paragraphs hold
such a title ("سفير/مندوب/وزير …/قنصل/ملك … المملكة" or "للمملكة", not followed by a kingdom's name),
48 of them name no kingdom, and all 48 mean Saudi Arabia (read by hand: "سفير المملكة في روسيا"، "قنصل
المملكة في لوس أنجلوس"، "وزير خارجية المملكة X سيزور موسكو"، "مندوب المملكة في
نيويورك X"); antcorpus has 2 such paragraphs, both naming their kingdom. Where the article names
kingdoms, `post_of` chooses among those (none when it names two).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.extract.facts import Post, Ref
from kg.extract.text import DocView
from kg.link.normalize import match_key

#: The deictic word, as a match key.
KINGDOM = match_key("المملكة")
#: The state news means by the bare word.
NEWS_KINGDOM = "country:SA"
#: How sure: below the article's one country (`post_of.ARTICLE_COUNTRY`), a guess from the corpus.
UNNAMED_KINGDOM = 0.45


def news_kingdom(view: DocView, post: Post) -> Post | None:
    """`post` of Saudi Arabia, for a title that says "المملكة" in an article that names no kingdom
    (the caller checks that); None when the KB lacks the state."""
    entry = view.kb.get(NEWS_KINGDOM)
    if entry is None:
        return None
    country = view.kb_ref(entry)
    return replace(post, of=country, of_source="article", of_confidence=UNNAMED_KINGDOM,
                   of_evidence=f"the title says المملكة and the article names no kingdom: the kingdom the "
                               f"news means by the bare word, {country.entity.label} (kg.extract.news_kingdom)")


def named_as(view: DocView, country: Ref, noun: str) -> bool:
    """A KB name of `country` opens with `noun` (مملكة، سلطنة، جمهورية …, without ال): the kind of
    state a deictic word ("المملكة"، "السلطنة") means. The one home of this check for titles,
    treaties and visits."""
    entry = view.kb_entry(country)
    if entry is None:
        return False
    return any(match_key(name).split(" ", 1)[0].removeprefix("ال") == noun
               for name in (*entry.labels_ar, *entry.aliases_ar))


def names_kingdom(view: DocView, countries: Iterable[Ref]) -> bool:
    """One of `countries` is a kingdom by its KB name ("المغرب" is "المملكة المغربية"): then a bare
    "المملكة" means that one, not the news' kingdom."""
    return any(named_as(view, c, KINGDOM.removeprefix("ال")) for c in countries)
