"""Small towns, villages and districts named after their administrative noun: `محافظة المخواة`، `بمحافظة ضمد`،
`قرية المفتاحة`، `بلدة القديح`، `مديرية حرض`، `محافظة خميس مشيط`.

Local news names the governorate, village or district of nearly every story by its noun, and most of these names
are in no gazetteer and left out by the tagger. `kg.link.place_heads` takes a word after a place head only when the
raw news writes it after several different heads (`headed_places.tsv`), which a governorate of a few thousand
people never is. After these nouns (`TOWN_HEADS`, indefinite, a clitic allowed) the next word is the place's name in
all but a few uses, so the noun is the evidence, as `معتمدية` is in `kg.link.delegations`. Raw news (both corpora,
`zcat ../shared/data/arabic-news-raw/*.txt.gz | grep -oE "(^| )[وبلف]?HEAD [^ ]+"`): `محافظة` 6,297 times, `قرية`
1,177, `بلدة` 754, `مديرية` 656 (the heads' counts; the names after them: محافظة جدة 354، الطائف 342، عدن 202 …، قرية
دوما 76، المفتاحة 62 …، بلدة سروج 31، القديح 26 …، مديرية مشرعة وحدنان 15، حزم العدين 9 …).

What is not a name: a word a gold NER corpus counts as common or as a title, a body's head (`مديرية الدفاع` is
kg.link.institution_spans'), a preposition or particle (`محافظة على` "keeping to"), a word with a possessive or a
conjunction on it, a compass word (`بلدة شمال شرق حلب`), an indefinite nisba (`أكبر محافظة شيعية`), an indefinite
adjective after `قرية`/`بلدة` (`قرية صغيرة`، `بلدة تركية`: a word in ة), and after
`مديرية` a definite word or a service's noun (`مديرية الشؤون الصحية`، `مديرية أمن`, a directorate: `SERVICES`). The
name is one word, or two when the first cannot stand alone (`OPENERS`: خميس مشيط، حفر الباطن، وادي الدواسر) or the
second is a compass word or الدين (`SECOND_WORDS`: ظهران الجنوب، صلاح الدين). The
mention is the name alone, as a place's name is written without its classifier; a name a mention or a
knowledge-base name already covers is left to them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kg.link.heads import head_of
from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc, _Tok

GOVERNORATE = match_key("محافظة")
VILLAGES = frozenset(match_key(w) for w in ("قرية", "بلدة"))
DISTRICT = match_key("مديرية")
TOWN_HEADS = frozenset({GOVERNORATE, DISTRICT}) | VILLAGES
#: First words of two-word town names (raw news after these nouns: خميس مشيط 44، حفر الباطن 86، وادي الدواسر 27، رأس
#: تنورة 25، أحد رفيدة، أبو عريش، بني حسن، دار سعد 6، صبر الموادم 4، غيل باوزير، حزم العدين 9، دير الزور).
OPENERS = frozenset(match_key(w) for w in (
    "خميس", "حفر", "وادي", "رأس", "أحد", "أبو", "بني", "دار", "صبر", "غيل", "حزم", "دير", "ذي", "بئر", "عين", "سيدي",
    "رجال", "مشرعة", "بيت", "تل", "خان", "جسر", "كفر", "الحيمة", "آل",
))
#: Second words of a town's name after a one-word name (محافظة ظهران الجنوب، محافظة صلاح الدين).
SECOND_WORDS = frozenset(match_key(w) for w in (
    "الجنوب", "الشمال", "الجنوبية", "الشمالية", "الشرقية", "الغربية", "الكبرى", "الصغرى", "الدين",
))
#: Words after these nouns that name no place: particles, prepositions, pointing back.
NOT_NAMES = frozenset(match_key(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "هذه", "تلك", "ذات", "التابعة", "المذكورة", "نفسها", "أو", "ثم", "التي",
    "الذي", "كل", "أخرى", "واحدة", "المنطقة", "المحافظة", "القرية", "البلدة", "المديرية", "الجهة", "لا", "لم", "قد",
))
#: Services a directorate is named by (مديرية أمن عدن، مديرية شرطة المعلا، مديرية صحة …): a body, not a district.
SERVICES = frozenset(match_key(w) for w in (
    "أمن", "شرطة", "مخابرات", "صحة", "تربية", "زراعة", "شؤون", "شئون", "جوازات", "مرور", "أوقاف", "إعلام", "مالية",
    "أشغال", "سجون", "دفاع", "تعليم", "بلدية", "جمارك", "ثقافة", "سياحة", "عمل", "كهرباء", "مياه", "نقل",
))
#: Nouns of a place's surroundings after ب/ل (قرية بريف إدلب، بلدة بشمال حلب).
AROUND = frozenset(match_key(w) for w in ("ريف", "شمال", "جنوب", "شرق", "غرب", "وسط", "محيط", "ضواحي", "أطراف"))
_POSSESSIVE = ("ها", "هم", "هن", "نا", "كم", "هما")
#: The confidence of a town found by its noun (as `kg.link.place_heads.HEAD_CONFIDENCE`).
TOWN_CONFIDENCE = 0.6


def _town_head(word: str) -> str | None:
    """The town noun this word is in construct (محافظة، بمحافظة، لقرية), or None."""
    return next((r for p, r in clitic_splits(match_key(word), article=False)
                 if r in TOWN_HEADS and (not p or len(r) >= 4)), None)


def town_name_word(key: str, head: str, first: bool = True) -> bool:
    """The word (its key) may be a word of a town's name after the noun `head` (`first`: its first word)."""
    lex = lexicons()
    if (len(key) < 2 or key in NOT_NAMES or key in lex.common_words or key in lex.title_words
            or head_of(key) is not None or key.endswith(_POSSESSIVE) or not key.isalpha()):
        return False
    if first and key[:1] in "وفبل" and len(key) > 3 and (key[1:] in lex.common_words or key[1:].startswith("ال")):
        return False  # a conjunction or preposition opens the next phrase (محافظة وضحاياها، قرية بريف إدلب)
    if first and (key in AROUND or key.rstrip("ي") in AROUND):
        return False  # بلدة شمال شرق حلب: a town described by where it lies
    if first and not key.startswith("ال") and key.endswith("يه"):
        return False  # an indefinite nisba: أكبر محافظة شيعية
    if first and key[:1] in "بل" and key[1:] in AROUND:
        return False  # قرية بريف إدلب: a village in the countryside of a place
    if head in VILLAGES and first and not key.startswith("ال") and key.endswith("ه"):
        return False  # an indefinite adjective: قرية صغيرة، بلدة تركية (ة folds to ه)
    if head == DISTRICT and first and (key.startswith("ال") or key in SERVICES):
        return False  # مديرية الشؤون الصحية، مديرية أمن عدن: a directorate
    return True


