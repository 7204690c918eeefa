"""A Maghrebi given name written with the article opens a person's name before another name word.

Tunisian news writes given names with the article: `الهادي المجدوب`، `الحبيب الصيد`، `المنجي الرحوي`،
`الطاهر بن عمر`. Read as Gulf news is, such a word is a nisba or a title's qualifier (`الرئيس الباجي` looks
like `الرئيس التونسي`), so the name is cut to its last word or missed. The words are mined from antcorpus
(kg/link/lexicons/maghrebi_given_names.tsv, scripts/mine_maghrebi_given_names.py: `الباجي` opens the name slot
after a title or honorific 154 times in 264, `الحبيب` 76 in 275, `الهادي` 28 in 115 …). Since each is also a
common word or adjective (`الحبيب` "the beloved", `الهادي` "the calm"), it opens a name only where another name
word follows it in the same clause (no punctuation between):

* a knowledge-base person's name that starts on it is taken whole (a three-word name such as `الحبيب X Y`);
* a person mention that starts on the next word takes it in (`الهادي | المجدوب` → `الهادي المجدوب`);
* else the next word, when it is a name's word, makes a new person with it: بن and the word after it
  (`الطاهر بن عمر`), a given name, a mined family name, or a word that is no common word, title, honorific,
  preposition, pronoun, clause opener or future verb and that no other name (place, body) starts on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link import person_spans as spans
from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc


def _definite_given(key: str) -> str | None:
    """The clitic the word carries (و or none) when it is a definite Maghrebi given name, else None."""
    names = lexicons().definite_given_names
    return next((p for p, r in clitic_splits(key, article=False) if p in ("", "و") and r in names), None)


def name_word(key: str, text: str) -> bool:
    """A word that can follow a given name inside a person's name (see the module docstring)."""
    lex = lexicons()
    if spans.given_word(key, text) or key in lex.family_names or key in lex.bare_family_names:
        return True
    return (len(key) >= 3 and key not in lex.common_words and key not in lex.title_words
            and spans.title_head(key) is None and not spans.honorific(key)
            and key not in spans.PREPOSITIONS and key not in spans.PRONOUNS
            and not spans.clause_opener(key) and not spans.future_verb(key) and _definite_given(key) is None)


def definite_given_mentions(mentions: list[Mention], doc: _Doc, hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """`mentions` with the persons that open on a definite Maghrebi given name (see the module docstring)."""
    if not lexicons().definite_given_names:
        return mentions
    toks = doc.toks
    out = list(mentions)
    persons = {h.start: h for h in hits if not h.is_nisba and h.kind == "Person"}
    others = {h.start for h in hits if h.kind != "Person"}
    for i, tok in enumerate(toks[:-1]):
        prefix = _definite_given(tok.key)
        nxt = toks[i + 1]
        if prefix is None or not doc.spaced(tok.end, nxt.start):
            continue
        start = tok.start + _prefix_len(tok.text, prefix)
        if any(m.start <= tok.start < m.end or m.start <= start < m.end for m in out):
            continue  # a mention holds the word already
        hit = persons.get(start) or persons.get(tok.start)
        if hit is not None and hit.end > nxt.start:
            out.append(_person(doc, start, hit.end))
            continue
        at_next = next((k for k, m in enumerate(out) if m.start == nxt.start), None)
        if at_next is not None:
            if out[at_next].ner_type == "PER":
                m = out[at_next]
                head = doc.text[start:m.start]
                out[at_next] = replace(m, start=start, text=doc.text[start:m.end], label=head + m.label)
            continue
        if any(m.start < nxt.end and nxt.start < m.end for m in out) or nxt.start in others:
            continue  # the next word belongs to another name
        if nxt.key in spans.FATHER_WORDS and i + 2 < len(toks) and doc.spaced(nxt.end, toks[i + 2].start) \
                and not any(m.start < toks[i + 2].end and toks[i + 2].start < m.end for m in out):
            out.append(_person(doc, start, toks[i + 2].end))
        elif nxt.key not in spans.FATHER_WORDS and name_word(nxt.key, nxt.text):
            out.append(_person(doc, start, nxt.end))
    return sorted(out, key=lambda m: (m.start, m.end))


def _prefix_len(text: str, prefix: str) -> int:
    """Characters of `text` the conjunction و takes (0 without one; leading spaces counted)."""
    lead = len(text) - len(text.lstrip())
    return lead + (1 if prefix else 0)


def _person(doc: _Doc, start: int, end: int) -> Mention:
    text = doc.text[start:end]
    return Mention(start, end, text, text.strip(), "PER", spans.PATTERN_CONFIDENCE, doc.sentence(start),
                   source="pattern")
