"""A treaty its sides' representatives sign in person is a meeting of the signers.

News tells a signing ceremony as the signing only: "ووقع وزير الخارجية X ونظيره Y اتفاقية …"، "وقعها
عن الجانب السعودي X وعن الجانب الكويتي Y"، "وقع مدير جامعة A فلان اتفاقية مع جامعة B". The signers met
to sign, and event data counts that as a meeting (CAMEO 057 "sign formal agreement" is an act of two
sides together). The treaty extractor reads the states and bodies that are party; this module reads,
for each treaty the article says was signed, the persons who signed it (the signing verb's subject, its
مع-phrase and what is coordinated with them, by `kg.extract.meeting_parties`' positional rules, so
attendees "بحضور X" and patrons "برعاية X" stay out), and makes one meeting of kind `signing`:

* two signers or more: the signers (their states and bodies added as for any meeting);
* one signer: only with a finite verb of his own before him ("وقع وزير الزراعة X اتفاقية مع الأردن", not
  "الاتفاق الذي وقعه X"), a state party to the treaty that is not his own side, and no other person named in
  the clauses (whom the rules would have missed as the other signer): the signer and that state. A body
  named alone ("وقع مدير جامعة A فلان اتفاقية مع جامعة B") is not taken: on the dev set such records
  lowered meeting precision (36/46 with them, 36/45 without; aggregate table only), and a company or
  university often signs through an unnamed representative or by exchange.

Raw news (both files, dev lines left out, `zcat | grep -E`): a finite signing verb (وقع، وقعت، وقعا،
ووقع، وقعها …) within a paragraph with a treaty noun and a title or "نظيره"/"عن الجانب": 110
paragraphs of 20–140 words; in a random 45 of them, 14 name signers of two sides.

A signing the news recalls is no meeting it reports: one dated by a bare year or a year before the
article's ("وقع X اتفاقية عام 1990"), or told with "سبق"/"سابقا"/"منذ"; a planned one ("سيوقع") is a
treaty to be signed and never reaches this module. A meeting record of the same participants in the
article (a visit during which the two signed) absorbs the signing (`kg.extract.meeting_merge`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.extract import vocab
from kg.extract.dates import find_dates, nearest
from kg.extract.facts import Meeting, Ref, Treaty
from kg.extract.lexicon import meetings as lexicon
from kg.extract.meeting_actors import with_represented
from kg.extract.meeting_merge import meeting_key
from kg.extract.officials import Officials
from kg.extract.text import DocView
from kg.extract.treaty_signers import light_verb_nouns
from kg.extract.treaty_status import NOUNS, SIGN_VERBS
from kg.extract.treaty_verbs import in_the_wake
from kg.extract.treaty_words import RELATIVE

KIND = "signing"
#: More signers than this in one clause is a list of states acceding, not persons meeting.
MAX_SIGNERS = 6
#: Words that make a signing one the article recalls, not one it reports.
_RECALLED = vocab.keys(("سبق", "وسبق", "سابقا", "سبقت", "وسبقت"))
#: Witnesses and patrons of a signing: a person after these, before the next signing verb, watched it ("وشهد X
#: توقيع …"، "بينما شهدها X"، "برعاية X").
_WITNESS = vocab.keys(("شهد", "شهدت", "وشهد", "وشهدت", "شهدها", "شهده", "حضر", "حضرت", "وحضر", "وحضرت", "حضرها",
                       "حضره", "رعى", "رعاها", "برعاية", "رعاية"))
#: Before the signing verb, a person after these is the genitive of an occasion ("أثناء زيارة للرئيس X وقعت
#: مصر …"), not a signer.
_OCCASION = vocab.HELD_BEFORE | vocab.keys(("أثناء", "وأثناء", "خلال"))

#: What is signed: a treaty noun, or a memorandum named by its head alone ("وقع المذكرة X وY").
_INSTRUMENTS = NOUNS | vocab.keys(("مذكرة", "المذكرة", "مذكرتي", "المذكرتين", "مذكرات", "المذكرات"))
#: The parties of a clause around a verb, as the meeting extractor reads them: (first, last, verb) → refs.
PartiesOf = Callable[[int, int, int], list[Ref]]


def signing_acts(view: DocView, first: int, last: int) -> list[int]:
    """Finite past signing verbs ("وقع"، "وقعت"، "وقعها") and signing nouns a light verb governs ("قام
    بالتوقيع") in tokens first..last; present and future forms are not a signing that took place."""
    toks = view.tokens
    verbs = [t for t in range(first, last + 1) if t not in view.token_mention and toks[t].is_(SIGN_VERBS)
             and not toks[t].future and toks[t].key[:1] not in "يتسن" and not in_the_wake(view, t)]
    light = [t for t in light_verb_nouns(view, list(range(first + 1, last + 1)))
             if not toks[t - 1].future and toks[t - 1].key[:1] not in "يتسن"]
    return sorted({*verbs, *light})


def _recalled(view: DocView, start: int, first: int, last: int, act: int) -> bool:
    """The signing at `act` is recalled: a recall word in its sentence (from `start`) before the end of its
    clauses ("وسبق أن وقع …"), or a date of a past year (a bare year when the article's date is unknown)
    nearest the verb."""
    if any(view.tokens[t].is_(_RECALLED) for t in range(start, last + 1)):
        return True
    found = nearest(find_dates(view, first, last), act)
    when = found.when if found else None
    if when is None or not when.iso:
        return False
    published = view.doc.published
    if published is None:
        return when.precision == "year"
    return int(when.iso[:4]) < published.year


def _span(view: DocView, s: int, acts: list[int]) -> tuple[int, int]:
    """The clauses of sentence s (`DocView.segments`) from the first signing act's to the last's."""
    segs = view.segments(s)
    first = next(a for a, b in segs if a <= acts[0] <= b)
    last = next(b for a, b in segs if a <= acts[-1] <= b)
    return first, last


def _no_signer(view: DocView, ref: Ref, first: int, acts: list[int]) -> bool:
    """The person is no signer: the nearest of a signing verb and a witness word before him is the witness
    word ("وشهد X توقيع …"، "وقعها Y، بينما شهدها X"), or, named before every signing verb, he follows an
    occasion word or a meeting noun ("أثناء زيارة للرئيس X وقعت …")."""
    if ref.mention is None:
        return True
    a = view.mention_span[ref.mention][0]
    toks = view.tokens
    for t in range(a - 1, first - 1, -1):
        if t in acts:
            break
        if t not in view.token_mention and toks[t].is_(_WITNESS):
            return True
    return a < acts[0] and any(t not in view.token_mention and (toks[t].is_(_OCCASION) or toks[t].is_(
        vocab.MEETING_NOUNS)) for t in range(first, a))


def _own_side(off: Officials, view: DocView, person: Ref) -> set[str]:
    """The keys of the states and bodies the person's posts name (and what `with_represented` adds)."""
    keys = {post.of.key for post in off.posts if post.person.key == person.key and post.of is not None}
    return keys | {r.key for r in with_represented([person], off, view)[1:]}


def _other_person(view: DocView, signer: Ref, first: int, last: int) -> bool:
    """A person other than the one signer is named in the signing clauses: the other side may have signed in
    person, unread ("وقع X الاتفاق مع مدير الهيئة Y، فلان"), and its state or body does not stand in for him."""
    return any(view.is_person(m) and view.ref(m).key != signer.key for m in view.mentions_in(first, last))


def _treaty_of(treaties: Sequence[Treaty], s: int) -> Treaty | None:
    """The treaty sentence s tells, the signed one first."""
    told = [t for t in treaties if s in t.evidence]
    return next((t for t in told if t.status == "signed"), told[0] if told else None)


def _signers(view: DocView, first: int, last: int, acts: list[int], parties_of: PartiesOf) -> list[Ref]:
    """The persons the positional rules read around each signing verb, less witnesses and occasions."""
    found: dict[str, Ref] = {}
    for act in acts:
        for ref in parties_of(first, last, act):
            if ref.entity.kind == "Person" and not _no_signer(view, ref, first, acts):
                found.setdefault(ref.key, ref)
    return list(found.values())


def signing_meetings(view: DocView, off: Officials, treaties: Sequence[Treaty], parties_of: PartiesOf) -> list[Meeting]:
    """One `signing` meeting per sentence that tells a treaty signed in person by named signers of two sides
    (see the module). A sentence with a signing verb and a treaty noun but no treaty record (its parties
    unread) still gives one when it names two signers."""
    out: list[Meeting] = []
    cameo = lexicon.EVENT_KINDS[KIND].cameo
    for s in sorted(view.by_sentence):
        sent = view.sentence_tokens(s)
        if not sent:
            continue
        acts = signing_acts(view, sent[0].index, sent[-1].index)
        treaty = _treaty_of(treaties, s) if acts else None
        if not acts or (treaty is not None and treaty.status != "signed"):
            continue
        first, last = _span(view, s, acts)
        if treaty is None and not any(view.tokens[t].is_(_INSTRUMENTS) for t in range(first, last + 1)):
            continue  # "وقع الحادث": no instrument signed
        if _recalled(view, sent[0].index, first, last, acts[0]):
            continue
        persons = _signers(view, first, last, acts, parties_of)
        if len(persons) > MAX_SIGNERS or not persons:
            continue
        if len(persons) == 1:
            own = _own_side(off, view, persons[0])
            after = persons[0].mention is not None and view.mention_span[persons[0].mention][0] > acts[0]
            others = [p for p in treaty.parties if p.key not in own and p.entity.kind == "Country"] if treaty else []
            if not after or not own or not others or view.tokens[acts[0] - 1].is_(RELATIVE) or _other_person(
                    view, persons[0], first, last):
                continue  # "الاتفاق الذي وقعه X": recalled by who signed it; "مع مدير Y، فلان": the other unread
            persons += others
        found = nearest(find_dates(view, first, last), acts[0])
        when = found.when if found else (treaty.date if treaty else None)
        pair = with_represented(persons, off, view)
        out.append(Meeting(tuple(pair), KIND, "held", cameo, (s,), meeting_key(pair, KIND, when, view),
                           treaty.place if treaty else None, when, " ".join(view.tokens[a].text for a in acts)))
    return out


def absorbed(events: list[Meeting], signings: list[Meeting], view: DocView) -> list[Meeting]:
    """`events` with each signing folded into a meeting of its sentence that shares a person with it (the
    visit or talks during which they signed: "وقعا … خلال زيارة رئيس الحكومة إلى …"), else added."""
    out = list(events)
    for sig in signings:
        keys = {p.key for p in sig.participants if p.entity.kind == "Person"}
        i = next((i for i, e in enumerate(out) if e.kind != "call" and sig.evidence[0] in e.evidence
                  and keys & {p.key for p in e.participants}), None)
        if i is None:
            out.append(sig)
            continue
        old = out[i]
        union = old.participants + tuple(p for p in sig.participants if p.key not in {q.key for q in old.participants})
        out[i] = replace(old, participants=union, key=meeting_key(list(union), old.kind, old.date, view),
                         date=old.date or sig.date, place=old.place or sig.place)
    return out
