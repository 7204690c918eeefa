"""Given names that begin with و: "وزير الخارجية الفلاني، وليد X، …" names the minister, no second person.

`kg.extract.holders.name_after` reads "، وX" after a title as "and X", another person than the title's
holder, and the NER's span does not tell the conjunction from a name's own first letter (it takes
"وأندرو X" and "وليد X" alike). The raw news' given names do: a first word the given-name lexicons know
(`kg.link.lexicons`: mined from the gold NER corpora and the raw news) while the word without its و is no
given name there is a name of its own — وليد (489 raw uses) and وفاء today; a name the lists lack, such as
وائل, is still read as و + a name — and "وسامي"، "وأحمد" stay "and" + a name.
Raw corpus (../shared/data/arabic-news-raw/, both files): a title, at most 40 letters, "، " and
one of وليد|وائل|وفاء|وديع|وسام|وجدي|وحيد|وجيه|وضاح: 7 lines (a title, a comma, وليد X).
"""

from __future__ import annotations

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key


def own_waw(word: str) -> bool:
    """The word (a name's first) is a given name that begins with و, not و + a given name."""
    key = match_key(word)
    names = lexicons()
    known = lambda k: k in names.raw_given_names or k in names.given_names  # noqa: E731
    return key[:1] == "و" and known(key) and not known(key[1:])
