"""A treaty's بين-list further from its noun than the near window: the instrument's long name.

News, and cabinet decisions above all, name an instrument by its topic before its parties:
"بروتوكول اتفاق يتعلق بإرسال فرق طبية إلى البلاد X بين حكومة الجمهورية X وحكومة
جمهورية Y"، "اتفاقية التزام للبحث عن البترول واستغلاله في منطقة Z بين جمهورية X
والهيئة …"، "الاتفاق الذي جرى التفاوض عليه على مدار 18 شهرا بين X والقوى الست".
The near reading (`kg.extract.treaty_parties`) takes a بين/مع at most six tokens after the noun's
label; this one lets a بين reach `REACH` tokens when nothing between could start another phrase
the بين belongs to. A raw-news probe (saudinewsnet + antcorpus, treaty noun then بين at 7-14
tokens with no punctuation between: 294 places) shows what the بين then hangs on instead:
a relation noun ("التعاون … بين البلدين"، "إطار التعاون بين قيادة X وY" after a protocol's
aim, "الحدود … بين"، "المتبادلة بين الطرفين")، an amount
("تتراوح بين 3.6 و…")، a route ("الخط الحديدي بين الهفوف والرياض"). So the far reading is kept
only when the بين-list names two parties itself (not "البلدين") and neither of the two words
before بين is a relation noun; the caller checks the two names.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView
from kg.extract.treaty_status import NOUNS
from kg.extract.treaty_words import COMPARISON, PARTNER

#: How far after the treaty noun's label a بين may stand and still list its parties.
REACH = 14
#: Nouns (and adjectives) a بين-phrase completes on its own: the relation between two sides is the
#: treaty's topic then, not its parties ("لتعزيز العلاقات بين"، "ترسيم الحدود بين"، "المتبادلة بين").
RELATION_WORDS = vocab.keys((
    "العلاقات", "العلاقة", "علاقات", "الحدود", "حدود", "النزاع", "الصراع", "الحرب", "الخلاف", "الخلافات",
    "المتبادلة", "التبادل", "التجارة", "المسافة", "الطريق", "الخط", "الربط", "الفرق", "الفجوة", "تتراوح",
    "يتراوح", "ما", "الاختلافات", "الاختلاف", "التنسيق", "التواصل", "الحوار", "الشراكة", "التقارب", "الثقة",
    "الفرقاء", "الأطراف", "التفاهم", "التعاون", "تعاون", "المباراة", "مباراة", "المواجهة"))
#: What ends the stretch between the noun and a far بين: punctuation, a quote or bracket.
_BREAKS = frozenset("،,.؛;:()[]«»\"'“”!?؟")


def far_between(view: DocView, t: int, trig_last: int) -> bool:
    """Token t is a بين that may list the parties of the treaty whose label ends at trig_last,
    though further than the near window: no punctuation, treaty noun, other بين/مع or comparison
    between, and no relation noun in the two words before it."""
    toks = view.tokens
    if not toks[t].key.endswith("بين") or not 6 < t - trig_last <= REACH:
        return False
    if any(toks[k].is_(RELATION_WORDS) for k in (t - 2, t - 1)) or t + 1 >= len(toks) \
            or toks[t + 1].is_(vocab.BOTH_PARTIES):  # "التبادل التجاري بين": an adjective after the noun
        return False
    for k in range(trig_last + 1, t):
        tok = toks[k]
        if tok.text in _BREAKS or tok.is_(NOUNS) or tok.is_(PARTNER) or tok.is_(COMPARISON):
            return False
        if tok.sentence != toks[t].sentence:
            return False
    return True


__all__ = ["REACH", "far_between"]
