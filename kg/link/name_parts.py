"""A person's name written longer or shorter than the knowledge base has it, by its lineage.

Arabic news writes one person's name at different lengths: with the father's and grandfather's
names (`خالد بن فهد بن ناصر` for the KB's `خالد بن فهد`), with the family name
(`سامي الثاني بن فلان` / `سامي الثاني`), or with the father's name inserted between the
given name and the surname (`سامي بن أحمد الحداد`، `سامي أحمد الحداد` for `سامي الحداد`). Keyed
as written, each length is another local person with no Wikidata link and no office, so the
knowledge base's record of the post (`kg.extract.post_of`) is never reached.

Two shapes are read, by grammar, never by a list of people:

1. **lineage tail**: one name is the other plus a tail that starts with a lineage word (`بن`,
   `ابن`, `بنت`, `آل`, `ولد`): `خالد بن فهد` + `بن ناصر [آل فلان]`. The shared part has
   two words at least;
2. **inserted father's name**: given name + (بن) + father + surname against the KB's given name +
   surname (`سامي [بن أحمد] الحداد`): three or four words against two, same first and last word.

`عبد العزيز` and `عبدالعزيز` are one word here, and `ابن` is `بن`: a name that differs from a KB
name only in these (`سامي ابن فلان`، `عبد الله` / `عبدالله`) is that name (`NameParts.same`). A
variant links only when it names exactly one KB person.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.link.normalize import match_key

#: Words that open a lineage tail (the father's, grandfather's or family name).
LINEAGE = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "آل", "ولد"))
_FATHER = frozenset(match_key(w) for w in ("بن", "ابن", "بنت"))
#: Theophoric first parts written apart or joined (عبد العزيز / عبدالعزيز).
_JOINED = frozenset(match_key(w) for w in ("عبد", "أبو", "ابو"))


def name_words(name: str) -> tuple[str, ...]:
    """The match keys of a name's words, `عبد X` joined and `ابن` read as `بن`."""
    out: list[str] = []
    words = match_key(name).split()
    i = 0
    while i < len(words):
        w = words[i]
        if w in _JOINED and i + 1 < len(words) and words[i + 1] not in LINEAGE:
            out.append(w + words[i + 1])
            i += 2
            continue
        out.append("بن" if w == "ابن" else w)
        i += 1
    return tuple(out)


def lineage_match(written: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """`written` names the person the KB names `known`, by a lineage tail or an inserted father."""
    if written == known or len(known) < 2 or len(written) < 2:
        return False
    short, long_ = (written, known) if len(written) < len(known) else (known, written)
    if len(short) >= 2 and long_[:len(short)] == short and long_[len(short)] in LINEAGE:
        return True  # خالد بن فهد | بن عبدالعزيز
    if len(known) == 2 and len(written) in (3, 4) and written[0] == known[0] and written[-1] == known[-1]:
        middle = written[1:-1]
        if len(middle) == 1:
            return middle[0] not in LINEAGE  # سامي أحمد الحداد
        return middle[0] in _FATHER and middle[1] not in LINEAGE  # سامي بن أحمد الحداد
    return False


class NameParts:
    """An index of KB persons' names by their first word, for `lineage_match`."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """`names`: (entry id, Arabic name) pairs."""
        self._by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for entry_id, name in names:
            words = name_words(name)
            if len(words) >= 2:
                self._by_first.setdefault(words[0], []).append((entry_id, words))

    def same(self, label: str) -> str | None:
        """The one KB person whose name `label` is, written with `ابن` for `بن` or `عبد X` spaced
        otherwise; None if none or several."""
        words = name_words(label)
        found = {entry_id for entry_id, known in self._by_first.get(words[0] if words else "", ())
                 if known == words}
        return next(iter(found)) if len(found) == 1 else None

    def find(self, label: str) -> str | None:
        """The one KB person `label` names by a lineage variant, or None (none, or several)."""
        words = name_words(label)
        if len(words) < 2:
            return None
        found = {entry_id for entry_id, known in self._by_first.get(words[0], ())
                 if lineage_match(words, known)}
        return next(iter(found)) if len(found) == 1 else None
