"""A person's span does not open on a word that only describes or introduces the person: `المخلوع | سامي الحداد`.

Stanza's NER sometimes runs into a person's span the word written right before the given name:

* a definite passive participle (the pattern مفعول: المخلوع "deposed", المسجون "jailed", المعزول) that
  qualifies the person (`الرئيس المخلوع صالح`, `الزعيم المسجون عبد الله …`);
* a feminine noun with an attached pronoun (`زميلتنا سامية …` "our colleague", `شقيقته سلمى …`);
* a prepositional phrase on ب/ل, a common noun or a definite word (`برئاسة سامي …` "chaired by",
  `بقيادة …`, `بالدار ابتسام …` "at the house: Ibtisam …").

The first word is cut when the next one is a name's word (a given name of the lexicons, a word of a
knowledge-base person's name, or عبد/أبو opening a compound name) and the first is itself no name: no given name, no
word of a knowledge-base person, no word the gold NER corpora tag alone as a name (المنصور، المأمون stay names when
listed). After a possessed noun, a word the gold NER corpora tag alone as a name opens the name too (`زميلتنا هاجر
…`: هاجر is also a verb, so no given-name list holds it). Raw-news probe (five samples of
scripts/probe_mentions.py, about 1,740 person spans, read by hand): 5 spans opened on such a word (المخلوع twice,
المسجون, برئاسة, بالدار); 4 are cut, none wrongly (بالدار is followed by a given name no list holds).

A ب/ل phrase on a word that is no name, in none of its readings, is cut before a knowledge-base person's family name
standing alone (kg/link/lexicons/kb_surnames.tsv): `برحيل | الأسد` "by al-Assad's departure", `لنظام | الأسد`. Raw
news writes such a phrase before الأسد، الحوثي، أوباما، هادي … about 250 times (لميليشيات الحوثي 58، لنظام الأسد 31،
برحيل الأسد 6), beside given names with a clitic (لبشار الأسد 19، لدونالد ترامب 7), which stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.link.person_spans import given_word
from kg.link.person_surnames import kb_surnames
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: ال + م + C C و C: the passive participle of a three-letter verb, definite (المخلوع، المسجون).
_PARTICIPLE = re.compile(r"^الم[^\Wو]{2}و[^\Wو]$")
#: Ends of a feminine noun with an attached pronoun, its ة written ت (زميلتنا "our colleague", شقيقته "his sister",
#: حكومتها): a possessed common noun, never a word of a name.
_POSSESSED = ("تنا", "ته", "تها", "تهم", "تهما", "تكم")
#: بن and بو joined to a Maghrebi name (بنعيسى، بنكيران، بوتفليقة): the word's ب is no preposition.
_JOINED_LINKS = ("بن", "بو")
#: Words that open a compound name after them (المسجون | عبد الله …).
_COMPOUND = frozenset(match_key(w) for w in ("عبد", "أبو"))


def _no_name(key: str, text: str, names: Collection[str]) -> bool:
    lex = lexicons()
    return not given_word(key, text) and key not in names and key not in lex.named_alone


def _possessed(key: str) -> bool:
    return key.endswith(_POSSESSED) and len(key) >= 5


def _introduces(key: str) -> bool:
    """A participle adjective, a feminine noun with an attached pronoun, or a ب/ل phrase on a common noun or a
    definite word."""
    if _PARTICIPLE.match(key) or _possessed(key):
        return True
    common = lexicons().common_words
    return any(p in ("ب", "ل", "بال", "لل") and len(r) >= 3 and (r in common or r.startswith("ال"))
               for p, r in clitic_splits(key, article=False) if p)


def _phrase_before_surname(first: str, second: str, names: Collection[str]) -> bool:
    """ب/ل + a word of three letters or more, no reading of it a name, before a KB family name alone."""
    readings = clitic_splits(first, article=False)
    if first.startswith(_JOINED_LINKS):
        return False  # بنعيسى، بوزيد: a Maghrebi name opens on بن/بو joined to it, no preposition ب
    return second in kb_surnames() and any(p in ("ب", "ل") and len(r) >= 3 for p, r in readings) \
        and all(_no_name(r, "", names) for _, r in readings)


def cut_leading_descriptions(mentions: list[Mention], doc: _Doc, known: Callable[[str], bool],
                             names: Collection[str] = (), given: Collection[str] = ()) -> list[Mention]:
    """PER mentions without a describing or introducing first word before a given name (module docstring).

    `names`: words of knowledge-base persons' names; `given`: their first words."""
    toks = doc.toks
    out = []
    for m in mentions:
        idx = [i for i, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
        if m.ner_type != "PER" or len(idx) < 2 or known(m.label) or known(m.text) or m.label != m.text:
            out.append(m)
            continue
        first, second = toks[idx[0]], toks[idx[1]]
        opens_name = (given_word(second.key, second.text) or second.key in given or second.key in names
                      or second.key in _COMPOUND or (_possessed(first.key) and second.key in lexicons().named_alone))
        before_surname = len(idx) == 2 and _phrase_before_surname(first.key, second.key, names)
        if not ((opens_name and _introduces(first.key) and _no_name(first.key, first.text, names)) or before_surname) \
                or not doc.spaced(first.end, second.start):
            out.append(m)
            continue
        text = doc.text[second.start:m.end]
        out.append(replace(m, start=second.start, text=text, label=text.strip()))
    return out


__all__ = ["cut_leading_descriptions"]
