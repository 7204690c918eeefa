"""Who is no side of a meeting, and which meeting words tell no meeting at all: the last check of a
record before it is kept.

`kg.extract.meeting_parties` reads the parties around a trigger; a few kinds of mention there stand
for nobody who met, and a few kinds of clause tell no meeting however their parties look:

* **Not a party** (`not_a_party`): a person named only as a facility's or a competition's eponym
  ("وفد طلاب برنامج مؤسسة سامي الحداد الخيرية"، "منافسات دوري فلان الفلاني للمحترفين": the person is
  the name of the body or league) or after "باسم" ("بتسمية السباق باسم الملك X"); a news outlet the
  story credits or quotes ("صحيفة X"، "قناة Y"، an
  outlet of the knowledge base); a "person" whose name opens with a one-letter word, a clitic the NER
  cut off ("ولي عهد ه الأمين" → "ه الأمين"); a body named as the venue ("بمقر وزارة الزراعة"; a meeting
  word and مقر/بمقر/مبنى + a state or international body within 100 characters: 144 raw paragraphs).
* **Sports** (`sports_event`): "يلتقي الهلال مع نظيره الرياض على صالة …"، "سيلتقيان في الدور الثاني مع
  غينيا … بعد القرعة"، "قمة بين باريس سان جرمان و برشلونة … في ملعب النور": teams and players meet on a
  pitch. Such a record is dropped when its sentence holds a word only sports news uses (`_SPORT`) or
  two words sports news favours (`_SPORT_WEAK`), its trigger is no word of assembly (اجتمع، اجتماع: a
  club's president and a coach who sit down together meet), none of its persons holds an office and no
  national official's title is in the sentence (a minister who receives a team, a president who says a
  player visited him stay). Raw corpus (../shared/data/arabic-news-raw, both files, zcat | grep -cE): a meeting verb
  (يلتقي/سيلتقي/التقى/يستقبل/استقبل/يستضيف/ضيفا) and a sports word in 322 paragraphs; on 400 random
  paragraphs with a meeting word kg made 56 records, 8 of them sports.
* **A wish or a condition** (`hypothetical`): "تمنى X لو يلتقي Y"، "إذا اجتمع القطبان": "لو"/"إذا" right
  before the meeting verb (18 paragraphs in the raw corpus, `لو|إذا + التقى/اجتمع/يلتقي/زار …`).

Everything here only removes: a clause that tells a real meeting of officials keeps its record.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView
from kg.link.eponyms import named_after_heads
from kg.link.normalize import match_key

#: Competitions named after a person ("دوري فلان الفلاني للمحترفين"، "كأس فلان"، "بطولة فلان").
_COMPETITIONS = vocab.keys(("دوري", "كأس", "بطولة", "مسابقة"))
#: The first word of an outlet's name: "صحيفة X"، "قناة Y"، "وكالة Z للأنباء".
_OUTLET_HEADS = vocab.keys(("صحيفة", "الصحيفة", "جريدة", "الجريدة", "قناة", "القناة", "وكالة", "مجلة", "المجلة",
                            "إذاعة", "تلفزيون", "التلفزيون", "التلفزة"))
#: Outlet words anywhere in the name ("مؤسسة التلفزة التونسية"، "هيئة الإذاعة البريطانية").
_OUTLET_WORDS = vocab.keys(("التلفزة", "التلفزيون", "الإذاعة", "للأنباء"))
_OUTLET_TYPES = ("news_agency", "news_outlet")
#: "بمقر وزارة X"، "في مبنى الأمانة العامة": the body after them is where the meeting was held.
_SEAT_NOUNS = vocab.keys(("مقر", "مبنى"))
#: Words only sports news uses (a match, its players, coach, pitch, draw, half, score); "المنتخب" (elected),
#: "الدوري" (periodic), "صالة" (an airport hall) are in `_SPORT_WEAK`; "فريق" (a military rank), "نظيره",
#: "الجولة", "يواجه"، "مواجهة" (political news says them as often) are left out.
_SPORT = vocab.keys(("مباراة", "المباراة", "مباريات", "المباريات", "مباراته", "لاعب", "اللاعب", "لاعبين",
                     "اللاعبين", "لاعبي", "لاعبا", "مدرب", "المدرب", "مدربا", "منتخب", "منتخبنا", "ملعب",
                     "الملعب", "استاد", "إستاد", "الشوط", "القرعة", "بطولة", "البطولة", "كأس", "بنتيجة", "بهدفين",
                     "هدفين", "دوري"))
#: Words sports news favours that other news uses too: two of them in a sentence make it sports news.
_SPORT_WEAK = vocab.keys(("فريقه", "فريقها", "نادي", "النادي", "الأندية", "صالة", "الرياضية", "الرياضي", "الدوري",
                          "مواجهات", "مواجهته", "يتواجه", "جماهير", "الجماهير", "ضيفه", "معسكر", "المعسكر"))
#: The stem of اجتمع/يجتمع/اجتماع (match key): in sports news too a meeting of persons, not a match.
_ASSEMBLY = match_key("جتم")
#: "لو يلتقي"، "إذا اجتمع": a wish or a condition, no meeting told.
_IF = vocab.keys(("لو", "ولو", "إذا", "اذا", "وإذا", "فإذا"))


#: "باسم الملك X": named after X ("أمر بتسمية السباق باسم الملك X") or the spokesman for X, who is no side
#: of the meeting told beside it. Raw corpus: "باسم" + الرئيس 15, الأمير 7, الملك 5, الشيخ/الراحل/الفقيد 3.
_IN_NAME_OF = vocab.keys(("باسم",))
_NAME_TITLES = vocab.keys(("الملك", "الأمير", "الشيخ", "الرئيس", "الراحل", "الفقيد", "المغفور", "له"))


def _in_the_name_of(view: DocView, a: int) -> bool:
    """The person whose mention starts at token a follows "باسم" (a title or honorific between)."""
    k = a - 1
    while k >= 0 and a - k <= 4 and k not in view.token_mention and (
            view.tokens[k].is_(_NAME_TITLES) or view.tokens[k].is_(vocab.HONORIFICS)):
        k -= 1
    return k >= 0 and view.tokens[k].is_(_IN_NAME_OF)


def not_a_party(view: DocView, ref: Ref) -> bool:
    """The participant stands for nobody who met: an eponym person, a news outlet, or a "person" whose
    name opens with a one-letter word (a clitic cut off by the NER)."""
    if ref.entity.kind == "Person":
        words = ref.entity.label.split()
        if not words or len(match_key(words[0])) < 2:
            return True
        if ref.mention is not None and ref.mention in view.mention_span:
            a = view.mention_span[ref.mention][0]
            before = view.tokens[a - 1] if a > 0 else None
            heads = named_after_heads()
            if before is not None and (before.is_(_COMPETITIONS) or any(f in heads for f in before.forms)):
                return True  # "مؤسسة فلان الخيرية"، "دوري فلان": the body's or league's name
            return _in_the_name_of(view, a)
        return False
    if ref.entity.kind != "Organization":
        return False
    if ref.mention is not None and ref.mention in view.mention_span:
        a = view.mention_span[ref.mention][0]
        if a > 0 and view.tokens[a - 1].is_(_SEAT_NOUNS):
            return True  # "لقاء جمعه بنظيره بمقر وزارة الزراعة": where they met
    entry = view.kb_entry(ref)
    if entry is not None and entry.org_type in _OUTLET_TYPES:
        return True
    words = [match_key(w) for w in ref.entity.label.split()]
    return bool(words) and (words[0] in _OUTLET_HEADS or any(w in _OUTLET_WORDS for w in words))


def parties(view: DocView, participants: list[Ref]) -> list[Ref]:
    """The participants without those that are no party (`not_a_party`)."""
    return [p for p in participants if not not_a_party(view, p)]


def sports_event(view: DocView, off: Officials, tokens: list[int], participants: list[Ref]) -> bool:
    """The sentence of the trigger `tokens` is sports news (one word of `_SPORT`, or two of `_SPORT_WEAK`),
    no trigger is a word of assembly (اجتمع، اجتماع: a club's officials who sit down together meet), no
    person among the participants holds an office and no national official's title is in the sentence."""
    if any(any(_ASSEMBLY in f for f in view.tokens[t].forms) for t in tokens):
        return False
    sentence = view.sentence_tokens(view.tokens[tokens[0]].sentence)
    weak = {w.key for w in sentence if w.is_(_SPORT_WEAK)}
    if not (any(w.is_(_SPORT) for w in sentence) or len(weak) >= 2):
        return False
    office = {p.person.key for p in off.posts}
    if any(p.entity.kind == "Person" and p.key in office for p in participants):
        return False
    a, b = sentence[0].index, sentence[-1].index
    return not any(a <= title.first <= b and title.role in vocab.NATIONAL_ROLES  # "وقال رئيس الغابون: … لزيارتي"
                   for title in off.titles)


def hypothetical(view: DocView, verb: int, first: int) -> bool:
    """The meeting verb at `verb` follows "لو"/"إذا" (one word, "ما", between at most)."""
    toks = view.tokens
    for back in (verb - 1, verb - 2):
        if back < first or back < 0:
            return False
        if toks[back].is_(_IF):
            return True
        if toks[back].key != "ما":
            return False
    return False
