"""A name written right before its title is a PER mention: `توقع سامي الحداد وزير النفط …`.

News opens a paragraph or a clause with NAME + TITLE (`كشف فلان الفلاني وزير الخارجية الأسبق …`): the title
comes after the name, in apposition. The NER misses some of these names, most often right after a verb that
opens the sentence, and `kg.link.person_spans.titled_persons` reads only names AFTER a title, so the person is no
entity of the article and the post after the name has no holder.

The grammar says what the words are: an indefinite title head in construct (وزير النفط، سفير بلاده، رئيس مجلس …)
follows its holder's name. A PER mention (`source="pattern"`) is made of a given name (of the lexicons, no common
word) and the one or two words after it, when no mention covers them, no gazetteer name of another kind starts on
them, none is a common word, title, honorific, preposition, verb or clause opener, and a title head without the
article or a clitic comes right after them. Probe (3,136 raw paragraphs tagged by the NER, dev lines left out: the
pickles of scripts/probe_mentions.py): 4 uncovered given names stand 1-2 words before an indefinite title head; 2
are such names (`توقع علي العمير وزير النفط`، `كشف علي أكبر صالحي وزير الخارجية`), the other 2 are no given name in
this reading (`عليه رئيس`، `آل سعود رئيس`) and are not taken.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.person_spans import (
    NAME_LINKS,
    PATTERN_CONFIDENCE,
    PREPOSITIONS,
    clause_opener,
    future_verb,
    given_word,
    honorific,
    title_head,
)
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: At most this many words follow the given name before the title (father's and family name).
MAX_AFTER_GIVEN = 2


def _plain_word(key: str, text: str, names: Collection[str]) -> bool:
    """A word that may stand inside a name before its title: letters only, no common word unless a name's word,
    no title, honorific, preposition, verb or clause opener, no conjunction or preposition on a definite word."""
    lex = lexicons()
    if not text.isalpha() or len(key) < 2 or key in PREPOSITIONS or clause_opener(key) or future_verb(key, names):
        return False
    if title_head(key) is not None or honorific(key) or key in lex.title_words:
        return False
    if key in lex.common_words and not (given_word(key, text) or key in names or key in NAME_LINKS):
        return False
    return not key.startswith(("وال", "فال", "بال", "لل", "كال"))


def names_before_titles(mentions: list[Mention], doc: _Doc, names: Collection[str] = (),
                        blocked: Collection[int] = ()) -> list[Mention]:
    """The mentions with a PER mention for each uncovered name written right before an indefinite title head.

    `names`: words of knowledge-base persons' names; `blocked`: offsets where a gazetteer name of another kind
    (a place, a body) starts."""
    toks = doc.toks
    lex = lexicons()
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in toks]
    out = list(mentions)
    for k, tok in enumerate(toks):
        if covered[k] or tok.start in blocked or not given_word(tok.key, tok.text) or tok.key in lex.common_words \
                or tok.key in NAME_LINKS or not _plain_word(tok.key, tok.text, names):
            continue
        if k > 0 and doc.spaced(toks[k - 1].end, tok.start) and toks[k - 1].key in NAME_LINKS:
            continue  # the name opens earlier (بن علي، عبد …)
        end = None
        for n in range(1, MAX_AFTER_GIVEN + 1):
            j = k + n
            if j + 1 > len(toks) - 1 or covered[j] or toks[j].start in blocked \
                    or not doc.spaced(toks[j - 1].end, toks[j].start) \
                    or not _plain_word(toks[j].key, toks[j].text, names):
                break
            title = toks[j + 1]
            head = title_head(title.key)
            if (doc.spaced(toks[j].end, title.start) and head is not None and head == title.key
                    and not head.startswith("ال") and not covered[j + 1]):
                end = j
                break
        if end is None or toks[end].key in NAME_LINKS:
            continue
        start, stop = tok.start, toks[end].end
        out.append(Mention(start, stop, doc.text[start:stop], doc.text[start:stop], "PER", PATTERN_CONFIDENCE,
                           doc.sentence(start), source="pattern"))
        for i in range(k, end + 1):
            covered[i] = True
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["names_before_titles"]
