"""Meetings, talks, summits, visits, receptions and phone calls → `Meeting` facts.

A trigger word (a meeting verb, or a meeting noun with the verb that carries its tense:
"أجرى … اتصالا هاتفيا", "عقد … اجتماعا") opens an event; its participants are read from
the clause it stands in (`DocView.segments`), so the speaker of "قال X إن Y التقى Z" is not
a participant. Participants are, in order of preference:

* persons (NER PER mentions; a counterpart "نظيره" brings the official it refers to);
* officials named only by title ("المستشار الألماني" → Germany), delegations ("وفد
  إيراني"), nisbas on the trigger ("القمة الروسية الإيرانية");
* countries and organizations acting themselves ("وتجري تركيا وروسيا مفاوضات").

The place is a place mention after في/إلى/ب (or the destination of a visit), the date the
closest date expression (`kg.extract.dates`), the status comes from tense and cues (held,
planned, reported, postponed, cancelled). One clause gives one event; the same event told
in several sentences of an article is merged by its identity key. A definite meeting noun
with no participants of its own ("ووصفت بروس الاجتماع …") is taken as one more piece of
evidence for the event the article last reported.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract import triggers as lexicon
from kg.extract import vocab
from kg.extract.dates import find_dates, nearest
from kg.extract.facts import Meeting, Ref, When
from kg.extract.nisba import nisbas_after
from kg.extract.officials import Officials
from kg.extract.text import DocView

#: A definite meeting noun without participants refers back at most this many sentences.
ANAPHORA_REACH = 4
_PARTNER = vocab.keys(("مع", "بين", "ب", "من"))
_PLACE_PREP = vocab.keys(("في", "إلى", "الى", "لدى", "داخل"))
_PLACE_NOUN = vocab.keys(("مدينة", "العاصمة", "عاصمة", "منتجع", "قصر", "مقر"))
_TOPIC_PREP = vocab.keys(("حول", "بشأن", "ضد", "عن", "على", "تجاه", "إزاء", "بخصوص", "لصالح", "مثل"))
_PLACE_KINDS = ("City", "Place", "Country")
_STATEMENT_NOUNS = vocab.keys(("بيان", "البيان", "تصريح", "تصريحات", "بلاغ"))
_STATUS_RANK = {"cancelled": 5, "postponed": 4, "held": 3, "planned": 2, "reported": 1}
#: Support verbs look back this many tokens that are not part of a name or title.
SUPPORT_REACH = 6
#: Words after which the clause talks about the topic of the meeting, not its parties:
#: "بحثا العلاقات … والأزمة في سوريا", "استعرض معه تطورات …".
_TOPIC_OPENERS = vocab.keys((
    "حول", "بشأن", "بخصوص", "تناول", "تناولت", "تناولا", "استعراض", "مستعرضا", "مستعرضين", "استعرض",
    "استعرضا", "العلاقات", "علاقات", "التعاون", "الأوضاع", "أوضاع", "تطورات", "مستجدات", "المستجدات",
    "التطورات", "القضايا", "قضايا", "الأزمة", "أزمة", "سبل", "آفاق", "الملفات", "ملفات", "موضوع",
    "مواضيع", "المواضيع", "الموضوعات", "لبحث", "لمناقشة", "وبحث", "وناقش", "ناقشا", "بحثا", "بحث",
    "ناقش", "إدانته", "إدانتها", "تعازيه", "تعازيها", "تهنئته", "تهنئة", "الأزمة", "الحرب", "ملف",
))
#: Relative clauses that list members or describe, not take part: "مجموعة 5+1 التي تضم روسيا …".
_MEMBER_LISTS = vocab.keys(("تضم", "يضم", "تشمل", "يشمل", "تتألف", "يتألف", "تتكون", "يتكون", "يتزعمه",
                            "يتزعمها", "يقودها", "يقوده"))
#: A meeting noun right after these is the setting of the event told, not an event of its own.
_OCCASION = lexicon.by_role("occasion")
_ROLE_CUES = sorted((c for c in lexicon.LEXICON if c.role in ("host", "leader", "inviter", "companion", "partner")),
                    key=lambda c: -len(c.words))
#: "معه، معها، معهما، معهم": with him — the actor told before.
_WITH_PRONOUN = vocab.keys(("معه", "معها", "معهما", "معهم", "به", "بها", "بهما"))
#: Kinds a lone organization can hold by itself (the GCC summit, an Arab League council).
_SINGLE_PARTY_KINDS = ("summit", "meeting")
#: Words between a summit noun and its organization: "قمة قادة دول مجلس التعاون".
_GENITIVE_FILLERS = vocab.keys(("قادة", "زعماء", "دول", "وزراء", "رؤساء", "مجلس", "الدورية", "الدوري",
                                "العادية", "الطارئة", "الاستثنائية", "السنوية", "الوزاري", "الوزارية"))


@dataclass(frozen=True)
class Trigger:
    tok: int
    kind: str
    tense: str  # "past", "present" or "noun" (a noun with no verb carrying its tense)
    future: bool
    noun: bool
    definite: bool  # a definite noun: may refer back to an event told before
    possessive: bool = False  # لقائه، زيارتها: the possessor, named before, takes part
    verb: int = -1  # the verb that carries the event (the trigger itself, or a noun's support verb)


def _is_support(view: DocView, back: int, first: int) -> str | None:
    """"past"/"present" when token `back` is a verb carrying a meeting noun's tense."""
    tok = view.tokens[back]
    if tok.is_(vocab.SUPPORT_PRESENT) or (tok.is_(lexicon.SUPPORT_WORDS) and tok.key[:1] in "يت"):
        return "present"
    if not (tok.is_(vocab.SUPPORT_PAST) or tok.is_(lexicon.SUPPORT_WORDS)) or tok.future:
        return None
    if tok.key in vocab.AMBIGUOUS_SUPPORT and back > first and not view.tokens[back - 1].is_(vocab.VERB_OPENERS):
        return None  # "ظروف عقد اجتماع": the verbal noun, no tense
    return "past"


