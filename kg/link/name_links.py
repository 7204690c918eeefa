"""A person's span never ends on a name link: `عبدالله بن محمد آل | الشيخ` → `عبدالله بن محمد آل الشيخ`.

`بن`, `بنت`, `ابن`, `ولد`, `آل`, `أبو`, `أبا`, `عبد` join two parts of one name (the father's or the family
name, a kunya, a theophoric name), so a span that stops on one was cut by the tagger (scripts/probe_persons.py,
class (c): the span ends on a name link). The next word, and after it one more when it is itself a link
(`بن | آل سعود`), belongs to the name, unless it is punctuation-separated, no word of letters or inside another mention.

Two person mentions with only a name link between them (`محمد | ولد | الشيخ`, `سامي | بن | الحداد`) are one
name the tagger cut around the link (`bridge_links`): a link word between two names is never a clause of its own.
`أم` is left out: between two names it is also "or" (هل يفوز فلان أم علان).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.normalize import match_key
from kg.link.person_spans import NAME_LINKS
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc


def close_open_links(mentions: list[Mention], doc: _Doc) -> list[Mention]:
    """PER mentions that end on a name link, extended over the name's next word (two if that is a link)."""
    toks = doc.toks
    out = []
    for m in mentions:
        b = doc.at_end.get(m.end)
        if m.ner_type != "PER" or b is None or toks[b].key not in NAME_LINKS:
            out.append(m)
            continue
        k = b
        while (k + 1 < len(toks) and k - b < 2 and toks[k].key in NAME_LINKS and toks[k + 1].key.isalpha()
               and doc.spaced(toks[k].end, toks[k + 1].start)
               and not any(o.start < toks[k + 1].end and toks[k + 1].start < o.end for o in mentions)):
            k += 1
        if k == b or toks[k].key in NAME_LINKS:
            out.append(m)
            continue
        end = toks[k].end
        body = m.label if m.label == m.text else doc.text[m.start:m.end]
        out.append(replace(m, end=end, text=doc.text[m.start:end], label=body + doc.text[m.end:end]))
    return out


#: Links that may stand between two parts of one name (NAME_LINKS without أم "or", عبد "servant").
BRIDGES = NAME_LINKS - {match_key("أم"), match_key("عبد")}


def bridge_links(mentions: list[Mention], doc: _Doc) -> list[Mention]:
    """Each PER mention, a lone name link and the PER mention after it (spaces only between) made one PER mention."""
    toks = doc.toks
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        prev = out[-1] if out else None
        b = doc.at_end.get(prev.end) if prev is not None else None
        if (prev is not None and b is not None and prev.ner_type == "PER" and m.ner_type == "PER"
                and b + 2 < len(toks) and toks[b + 1].key in BRIDGES and toks[b + 2].start == m.start
                and doc.spaced(prev.end, toks[b + 1].start) and doc.spaced(toks[b + 1].end, m.start)
                and m.label == m.text):
            body = prev.label if prev.label == prev.text else doc.text[prev.start:prev.end]
            out[-1] = replace(prev, end=m.end, text=doc.text[prev.start:m.end],
                              label=body + doc.text[prev.end:m.end], confidence=min(prev.confidence, m.confidence))
            continue
        out.append(m)
    return out


__all__ = ["BRIDGES", "bridge_links", "close_open_links"]
