"""A governor's division written by its bare noun: "أمير المنطقة"، "محافظ المحافظة"، "المحافظ X".

Local news names a region or a governorate once in full ("زار الوفد منطقة جازان"، "في محافظة
الخرج") and then its governor by the administrative noun alone: "أمير المنطقة الأمير X"،
"X أمير المنطقة"، "برئاسة المحافظ X". The title grammar read no division there, so the governor had
no post at all (a governor needs the place he governs). Here the bare noun resolves to the one
division of that noun the article names in full before the title: the paragraph's "منطقة جازان" for
"أمير المنطقة" (an emir of a region is its governor, `region-emir`), its "محافظة الخرج" for
"المحافظ" and "محافظ المحافظة". Two different divisions of the noun named before the title
("منطقة جازان … منطقة تبوك … أمير المنطقة"), or none, resolve nothing.

"المحافظ" alone is also an adjective ("التيار المحافظ": the conservative) and the title of a
central bank's governor; it is read as a governorate's governor only right before a person's name
and only when the article names a governorate with its noun.

Raw corpus (saudinewsnet, one paragraph a line): "أمير المنطقة" 231 lines, 224 of them with
"منطقة + name" in the same line; "المحافظ" as a word 198 lines, 67 with "محافظة + name".
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView

#: The bare definite noun after a governor's head ("أمير المنطقة"، "محافظ المحافظة") → the noun the
#: division is named with in full.
BARE_NOUNS = {**dict.fromkeys(vocab.keys(("المنطقة",)), "منطقة"), **dict.fromkeys(vocab.keys(("المحافظة",)), "محافظة")}
#: The bare definite governor's head ("المحافظ X"): the governorate's.
GOVERNOR_HEAD = vocab.keys(("المحافظ",))
_NOUNS = {noun: vocab.keys((noun,)) for noun in set(BARE_NOUNS.values())}
_NOUN_OF = {key: noun for noun, keys in _NOUNS.items() for key in keys}
#: "أمير المنطقة الشرقية": a region named by a compass adjective, not the bare noun (when the NER left it untagged).
COMPASS = vocab.keys(("الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى"))


def named_division(view: DocView, noun: str, before: int) -> Ref | None:
    """The one division the article names as `noun` + name before token `before`, else None."""
    found: dict[str, Ref] = {}
    for j in range(before):
        if not view.tokens[j].is_(_NOUNS[noun]):
            continue
        division = _division_at(view, j)
        if division is not None:
            found.setdefault(division.entity.key, division)
    return next(iter(found.values())) if len(found) == 1 else None


def _division_at(view: DocView, j: int) -> Ref | None:
    """The division named at the noun j: the whole mention from the noun ("[منطقة جازان]"), or the
    place mention right after it ("منطقة [جازان]"), a city's name standing for its division
    ("منطقة [الرياض]": the region, named as the text names it, as `kg.extract.divisions` does)."""
    whole = view.mention_at.get(j)
    if whole is not None and not view.is_person(whole):
        return view.ref(whole)
    m = view.mention_at.get(j + 1)
    if m is None or view.is_person(m):
        return None
    ref = view.ref(m)
    if ref.entity.kind == "City":
        last = view.mention_span[m][1]
        label = f"{view.tokens[j].which(_NOUN_OF)} {view.mentions[m].label}"
        return view.local_place(label, view.span_text(j, last))
    return ref if ref.entity.kind == "Place" else None
