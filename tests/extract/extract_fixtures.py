"""Hand-built linked documents: real Arabic sentences, NER mentions given by hand.

The extractors are tested on these so the tests are fast and do not depend on a model:
the mentions are what a good NER would return, the linking is the real linker (with the
shipped knowledge base), so countries, cities and nisbas behave as in production.
A module of its own (not conftest) so test files can import it by a unique name.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from kg.link.resolve import Linker
from kg.types import AnnotatedDocument, Document, LinkedDocument, Mention, Sentence

_END = re.compile(r"[.!?؟]+(?=\s|$)|\n+")


@cache
def linker() -> Linker:
    return Linker()


def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentence spans: split after . ! ? ؟ and at line breaks."""
    out, start = [], 0
    for m in _END.finditer(text):
        end = m.end() if not m.group().startswith("\n") else m.start()
        if text[start:end].strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            out.append(Sentence(len(out), start + lead, end))
        start = m.end()
    if text[start:].strip():
        lead = len(text[start:]) - len(text[start:].lstrip())
        out.append(Sentence(len(out), start + lead, len(text)))
    return tuple(out)


def make(text: str, *spans: tuple[str, ...], published: date | None = None, doc_id: str = "t") -> LinkedDocument:
    """A linked document. `spans` are (surface, NER type[, label]) in text order; each is
    looked for after the end of the previous one, so a repeated name is listed again."""
    sents = sentences(text)
    mentions = []
    pos = 0
    for span in spans:
        surface, ner = span[0], span[1]
        label = span[2] if len(span) > 2 else surface
        start = text.index(surface, pos)
        sentence = next(s.index for s in sents if s.start <= start < s.end)
        mentions.append(Mention(start, start + len(surface), surface, label, ner, 0.95, sentence))
        pos = start + len(surface)
    doc = Document(doc_id, text, "test", published=published)
    return linker().link(AnnotatedDocument(doc, sents, (), tuple(mentions), "test"))


def meetings(linked: LinkedDocument) -> list:
    """The meeting records extracted from `linked`."""
    from kg.extract import extract_facts

    return extract_facts(linked).meetings


def people(m) -> set[str]:
    """A meeting's participants that are persons, by label."""
    return {r.entity.label for r in m.participants if r.entity.kind == "Person"}


def states(m) -> set[str]:
    """A meeting's participants that are countries, by label."""
    return {r.entity.label for r in m.participants if r.entity.kind == "Country"}