def _triggers(view: DocView, first: int, last: int, covered: set[int] | None = None) -> list[Trigger]:
    toks = view.tokens
    covered = covered or set()
    out: list[Trigger] = []
    for t in range(first, last + 1):
        tok = toks[t]
        if t in view.token_mention or tok.punct:
            continue
        window = toks[t + 1:last + 1]
        noun = False
        if (kind := tok.which(vocab.MEETING_VERBS_PAST)) is not None and not tok.future:
            tense = "past"
        elif (kind := tok.which(vocab.MEETING_VERBS_PRESENT)) is not None:
            tense = "present"
        elif (kind := tok.which(vocab.MEETING_NOUNS)) is not None:
            tense, noun = "noun", True
            if tok.is_(vocab.CALL_NEEDS_PHONE) and not any(w.is_(vocab.PHONE) for w in window[:2]):
                continue  # اتصال alone is "contact", "communications"
        else:
            continue
        if not noun and tok.is_(vocab.NEEDS_PARTNER) and not any(
                w.is_(_PARTNER) or w.is_(vocab.COUNTERPART) for w in window):
            continue  # بحث alone is "studied", ناقش "discussed (a topic)"
        if any(w.is_(vocab.PHONE) for w in view.tokens[first:last + 1]):
            kind = "call"  # "بحث … هاتفيا مع …", "أجرى اتصالا هاتفيا"
        future = tok.future
        verb = t
        if noun:  # the support verb carries tense: أجرى/يجري/سيجري … محادثات
            if _after_occasion(view, t, first):
                continue  # "على هامش القمة": the setting of what the clause tells
            verb = -1
            plain = 0
            for back in range(t - 1, first - 1, -1):
                found = _is_support(view, back, first)
                if found is not None:
                    tense, future, verb = found, toks[back].future, back
                    break
                if back not in view.token_mention and back not in covered and not toks[back].is_(vocab.HONORIFICS):
                    plain += 1  # a long name or title between verb and noun does not count
                    if plain >= SUPPORT_REACH:
                        break
        possessive = noun and not tok.is_(vocab.MEETING_NOUN_BASES)
        definite = noun and (possessive or any(f.startswith("ال") for f in tok.forms))
        out.append(Trigger(t, kind, tense, future, noun, definite, possessive, verb))
    return out


