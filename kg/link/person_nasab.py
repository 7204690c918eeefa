"""A nasab chain keeps its head: a person span the tagger opened inside "X بن Y" gets X back.

The NER often starts a person on بن/بنت (`بنت عبد الله المرعي` without `رنا`) or right after `X بن`
(`نورة بنت | عبدالله الحزيمي`). "X بن Y" is a name by its form, so X joins the span when it may be a
name; a family or kunya word before the span (آل فهيد، أبو مازن) joins it too. Rule 4 of
`kg.link.person_spans`, applied by `kg.link.mentions`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits
from kg.link.person_spans import (
    AL,
    FAMILY_WORDS,
    FATHER_WORDS,
    NAME_LINKS,
    PREPOSITIONS,
    PRONOUNS,
    bare_forms,
    clause_opener,
    definite_word,
    given_word,
    honorific,
    preposition_spelling,
    title_head,
)
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc


def nasab_heads(mentions: list[Mention], doc: _Doc) -> list[Mention]:
    """Person spans that open inside a nasab chain get its head back (rule 4): a mention that starts
    on بن/بنت/ابن takes the word before it (بنت عبد الله المرعي → رنا بنت …), and one right after
    `X بن` takes both (نورة بنت | عبدالله الحزيمي). X بن Y is a name by its form; X must be a word
    that may be a name (no preposition, title, verb, common word or definite noun unless a given name:
    دار الثقافة بن رشيق keeps الثقافة out). A conjunction on X (ورنا) stays
    in the span and leaves the label."""
    toks = doc.toks
    lex = lexicons()
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in toks]

    def head_ok(k: int) -> bool:
        key = toks[k].key
        return (not covered[k] and key.isalpha() and len(key) >= 2 and key not in PREPOSITIONS and key not in PRONOUNS
                and not preposition_spelling(key, toks[k].text) and title_head(key) is None
                and not honorific(key) and not clause_opener(key) and key not in NAME_LINKS
                and ((key not in lex.common_words and not definite_word(key)) or given_word(key, toks[k].text)))

    out = []
    for m in mentions:
        i = doc.first_tok(m.start)
        if m.ner_type != "PER" or i is None or toks[i].start != m.start:
            out.append(m)
            continue
        head = i
        if i >= 1 and toks[i - 1].key in FAMILY_WORDS and not covered[i - 1] \
                and doc.spaced(toks[i - 1].end, toks[i].start):
            head = i - 1  # آل | فهيد، أبو | مازن: the family or kunya word is the name's
        if toks[head].key in FATHER_WORDS or toks[head].key == AL:
            x = head - 1
            if x >= 0 and head_ok(x) and doc.spaced(toks[x].end, toks[head].start) and (
                    toks[head].key != AL or any(given_word(r, toks[x].text) for r in bare_forms(toks[x].key))):
                head = x  # بنت عبد الله …: X بن Y is a name by its form; X آل Y only with a given name X
            elif toks[head].key in FATHER_WORDS:
                head = i  # a bare بن | X stays as the NER had it (بن رشيق)
        elif i >= 2 and toks[i - 1].key in FATHER_WORDS and not covered[i - 1] and head_ok(i - 2) \
                and doc.spaced(toks[i - 2].end, toks[i - 1].start) and doc.spaced(toks[i - 1].end, toks[i].start):
            head = i - 2  # X بن | Y: the NER began at the father's name
        if head == i:
            out.append(m)
            continue
        word = toks[head].text
        for prefix, rest in clitic_splits(toks[head].key, article=False)[1:]:
            if prefix[:1] in "وف" and len(rest) >= 3 and toks[head].key not in lex.given_names:
                word = word[len(word) - len(word.lstrip()) + len(prefix):]
                break
        body = m.label if m.label == m.text else doc.text[m.start:m.end]
        start = toks[head].start
        out.append(replace(m, start=start, text=doc.text[start:m.end],
                           label=word + doc.text[toks[head].end:m.start] + body))
        for k in range(head, i):
            covered[k] = True
    return out


__all__ = ["nasab_heads"]
