"""A conjunction the tokenizer left on a person's first word is cut from the label: `وسامي الحداد` → `سامي الحداد`.

Stanza's tokenizer splits و from words it knows, not from rare or foreign given names, so in a list of persons
(`فلان الفلاني وسامي الحداد`، `… وأندرو سميث`) the second name reaches the linker as `وسامي الحداد`: a label
that equals no written form of the person, links to nothing and matches no other mention of them.
`kg.link.mentions._unclitic_label` already cuts a clitic when the rest is a given name of the lexicons; those
lists miss most foreign and many Arabic names. The evidence here is grammar: the mention stands in a
coordination, right after another person's name (a comma allowed between), so the و is the list's
conjunction; or it stands in a list of persons each followed by a post (`…، وأندرو سميث مدير المكتب`),
so a title head right after the name; or the rest is a word of a knowledge-base person's name.

A first word that is itself a name (وليد، وائل، وديع: a given name of the lexicons, a word of a
knowledge-base person or a word the gold NER corpora tag alone as a name) keeps its و. Only the label
changes; the span keeps the clitic, so offsets stay the tokenizer's (as in `kg.link.clitic_labels`).
Raw-news probe (five raw samples of scripts/probe_mentions.py, about 1,740 person spans, read by hand):
13 persons' labels carried a list's conjunction; this cuts it from 7 (6 after another person's name, 1 before
a title head) and from one non-person (ونجوم كرويين), none from a name that opens on و (وانغ، ويلبور، وضاح).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.link.person_spans import given_word, title_head
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: The conjunction (ف is left out: فهد، فيصل، فرانسوا open far more names than lists).
_AND = "و"
#: The rest after the conjunction has this many letters at least.
MIN_REST = 3
#: Marks that may stand between two coordinated names (فلان، وعلان).
_COMMAS = frozenset("،,")
#: A short vowel written on the conjunction (وَسامي).
_HARAKAT = re.compile("^[\u064b-\u0652]+")


def _name_word(key: str, text: str, names: Collection[str]) -> bool:
    """A word that opens or forms a person's name in the lexicons or the knowledge base."""
    return given_word(key, text) or key in names or key in lexicons().named_alone


def _after_person(m: Mention, i: int, doc: _Doc, mentions: list[Mention]) -> bool:
    """Token i (the mention's first) follows another PER mention, spaces or one comma between."""
    toks = doc.toks
    k = i - 1
    if k >= 0 and toks[k].text.strip() in _COMMAS:
        k -= 1
    if k < 0:
        return False
    end = toks[k].end
    return any(o is not m and o.ner_type == "PER" and o.end == end for o in mentions)


def _before_title(m: Mention, doc: _Doc) -> bool:
    """A title head follows the mention (… وسامي الحداد مدير المكتب): a listed person with the post in apposition."""
    b = doc.at_end.get(m.end)
    toks = doc.toks
    return b is not None and b + 1 < len(toks) and doc.spaced(toks[b].end, toks[b + 1].start) \
        and title_head(toks[b + 1].key) is not None


def coordinated_labels(mentions: list[Mention], doc: _Doc, names: Collection[str] = ()) -> list[Mention]:
    """PER mentions whose label opens on و + a name in a list of persons, with the و cut from the label.

    `names`: words of knowledge-base persons' names (their first words among them)."""
    out = []
    for m in mentions:
        i = doc.first_tok(m.start)
        first, sep, tail = m.label.partition(" ")
        if m.ner_type != "PER" or i is None or doc.toks[i].start != m.start or m.label != m.text or not sep:
            out.append(m)
            continue
        key = match_key(first)
        rest = key[len(_AND):]
        if not key.startswith(_AND) or len(rest) < MIN_REST or not rest.isalpha() \
                or _name_word(key, first, names):
            out.append(m)
            continue
        if _name_word(rest, first[1:], names) or _after_person(m, i, doc, mentions) or _before_title(m, doc):
            out.append(replace(m, label=_HARAKAT.sub("", first[len(_AND):], count=1) + sep + tail))
        else:
            out.append(m)
    return out


__all__ = ["coordinated_labels"]
