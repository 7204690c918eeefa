"""Contracts and deals (عقد، صفقة) as treaties, where the text signs or concludes them.

A contract or a deal between two states or bodies is a treaty like an agreement ("وقعت شركة X
عقدا مع شركة Y"، "الصفقة التي أبرمتها الدولة X مع Y"، "صفقة التبادل التي أبرمت بين X وY"). The
nouns are far more often something else: "عقد" is also the verb "held" (عقد اجتماعا، عقد مع نظيره
جلسة) and "decade" (منذ عقد), "صفقة" a trade on the stock market ("من خلال 2413 صفقة") or a
player's transfer. So the noun opens a treaty only in a signing context:

- right after a finite signing verb (its subject between: "وقعت شركة X عقدا") or an indefinite
  signing noun, "على"/"إلى" between at most ("أبرم صفقة"، "توقيع عقد"، "بتوقيع عقود"، "توصلت إلى
  صفقة"); a definite signing noun does not govern it ("بعد التوقيع عقد الوزيران مؤتمرا" is the
  verb held);
- or before a signed participle or a relative signing verb, two label words (or a quoted name)
  between at most ("العقد المبرم بين"، "العقد الموقع العام 2011"، "الصفقة التي أبرمتها"، "العقد
  الذي تم التوقيع عليه");
- or, definite, right before "بين" and a name ("الصفقة بين X وY").

A contract "مع اللاعب"، "مع النجم"، "مع المنتج" is a person's and opens nothing.

Raw news (both corpora, dev lines left out): a signing verb right before a form of عقد/صفقة 79
paragraphs, "توقيع عقد/عقود/العقد" 209, "العقد/الصفقة" before "الموقع/المبرم/التي أبرم…" 33, a form
before "بين" 43 (most of them generic: "الصفقات بين المتنافسين", which name no party).
Their parties are taken as for any treaty, but only those named in the clause, and none is
guessed: a player's contract names a club and a person (no party), so a deal with one named side
is no fact; "عقود ومذكرات تفاهم" is one list, which the treaty noun carries (`kg.extract.treaties`).
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView
from kg.extract.treaty_status import CUES, SIGN_VERBS
from kg.extract.treaty_words import ADVERBIAL, PARTNER, RELATIVE, SKIP_IN_LABEL

#: The nouns: contract(s), deal(s), with the accusative and dual forms and their possessives.
DEAL_NOUNS = vocab.with_suffixes((
    "عقد", "عقدا", "العقد", "عقود", "العقود", "عقدين", "عقدان", "العقدين",
    "صفقة", "الصفقة", "صفقات", "الصفقات", "صفقتين", "صفقتان",
))
#: Indefinite signing nouns that govern a contract in construct ("توقيع عقد"، "إبرام صفقة").
_SIGNING_CONSTRUCT = vocab.keys(("توقيع", "إبرام", "ابرام", "إمضاء", "امضاء"))
_BEFORE_OBJECT = vocab.keys(("على", "علي", "إلى", "الى"))
#: After a relative pronoun, a passive of signing: "العقد الذي تم التوقيع عليه"، "الصفقة التي جرى إبرامها".
_PASSIVE_AUX = vocab.keys(("تم", "جرى"))
_SIGNING_MASDAR = vocab.keys(("التوقيع", "توقيع", "إبرام", "الإبرام", "إمضاء", "توقيعه", "توقيعها", "إبرامه",
                              "إبرامها"))
#: A contract "مع اللاعب"، "مع النجم"، "مع المنتج" is a person's (a player's, an actor's), no treaty: raw news
#: "عقدا/صفقة … مع (ال)لاعب/نجم/مدرب/فنان/منتج …" 40 paragraphs.
_PERSON_NOUNS = vocab.keys(tuple(p + n for n in (
    "لاعب", "لاعبين", "لاعبة", "نجم", "مهاجم", "مدافع", "حارس", "مدرب", "فنان", "فنانة", "ممثل", "ممثلة", "مطرب",
    "مطربة", "مخرج", "منتج", "محترف") for p in ("", "ال")))
_DEFINITE_DEALS = vocab.keys(("العقد", "الصفقة", "العقود", "الصفقات"))
#: A signed participle after the noun: "العقد المبرم"، "العقد الموقع"، "الاتفاق الممضى".
_SIGNED_PARTICIPLES = vocab.keys(("الموقع", "الموقعة", "المبرم", "المبرمة", "الممضى", "الممضاة", "الممضي"))
_FINITE_SIGNING = SIGN_VERBS - CUES.get("negotiating", frozenset())
#: Date words after a fronted verb's subject ("أبرمت الرياض يوم 21 ماي الجاري صفقات أسلحة مع واشنطن"): month
#: names and "this/last/next". Raw news (both corpora, dev lines left out): a signing verb, at most nine words
#: holding a month name, الجاري/الماضي/المقبل, a digit or a quote mark, then عقد/عقدا/عقود/صفقة: 15 stories.
_DATE_WORDS = frozenset(vocab.MONTHS) | vocab.DAY_WORD | vocab.PAST | vocab.NEXT | vocab.TOMORROW \
    | vocab.keys(("الجاري", "الحالي"))
_NAME_MARKS = frozenset("«»\"“”()")


def _between_subject_and_object(view: DocView, j: int) -> bool:
    """Token j may stand between a fronted signing verb's subject and its contract besides a name: a
    date ("يوم 21 ماي الجاري"، "في 9/7/2015"), or a short name in quote marks or brackets ("«مدن»")."""
    toks = view.tokens

    def dated(k: int) -> bool:
        return toks[k].is_(_DATE_WORDS) or any(c.isdigit() for c in toks[k].text)

    if dated(j) or toks[j].text in _NAME_MARKS:
        return True
    if toks[j].key == "في":
        return j + 1 < len(toks) and dated(j + 1)
    return 0 < j < len(toks) - 1 and toks[j - 1].text in _NAME_MARKS and toks[j + 1].text in _NAME_MARKS


def _signing_before(view: DocView, t: int, first: int) -> bool:
    """A signing word governs the noun at t: right before it, or before the subject between
    them (VSO: "وقعت شركة X عقدا"، "أبرمت حكومة X صفقة"، with a date after the subject: "أبرمت
    الرياض يوم 21 ماي الجاري صفقات")."""
    toks = view.tokens
    j = t - 1
    if j >= first and toks[j].is_(_BEFORE_OBJECT):
        j -= 1
    subject = False
    while j >= first and t - j <= 12 and (j in view.token_mention or toks[j].is_(ADVERBIAL) or toks[j].key == "و"
                                          or _between_subject_and_object(view, j)):
        subject = subject or j in view.token_mention
        j -= 1
    if j < first or j in view.token_mention:
        return False
    tok = toks[j]
    if tok.is_(_SIGNING_CONSTRUCT):
        return not subject  # "توقيع عقد"، "لتوقيع عقد" (a form drops the clitic; "التوقيع" is not one)
    return tok.is_(_FINITE_SIGNING)


def _signed_after(view: DocView, t: int, last: int) -> bool:
    toks = view.tokens
    words = 0
    for j in range(t + 1, min(last, t + 6) + 1):
        tok = toks[j]
        if tok.is_(_SIGNED_PARTICIPLES):
            return True
        if tok.is_(RELATIVE):
            nxt = toks[j + 1] if j + 1 <= last else None
            return nxt is not None and (nxt.is_(SIGN_VERBS) or nxt.is_(CUES["signed"]) or (
                nxt.is_(_PASSIVE_AUX) and j + 2 <= last and toks[j + 2].is_(_SIGNING_MASDAR)))
        if tok.key in SKIP_IN_LABEL or j in view.token_mention:
            continue  # a deal's name: "صفقة «فلان» التي أبرمت بين …"
        words += 1
        if tok.punct or words > 2:
            return False
    return False


def _between_after(view: DocView, t: int, last: int) -> bool:
    """"الصفقة بين X وY"، "العقد المالي بين …": a definite contract between named sides (the
    indefinite "عقد بين" may be the passive verb: "عُقد بين الجانبين اجتماع")."""
    toks = view.tokens
    if not toks[t].is_(_DEFINITE_DEALS):
        return False
    for j in range(t + 1, min(last, t + 2) + 1):
        if toks[j].key == "بين":
            return j + 1 in view.token_mention
        if toks[j].punct or j in view.token_mention:
            return False
    return False


def _personal(view: DocView, first: int, last: int) -> bool:
    """A contract with a player or an artist: "مع" then a person noun in the clause ("وقع النادي عقدا
    احترافيا مع لاعب …، وتمت مراسم توقيع العقد")."""
    toks = view.tokens
    return any(toks[j].key in ("مع", "ومع") and toks[j + 1].is_(_PERSON_NOUNS) for j in range(first, last))


def generic_sides(view: DocView, first: int, last: int) -> bool:
    """The clause names a contract's sides only as "الطرفين"/"البلدين" after بين/مع: a treaty reads them
    as the article's pair, a contract (a club's, a company's) has no such pair to guess."""
    toks = view.tokens
    return any(toks[j].is_(PARTNER) and toks[j + 1].is_(vocab.BOTH_PARTIES) for j in range(first, last))


def is_deal(view: DocView, t: int, first: int, last: int) -> bool:
    """Token t is a contract or deal noun its clause (tokens first..last) signs or concludes."""
    tok = view.tokens[t]
    if not tok.is_(DEAL_NOUNS) or t in view.token_mention:
        return False
    return (_signing_before(view, t, first) or _signed_after(view, t, last) or _between_after(view, t, last)) \
        and not _personal(view, first, last)
