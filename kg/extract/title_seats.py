"""Where a title's body sits: a city or region in ب between a title and its holder's honorific.

"مدير إدارة الأمن بجدة العقيد X" names the director of a body seated in a city; the city is neither the holder
nor (alone) the body. `kg.extract.holders.name_after` steps over such a seat to reach the holder's name. Split
out of `kg.extract.holders` (its size limit); the raw-corpus counts stay with each rule.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView
from kg.link.normalize import match_key


def seated_body(view: DocView, t: int, m: int, *, noun: bool = False) -> bool:
    """Mention m, at token t, is a city or region in ب after a title, with an honorific or rank after it: where
    the title's body sits ("مدير إدارة الأمن بجدة العقيد X"، "رئيس المحكمة الجزائية بالرياض الشيخ X"), not the
    holder. Raw corpus (both files): "مدير|رئيس|قائد + 1-3 words + ب-word + rank or honorific" 227 lines.
    `noun`: the ب is on the division's noun before the mention ("بمحافظة [الطائف]": `seat_noun`). A comma, "المكلف"
    or "بالإنابة" may come before the honorific ("… بمنطقة تبوك، العقيد X"; 389 raw lines with a division noun
    in ب, its name and such a word or the honorific right after a head and 1-4 words)."""
    toks = view.tokens
    end = view.mention_span[m][1]
    divided = toks[t].is_(_SEAT_NOUNS)  # a division the NER tags whole, ب and all: "بمحافظة الطائف"/ORG
    if not noun and (toks[t].key[:1] != "ب" or match_key(view.mentions[m].label)[:1] == "ب" and not divided):
        return False
    if view.ref(m).entity.kind not in ("City", "Place") and not divided:
        return False
    k = end + 1
    while k < len(toks) and k <= end + 2 and (toks[k].key in ("،", ",") or toks[k].is_(vocab.FILLERS)):
        k += 1
    return k < len(toks) and toks[k].is_(vocab.HONORIFICS) and toks[k].key[:1] not in "لب"


def seat_noun(view: DocView, t: int) -> int | None:
    """"بمحافظة|بمنطقة|بمدينة|بولاية" at token t and the place the NER tags after it, seating a title's body
    before an honorific ("عضو المجلس البلدي بمحافظة الطائف المهندس X"): the token after the place, else None."""
    toks = view.tokens
    m = view.mention_at.get(t + 1)
    if t in view.token_mention or toks[t].key[:1] != "ب" or not toks[t].is_(_SEAT_NOUNS) or m is None \
            or not seated_body(view, t + 1, m, noun=True):
        return None
    return view.mention_span[m][1] + 1


#: A division's noun before its name ("بمحافظة الطائف"، "بمنطقة تبوك").
_SEAT_NOUNS = vocab.keys(("محافظة", "منطقة", "مدينة", "ولاية", "بلدية"))