def _after_occasion(view: DocView, t: int, first: int) -> bool:
    """Token t follows "على هامش" (at most one word between)."""
    for cue in _OCCASION:
        n = len(cue.words)
        for gap in (0, 1):
            a = t - gap - n
            if a >= first and all(view.tokens[a + i].is_(w) for i, w in enumerate(cue.words)):
                return True
    return False


def cue_at(view: DocView, t: int, last: int, cues: list[lexicon.Cue] | tuple[lexicon.Cue, ...]) -> \
        tuple[lexicon.Cue, int] | None:
    """The longest lexicon cue that starts at token t and ends by `last`: (cue, its length)."""
    for cue in cues:
        words = cue.words
        if t + len(words) - 1 <= last and all(view.tokens[t + i].is_(w) for i, w in enumerate(words)):
            return cue, len(words)
    return None


def _status(view: DocView, trig: Trigger, sent_first: int, last: int, when: When | None) -> str:
    toks = view.tokens
    around = toks[max(sent_first, trig.tok - 4):min(last, trig.tok + 4) + 1]
    if any(t.is_(vocab.CANCELLED_CUES) for t in around):
        return "cancelled"
    if any(t.is_(vocab.POSTPONED_CUES) for t in around):
        return "postponed"
    clause = toks[sent_first:last + 1]
    planned = trig.future or any(t.is_(vocab.PLANNED_CUES) or t.future for t in clause)
    published = view.doc.published
    if when is not None and when.iso and published is not None and when.precision == "day":
        if when.iso > published.isoformat():
            return "planned"
        if when.iso < published.isoformat() and not trig.future:
            return "held"
    if trig.tense == "past" or any(t.is_(vocab.ONGOING_CUES) for t in clause):
        return "held"
    if planned:
        return "planned"
    if trig.tense == "present":
        today = when is not None and published is not None and when.iso == published.isoformat()
        return "held" if today else "planned"
    if any(t.is_(vocab.HELD_CUES) for t in clause) or any(
            t.is_(vocab.HELD_BEFORE) for t in toks[max(sent_first, trig.tok - 2):trig.tok]):
        return "held"
    return "reported"


def _is_seat(view: DocView, ref: Ref) -> bool:
    """An institution that stands for its country (الكرملين، البيت الأبيض) is also where one meets."""
    entry = view.kb_entry(ref) if ref.entity.kind == "Organization" else None
    return entry is not None and entry.stands_for is not None


def _place(view: DocView, first: int, last: int, trig: Trigger, covered: set[int], visit: bool) -> Ref | None:
    """A place mention after في/إلى/ب in the clause (after the trigger first), or a visit's object."""
    toks = view.tokens
    candidates: list[tuple[int, Ref]] = []
    for m in view.mentions_in(first, last):
        a, _ = view.mention_span[m]
        ref = view.ref(m)
        if (ref.entity.kind not in _PLACE_KINDS and not _is_seat(view, ref)) or a in covered:
            continue
        prev = a - 1
        while prev >= first and toks[prev].is_(_PLACE_NOUN):
            prev -= 1
        text = view.mentions[m].text
        prep = prev >= first and toks[prev].is_(_PLACE_PREP)
        clitic = text[:1] in ("ب", "ل") and not ref.entity.label.startswith(text[:1])
        if prep or clitic:
            candidates.append((a, ref))
    if not candidates and visit:  # "يزور الرئيس … السعودية": the object
        for m in view.mentions_in(trig.tok + 1, last):
            ref = view.ref(m)
            if ref.entity.kind in ("Country", "City") and view.mention_span[m][0] not in covered:
                candidates.append((view.mention_span[m][0], ref))
                break
    if not candidates:
        return None
    after = [c for c in candidates if c[0] > trig.tok]
    rank = {"City": 0, "Organization": 0, "Place": 1, "Country": 2}  # Organization: a seat (الكرملين)
    pool = after or candidates
    return min(pool, key=lambda c: (rank.get(c[1].entity.kind, 3), abs(c[0] - trig.tok)))[1]


