"""The armed forces a supreme commander's title names: "القائد الأعلى للقوات المسلحة [الأردنية | بدولة X | في X]".

A head of state or an heir is written with his command of the armed forces stacked on his first title ("ولي عهد
البلد نائب القائد الأعلى للقوات المسلحة بدولة X الشيخ Y"، "الرئيس Y، القائد الأعلى للقوات المسلحة"). The forces
phrase in ل is no title, country or body the title grammar reads, so the name after it was out of reach and the
whole stack, the heir's title included, went unbound. Raw corpus (../shared/data/arabic-news-raw/, both files):
"القائد الأعلى" 64 lines, 42 of them with للقوات after it and 5 with لكافة القوات; "نائب القائد الأعلى" 40.
This reads the phrase as part of the title and the country it names, if any, as the post's: a nisba after
the forces ("الأردنية"), a country mention after في or ب, or with دولة ("بدولة الإمارات"). A phrase naming
no country leaves the post without one.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.nisba import qualifier
from kg.extract.text import DocView

#: roles whose title may go on with the armed forces they command
ARMED_ROLES = frozenset({"supreme-commander", "deputy-supreme-commander"})
_ALL = vocab.keys(("لكافة", "لجميع", "لكل"))
_FORCES = vocab.keys(("للقوات", "لقوات", "القوات", "للجيوش", "لجيوش", "للجيش", "لجيش"))
_ARMED = vocab.keys(("المسلحة", "المسلّحة", "العسكرية", "البرية"))
_AND_SECURITY = vocab.keys(("والأمن",))
_IN = vocab.keys(("في",))


def forces_of(view: DocView, i: int) -> tuple[Ref | None, int] | None:
    """The armed forces phrase at token i: (the country it names or None, the token after it); None when
    there is none."""
    toks = view.tokens
    j = i
    if j < len(toks) and toks[j].is_(_ALL):
        j += 1  # "لكافة القوات العسكرية"
    if j >= len(toks) or not toks[j].is_(_FORCES):
        return None
    j += 1
    while j < len(toks) and (toks[j].is_(_ARMED) or toks[j].is_(_AND_SECURITY)):
        j += 1
    k = j + 1 if j < len(toks) and toks[j].is_(_IN) else j
    q = qualifier(view, k, allow_city=False)
    if q is None or q[0].entity.kind != "Country":
        return None, j
    return q[0], k + q[1]
