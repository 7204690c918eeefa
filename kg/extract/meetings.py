"""Meetings, talks, summits, visits, receptions and phone calls → `Meeting` facts.

A trigger word (a meeting verb, or a meeting noun with the verb that carries its tense:
"أجرى … اتصالا هاتفيا", "عقد … اجتماعا", "قام … بزيارة", "الزيارة التي يؤديها") opens an
event; its participants are read from the clause it stands in (`DocView.segments`, a quotation
after a reporting verb cut off), so the speaker of "قال X إن Y التقى Z" is not a participant.
Who takes part is `kg.extract.meeting_parties`' job (subject and object by their place around
the verb, مع/بين phrases, role phrases of the corpus lexicon `kg.extract.triggers`); this
module adds what needs the article around the clause:

* a verb with no subject of its own ("كما التقى …"، "وبحث معه …"، "واستقبله …") takes the
  acting subject told before (`kg.extract.meeting_story`: by role, never the one met), else the
  actor of the clause before it in its sentence, else of the previous sentence;
* each official brings the state and the international body he represents (`kg.extract.meeting_actors`);
* a phone call stays bilateral: one receiver and several callers are one call each; a
  tour ("جولة تشمل الكويت وقطر"، "ستزور السعودية ثم طهران") is one visit per country;
* a summit or meeting of one body ("قمة مجلس التعاون") has that body as its one participant.

The place is a place mention after في/إلى/ب (or the destination of a visit), the date the
closest date expression (`kg.extract.dates`), the status comes from tense and cues (held,
planned, reported, postponed, cancelled, not held: `kg.extract.meeting_negation`). One clause
gives one event; the same event told twice in an article (one participant set within the other,
or two persons shared, same mode, no other day) is one event, and across articles events merge by their identity key.
A definite meeting noun with no participants of its own ("ووصفت بروس الاجتماع …") is taken as
one more piece of evidence for the event the article last reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg.extract import meeting_bodies as bodies
from kg.extract import meeting_support as support
from kg.extract import meeting_travel as travel
from kg.extract import meeting_venue as venue
from kg.extract import meeting_vetting as vetting
from kg.extract import vocab
from kg.extract.arguments import Arguments, parsed_parties
from kg.extract.dates import find_dates, nearest
from kg.extract.facts import Meeting, Ref, Treaty, When
from kg.extract.lexicon import meetings as lexicon
from kg.extract.meeting_actors import bare_title_state, split_calls, split_tour, with_represented
from kg.extract.meeting_antecedent import split_relative
from kg.extract.meeting_clauses import (
    coordinated_subject,
    headed_verb,
    object_after_b,
    refers_ahead,
    reported_by,
    speaker_clause,
    split_coordinated,
    spoken_at,
    zero_subject_call,
    zero_subject_support,
)
from kg.extract.meeting_continued import reporting_speaker
from kg.extract.meeting_dual import dual_partners
from kg.extract.meeting_host import deictic_visit, lone_visitor
from kg.extract.meeting_listed import attending_parties, listed_parties
from kg.extract.meeting_mandate import group_noun_object, group_object, with_party
from kg.extract.meeting_merge import meeting_key, merge_same_key, merge_told_twice
from kg.extract.meeting_negation import not_held
from kg.extract.meeting_owned import split_owned
from kg.extract.meeting_parties import PARTNER, PLACE_PREP, find_participants
from kg.extract.meeting_relative import possessive_speaker, relative_speaker
from kg.extract.meeting_roles import cue_at, first_party_after
from kg.extract.meeting_rounds import listed_rounds, lone_call
from kg.extract.meeting_sides import guest_of_state, is_tour, one_side, single_party, speaker_state, visit_destinations
from kg.extract.meeting_signing import absorbed, signing_meetings
from kg.extract.meeting_split import at_home, distribute
from kg.extract.meeting_statement import before_statement, statement_owner
from kg.extract.meeting_story import Story, coordinated_actor, objects_only, zero_subject
from kg.extract.officials import Officials
from kg.extract.quote_marks import phone_call, press_call, speech_clauses
from kg.extract.text import DocView

#: A definite meeting noun without participants refers back at most this many sentences.
ANAPHORA_REACH = 4
#: More named parties than this in one clause is a list (guests, mourners, members), not a meeting.
MAX_PARTICIPANTS = 6
_PLACE_NOUN = vocab.keys(("مدينة", "العاصمة", "عاصمة", "منتجع", "قصر", "مقر"))
_PLACE_KINDS = ("City", "Place", "Country")
#: Support verbs look back this many tokens that are not part of a name or title.
SUPPORT_REACH = 8
#: A meeting noun right after these is the setting of the event told, not an event of its own.
_OCCASION = lexicon.by_role("occasion")
#: "معه، معها، معهما، معهم": with him — the actor told before.
_WITH_PRONOUN = vocab.keys(("معه", "معها", "معهما", "معهم", "به", "بها", "بهما"))
_RELATIVE = vocab.keys(("الذي", "التي", "اللذين", "اللتين"))

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
    pronoun_object: bool = False  # استقبله، التقاه: the object is the actor told before


def _triggers(view: DocView, first: int, last: int, covered: set[int] | None = None,
              cared: set[int] | None = None) -> list[Trigger]:
    """The meeting triggers of tokens first..last; a visit of care (`care_visit`) is none, its token
    added to `cared`."""
    toks = view.tokens
    covered = covered or set()
    out: list[Trigger] = []
    for t in range(first, last + 1):
        tok = toks[t]
        if t in view.token_mention or tok.punct:
            continue
        window = toks[t + 1:last + 1]
        noun = False
        pronoun_object = False
        we_talks = False  # "بحثنا" needs its partner as "بحث" does
        if (kind := tok.which(lexicon.PRONOUN_VERBS)) is not None:
            tense, pronoun_object = ("present" if tok.key[:1] in "يت" else "past"), True
        elif (kind := tok.which(lexicon.WE_VERBS)) is not None:  # "التقينا"، "نجتمع"
            tense, we_talks = ("present" if tok.key[:1] == "ن" else "past"), kind in ("talks", "call")
        elif (tok.is_(vocab.SPOKE_PAST) or tok.is_(vocab.SPOKE_PRESENT)) and support.phone_after(view, t, last):
            kind, tense, we_talks = "call", ("present" if tok.is_(vocab.SPOKE_PRESENT) else "past"), True
        elif (kind := tok.which(vocab.MEETING_VERBS_PAST)) is not None and not tok.future:
            tense = "past"
        elif (kind := tok.which(vocab.MEETING_VERBS_PRESENT)) is not None:
            tense = "present"
        elif (kind := tok.which(lexicon.VERBS)) is not None and not tok.future:  # "استضاف"، "يستضيف"
            tense = "present" if tok.key[:1] in "يت" else "past"
        elif travel.moves_to(view, t, last) and (tok.is_(travel.TRAVEL) or not tok.future):  # "وصل X إلى تونس": a visit
            kind, tense = "visit", travel.motion_tense(tok)
        elif (cue := cue_at(view, t, last, lexicon.VERB_CUES)) is not None:  # "حل X ضيفا على Y"
            kind, opener = cue[0].kind or "meeting", toks[first]  # the clause's verb carries the tense
            tense = "present" if any(f[:1] in "يت" or f[:2] in ("سي", "ست") for f in opener.forms) else "past"
        elif (kind := tok.which(vocab.MEETING_NOUNS) or ("visit" if is_tour(view, t, last) else None) or (
                support.session_kind(toks, t))) is not None:
            tense, noun = "noun", True  # a tour: "جولة تشمل تونس والجزائر"
            if tok.is_(vocab.CALL_NEEDS_PHONE) and not any(w.is_(vocab.PHONE) for w in window[:2]):
                continue  # اتصال alone is "contact", "communications"
            if venue.sports_match(view, t) or press_call(view, t):
                continue  # "في اللقاء الذي جمعهما على ملعب X": a match
        else:
            continue
        if kind == "reception" and venue.no_guest_received(view, t, last):
            continue  # "استقبلت العيادات نحو 1600 حالة"، "استقبال طلبات": no counterpart is received
        if kind == "visit" and venue.care_visit(view, t, last, covered):
            if cared is not None:
                cared.add(t)
            continue  # "وزار المرضى المنومين": patients are no side of a meeting
        if not noun and (tok.is_(vocab.NEEDS_PARTNER) or we_talks) and not any(
                w.is_(PARTNER) or w.is_(vocab.COUNTERPART) for w in window) and not (
                kind == "call" and object_after_b(view, t, last)) and not coordinated_subject(view, t, last):
            continue  # بحث alone is "studied", ناقش "discussed (a topic)"; "بحث X وY", "اتصل X بـY" have a partner
        if tok.is_(vocab.WITH_ONLY) and not with_party(view, t + 1, last, covered):
            continue  # "استعرض عددا من المشاريع"، "استعرض عرضا مع فترات عملها": reviewed, no partner
        if phone_call(view, first, last):
            kind = "call"  # "بحث … هاتفيا مع …", "أجرى اتصالا هاتفيا"
        future = tok.future
        verb = t
        if noun:  # the support verb carries tense: أجرى/يجري/سيجري … محادثات
            if _after_occasion(view, t, first):
                continue  # "على هامش القمة": the setting of what the clause tells
            verb = support.support_after(view, t, last)
            if verb < 0 and kind == "call" and support.object_call(view, t, first):
                verb = first  # "هنأ X، في مكالمة هاتفية، Y": the clause's verb
            plain = 0
            if verb >= 0:
                present = toks[verb].key[:1] in "يت" and not toks[verb].key.startswith("تلق")  # تلقاه: past
                tense, future = ("present" if present else "past"), toks[verb].future
            for back in range(t - 1, first - 1, -1):
                if verb >= 0:
                    break
                found = support.support_before(view, back, first)
                if found is not None and toks[back].is_(lexicon.MOTION_SUPPORT) and (
                        kind != "visit" or not (toks[t - 1].key == "في" or tok.key[:1] == "ل")):
                    break  # "متوجها إلى الدوحة للقاء X"، "متوجها إلى Y في ختام زيارة": not this visit
                if found is not None:
                    sa = found == "present" and any(f[:1] == "س" for f in toks[back].forms)  # سيقوم
                    tense, future, verb = found, toks[back].future or sa, back
                    break
                if back not in view.token_mention and back not in covered and not toks[back].is_(vocab.HONORIFICS):
                    plain += 1  # a long name or title between verb and noun does not count
                    if plain >= SUPPORT_REACH:
                        break
        possessive = noun and not tok.is_(vocab.MEETING_NOUN_BASES) and not support.work_session(toks, t)
        definite = noun and (possessive or any(f.startswith("ال") for f in tok.forms))
        out.append(Trigger(t, kind, tense, future, noun, definite, possessive, verb, pronoun_object))
    alone = [tr for tr in out if not travel.moves_to(view, tr.tok, last)]  # an arrival is a visit by itself only
    return alone or out


def _after_occasion(view: DocView, t: int, first: int) -> bool:
    """Token t follows "على هامش" (at most one word between)."""
    for cue in _OCCASION:
        n = len(cue.words)
        for gap in (0, 1):
            a = t - gap - n
            if a >= first and all(view.tokens[a + i].is_(w) for i, w in enumerate(cue.words)):
                return True
    return False


def _status(view: DocView, trig: Trigger, sent_first: int, last: int, when: When | None, covered: set[int]) -> str:
    toks = view.tokens
    if not_held(view, trig.tok, trig.verb, sent_first, covered):
        return "not-held"  # "لم يلتق"، "نفى أن يكون التقى"، "رفض لقاء"
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
        if (ref.entity.kind not in _PLACE_KINDS and not _is_seat(view, ref)) or a in covered \
                or venue.birthplace(view, m):
            continue
        prev = a - 1
        while prev >= first and toks[prev].is_(_PLACE_NOUN):
            prev -= 1
        text = view.mentions[m].text
        prep = prev >= first and toks[prev].is_(PLACE_PREP)
        clitic = text[:1] in ("ب", "ل") and not ref.entity.label.startswith(text[:1]) and not (
            text[:1] == "ل" and (a - 1 in covered or a - 2 in covered))  # "المبعوث الخاص لأوكرانيا": the post's field
        if prep or clitic:
            candidates.append((a, ref))
    if not candidates and visit:  # "يزور الرئيس … السعودية": the object
        for m in view.mentions_in(trig.tok + 1, last):
            ref = view.ref(m)
            if ref.entity.kind in ("Country", "City") and view.mention_span[m][0] not in covered \
                    and not venue.birthplace(view, m):
                candidates.append((view.mention_span[m][0], ref))
                break
    if not candidates:
        return None
    after = [c for c in candidates if c[0] > trig.tok]
    rank = {"City": 0, "Organization": 0, "Place": 1, "Country": 2}  # Organization: a seat (الكرملين)
    pool = after or candidates
    return min(pool, key=lambda c: (rank.get(c[1].entity.kind, 3), abs(c[0] - trig.tok)))[1]


def _sentence_actor(view: DocView, off: Officials, s: int) -> Ref | None:
    """The first person or unnamed official of sentence s: who a zero or pronoun subject in
    the next sentence refers to ("استقبل X … . وأكد خلال اللقاء …"، "كما التقى …")."""
    sent = view.sentence_tokens(s)
    if not sent:
        return None
    return first_party_after(view, off, sent[0].index, sent[-1].index)


def _clause_person(view: DocView, off: Officials, first: int, last: int) -> Ref | None:
    """The first person of a clause (or an unnamed official's holder), the actor a following
    clause of the same sentence may leave unsaid; a country, body or outlet is not taken, nor
    the speaker of a reporting clause."""
    if view.tokens[first].is_(vocab.SAY_VERBS) or view.tokens[first].is_(vocab.CONTINUE_VERBS):
        return None  # "قال X: …": the speaker reports, his state speaks for "we" (speaker_state)
    found = first_party_after(view, off, first, last)
    return found if found is not None and found.entity.kind == "Person" else None


def _needs_subject(view: DocView, off: Officials, first: int, trig: Trigger) -> bool:
    """A verb with no subject of its own: nothing named before it in its clause and no
    person or official right after it ("وبحث معه"، "كما التقى الرئيس X" is the object)."""
    if trig.tense == "noun" or trig.noun or trig.verb < 0 or headed_verb(view, trig.verb, first):
        return False  # "جرت قمة …", "عقد اجتماع …": the support verb needs no actor; "الوفد الذي التقى"
    for m in view.mentions_in(first, trig.verb - 1):
        if view.is_person(m) or view.ref(m).entity.kind in ("Country", "Organization"):
            return False
    if any(first <= title.first < trig.verb for title in off.titles):
        return False
    return True


def _event_clauses(view: DocView, off: Officials, s: int) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentence `s` cut into the parts that each tell one event, in four named stages, and the first
    tokens of the parts that a coordinator joined to the part before (a zero subject: the actor goes on).

    1. `speech_clauses`: the sentence's clauses, reported speech cut from its speaker;
    2. `split_coordinated`: before a coordinated meeting verb or noun, where the part before holds a
       meeting of its own that does not move on to the new part's place;
    3. `split_owned`: before a visit or talks noun that names its own agent;
    4. `split_relative`: a relative clause opened by a meeting verb, read beside its main clause."""
    def triggers(a: int, b: int) -> list[Trigger]:
        return _triggers(view, a, b, off.covered)

    def stays(a: int, b: int) -> bool:
        return any(not travel.moves_to(view, tr.tok, b) for tr in triggers(a, b))

    spoken = speech_clauses(view, s)
    coordinated = [part for clause in spoken for part in split_coordinated(view, *clause, stays)]
    parts = split_relative(view, off, split_owned(view, off, coordinated), triggers)
    return parts, {part[0] for part in parts} - {clause[0] for clause in spoken}


def extract_meetings(view: DocView, off: Officials, arguments: Arguments | None = None,
                     treaties: Sequence[Treaty] = ()) -> list[Meeting]:
    """Every meeting the article reports, merged per event. `arguments` (the parse's, from
    `kg.extract.arguments`) add the parties of a clause's triggers the rules below missed; the
    `treaties` signed in person add their signers' meeting (`kg.extract.meeting_signing`)."""
    events: list[Meeting] = []
    split: dict[int, int] = {}  # id of a record → the clause it was split from
    actor: tuple[int, Ref] | None = None  # (sentence, the actor told last)
    story = Story()  # the acting subject told last, by role (`kg.extract.meeting_story`)
    for s in sorted(view.by_sentence):
        sent = view.sentence_tokens(s)
        if not sent:
            continue
        before: Ref | None = None  # the first party of the clause before, in this sentence
        clauses, joined = _event_clauses(view, off, s)
        for i, (first, last) in enumerate(clauses):  # "استقبل X Y، كما التقى Z": two meetings
            cared: set[int] = set()
            triggers = _triggers(view, first, last, off.covered, cared)
            temporal = travel.temporal_subject(view, off, clauses, i)  # "وقال X … قبل أن يتوجه إلى …"
            told, role = temporal or before, story.told(s, 2)
            story.read(view, off, s, first, last)
            before = _clause_person(view, off, first, last) or before
            if first in joined:  # "…، والتقى X": a zero subject; X is met, the actor goes on
                before = told
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
            participants = find_participants(view, off, first, last, triggers, place)
            participants += dual_partners(view, first, main.tok, participants)  # "وزيرا النقل X والتجارة Y"
            pronoun = any(t.is_(_WITH_PRONOUN) for t in view.tokens[trig.tok + 1:min(last, trig.tok + 3) + 1]) \
                or any(tr.pronoun_object for tr in triggers)
            # "حط الوزير X رحاله في مسقط، والتقى …": the clause before in the sentence, else the sentence before
            prior = (s, temporal) if temporal is not None else (s, told) if told is not None else actor
            ahead = speaker_clause(view, clauses, i) if len(participants) < 2 and refers_ahead(
                view, first, trig.tok, trig.verb, trig.possessive, pronoun) and any(
                p.entity.kind in ("Person", "Country") for p in participants) else None
            named = first_party_after(view, off, *ahead) if ahead is not None else None
            if named is not None and named.entity.kind == "Person" and named.key not in {p.key for p in participants}:
                participants.insert(0, named)  # "وخلال لقائه بـX، أكد Y": Y met X
                prior = None
            said = reported_by(view, clauses, i, trig.verb) or (  # "أكد X أن المباحثات التي أجراها مع Y"
                relative_speaker(view, clauses, i, main.tok, trig.verb) if trig.noun else None) or next(
                (found for tr in triggers if tr.possessive  # "وأوضح X أن مباحثاته مع Y"
                 and (found := possessive_speaker(view, clauses, i, tr.tok)) is not None), None)
            speaker = reporting_speaker(view, off, clauses, i, said)  # "وأشار الوزير الفلاني إلى أنه"، "مؤكدا أنه"
            owned = statement_owner(view, off, first, main.tok) if speaker is None and main.possessive else None
            if owned is not None:  # "وأشاد Z بتطمينات X لدى لقائه بـY": X met Y, Z did not
                speaker, gone = owned[0], before_statement(view, first, owned[1]) - {owned[0].key}
                participants = [p for p in participants if p.key not in gone]
            if speaker is None and trig.noun and spoken_at(view, first, main.tok, last, PARTNER, main.possessive):
                speaker = first_party_after(view, off, first + 1, main.tok - 1) or (  # "وقال X عقب لقائه Y"
                    prior[1] if prior is not None and s - prior[0] <= 1 else None)  # "وقال عقب اتصال مع Y"
            if speaker is not None and (speaker.entity.kind == "Person" or said and speaker.entity.kind == "Country"):
                if speaker.key not in {p.key for p in participants}:
                    participants.insert(0, speaker)  # "وقال X إنه التقى Y": X met Y
                prior, before = None, speaker  # "إنه زار الجزائر، والتقى Y": X goes on
                story.actor, story.sentence = speaker, s
            if group_object(view, triggers) or (prior is not None and prior[1].entity.kind == "Person"
                                                and not trig.noun and group_noun_object(view, off, trig.verb, last)):
                prior = None  # "واستقبلهم"، "واستقبل X وفدا": a group, not the one person told before (a state
                # told before stays: "وصل X إلى الأردن … والتقى عددا من الجنود" is his visit to Jordan)
            unsaid = _needs_subject(view, off, first, trig)  # "كما التقى Z": X of "التقى X Y" by role, not Y
            if prior is not None and temporal is None and role is not None and zero_subject(view, trig.verb) and (
                    unsaid or zero_subject_call(view, first, trig.tok, trig.verb)
                    or zero_subject_support(view, first, trig.tok, trig.verb)):
                prior = role
            if prior is not None and s - prior[0] <= 2 and prior[1].key not in {p.key for p in participants} and (
                    pronoun or (unsaid and (len(participants) < 2 or prior is role and objects_only(
                        view, off, first, trig.verb, last)))  # "، وبحث مع X وY": all met, the actor by role
                    or (trig.possessive and sum(p.entity.kind == "Person" for p in participants) < 2)
                    or (len(participants) < 2 and travel.travel_before(view, first, main.tok))
                    or (len(participants) < 2 and prior[1].entity.kind == "Person"
                        and zero_subject_call(view, first, trig.tok, trig.verb))
                    or (len(participants) < 2 and prior[1].entity.kind == "Person"
                        and zero_subject_support(view, first, trig.tok, trig.verb))):
                participants.insert(0, prior[1])  # "وبحث معه …"، "كما التقى …"، "خلال زيارته …"
            joint = coordinated_actor(view, off, first, trig.verb, last) if len(participants) > 1 else None
            if joint is not None and joint.key not in {p.key for p in participants}:
                participants.insert(0, joint)  # "وصل X إلى Y، والتقى F وA": X met F and A
            we = next((t for t in range(first, last + 1) if view.tokens[t].is_(lexicon.WE_WORDS)), None)
            if we is not None:  # "قال الوزير المصري X: التقينا مع …"، "إن بلادنا بحثت مع …": his state
                ours = speaker_state(view, off, we)
                if ours is not None and ours.key not in {p.key for p in participants}:
                    participants.append(ours)
            host = view.country_of(place) if visit and place is not None else None
            if lone_visitor(participants, host, off, view):  # a visit is between the visitor and the host
                participants.append(host)  # "زيارة الأمير X لمصر": beside his own state
            participants = deictic_visit(view, off, first, last, trig.kind, participants)  # "وصل X إلى المملكة"
            other = bare_title_state(view, off, first, last, with_represented(participants, off, view))
            if other is not None and other.key not in {p.key for p in participants}:
                participants.append(other)  # "مع رئيس الجمهورية": the host's, when the visitor's state is named
            participants += parsed_parties(arguments, view, first, last, {tr.kind for tr in triggers}, participants)
            participants += listed_parties(view, off, first, last, triggers, participants)  # "اجتماع … بمشاركة X وY"
            participants += attending_parties(view, off, first, last, triggers, participants)  # "القمة … بحضور X"
            participants = vetting.parties(view, participants)  # no eponym, news outlet or cut-off clitic
            participants += bodies.sides(view, off, first, last, triggers, participants)  # "وفد صندوق النقد"
            status = _status(view, trig, sent[0].index, last, when, off.covered)
            org = single_party(view, off, first, last, triggers)
            if len(participants) >= 2 and org is not None and org.key not in {p.key for p in participants}:
                participants.append(org)  # "اجتمع قادة دول مجلس التعاون …، ومنهم X وY": the body and its members
            if len(participants) < 2:
                if org is not None and org.key not in {p.key for p in participants} and not all(
                        support.work_session(view.tokens, tr.tok) for tr in triggers):  # "جلسة عمل بوزارة X": its venue
                    participants.append(org)  # "قمة مجلس التعاون": one body meets
                elif lone_call(view, off, first, trig, participants):
                    pass  # "وتلقى سموه اتصالا هاتفيا من الرئيس X": the counterpart, his state added after
                elif not participants or org is None:
                    if trig.definite and events and s - events[-1].evidence[-1] <= ANAPHORA_REACH:
                        events[-1] = replace(events[-1], evidence=tuple(sorted({*events[-1].evidence, s})))
                    continue
            if cared and sum(p.entity.kind == "Person" for p in participants) < 2:
                continue  # "زار المستشفى … والتقى الكوادر الطبية": the visit of care's setting, no sides
            rounds = listed_rounds(view, off, first, last, triggers, participants)  # "مباحثاته مع X، وY، وZ"
            if len(participants) > MAX_PARTICIPANTS and rounds is None:
                arrival = travel.arrival_amid_list(view, first, last, participants, place)
                if arrival is None:
                    continue  # a list of mourners or guests, not the parties of one meeting
                participants, rounds = arrival, [(arrival, "visit")]  # "وصل X إلى Y، وكان في استقباله …"
            if all(view.tokens[tr.tok].is_(lexicon.VERB_HEADS) for tr in triggers) and sum(
                    p.entity.kind == "Person" for p in participants) < 2 and not guest_of_state(
                    trig.kind, participants):
                continue  # "استضافت الرياض المؤتمر"، "استضاف الفندق مسابقة": hosting a meeting is hosting persons
            moving = vocab.SUPPORT_PAST | vocab.SUPPORT_PRESENT | travel.TRAVEL
            if any(view.tokens[tr.tok].is_(moving) for tr in triggers if not tr.noun) and all(
                    not tr.noun for tr in triggers) and (
                    at_home(view, off, participants, place) or travel.no_traveller(view, triggers, participants)):
                continue  # "وصل وزير الداخلية اليمني إلى عدن": at home; "توجهت البعثة إلى النمسا": no one named
            if all(tr.kind == "reception" and not tr.noun and venue.venue_host(view, tr.tok, first) for tr in triggers):
                continue  # "الفندق … الذي استقبل عددا من كبار الضيوف من أمثال X وY": a venue's guests
            if trig.kind in ("reception", "visit") and not any(p.entity.kind in ("Person", "Country")
                                                               for p in participants):
                continue  # "استقبلت مستشفيات X … مراجعا"، "وزار شركة X وجامعة Y": no host and guest
            if all(tr.noun and tr.verb >= 0 and support.held_by_relative(view.tokens[tr.verb]) for tr in triggers) \
                    and not any(p.entity.kind == "Person" for p in participants):
                continue  # "في بيان لاجتماع عقده مجلس شورى الحركة": a body meeting by itself, no sides
            if one_side(view, first, last, participants):
                continue  # "أجرى خلالها محادثات مع مسؤولي الحكومة الألمانية": Germany and its government, one side
            if vetting.sports_event(view, off, [tr.tok for tr in triggers], participants) or vetting.hypothetical(
                    view, trig.verb, first):
                continue  # "يلتقي الهلال مع نظيره …": a match; "لو يلتقي X": a wish
            cameo = vocab.CAMEO["planned"] if status == "planned" else lexicon.EVENT_KINDS[trig.kind].cameo
            trigger_text = " ".join(view.tokens[tr.tok].text for tr in triggers)
            tour = visit_destinations(view, triggers, last) if visit else []
            apart = len(events)  # the records of one clause split apart do not merge again
            for group, kind in rounds or distribute(view, off, first, last, triggers, participants, place, trig.kind):
                code = cameo if kind == trig.kind or status == "planned" else lexicon.EVENT_KINDS[kind].cameo
                for sides, where in split_tour(group, tour, place):
                    for pair in split_calls(sides, kind):
                        pair = with_represented(pair, off, view)
                        events.append(Meeting(tuple(pair), kind, status, code, (s,),
                                              meeting_key(pair, kind, when, view), where, when, trigger_text))
            if len(events) - apart > 1 or travel.moves_to(view, trig.tok, last):  # an arrival: the visit, not
                split.update({id(e): -1 if len(events) - apart == 1 else apart for e in events[apart:]})  # its talks
            actor = (s, participants[0])
        if actor is None or actor[0] != s:
            found_actor = _sentence_actor(view, off, s)
            if found_actor is not None:
                actor = (s, found_actor)
    events = absorbed(events, signing_meetings(view, off, treaties, lambda a, b, v: find_participants(
        view, off, a, b, [Trigger(v, "meeting", "past", False, False, False, verb=v)], None)), view)
    return merge_same_key(merge_told_twice(events, view, split))
