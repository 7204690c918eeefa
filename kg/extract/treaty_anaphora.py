"""A treaty's side named again by its head noun alone: "اتفاقية تمويل بين الجمهورية التونسية والبنك".

News names a body in full once ("مديرة منطقة المغرب العربي بالبنك العالمي") and then, in the
treaty's clause, by its bare definite head noun ("والبنك"، "الصندوق"، "الجامعة"). The NER finds no
name there, so the party slot holds a common noun. `body_antecedent` reads such a noun in a party
slot as the body of that head the article named last before it (this sentence or the two before),
the way `treaty_pair.own_body` reads "أن الهيئة ستوقع" as the body its speaker heads. A head noun
that goes on with a name of its own ("البنك الأهلي") or that names no earlier body is left alone.
"""

from __future__ import annotations

from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.extract.treaty_pair import INSTITUTION_NOUNS
from kg.link.normalize import clitic_splits, match_key

#: Sentences back where the full name may stand.
_REACH = 2


def _head(key: str) -> str | None:
    """The head noun without ال and proclitics ("والبنك" → "بنك"), if it is an institution noun."""
    for _, rest in clitic_splits(key, article=False):
        if rest in INSTITUTION_NOUNS:
            return rest.removeprefix("ال")
    return None


def body_antecedent(view: DocView, t: int, stop: int) -> Ref | None:
    """The body a bare definite head noun at token t stands for, or None."""
    toks = view.tokens
    if t in view.token_mention or not toks[t].key.isalpha():
        return None
    head = _head(toks[t].key)
    if head is None:
        return None
    nxt = toks[t + 1] if t + 1 <= stop else None
    if nxt is not None and t + 1 not in view.token_mention and nxt.key.startswith("ال") and nxt.key.isalpha():
        return None  # "البنك الأهلي": a name of its own the NER missed, not the one named before
    sentence = toks[t].sentence
    best: tuple[int, int] | None = None
    for m, (a, _) in view.mention_span.items():
        if a >= t or not sentence - _REACH <= toks[a].sentence <= sentence or view.mentions[m].ner_type == "PER":
            continue
        ref = view.ref(m)
        if ref.entity.kind != "Organization":
            continue
        words = match_key(ref.entity.label).split() or [""]
        first = {rest.removeprefix("ال") for _, rest in clitic_splits(words[0], article=False)}
        if head in first and (best is None or a > best[0]):
            best = (a, m)
    return view.ref(best[1]) if best is not None else None
