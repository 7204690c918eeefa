"""A person the tagger ran into the place or body named before him: `الغرفة التجارية بمنطقة عسير | يحيى الفلاني`,
`الأمم المتحدة | بان كي مون`.

News writes an official's body or region and then his name (`ممثل الغرفة بمنطقة X فلان الفلاني`، `مدير فرع الوزارة
بمنطقة X فلان`), with no comma between, and the tagger sometimes tags the whole run as one place or body: the
article then holds a place no one else names and loses both the region and the person. The seam is plain when the
place or body ends on a knowledge-base name (a country, city, region, organization) or a nisba, and the next word
opens a person's name (`kg.link.person_spans.given_word`: a given name of the gold corpora or of the raw news after
an honorific): no name of a place or body goes on from a known place into a given name. The span is cut there; the
run before keeps its type, the rest, at least two words (a given name and a family name), is a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.person_spans import given_word
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: The person after the seam has at least this many words (a given name alone may be a place's own word).
MIN_PERSON_WORDS = 2


def split_trailing_persons(mentions: Sequence[Mention], doc: _Doc, hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """Each LOC/ORG mention cut before a person's name that follows a known name inside it (module docstring)."""
    ends = {h.end for h in hits if h.kind != "Person"}
    lex = lexicons()
    out: list[Mention] = []
    for m in mentions:
        idx = [i for i, t in enumerate(doc.toks) if m.start <= t.start and t.end <= m.end]
        cut = None
        if m.ner_type in ("LOC", "ORG"):
            for n in range(1, len(idx) - MIN_PERSON_WORDS + 1):
                before, tok = doc.toks[idx[n - 1]], doc.toks[idx[n]]
                if (before.end in ends and doc.spaced(before.end, tok.start) and given_word(tok.key, tok.text)
                        and tok.key not in lex.common_words and tok.key not in lex.title_words
                        and not any(tok.start <= h.start < m.end for h in hits)):
                    cut = n
                    break
        if cut is None:
            out.append(m)
            continue
        before, first = doc.toks[idx[cut - 1]], doc.toks[idx[cut]]
        head_text = doc.text[m.start:before.end]
        label = m.label[: len(m.label) - (m.end - before.end)] if m.label.endswith(m.text[before.end - m.start:]) \
            else head_text
        person = doc.text[first.start:m.end]
        out.append(replace(m, end=before.end, text=head_text, label=label.strip()))
        out.append(replace(m, start=first.start, text=person, label=person, ner_type="PER"))
    return out


__all__ = ["split_trailing_persons"]