def _effective_prev(view: DocView, a: int, first: int, covered: set[int]) -> int:
    """The token before a, skipping a title (and honorifics, commas) that introduces the name."""
    j = a - 1
    while j >= first and (j in covered or view.tokens[j].is_(vocab.HONORIFICS) or view.tokens[j].key in ("،", ",")):
        j -= 1
    return j


def _tied_persons(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger]) -> list[int]:
    """Persons a nominal trigger governs: its genitive ("زيارة بزشكيان"), those after
    مع/بين/ب ("محادثات مع X"), those coordinated with them, and, for a possessive noun
    (لقائه), the person named before it."""
    toks = view.tokens
    trig_toks = {tr.tok for tr in triggers}
    possessive = any(tr.possessive for tr in triggers)
    first_trig = min(trig_toks)
    tied: list[int] = []
    persons = [m for m in view.mentions_in(first, last) if view.is_person(m)]
    for m in persons:
        a = view.mention_span[m][0]
        j = _effective_prev(view, a, first, off.covered)
        text = view.mentions[m].text
        by_title = j + 1 < a and toks[j + 1].key.startswith("و")  # "ونظيره الإيراني X"
        ok = (
            j in trig_toks
            or (j >= first and toks[j].is_(_PARTNER))
            or (tied and (text.startswith("و") or by_title) and a > first_trig)
            or (possessive and a < first_trig)
            or m in off.counterpart_of
        )
        if ok:
            tied.append(m)
    return tied


def _topic_cut(view: DocView, first: int, last: int, triggers: list[Trigger]) -> int:
    """The first token after the event's verb where the clause turns to its topic ("بحثا
    العلاقات …", "مستعرضا معه تطورات …") or to a description ("التي تضم …"): persons and
    officials from there on are what was discussed, not who took part."""
    trig_toks = {tr.tok for tr in triggers}
    start = max(max(tr.verb for tr in triggers), min(trig_toks)) + 1
    for t in range(start, last + 1):
        if t in trig_toks or t in view.token_mention:
            continue
        tok = view.tokens[t]
        if tok.is_(_TOPIC_OPENERS) or tok.is_(_MEMBER_LISTS) or tok.is_(vocab.SAY_VERBS):
            return t
    return last + 1


def _role_mentions(view: DocView, off: Officials, first: int, last: int) -> list[Ref]:
    """Participants named by a role cue of the lexicon: the host (كان في استقباله X), the head of
    a delegation (برئاسة X), the inviter (تلبية لدعوة من X), a companion (بمعية X), the caller
    (اتصالا هاتفيا من X). The first person or official within a few words after the cue."""
    out: list[Ref] = []
    t = first
    while t <= last:
        found = cue_at(view, t, last, _ROLE_CUES)
        if found is None:
            t += 1
            continue
        _, n = found
        ref = _first_party_after(view, off, t + n, min(last, t + n + 8))
        if ref is not None:
            out.append(ref)
        t += n
    return out


def _first_party_after(view: DocView, off: Officials, a: int, b: int) -> Ref | None:
    """The first person (or unnamed official: his holder or country) starting in tokens a..b."""
    named = {id(x) for x in off.title_of_mention.values()}
    titles = {title.first: title for title in off.titles if id(title) not in named and title.of is not None}
    for t in range(a, b + 1):
        m = view.mention_at.get(t)
        if m is not None and view.is_person(m):
            return view.ref(m)
        if t in titles:
            return off.holder(titles[t]) or titles[t].of
        if m is not None and view.ref(m).entity.kind in ("Country", "Organization") and t not in off.covered:
            return view.country_of(view.ref(m)) or view.ref(m)
    return None


def _by_verb_position(items: list[tuple[int, Ref]], verb: int) -> list[Ref]:
    """Persons and officials around a verb: with two or more after it (VSO: subject and
    object), those before it are context ("انطلاقا من … بقيادة X، قام Y بزيارة …"); with one
    after it, the one just before the verb is the subject (SVO); with none, all before it."""
    after = [r for pos, r in items if pos > verb]
    before = [r for pos, r in items if pos < verb]
    if len(after) >= 2:
        return after
    if len(after) == 1:
        return before[-1:] + after
    return before


