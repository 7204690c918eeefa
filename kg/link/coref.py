"""Within-article person coreference: a surname, a clitic-prefixed form or a one-letter spelling
variant of a full name in the same article refers to that full name's entity.

News names a person in full once ("الرئيس الفلاني يوري فلانوف") and then by surname
("وقال فلانوف", "لفلانوف"). Keyed by their own labels these would be separate local entities, so
the article graph, and every article after it, would hold a "فلانوف" beside a "يوري فلانوف".
Only unambiguous readings are taken: a surname shared by two full names of the article
(two members of one family) stays its own entity. A name's last words after بن/ابن/بنت/ولد are
its father's name, not its surname: `فهد` is never `خالد بن فهد`. A single given name is the
full name only as its first word (`خالد` → `خالد بن فهد`), and only when one person of the
article has it. Names are compared by their words as `kg.link.name_parts.name_words` reads them
(`عبد X` one word, `ابن` = `بن`), so `عبد الكريم` is the given name of `عبدالكريم سالم`. A person
linked from a title and one name (`kg.link.post_holders`) carries the KB's full name, so a later
bare mention of that name part joins him here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg.link.name_parts import name_words
from kg.link.normalize import clitic_splits, match_key
from kg.types import Entity, Mention

#: Long-vowel letters dropped (after a word's first letter) by `skeleton`: transliterated names
#: differ most in them (فلانوف / فيلانوف, أوسانوف / أوسنوف).
_VOWEL_LETTERS = str.maketrans("", "", "اويى")
#: A skeleton match needs this many letters in the word: short names (حسن / حسين, سعد / سعيد)
#: are distinct names, not spellings of one.
MIN_SKELETON_WORD = 5
#: Words that make what follows a father's (or ancestor's) name: خالد بن فهد، ولد الشيخ.
FATHER_LINKS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "ولد"))


def skeleton(word: str) -> str:
    """A name word without its inner long vowels; the first letter is kept (أمين is not منى)."""
    return word[:1] + word[1:].translate(_VOWEL_LETTERS)


def words_match(a: str, b: str) -> bool:
    """Two name words are one: equal, or (both long enough) spelled with other long vowels."""
    return a == b or (min(len(a), len(b)) >= MIN_SKELETON_WORD and skeleton(a) == skeleton(b))


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names are one person's if each word matches and at least one is spelled alike."""
    return (len(a) == len(b) and any(x == y for x, y in zip(a, b, strict=True))
            and all(words_match(x, y) for x, y in zip(a, b, strict=True)))


@dataclass
class _Person:
    """A full name of the article (two words or more) and the entity it resolves to."""

    words: tuple[str, ...]
    entity: Entity
    count: int


def _group(people: list[_Person]) -> list[list[_Person]]:
    """Full names that are spellings of one name (يوسف فلانوف / يوسف فيلانوف) in one group,
    and a name that ends exactly one longer name (فون دير لايين → أورسولا فون دير لايين) in its group."""
    groups: list[list[_Person]] = []
    for p in sorted(people, key=lambda p: -len(p.words)):
        for g in groups:
            if any(same_name(p.words, q.words) for q in g):
                g.append(p)
                break
        else:
            groups.append([p])
    merged: list[list[_Person]] = []
    for g in groups:  # longest names first, so a group only ever merges into a longer one
        longer = [h for h in merged if any(len(q.words) > len(p.words) and _ends(q.words, p.words)
                                           for p in g for q in h)]
        if len(longer) == 1:
            longer[0].extend(g)
        else:
            merged.append(g)
    return merged


def _representative(group: list[_Person]) -> Entity:
    """A knowledge-base entity wins, then the spelling used most, then the longest label."""
    best = max(group, key=lambda p: (p.entity.kb_id is not None, p.count, len(p.entity.label)))
    return best.entity


def _ends(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """`words` are the last words of `name` as its surname: not a father's name after بن."""
    if len(words) > len(name) or name[len(name) - len(words):] != words:
        return False
    return len(words) == len(name) or name[len(name) - len(words) - 1] not in FATHER_LINKS


def _part_of(words: tuple[str, ...], name: tuple[str, ...], *, exact: bool) -> bool:
    """`words` is the full name, or its last words (surname, not a father's name after بن), or its
    first word alone."""
    if not words or len(words) > len(name):
        return False
    same = (lambda a, b: a == b) if exact else words_match
    tail = name[len(name) - len(words):]
    after_father = len(words) < len(name) and name[len(name) - len(words) - 1] in FATHER_LINKS
    if not after_father and all(same(a, b) for a, b in zip(words, tail, strict=True)):
        return True
    return len(words) == 1 and same(words[0], name[0])


def corefer(mentions: Sequence[Mention], entities: Sequence[Entity]) -> tuple[list[Mention], list[Entity]]:
    """Point each short or variant form of a person's name at the entity of its full name.

    PER mentions may match a full name loosely (surname, first name, clitic prefix, vowel
    spelling); mentions the NER typed otherwise (زيلينسكي as ORG) only by an exact surname.
    A mention already resolved to a knowledge-base entry that is not a person keeps it.
    """
    labels = Counter(name_words(m.label) for m in mentions)
    people: dict[str, _Person] = {}
    for e in entities:
        words = name_words(e.label)
        if e.kind == "Person" and len(words) >= 2 and e.key not in people:
            # support: the mentions spelled exactly as this name or as its surname
            support = sum(n for w, n in labels.items() if w and _ends(words, w))
            people[e.key] = _Person(words, e, support)
    groups = _group(list(people.values()))
    if not groups:
        return list(mentions), list(entities)
    heads = [(g, _representative(g)) for g in groups]
    group_of = {p.entity.key: head for g, head in heads for p in g}

    out_m: list[Mention] = []
    out_e: list[Entity] = []
    for m, e in zip(mentions, entities, strict=True):
        if e.key in group_of:  # a full name: its group's representative spelling
            out_m.append(m)
            out_e.append(group_of[e.key])
            continue
        if e.kb_id is not None and e.kind != "Person":
            out_m.append(m)
            out_e.append(e)
            continue
        found = _match(m, heads, loose=m.ner_type == "PER")
        if found is None:
            out_m.append(m)
            out_e.append(e)
        else:
            label, head = found
            out_m.append(replace(m, label=label, ner_type="PER"))
            out_e.append(head)
    return out_m, out_e


def _match(m: Mention, heads: list[tuple[list[_Person], Entity]], *, loose: bool) -> tuple[str, Entity] | None:
    """The one person group this mention names, with its clitic-free label; None if none or several."""
    label = m.label.strip()
    head_word, sep, rest = label.partition(" ")
    readings = clitic_splits(head_word, article=False) if loose else (("", head_word),)
    for prefix, first in readings:
        if prefix and len(match_key(first)) < 3:
            continue
        candidate = first + sep + rest
        words = name_words(candidate)
        exact_hits = {id(g): h for g, h in heads if any(_part_of(words, p.words, exact=True) for p in g)}
        hits = exact_hits
        if not hits and loose:
            hits = {id(g): h for g, h in heads if any(_part_of(words, p.words, exact=False) for p in g)}
        if not loose and exact_hits:
            # another type's mention: only a surname (the name's last words), never a first name
            hits = {id(g): h for g, h in heads if any(_ends(p.words, words) for p in g)}
        if len(hits) == 1:
            return candidate, next(iter(hits.values()))
        if len(hits) > 1:
            return None  # two people share this part of the name
    return None


__all__ = ["corefer", "same_name", "skeleton", "words_match"]
