"""A person's span never ends on a name link: `عبدالله بن محمد آل | الشيخ` → `عبدالله بن محمد آل الشيخ`.

`بن`, `بنت`, `ابن`, `ولد`, `آل`, `أبو`, `أبا`, `عبد` join two parts of one name (the father's or the family
name, a kunya, a theophoric name), so a span that stops on one was cut by the tagger (scripts/probe_persons.py,
class (c): the span ends on a name link). The next word, and after it one more when it is itself a link
(`بن | آل سعود`), belongs to the name, unless it is punctuation-separated, no word of letters or inside another mention.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

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


__all__ = ["close_open_links"]
