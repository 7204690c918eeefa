"""The country an institution inside a title stands for: "رئيس [الحكومة الإسرائيلية]"، "وزير [الخارجية الأمريكية]".

Split from `kg.extract.titles` (the title grammar), which reads a title word by word: when the title's words end
inside a mention the NER or gazetteer took whole, or a KB institution is named where the title's country would
be, the country comes from that mention (its KB entry, its nisba, or a country name inside it), not from a word
of its own.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView


def person_at(view: DocView, i: int) -> bool:
    """A person mention starts at token i."""
    m = view.mention_at.get(i)
    return m is not None and view.is_person(m)


def institution_at(view: DocView, t: int) -> tuple[Ref, int] | None:
    """A KB institution named at token t that stands for a country (وزارة الزراعة البرازيلية → Brazil),
    and the token after it: the whole name is one mention, so its nisba is not seen on its own."""
    m = view.mention_at.get(t)
    if m is None:
        return None
    country = view.country_of(view.ref(m))
    if country is None or country.entity.kind != "Country":
        return None
    return country, view.mention_span[m][1] + 1

def mention_continues(view: DocView, i: int, t: int) -> tuple[Ref, int] | None:
    """The title's words end inside a mention the NER or gazetteer took whole ("رئيس [الحكومة
    الإسرائيلية]"، "وزير [الخارجية الأمريكية]"): the country that institution stands for, and
    the token after it."""
    if i == 0 or i >= len(view.tokens):
        return None
    m = view.token_mention.get(i - 1)
    if m is None or view.token_mention.get(i) != m or view.is_person(m):
        return None
    last = view.mention_span[m][1]
    country = view.country_of(view.ref(m))
    if country is None and (_person_follows(view, last + 1) or _person_before(view, t - 1)):
        # a ministry the KB lacks, with its nisba:
        # "المتحدث باسم [وزارة الزراعة السعودية] اللواء X" (a title without a name stays a body's title:
        # meetings would read the country as a party)
        country = next((q[0] for j in range(i, last + 1) if (q := view.nisba(j)) is not None), None) \
            or _country_word(view, i, last)
    if country is None or country.entity.kind != "Country":
        return None
    return country, last + 1


def _person_follows(view: DocView, j: int) -> bool:
    """A person mention starts at token j, after at most three commas, honorifics or fillers."""
    toks = view.tokens
    for k in range(j, min(len(toks), j + 4)):
        if person_at(view, k):
            return True
        if not (toks[k].key in ("،", ",") or toks[k].is_(vocab.HONORIFICS) or toks[k].is_(vocab.FILLERS)):
            return False
    return False


def _person_before(view: DocView, j: int) -> bool:
    """A person mention ends at token j, or before the commas and quotes that end there ("X، المتحدث …")."""
    toks = view.tokens
    while j >= 0 and (toks[j].key in ("،", ",") or toks[j].key in "«»\"“”"):
        j -= 1
    m = view.token_mention.get(j) if j >= 0 else None
    return m is not None and view.is_person(m) and view.mention_span[m][1] == j


def _country_word(view: DocView, first: int, last: int) -> Ref | None:
    """A country (or its nisba) the gazetteer finds in tokens first..last inside a mention: a nisba that
    is also the country's name ("السعودية") is a country hit, not a nisba one, so `DocView.nisba` misses it."""
    for hit in view.gazetteer.find(view.span_text(first, last)):
        entry = view.kb.get(hit.entry_id)
        if entry is not None and entry.id.startswith("country:"):
            return view.kb_ref(entry, hit.text)
    return None
