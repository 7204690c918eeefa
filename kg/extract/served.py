"""What a title serves or sits in, read by `kg.extract.titles`: a ruler's court ("المستشار بالديوان الملكي X") and
an office ("مدير مكتب جلالة الملك X"، "المستشار في مكتب وزير الدفاع X").

An adviser at a court or the director of an office holds a post of his own: the name after it is his, not the
king's or the minister's whose office it is (`kg.extract.holders.in_construct`). An office's post is of the
inner title's country when it names one; a court's says no country by itself ("بالديوان الملكي" in a Saudi
paper that names Jordan is still the Saudi court), so `kg.extract.post_of` decides it."""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView

#: A ruler's court after an adviser: "المستشار بالديوان الملكي X"، "X المستشار في الديوان الملكي" (raw corpus,
#: both files: 139 lines write المستشار بالديوان الملكي, 100 المستشار في الديوان, most of them before or after a name).
_COURT = vocab.keys(("الديوان",))
_COURT_KINDS = vocab.keys(("الملكي", "الأميري", "السلطاني"))


def court_end(view: DocView, i: int) -> int | None:
    """The token after "بالديوان الملكي" / "في الديوان الأميري" at token i (a royal or princely court the
    NER leaves untagged), else None."""
    toks = view.tokens
    if i < len(toks) and toks[i].key == "في":
        i += 1
    if i + 1 >= len(toks) or not toks[i].is_(_COURT) or not toks[i + 1].is_(_COURT_KINDS):
        return None
    m = view.token_mention.get(i)
    if m is not None and view.mention_span[m] != (i, i + 1):
        return None  # a longer name ("الديوان الملكي الهاشمي") goes on as the title's own qualifier
    return i + 2


#: "مدير مكتب الرئيس الأفغاني X": the office of the title after it (raw corpus, both files: 26 lines write
#: مدير|رئيس مكتب + a title, with or without a form of address between).
OFFICE = vocab.keys(("مكتب",))
