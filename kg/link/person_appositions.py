"""A name set off by commas right after a title phrase is a PER mention: `وأفاد وزير الفلاحة، سامي الحداد، أن …`.

News names an official in apposition: the title phrase (a title head and its body, place or portfolio, up to
`_REACH` words with no punctuation between), a comma, the name, and a comma or the reported clause
(`أكدت آمر المطار، سلمى الفلانية، أن`، `المكلفة بالإعلام بوزارة الشؤون الدينية، سلمى بن صالح، التي`). The title
rule (`kg.link.person_titles`) reads only a name right after its title, so a name behind a comma was lost when
the NER missed it. Raw news (both files): a title word, up to 50 characters, a comma, two or three words and a
comma 1,667 lines of 15-110 words (`grep -E "(وزير|رئيس|مدير|…)[^،.:]{0,50}، [^ ،.:]+ [^ ،.:]+( [^ ،.:]+)?، "`).

The name needs the evidence of the title rule (`person_titles.name_at`: a known given name first, X بن Y, a
knowledge-base name, or a plain word and a family nisba) and must be closed (a comma, the text's end, a
preposition, a clause opener: `person_titles.closed`, or the reported clause's أن/إن). Precision guards: the title
phrase holds no person mention, no clause opener and no أن/إن (`قال الوزير إن الحكومة، …` is no apposition), and a
comma followed by a verb phrase or a place (`رئيس الحكومة، في تصريح`، `وزير الداخلية، الرياض`) has no given name
to open it.

Beside the title heads of the lexicon, heads that news writes in such a phrase but that are no name's edge
elsewhere (raw news, before `، X Y، `): نائب 131، نائبة 15، الأمين 48، أمين 9، المكلف 21، المكلفة 7; and the
commander آمر (22 lines: آمر غرفة عمليات، آمر الحرس الرئاسي).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from kg.link.normalize import match_key
from kg.link.person_spans import clause_opener, honorific, title_head
from kg.link.person_titles import closed, name_at, pattern_person
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: The most words a title phrase holds before its comma (مدير فرع وزارة العمل بمنطقة الحدود الشمالية: 7).
_REACH = 8
#: A comma (Arabic or Latin) and spaces only between the title phrase and the name.
_COMMA = re.compile(r"\s*[،,]\s*")
#: Heads of a title phrase that are no name's edge of their own (see the module docstring for counts).
#: The reported clause's particle (أن، إن، بأن), which closes the name as a comma does.
_REPORTED = frozenset(match_key(w) for w in ("أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها"))
_APPOSITION_HEADS = frozenset(match_key(w) for w in ("نائب", "نائبة", "الأمين", "أمين", "المكلف", "المكلفة", "آمر"))


def apposed_persons(mentions: list[Mention], doc: _Doc, known: Callable[[str], bool],
                    names: Collection[str] = (), given: Collection[str] = (),
                    blocked: Collection[int] = ()) -> list[Mention]:
    """PER mentions for names set off by a comma after a title phrase that no mention covers; `names` and
    `given` are the words and first words of knowledge-base persons, `blocked` the offsets where a
    knowledge-base name of another kind starts."""
    toks = doc.toks
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in toks]
    persons = [any(m.ner_type == "PER" and m.start < t.end and t.start < m.end for m in mentions) for t in toks]
    out = list(mentions)
    for j in range(1, len(toks)):
        if covered[j] or toks[j].start in blocked or _COMMA.fullmatch(doc.text, toks[j - 1].end, toks[j].start) is None:
            continue
        if not _title_phrase_before(j, toks, doc, persons):
            continue
        span = name_at(j, toks, doc, covered, known, names, given, opened=True)
        if span is None or not (closed(span[1] + 1, toks, doc) or toks[span[1] + 1].key in _REPORTED):
            continue
        a, b = span
        out.append(pattern_person(doc, toks[a].start, toks[b].end))
        covered[a:b + 1] = [True] * (b + 1 - a)
    return sorted(out, key=lambda m: (m.start, m.end))


def _title_phrase_before(j: int, toks, doc: _Doc, persons: list[bool]) -> bool:
    """The words right before token j's comma are a title phrase: a title head (or honorific) within `_REACH`
    words, no punctuation, person, clause opener or reported clause (إن، أن) between it and the comma."""
    k = j - 1
    for _ in range(_REACH):
        key = toks[k].key
        if persons[k]:
            return False
        if title_head(key) is not None or honorific(key) or key in _APPOSITION_HEADS:
            return True
        if clause_opener(key) or key in _REPORTED:
            return False
        if k == 0 or not doc.spaced(toks[k - 1].end, toks[k].start):
            return False
        k -= 1
    return False


__all__ = ["apposed_persons"]