def _participants(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                  place: Ref | None) -> list[Ref]:
    toks = view.tokens
    out: dict[str, Ref] = {}

    def add(ref: Ref | None) -> None:
        if ref is not None and (place is None or ref.key != place.key):
            out.setdefault(ref.key, ref)

    cut = _topic_cut(view, first, last, triggers)
    verbal = any(tr.tense != "noun" for tr in triggers)
    verb = max(tr.verb for tr in triggers)
    candidates = [m for m in view.mentions_in(first, last) if view.is_person(m)] if verbal else \
        _tied_persons(view, off, first, last, triggers)
    persons = []
    for m in candidates:
        a = view.mention_span[m][0]
        j = _effective_prev(view, a, first, off.covered)
        if a >= cut or (j >= first and (toks[j].is_(_TOPIC_PREP) or toks[j].is_(vocab.OUTLET_NOUNS))):
            continue
        persons.append(m)
    named_titles = {id(x) for x in off.title_of_mention.values()}
    items: list[tuple[int, Ref]] = []
    for m in persons:
        items.append((view.mention_span[m][0], view.ref(m)))
    for title in off.titles:
        if first <= title.first < cut and id(title) not in named_titles and title.of is not None:
            holder = off.holder(title) if not title.also_of else None
            items.append((title.first, holder or title.of))  # "الرئيس الإيراني": the president named before, or Iran
            for other in title.also_of:
                items.append((title.first, other))
    items.sort(key=lambda x: x[0])
    chosen = _by_verb_position(items, verb) if verbal and verb >= 0 else [r for _, r in items]
    for ref in chosen:
        add(ref)
    for m in persons:
        if m in off.counterpart_of:
            add(off.counterpart_of[m])
    for ref in _role_mentions(view, off, first, last):
        add(ref)
    for t in range(first, min(last, cut - 1) + 1):
        if toks[t].is_(vocab.DELEGATION):
            refs, used = nisbas_after(view, t + 1)
            for ref in refs:
                add(ref)
            j = t + 1 + used
            while j <= last and j < t + 6:  # "وفدين رفيعي المستوى من الولايات المتحدة وروسيا"
                if toks[j].key == "من":
                    for m in view.mentions_in(j + 1, min(last, j + 8)):
                        ref = view.country_of(view.ref(m)) or view.ref(m)
                        if ref.entity.kind in ("Country", "Organization", "Place"):
                            add(ref)
                    break
                j += 1
    if not persons:
        for trig in triggers:
            if trig.noun:  # "القمة الروسية الإيرانية"
                refs, _ = nisbas_after(view, trig.tok + 1)
                for ref in refs:
                    add(ref)
    if out:
        return list(out.values())
    if all(tr.kind in ("reception", "visit") for tr in triggers) and not verbal:
        return []
    # no persons or officials: countries and organizations acting themselves, as subject or
    # object of the verb, or tied to the noun by مع/بين and coordinated with what is tied
    chained = False
    for m in view.mentions_in(first, min(last, cut - 1)):
        a, _ = view.mention_span[m]
        ref = view.ref(m)
        if a in off.covered or ref.entity.kind not in ("Country", "Organization", "City", "Place"):
            continue
        prev = toks[a - 1] if a > first else None
        if prev is not None and (prev.is_(_TOPIC_PREP) or prev.is_(vocab.OUTLET_NOUNS)
                                 or prev.is_(_STATEMENT_NOUNS) or prev.is_(_PLACE_PREP)):
            chained = False
            continue
        tied = prev is not None and prev.is_(_PARTNER) or (chained and view.mentions[m].text.startswith("و"))
        chained = tied
        if not (verbal or tied):
            continue
        if ref.entity.kind == "City":
            ref = view.country_of(ref) or ref
        add(ref)
    return list(out.values())