def name_last(doc: _Doc, i: int, named: Callable[[str, str, bool], bool]) -> _Tok | None:
    """The last token of the town name after the head noun at token i (its first word passing `named`): one
    word, two when the first is an opener (`OPENERS`: أبو عريش) or the second a name's second word
    (`SECOND_WORDS`); None when an opener stands alone. `named(key, text, first)` says whether a word may be a
    word of the name. Shared by the town nouns here and the governor's title (`kg.link.governorates`)."""
    toks = doc.toks
    first = toks[i + 1]
    two = i + 2 < len(toks) and doc.spaced(first.end, toks[i + 2].start)
    if first.key in OPENERS:
        return toks[i + 2] if two and named(toks[i + 2].key, toks[i + 2].text, False) else None
    return toks[i + 2] if two and toks[i + 2].key in SECOND_WORDS else first


def town_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """LOC mentions for the towns named after `TOWN_HEADS` that no mention or KB name covers."""
    taken = [(m.start, m.end) for m in ner] + [(h.start, h.end) for h in names]
    toks = doc.toks
    out = []
    for i in range(len(toks) - 1):
        head, first = _town_head(toks[i].text), toks[i + 1]
        if head is None or not doc.spaced(toks[i].end, first.start) or not town_name_word(first.key, head):
            continue
        if any(s <= toks[i].start < e for s, e in taken):
            continue  # the noun is inside a mention already (أمانة محافظة جدة)
        last = name_last(doc, i, lambda key, _text, first_word, noun=head: town_name_word(key, noun, first_word))
        if last is None or any(s < last.end and first.start < e for s, e in taken):
            continue
        text = doc.text[first.start:last.end]
        out.append(Mention(first.start, last.end, text, text, "LOC", TOWN_CONFIDENCE, doc.sentence(first.start),
                           source="pattern"))
    return out


__all__ = ["OPENERS", "SECOND_WORDS", "TOWN_CONFIDENCE", "TOWN_HEADS", "town_mentions", "town_name_word"]
