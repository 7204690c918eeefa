"""Honorific pronouns as references to a person: "جلالته"، "سموه"، "فخامته"، "معاليه"، "دولته".

Gulf and Levantine news refer back to a king, a prince, a president, a minister or a prime
minister by the honorific of his rank with a pronoun ("وعقد جلالته اجتماعا مع سموه"، "واستقبل
سموه …"، "التقى معاليه …"): his majesty, his highness, his excellency. Each honorific fits a
rank, so it names the nearest person before it (in its sentence or the two before) who holds
a post of that rank in the article or is introduced by that form of address ("صاحب السمو
الملكي الأمير X"، "جلالة الملك X"، "معالي الوزير X"). Raw-corpus tokens: سموه 1,074,
معاليه 300, دولته 40, لسموه 31, جلالته 23, فخامته 13, لفخامته 13.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView

#: honorific pronoun (without clitics) → (roles it fits, forms of address that introduce it)
_RANKS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "جلالته": (frozenset({"king", "queen", "sultan"}), vocab.keys(("جلالة", "الجلالة", "الملك", "الملكة", "السلطان"))),
    "جلالتها": (frozenset({"queen"}), vocab.keys(("جلالة", "الجلالة", "الملكة"))),
    "سموه": (frozenset({"crown-prince", "deputy-crown-prince", "emir", "prince"}),
             vocab.keys(("سمو", "السمو", "الأمير", "الملكي", "الشيخ"))),
    "سموها": (frozenset(), vocab.keys(("سمو", "السمو", "الأميرة", "الشيخة"))),
    "فخامته": (frozenset({"president", "vice-president"}), vocab.keys(("فخامة", "الفخامة", "الرئيس"))),
    "معاليه": (frozenset({"minister", "deputy-minister", "assistant-minister", "minister-of-state",
                          "secretary-general", "deputy-secretary-general"}), vocab.keys(("معالي", "المعالي"))),
    "معاليها": (frozenset({"minister", "secretary-general"}), vocab.keys(("معالي", "المعالي"))),
    "دولته": (frozenset({"prime-minister", "first-minister"}), vocab.keys(("دولة",))),
}
#: Clitics an honorific pronoun may carry: "وسموه"، "بسموه"، "لسموه".
_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف")
_FORMS: dict[str, str] = {c + k: k for k in _RANKS for c in _CLITICS}
#: How far before the honorific its person may be named.
_SENTENCES = 2
#: Forms of address stand this many tokens before the name at most ("صاحب السمو الملكي الأمير X").
_ADDRESS_REACH = 4


def honorific_at(view: DocView, t: int) -> str | None:
    """The honorific pronoun token t is ("سموه" for "وبسموه"), or None."""
    return _FORMS.get(view.tokens[t].key)


def resolve(view: DocView, off: Officials, t: int) -> Ref | None:
    """The person the honorific pronoun at token t refers to: the nearest person before it, in
    its sentence or the two before, whose post fits the rank, else whose name follows a fitting
    form of address; None when there is none."""
    honorific = honorific_at(view, t)
    if honorific is None:
        return None
    roles, address = _RANKS[honorific]
    fits = {p.person.key for p in off.posts if p.role in roles}
    sentence = view.tokens[t].sentence
    lo = next((view.sentence_tokens(s)[0].index for s in range(sentence - _SENTENCES, sentence + 1)
               if view.sentence_tokens(s)), 0)
    before = sorted((m for m, (a, _) in view.mention_span.items() if lo <= a < t and view.is_person(m)),
                    key=lambda m: -view.mention_span[m][0])
    for m in before:  # a post of the rank first: "معاليه" is the minister, not his adviser addressed "معالي"
        if view.ref(m).key in fits:
            return view.ref(m)
    for m in before:
        a = view.mention_span[m][0]
        if any(view.tokens[j].is_(address) for j in range(max(lo, a - _ADDRESS_REACH), a)):
            return view.ref(m)
    return None