def _single_party(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger]) -> Ref | None:
    """The organization a summit or meeting noun belongs to ("قمة مجلس التعاون"، "اجتماع مجلس
    الجامعة العربية على مستوى المندوبين"): its genitive, past title words and "دول"."""
    for tr in triggers:
        if not tr.noun or tr.kind not in _SINGLE_PARTY_KINDS:
            continue
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


def meeting_key(participants: list[Ref] | tuple[Ref, ...], kind: str, when: When | None, view: DocView) -> str:
    """Identity of an event across articles: participants, day (or month), in person or by phone.

    Without a date the publication month stands in (the same talks reported over a few days
    merge, a summit years apart does not); without either, the event stays local to its
    article rather than risk merging two different ones.
    """
    if when is not None and when.iso and when.precision == "day":
        day = when.iso
    elif when is not None and when.iso:
        day = when.iso[:7]
    elif view.doc.published is not None:
        day = view.doc.published.isoformat()[:7]
    else:
        day = f"article:{view.doc.id}"
    mode = "call" if kind == "call" else "in-person"
    return "|".join(["meeting", ",".join(sorted({p.key for p in participants})), day, mode])


def _sentence_actor(view: DocView, off: Officials, s: int) -> Ref | None:
    """The first person or unnamed official of sentence s: who a zero or pronoun subject in
    the next sentence refers to ("استقبل X … . وأكد خلال اللقاء …"، "كما التقى …")."""
    sent = view.sentence_tokens(s)
    if not sent:
        return None
    return _first_party_after(view, off, sent[0].index, sent[-1].index)


def _needs_subject(view: DocView, off: Officials, first: int, trig: Trigger) -> bool:
    """A verb with no subject of its own: nothing named before it in its clause and no
    person or official right after it ("وبحث معه"، "كما التقى الرئيس X" is the object)."""
    if trig.tense == "noun" or trig.verb < 0:
        return False
    for m in view.mentions_in(first, trig.verb - 1):
        if view.is_person(m) or view.ref(m).entity.kind in ("Country", "Organization"):
            return False
    if any(first <= title.first < trig.verb for title in off.titles):
        return False
    return True


def extract_meetings(view: DocView, off: Officials) -> list[Meeting]:
    """Every meeting the article reports, merged per event."""
    events: list[Meeting] = []
    actor: tuple[int, Ref] | None = None  # (sentence, the actor told last)
    for s in sorted(view.by_sentence):
        sent = view.sentence_tokens(s)
        if not sent:
            continue
        for first, last in view.segments(s):
            triggers = _triggers(view, first, last, off.covered)
            if not triggers:
                continue
            main = min(triggers, key=lambda tr: (vocab.KIND_PRIORITY.index(tr.kind), tr.tok))
            verbal = [tr for tr in triggers if tr.tense != "noun"]
            anchor = verbal[0] if verbal else main
            trig = Trigger(anchor.tok, main.kind, anchor.tense, anchor.future or main.future, anchor.noun,
                           all(tr.definite for tr in triggers), any(tr.possessive for tr in triggers), anchor.verb)
            future_hint = trig.future or any(t.is_(vocab.PLANNED_CUES) for t in view.tokens[sent[0].index:last + 1])
            found = nearest(find_dates(view, first, last, future=future_hint), trig.tok)
            when = found.when if found else None
            visit = any(tr.kind == "visit" for tr in triggers)
            place = _place(view, first, last, trig, off.covered, visit)
            participants = _participants(view, off, first, last, triggers, place)
            pronoun = any(t.is_(_WITH_PRONOUN) for t in view.tokens[trig.tok + 1:min(last, trig.tok + 3) + 1])
            if actor is not None and s - actor[0] <= 2 and actor[1].key not in {p.key for p in participants} and (
                    pronoun or (len(participants) < 2 and _needs_subject(view, off, first, trig))
                    or (trig.possessive and len(participants) < 2)):
                participants.insert(0, actor[1])  # "وبحث معه …"، "كما التقى …"، "خلال زيارته …"
            if visit and place is not None and len(participants) < 2:
                host = view.country_of(place)  # a visit is between the visitor and the host
                if host is not None and host.key not in {p.key for p in participants}:
                    participants.append(host)
            status = _status(view, trig, sent[0].index, last, when)
            if len(participants) < 2:
                org = _single_party(view, off, first, last, triggers)
                if org is not None and org.key not in {p.key for p in participants}:
                    participants.append(org)  # "قمة مجلس التعاون": one body meets
                elif not participants or org is None:
                    if trig.definite and events and s - events[-1].evidence[-1] <= ANAPHORA_REACH:
                        events[-1] = replace(events[-1], evidence=tuple(sorted({*events[-1].evidence, s})))
                    continue
            cameo = vocab.CAMEO["planned"] if status == "planned" else vocab.CAMEO[trig.kind]
            trigger_text = " ".join(view.tokens[tr.tok].text for tr in triggers)
            events.append(Meeting(tuple(participants), trig.kind, status, cameo, (s,),
                                  meeting_key(participants, trig.kind, when, view), place, when, trigger_text))
            actor = (s, participants[0])
        if actor is None or actor[0] != s:
            found_actor = _sentence_actor(view, off, s)
            if found_actor is not None:
                actor = (s, found_actor)
    return _merge(_merge_told_twice(events, view))


