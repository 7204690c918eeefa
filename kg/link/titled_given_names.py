"""A given name the NER left out between a title and a surname: `رئيس الوزراء اليوناني | ألكسيس تسيبراس`.

Foreign given names (ألكسيس، نيكوس، يانيس) are in no lexicon, so kg.link.mentions' absorption of known given names
does not take them, and the person becomes the surname alone. News writes an official as title + full name,
so one word standing between a title (read by kg.link.post_holders.read_title: a post, with its country's
nisba or name) and a one-word person is the person's given name when it cannot be anything else: a given
name of the lexicons, or a word with no article (ال), no imperfect-verb opening (ي، ت: `يستقبل`), no future verb,
particle, honorific or word that opens a clause after names (قال، التقى), no common word or title word of the
lexicons, no digit, and
no knowledge-base name or nisba on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.person_spans import PREPOSITIONS, clause_opener, future_verb, given_word, honorific
from kg.link.post_holders import read_title
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Imperfect-verb prefixes: a word opening on them is read as a verb unless it is a known given name.
_IMPERFECT = frozenset("يت")
#: The shortest given name taken (two letters are clitics or particles).
MIN_LETTERS = 3


def _free_word(key: str, text: str) -> bool:
    lex = lexicons()
    if given_word(key, text):
        return True
    if key[:1] in _IMPERFECT or key in PREPOSITIONS or clause_opener(key) or future_verb(key) or honorific(key):
        return False  # a verb or a particle between the title and the name: يستقبل، سيزور، قال
    # the article is written with a plain alef; أل opens foreign names (ألكسيس، ألبرت), which fold to ال
    return (len(key) >= MIN_LETTERS and not text.startswith("ال") and text.isalpha()
            and key not in lex.common_words and key not in lex.title_words and key not in lex.person_titles)


def titled_given_names(doc: _Doc, ner: list[Mention], hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each one-word person after title + word extended over that word."""
    out = []
    for m in ner:
        i = doc.first_tok(m.start)
        if m.ner_type != "PER" or i is None or i == 0 or len(m.label.split()) != 1 or doc.toks[i].start != m.start:
            out.append(m)
            continue
        tok = doc.toks[i - 1]
        taken = any(o.start < tok.end and tok.start < o.end for o in ner) or any(
            h.start < tok.end and tok.start < h.end for h in hits)
        if (taken or not doc.spaced(tok.end, m.start) or not _free_word(tok.key, tok.text)
                or read_title(doc.text, tok.start, hits) is None):
            out.append(m)
            continue
        out.append(replace(m, start=tok.start, text=doc.text[tok.start:m.end],
                           label=tok.text + doc.text[tok.end:m.start] + m.label))
    return out


__all__ = ["titled_given_names"]
