"""Several instruments, several counterparts: "وقعت الدولة س اتفاقيات مع أ وب" is one treaty س–أ and one س–ب.

A plural treaty noun (اتفاقيات، مذكرات تفاهم، بروتوكولات …) whose مع-phrase lists two or more counterparts
tells of one instrument per counterpart, each signed by the clause's actor: "وقعت المملكة اتفاقيات ثنائية
مع كل من جيبوتي والنيجر"، "توقيع السعودية اتفاقيات مع دول جديدة، كالهند وبنجلاديش"، "الاتفاقيات الثنائية مع
الاتحاد الأوروبي وإيطاليا". Read as one treaty of all of them, the actor and its first counterpart make one
record and every other counterpart's instrument is lost. Raw news corpus (saudinewsnet + antcorpus, dev
lines left out, harakat dropped): a plural or dual treaty noun after a signing word, then "مع" and a
coordinated list, 20 paragraphs; with a plural noun each counterpart has its own instrument in every one
read. A dual noun is split only after "مع كل من": "مذكرتي تفاهم مع الشركة أ والشركة ب" was, in a story the
corpus prints four times, one memorandum with both companies and a second with one of them.

A singular noun keeps its counterparts together ("اتفاقا مشتركا مع كل من الشركة أ والشركة ب" is one
contract of three), and so does a بين-phrase ("اتفاقيات بين أ وب وج" names no actor apart from them).
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView

#: Plural treaty nouns (kg/extract/lexicon/treaties.tsv heads marked plural, and the memorandum's first
#: word): each names several instruments.
MANY = vocab.keys(("اتفاقيات", "الاتفاقيات", "اتفاقات", "الاتفاقات", "معاهدات", "المعاهدات", "بروتوكولات",
                   "البروتوكولات", "مذكرات", "المذكرات"))
#: Dual treaty nouns: two instruments, split only with "مع كل من".
TWO = vocab.keys(("اتفاقيتين", "الاتفاقيتين", "اتفاقيتي", "اتفاقيتان", "الاتفاقيتان", "اتفاقين", "الاتفاقين",
                  "معاهدتين", "مذكرتي", "مذكرتا", "مذكرتين", "المذكرتين"))
_WITH = vocab.keys(("مع",))
_EACH = vocab.keys(("كل",))
#: How far the مع-phrase may stand from the noun: its label words between ("اتفاقيات تعاون ثنائية مع")
#: after it; before it, the whole list of counterparts ("وقعت الدولة س مع كل من الشركة أ والشركة ب اتفاقيات").
_REACH = 8
_REACH_BEFORE = 14


def _with_at(view: DocView, head: int, label_end: int, first: int, stop: int) -> tuple[int, int, int] | None:
    """The مع token of the noun's counterparts and the token range its list may occupy: after the
    noun's label, up to the clause's end; or before the noun, between the مع and the noun."""
    toks = view.tokens
    for t in range(label_end + 1, min(stop, label_end + _REACH) + 1):
        if toks[t].is_(_WITH):
            return t, t + 1, stop
        if toks[t].punct and toks[t].text in ".؛;":
            break
    for t in range(head - 1, max(first, head - _REACH_BEFORE) - 1, -1):
        if toks[t].is_(_WITH):
            return t, t + 1, head - 1
    return None


def split_counterparts(view: DocView, head: int, label_end: int, first: int, stop: int,
                       parties: dict[str, Ref]) -> list[dict[str, Ref]] | None:
    """The parties of each instrument when the plural (or, with "مع كل من", dual) treaty noun at `head`
    (its label ending at `label_end`, its clause first..stop) has two or more counterparts after مع and an
    actor besides; None when it names one treaty. A party the text does not place (a nisba's state, a title's) is the
    actor's side: "وقع الوزير المصري اتفاقيات مع أ وب"."""
    dual = view.tokens[head].is_(TWO)
    if len(parties) < 3 or not (dual or view.tokens[head].is_(MANY)):
        return None
    found = _with_at(view, head, label_end, first, stop)
    if found is None:
        return None
    at_with, lo, hi = found
    if dual and not (at_with + 1 <= stop and view.tokens[at_with + 1].is_(_EACH)):
        return None  # "مذكرتي تفاهم مع أ وب": perhaps both with each
    counter: dict[str, Ref] = {}
    actors: dict[str, Ref] = {}
    for key, ref in parties.items():
        at = view.mention_span[ref.mention][0] if ref.mention is not None else None
        (counter if at is not None and lo <= at <= hi else actors)[key] = ref
    if len(counter) < 2 or not actors:
        return None
    return [{**actors, key: ref} for key, ref in counter.items()]