def _merge_told_twice(events: list[Meeting], view: DocView) -> list[Meeting]:
    """The same event told twice in one article: one's participants within the other's (or
    two shared persons), same mode (in person / phone), no conflicting day. The later
    telling joins the earlier one, which keeps the larger participant set."""
    out: list[Meeting] = []
    for e in events:
        keys = {p.key for p in e.participants}
        for i, old in enumerate(out):
            old_keys = {p.key for p in old.participants}
            same_mode = (old.kind == "call") == (e.kind == "call")
            days = {w.iso for w in (old.date, e.date) if w is not None and w.iso}
            persons = {p.key for p in (*old.participants, *e.participants) if p.entity.kind == "Person"}
            shared_persons = len(keys & old_keys & persons)
            if not same_mode or len(days) > 1 or not (keys <= old_keys or old_keys <= keys or shared_persons >= 2):
                continue
            if len(keys & old_keys) < min(2, len(keys), len(old_keys)):
                continue
            union = old.participants + tuple(p for p in e.participants if p.key not in old_keys)
            if len(union) > max(len(keys), len(old_keys)) and not shared_persons >= 2:
                union = old.participants if len(old_keys) >= len(keys) else e.participants
            kind = min(old.kind, e.kind, key=vocab.KIND_PRIORITY.index)
            status = max(old.status, e.status, key=_STATUS_RANK.__getitem__)
            cameo = vocab.CAMEO["planned"] if status == "planned" else vocab.CAMEO[kind]
            date = old.date or e.date
            out[i] = replace(old, participants=union, kind=kind, status=status, cameo=cameo,
                             evidence=tuple(sorted({*old.evidence, *e.evidence})), place=old.place or e.place,
                             date=date, key=meeting_key(list(union), kind, date, view),
                             trigger=old.trigger if old.trigger == e.trigger else f"{old.trigger} {e.trigger}")
            break
        else:
            out.append(e)
    return out


def _merge(events: list[Meeting]) -> list[Meeting]:
    """One Meeting per identity key: evidence joined, the most telling status, kind, place, date."""
    merged: dict[str, Meeting] = {}
    for e in events:
        old = merged.get(e.key)
        if old is None:
            merged[e.key] = e
            continue
        kind = min(old.kind, e.kind, key=vocab.KIND_PRIORITY.index)
        status = max(old.status, e.status, key=_STATUS_RANK.__getitem__)
        cameo = vocab.CAMEO["planned"] if status == "planned" else vocab.CAMEO[kind]
        merged[e.key] = replace(old, kind=kind, status=status, cameo=cameo,
                                evidence=tuple(sorted({*old.evidence, *e.evidence})),
                                place=old.place or e.place, date=old.date or e.date,
                                trigger=old.trigger if old.trigger == e.trigger else f"{old.trigger} {e.trigger}")
    return list(merged.values())
