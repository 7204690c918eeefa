"""The given name علي written على before a known person's surname.

News writes the given name علي with a final ى too ("مرشد الجمهورية الإسلامية الإيرانية على X"): raw corpus
(both files) "على خامنئي" 17 lines against "علي خامنئي" 105. The same letters spell the preposition "on", which
`kg.extract.holders.first_name` rightly never takes for a name ("أثنى الرئيس على X"). It is read as the name
only where the NER's name covers the surname alone and the linker's KB person behind it is called علي + that
surname: the knowledge base, not the spelling, says that the word is the person's given name.
"""

from __future__ import annotations

from kg.extract.text import DocView

_ALA, _ALI = "على", "علي"


def ali_spelt_ala(view: DocView, t: int) -> bool:
    """Token t is على before a surname-only person mention whose KB person is علي + that surname."""
    toks = view.tokens
    if toks[t].text != _ALA or t + 1 >= len(toks):
        return False
    m = view.mention_at.get(t + 1)
    if m is None or not view.is_person(m):
        return False
    first, last = view.mention_span[m]
    surname = view.span_text(first, last)
    label = view.ref(m).entity.label
    return label.startswith(_ALI + " ") and label.endswith(" " + surname) and len(label) >= len(_ALI) + 1 + len(surname)


def ala_opens_ali(view: DocView, m: int) -> bool:
    """Person mention m opens on على that is the given name: the NER took "على X" whole and the linker's KB
    person behind it is called علي X (`kg.extract.holders.governed` else reads على as a preposition)."""
    text, label = view.mentions[m].text, view.ref(m).entity.label
    return text.startswith(_ALA + " ") and label == _ALI + text[len(_ALA):]
