"""Who a meeting involves beyond the persons it names: the body that meets alone, the state a
first person plural stands for, and the hosts of a visit.

`kg.extract.meeting_parties` reads the parties a clause names around its trigger; these read what
news leaves implicit or lists after it: "قمة مجلس التعاون" (an organization meets in its own
summit), "قال الوزير … إن بلادنا" (the speaker's state), "بزيارة إلى … تشمل X وY" (a tour's hosts, in
order, a capital standing for its state), "البلدين" (the article's two states, `article_pair`, and
the officials named for them, `officials_of`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.nisba import nisbas_after
from kg.extract.officials import Officials
from kg.extract.speaker_side import nearest_speaker
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

_SINGLE_PARTY_KINDS = ("summit", "meeting")
_GENITIVE_FILLERS = vocab.keys(("قادة", "زعماء", "دول", "وزراء", "خارجية", "الخارجية", "دفاع", "الدفاع", "داخلية",
                                "رؤساء", "مجلس", "الدورية", "الدوري", "العادية", "الطارئة", "الاستثنائية", "السنوية",
                                "الوزاري", "الوزارية"))


def single_party(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger]) -> Ref | None:
    """The organization a summit or meeting noun belongs to ("قمة مجلس التعاون"، "اجتماع مجلس
    الجامعة العربية على مستوى المندوبين") or that meets ("اجتمع وزراء خارجية دول مجلس التعاون"):
    the genitive or subject, past title words and "دول"."""
    for tr in triggers:
        if tr.kind not in _SINGLE_PARTY_KINDS:
            continue  # "اجتمع وزراء خارجية دول مجلس التعاون": the subject after the verb too
        t = tr.tok + 1
        while t <= min(last, tr.tok + 5):
            m = view.mention_at.get(t)
            if m is not None:
                ref = view.ref(m)
                return ref if ref.entity.kind == "Organization" and view.country_of(ref) is None else None
            if not (t in off.covered or view.tokens[t].is_(_GENITIVE_FILLERS)):
                break
            t += 1
    return None


def _state_of(view: DocView, first: int, last: int, ref: Ref) -> Ref | None:
    """The state a participant stands for: a country itself, a capital's or an institution's state
    (`DocView.country_of`), or the state a nisba inside a body's mention in the clause names ("الحكومة الألمانية")."""
    found = view.country_of(ref)
    if found is not None or ref.entity.kind != "Organization":
        return found
    for m in view.mentions_in(first, last):
        if view.ref(m).key != ref.key:
            continue
        a, b = view.mention_span[m]
        for t in range(a, b + 1):
            nis = view.nisba(t) if t in view.nisba_at else None
            if nis is not None and nis[0].entity.kind == "Country":
                return nis[0]
    return None


def one_side(view: DocView, first: int, last: int, participants: list[Ref]) -> bool:
    """Bodies and states only, each body of a state that is itself a participant, and one state in all
    ("محادثات مع مسؤولي الحكومة الألمانية" in a visit to Germany → Germany and the German government): no
    second side, no meeting. A person makes a side of his own (his state may stand beside him), two bodies
    of one state are two sides ("المفاوضات بين الاتحاد التونسي للشغل والاتحاد التونسي للصناعة"), and one body
    alone is a summit or meeting of that body."""
    if len(participants) < 2 or any(p.entity.kind == "Person" for p in participants):
        return False
    countries = {p.key for p in participants if p.entity.kind == "Country"}
    sides = set()
    for p in participants:
        state = _state_of(view, first, last, p)
        sides.add(state.key if state is not None and state.key in countries else p.key)
    return len(sides) < 2


def speaker_state(view: DocView, off: Officials, t: int) -> Ref | None:
    """The state of whoever speaks at token t, for a first person plural ("قال الوزير المصري X
    إن بلادنا …"، "التقينا"): the nearest official with a country before t in its sentence, then
    in the two sentences before; None when nobody with a country speaks there."""
    states = {p.person.key: p.of for p in off.posts if p.of is not None and p.of.entity.kind == "Country"}
    return nearest_speaker(view, off, t, sentences=3, countries_only=True,
                           party_of=lambda m: states.get(view.ref(m).key))


#: Between a visit noun or verb and its first destination: "بزيارة إلى دول المنطقة تشمل الكويت".
_TOUR_LEAD = vocab.keys(("إلى", "الى", "ل", "في", "دول", "المنطقة", "الخليج", "تشمل", "يشمل", "شملت", "شمل", "عدة",
                         "عدد", "من", "رسمية", "عمل", "جولة", "إقليمية", "خليجية", "عربية", "أوروبية",
                         "يزور", "سيزور", "زار", "خلالها", "تقوده", "ستقوده", "تستهل", "يستهلها", "تبدأ", "ب"))
#: "جولة تشمل X وY"، "جولة يزور خلالها X وY"، "جولة في X": a tour names its stops right after it
#: (raw corpus, scripts/mine_meeting_splits.py: "جولة تشمل/شملت/يزور خلالها" 5 paragraphs, "يبدأ/بدأ/يستهل
#: … جولة" 21, of which rounds of talks 6 and inspection rounds 1: the stops must be states or capitals).
_TOUR = vocab.keys(("جولة", "بجولة"))
_TOUR_STOPS = vocab.keys(("تشمل", "شملت", "يزور", "سيزور", "تقوده", "ستقوده"))


def is_tour(view: DocView, t: int, last: int) -> bool:
    """Token t is a tour noun whose stops follow ("جولة تشمل تونس والجزائر"، "جولة إقليمية تشمل X"،
    "جولة يزور خلالها X"): the stop verb right after it or after one adjective, then a state or a
    capital (after خلالها at most). A possessive ("جولته الخليجية التي تشمل …") is the setting of
    what the clause tells, not an event of its own."""
    if not view.tokens[t].is_(_TOUR) or t in view.token_mention:
        return False
    for stop in (t + 1, t + 2, t + 3):
        if stop == t + 3 and not (view.tokens[t + 1].key == "في" and t + 2 not in view.token_mention):
            break  # "جولة في المنطقة تشمل X": a region word between, not a named place (3 raw paragraphs)
        if stop < last and stop not in view.token_mention and view.tokens[stop].is_(_TOUR_STOPS):
            k = stop + 1 + (stop + 1 < last and view.tokens[stop + 1].is_(_DURING))
            m = view.mention_at.get(k)
            if m is None:
                return False
            ref = view.ref(m)
            return ref.entity.kind == "Country" or (ref.entity.kind == "City" and view.country_of(ref) is not None)
    return False


_DURING = vocab.keys(("خلالها", "فيها"))
#: "وصل X إلى Y"، "يصل X إلى Y غدا": an official's arrival in a foreign state is a visit (raw corpus,
#: scripts/mine_meeting_splits.py arrival: 79 paragraphs; of 25 hand-judged, 12 a foreign official's
#: visit to a state or its city, 2 a club's president abroad, the rest another sense of the verb
#: ("وصل إلى السلطة"، "ما يصل إلى") or an official at home: the destination must be a state or a
#: city of one, and not the official's own, `kg.extract.meeting_split.at_home`).
_ARRIVE = vocab.keys(("وصل", "يصل", "سيصل", "وصلت", "تصل", "ستصل", "ووصل", "ويصل"))
_ARRIVAL_REACH = 12
_TO = vocab.keys(("إلى", "الى"))


def arrival_at(view: DocView, t: int, last: int) -> bool:
    """Token t is an arrival verb whose "إلى" (within a few words) names a state or a city of one."""
    if not view.tokens[t].is_(_ARRIVE) or t in view.token_mention:
        return False
    for k in range(t + 1, min(last, t + _ARRIVAL_REACH)):
        if k in view.token_mention:
            continue
        if view.tokens[k].is_(_TO):
            m = view.mention_at.get(k + 1)
            if m is None:
                return False
            return state_or_city_of_one(view, view.ref(m))
    return False


def state_or_city_of_one(view: DocView, ref: Ref) -> bool:
    """A destination a visit can go to: a state, or a city whose state is known."""
    return ref.entity.kind == "Country" or (ref.entity.kind == "City" and view.country_of(ref) is not None)


def guest_of_state(kind: str, participants: list[Ref]) -> bool:
    """"حل الرئيس X ضيفا على تونس": a person the guest of a state is a visit, though a verb row of
    the lexicon otherwise needs two persons (a team the guest of a team, a guest of a show is none)."""
    return kind == "visit" and any(p.entity.kind == "Person" for p in participants) and any(
        p.entity.kind == "Country" for p in participants)
_DAYS = frozenset(vocab.WEEKDAYS) | vocab.DAY_WORD | vocab.YESTERDAY
#: Between two destinations: "السعودية الاثنين، ثم طهران الثلاثاء".
_TOUR_NEXT = vocab.keys(("ثم", "و", "،", ",", "بعدها", "قبل", "إلى", "الى"))


#: Time words between a visit verb's subject and its destinations: "يزور X الأسبوع المقبل الكويت وقطر"
#: (raw corpus: يزور/سيزور/زار, at most 60 characters, then الأسبوع/الشهر + المقبل/القادم/الجاري: 4 paragraphs).
_TIME = vocab.keys(("الأسبوع", "الشهر", "المقبل", "القادم", "الجاري", "مطلع", "منتصف", "أواخر", "أوائل"))


def _after_visitor(view: DocView, t: int, last: int) -> int:
    """Where the destinations of a visit verb start: after its subject when the subject follows the
    verb ("يزور وزير الخارجية الإيراني X الأسبوع المقبل الكويت وقطر"), else t. A place named before
    any person is the destination itself ("يزور الكويت ويلتقي أميرها X")."""
    for k in range(t, min(last, t + 6) + 1):
        m = view.mention_at.get(k)
        if m is None:
            continue
        if not view.is_person(m):
            return t
        end = view.mention_span[m][1] + 1
        while end <= last and end not in view.mention_at and (view.tokens[end].is_(_TIME) or view.tokens[end].is_(
                _DAYS) or view.tokens[end].is_(vocab.TODAY) or view.tokens[end].is_(vocab.TOMORROW)):
            end += 1
        return end
    return t


def visit_destinations(view: DocView, triggers: list[Trigger], last: int) -> list[Ref]:
    """The host countries of a visit, in order: the first country or capital within a few
    words after the visit trigger, and those coordinated with it ("… وقطر والعراق"، "… ثم
    طهران"), a capital standing for its state. A weekday or date word between is skipped."""
    visits = [tr.tok for tr in triggers if tr.kind == "visit"]
    if not visits:
        return []
    toks = view.tokens
    out: dict[str, Ref] = {}
    t = _after_visitor(view, visits[0] + 1, last) if not any(tr.noun for tr in triggers if tr.tok == visits[0]) \
        else visits[0] + 1
    lead = 0
    while t <= last:
        m = view.mention_at.get(t)
        if m is not None:
            ref = view.ref(m)
            state = ref if ref.entity.kind == "Country" else (
                view.country_of(ref) if ref.entity.kind == "City" else None)
            if state is None:
                break
            out.setdefault(state.key, state)
            t = view.mention_span[m][1] + 1
            gap = 0
            while t <= last and t not in view.mention_at and gap < 3 and (
                    toks[t].is_(_TOUR_NEXT) or toks[t].is_(_DAYS) or toks[t].is_(vocab.TODAY)):
                t += 1
                gap += 1
            if t not in view.mention_at:
                break
            continue
        if out or lead >= 6 or not (toks[t].is_(_TOUR_LEAD) or toks[t].is_(_DAYS)
                                    or toks[t].is_(vocab.TODAY) or toks[t].is_(vocab.TOMORROW)):
            break
        lead += 1
        t += 1
    return list(out.values())


#: A country named as what is discussed, not as a side: "الأوضاع في اليمن"، "دعم الشرعية باليمن". Raw
#: corpus counts of the word before "في/ب + a country" (15 conflict-news countries): الشرعية 193, الوضع 93,
#: الأوضاع 83, الحرب 58, النزاع 41, الإرهاب 41, الأزمة 39, السلام 27, الاستقرار 26.
_TOPIC_NOUNS = vocab.keys(("الشرعية", "للشرعية", "الوضع", "الأوضاع", "الحرب", "النزاع", "الإرهاب", "الأزمة",
                           "السلام", "الاستقرار", "الصراع", "التطورات", "تطورات", "مستجدات", "المستجدات"))


def _named_as_topic(view: DocView, a: int) -> bool:
    """The mention starting at token a follows "topic noun + في" or "topic noun + ب…" ("الأوضاع في اليمن")."""
    toks = view.tokens
    if a >= 2 and toks[a - 1].key == "في" and toks[a - 2].is_(_TOPIC_NOUNS):
        return True
    return a >= 1 and toks[a].key.startswith("ب") and toks[a - 1].is_(_TOPIC_NOUNS)


#: The two sides as a subject ("واستعرض الجانبان …"، "وبحث الطرفان …"): the nominative of `vocab.BOTH_PARTIES`.
_SIDES_SUBJECT = vocab.keys(("الجانبان", "الطرفان", "الدولتان"))  # not البلدان, also "the countries"


def article_pair(view: DocView, off: Officials, t: int) -> list[Ref]:
    """"البلدين" / "الجانبين" at token t: the two countries named nearest to it in its sentence
    and the sentences before (names, capitals, nisbas, officials' states), not one named as the
    topic ("الأوضاع في اليمن"), nor, for the subject "الجانبان", one named after it in its own
    sentence past the nisbas that qualify it: "واستعرض الجانبان العلاقات … والأزمة اليمنية" talks
    about Yemen, the sides were told before ("الجانبان الأميركي والقطري" names them at once)."""
    sentence = view.tokens[t].sentence
    # a bare title ("رئيس الجمهورية", `bare_title_state`) or a genitive ("بين بلدينا … خادم الحرمين") may
    # name a state after it; the subject "الجانبان" refers back
    beyond = t + 1 + nisbas_after(view, t + 1)[1] if view.tokens[t].is_(_SIDES_SUBJECT) else len(view.tokens)
    states = {p.person.key: p.of for p in off.posts if p.of is not None and p.of.entity.kind == "Country"}
    found: list[tuple[tuple[int, int], Ref]] = []
    for i, (a, _) in view.mention_span.items():
        s = view.tokens[a].sentence
        if s > sentence or a == t or a >= beyond and s == sentence:
            continue
        ref = view.ref(i)
        if _named_as_topic(view, a):
            continue
        country = states.get(ref.key) if view.is_person(i) else view.country_of(ref)
        if country is not None:
            found.append(((sentence - s, abs(a - t)), country))
    for a in view.nisba_at:
        s = view.tokens[a].sentence
        if (s < sentence or s == sentence and a < beyond) and (nis := view.nisba(a)) is not None and (
                nis[0].entity.kind == "Country"):
            found.append(((sentence - s, abs(a - t)), nis[0]))
    pair: dict[str, Ref] = {}
    for _, ref in sorted(found, key=lambda x: x[0]):
        pair.setdefault(ref.key, ref)
        if len(pair) == 2:
            return list(pair.values())
    return []


def officials_of(view: DocView, off: Officials, first: int, last: int, states: list[Ref]) -> list[Ref]:
    """The persons named in tokens first..last whose post is of one of `states` (the two sides a
    "الجانبين"/"الطرفين" stands for): the officials who speak for those sides."""
    keys = {r.key for r in states}
    posts = {p.person.key for p in off.posts if p.of is not None and p.of.key in keys}
    return [view.ref(m) for m in view.mentions_in(first, last) if view.is_person(m) and view.ref(m).key in posts]
