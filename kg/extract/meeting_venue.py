"""Where a meeting word meets no counterpart: a venue's guests, a visit of care, counted guests, a
birthplace, a sports match.

A reception whose host is a building or site is no meeting.

"استقبل مطار الملك عبدالعزيز الدولي 5 ملايين معتمر"، "واستقبل مستشفى طريف العام الخادمة"،
"الفندق … الذي استقبل عددا من كبار الضيوف من أمثال X وY": the verb of a reception has a venue
as its subject, and the persons named after it are its guests or patients, not the parties of a
meeting. In the raw news corpus (scripts/raw_corpus.lines()) a venue noun of `VENUES` right after
استقبل/استقبلت/يستقبل/تستقبل opens 69 paragraphs, and one before الذي/التي + that verb 10 (the
regexes are in the commit message); none of the 30 read told a meeting of persons.

A city or a state as subject ("استقبلت الرياض الرئيس X") is the host state's reception of a
visitor and stays an event.

In sports news لقاء is a match: "تغلب فريق X على نظيره Y بهدف وحيد في اللقاء الذي جمعهما"،
"في اللقاء الذي جمعهما على ملعب Z". Of the 3,108 sentences of ../shared/data/arabic-news-raw
(scripts/raw_corpus.lines()) with لقاء/اللقاء/لقاءات, 720 also hold a word of `_SPORT`; of 132
paragraphs with "(ال)لقاء (الذي) جمع…", 60 are matches. Words that also mean something else in
political news are left out ("الدوري" periodic, "الودي" friendly, "المنتخب" elected, "هدف" aim).
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView
from kg.link.normalize import match_key

#: Buildings and sites that receive visitors, passengers, patients or ships (raw corpus above).
VENUES = vocab.keys(tuple(a + w for w in (
    "فندق", "مطار", "ملعب", "مستشفى", "مستشفيات", "معرض", "مهرجان", "قاعة", "مركز", "جناح", "متحف", "جامعة",
    "مسجد", "منتجع", "ميناء", "شاطئ", "مخيم", "منفذ", "فنادق", "مطارات", "موانئ") for a in ("", "ال")))
_RELATIVE = vocab.keys(("الذي", "التي"))
#: How far back from الذي/التي the venue may stand ("الفندق صاحب الموقع المتميز على شاطئ بيروت الذي").
_REACH = 7


def venue_host(view: DocView, verb: int, first: int) -> bool:
    """The reception verb at `verb` has a venue as its subject: the venue follows the verb at
    once, or the verb follows الذي/التي whose antecedent, read back over at most `_REACH` words
    with no person before it, is a venue."""
    toks = view.tokens
    if verb + 1 < len(toks) and toks[verb + 1].is_(VENUES):
        return True  # "واستقبل مستشفى طريف العام …": the venue's name may be a mention of its own
    if verb - 1 < first or not toks[verb - 1].is_(_RELATIVE):
        return False
    for t in range(verb - 2, max(first, verb - 2 - _REACH) - 1, -1):
        m = view.token_mention.get(t)
        if (m is not None and view.is_person(m)) or toks[t].punct:
            return False
        if toks[t].is_(VENUES):
            return True
    return False


#: Whom or where a visit of care goes: patients, the wounded, a hospital or its wards.
CARE = vocab.keys(tuple(a + w for w in (
    "مرضى", "مريض", "مصابين", "جرحى", "منومين", "مستشفى", "مستشفيات", "أقسام", "مرضاها", "مرضاه")
    for a in ("", "ال", "لل", "ل", "بال")))
#: Words between a visit and its object that do not end the look ("زيارة معايدة لعدد من مرضى").
_CARE_REACH = 5


def care_visit(view: DocView, t: int, last: int, covered: set[int]) -> bool:
    """The visit at token `t` goes to patients, the wounded or a hospital ("وزار المرضى المنومين"،
    "قام X بزيارة معايدة لعدد من مرضى الفشل الكلوي"، "لدى زيارتها في المستشفى"): a visit of care,
    not a meeting of two sides. The object is read over at most `_CARE_REACH` words after the
    trigger, a visitor's name and title not counted. In the raw news corpus a visit word followed
    within two words by such a noun opens 139 paragraphs; on 70 of them sampled at random kg made
    9 meeting records, none a meeting of named counterparts (patients, staff, escorts)."""
    plain = 0
    for j in range(t + 1, last + 1):
        if j in covered or j in view.token_mention and not view.tokens[j].is_(CARE):
            continue
        if view.tokens[j].is_(CARE):
            return True
        plain += 1
        if plain >= _CARE_REACH:
            return False
    return False


#: Words that count the received ("استقبلت نحو 1600 حالة"، "استقبال أكثر من ألف لاجئ").
_ABOUT = vocab.keys(("أكثر", "اكثر", "من", "نحو", "حوالي", "قرابة", "ما", "يزيد", "يقارب", "عن", "على"))
_COUNTS = vocab.keys(("ألف", "آلاف", "الآلاف", "مئات", "عشرات", "مليون", "ملايين", "مئة", "مائة"))


def counted_guests(view: DocView, t: int, last: int) -> bool:
    """The reception at token `t` counts whom it received ("استقبلت العيادات نحو 1600 حالة"، "ستستقبل الولايات
    المتحدة 1250 لاجئا"، "استقبال أكثر من ألف لاجئ"): patients, tourists, refugees, calls, no counterpart.
    A number within `_CARE_REACH` words after the trigger, past the subject's name and an approximation (نحو،
    أكثر من، ما يزيد عن). Raw corpus (both files, zcat | grep -cE): a reception verb or noun, an approximation,
    then digits: 68 paragraphs, none a meeting; on 62 of them kg made 2 records, both wrong (this reading drops
    one; the other's guests are "المرضى السعوديين")."""
    for j in range(t + 1, min(last, t + _CARE_REACH) + 1):
        tok = view.tokens[j]
        if tok.key[:1].isdigit() or tok.is_(_COUNTS):
            return True
        if not (j in view.token_mention or tok.is_(_ABOUT)):
            return False
    return False


#: What a family receives after a death: condolences, not persons ("استقبلت أسرة X البارحة العزاء").
_CONDOLENCES = vocab.keys(("العزاء", "التعازي"))


def condolences_received(view: DocView, t: int, last: int) -> bool:
    """The reception at token `t` receives condolences ("استقبل آل X البارحة العزاء"، "استقبلت أسرة الراحل التعازي"):
    a bereaved family, no counterpart. The condolence noun within `_CARE_REACH` words after the trigger, no
    punctuation between. Raw corpus (both files, zcat | grep -cE): a reception verb, at most 60 characters
    without a comma, then العزاء/التعازي: 10 paragraphs, all bereaved families, none a meeting."""
    for j in range(t + 1, min(last, t + _CARE_REACH) + 1):
        tok = view.tokens[j]
        if tok.is_(_CONDOLENCES):
            return True
        if tok.punct:
            return False
    return False


#: Papers a body receives ("بدأت الوزارة استقبال طلبات المواطنين"، "تستقبل الهيئة البلاغات"): an intake, not guests.
#: Raw corpus (both files): a reception verb or noun right before طلبات 156, الطلبات 47, ملفات 20, المكالمات 8,
#: شكاوى 7, وثائق 7, بلاغات 5, البلاغات 6, العروض 5 times (2026-12-07).
_PAPERS = vocab.keys(("طلبات", "الطلبات", "ملفات", "الملفات", "المكالمات", "شكاوى", "الشكاوى", "وثائق", "الوثائق",
                      "بلاغات", "البلاغات", "عروض", "العروض"))


def papers_received(view: DocView, t: int, last: int) -> bool:
    """The reception at token `t` takes in papers ("رفض استقبال طلبات المواطنين"، "استقبلت الإدارة بلاغات"): the
    paper noun right after the trigger, or after one common noun (the subject) that names no entity."""
    toks = view.tokens
    for j in (t + 1, t + 2):
        if j > last or toks[j].punct:
            return False
        if toks[j].is_(_PAPERS):
            return True
        if j in view.token_mention:
            return False
    return False


def no_guest_received(view: DocView, t: int, last: int) -> bool:
    """The reception at token `t` receives no counterpart: counted guests, condolences or papers."""
    return counted_guests(view, t, last) or condolences_received(view, t, last) or papers_received(view, t, last)


_MUSCAT = match_key("مسقط")
_HEAD = vocab.keys(("رأس", "رأسه", "رأسها", "راس", "راسه"))


def birthplace(view: DocView, m: int) -> bool:
    """Mention m is "مسقط" of "مسقط رأس" ("birthplace", 103 raw paragraphs), not Muscat:
    "زيارة إلى مسقط رأس والده" goes to no state's capital."""
    end = view.mention_span[m][1]
    return end + 1 < len(view.tokens) and match_key(view.mentions[m].text) == _MUSCAT and view.tokens[
        end + 1].is_(_HEAD)


_MATCH_NOUNS = vocab.keys(("لقاء", "اللقاء", "لقاءات", "اللقاءات", "لقاءين"))
#: Words only sports news uses beside لقاء (a match, its minute and half, its score, a team or ground).
_SPORT = vocab.keys(("مباراة", "المباراة", "مباريات", "المباريات", "مبارياته", "الدقيقة", "الشوط", "بنتيجة",
                     "منتخب", "منتخبنا", "ملعب", "استاد",
                     # "انتهى اللقاء … بالتعادل 1-1": raw corpus (both files, zcat | grep -c) 126 lines, 32 with لقاء;
                     # 4 without a sports word, all a score ("يكتفي بالتعادل أمام X"); bare "التعادل" is also parity
                     "بالتعادل"))


def sports_match(view: DocView, t: int) -> bool:
    """Token t is لقاء in a sentence of sports news (a word of `_SPORT` in it): a match, no meeting."""
    tok = view.tokens[t]
    return tok.is_(_MATCH_NOUNS) and any(w.is_(_SPORT) for w in view.sentence_tokens(tok.sentence))
