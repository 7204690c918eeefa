"""Meetings the text says did not or will not take place: a negated verb, a denied or refused meeting.

News tells meetings that did not happen with the same words as those that did: "لم يلتق الرئيس X
الوزير Y"، "لن يستقبل X"، "نفى X أن يكون قد التقى Y"، "رفض X لقاء Y"، "استبعد X عقد لقاء مع Y". Such an
event keeps its record (annotators list it, with the status "not held"), but its status is
`not-held`, never "held" or "planned".

Raw corpus (../shared/data/arabic-news-raw, dev lines excluded, zcat | grep -cE): "لم + يلتق/يزر/يجتمع/
يستقبل" (and feminine) 46 paragraphs, "لن + يلتقي/يزور/يجتمع/يستقبل" 5; a denial or refusal verb
(نفى، ينفي، رفض، يرفض، استبعد، يستبعد …) with a meeting word within four words after it 30 (of 25 read:
11 a refused, denied or ruled-out meeting of named sides, "رفض لقاء الرئيس الأميركي"، "ينفي زيارته
لـX"، "استبعد لقاء X وY"; the others a refused application or a sports match, no meeting anyway).
A hypothetical meeting ("من المحتمل أن يلتقي"، "قد يلتقي") stays planned.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView

#: Particles that negate the verb after them: لم (past), لن (future), لا/ما.
_NEGATIONS = vocab.keys(("لم", "لن", "ولم", "ولن", "فلم", "فلن"))
#: Verbs (and the active participle) that deny, refuse or rule out what follows them.
_DENIALS = vocab.keys((
    "نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافية", "نفي", "نفيه", "رفض", "رفضت", "يرفض", "ترفض", "رافضا",
    "رفضه", "استبعد", "استبعدت", "يستبعد", "تستبعد", "مستبعدا",
))
#: Words between a denial and the meeting it denies: "نفى أن يكون قد التقى"، "رفض عقد أي لقاء مع".
_DENIED_LINK = vocab.keys((
    "أن", "أنه", "أنها", "أنهما", "يكون", "تكون", "قد", "أي", "وجود", "حصول", "حدوث", "عقد", "إجراء", "إمكانية",
    "احتمال", "فكرة", "تماما", "قطعيا", "بشدة", "ما", "تردد", "أنباء", "الأنباء", "عن",
))
#: A denial reaches the meeting word at most this many plain words after it.
DENIAL_REACH = 5


def not_held(view: DocView, tok: int, verb: int, first: int, covered: set[int]) -> bool:
    """The meeting at trigger `tok` (its tense carried by `verb`, -1 if none) is negated ("لم يلتق"، "لن
    يزور"، "لم يجر اتصالا") or is what a denial or refusal verb of its clause denies ("نفى أن يكون التقى"،
    "رفض لقاء X"): the words between are names, titles or the links of `_DENIED_LINK`."""
    toks = view.tokens
    for head in {tok, verb} - {-1}:
        if head - 1 >= first and toks[head - 1].is_(_NEGATIONS):
            return True
    plain = 0
    for back in range(min(tok, verb if verb >= 0 else tok) - 1, first - 1, -1):
        if back in view.token_mention or back in covered or toks[back].is_(vocab.HONORIFICS):
            continue
        if toks[back].is_(_DENIALS):
            return True
        if not toks[back].is_(_DENIED_LINK):
            plain += 1
            if plain > 1 or toks[back].punct:
                return False
        if tok - back > DENIAL_REACH + 8:
            return False
    return False
