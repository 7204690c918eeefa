"""Bodies that are a side of a meeting: the body a delegation comes from, the delegation told before, and
the body visited where its head received the visitor.

`kg.extract.meeting_parties` reads persons, officials and states; a counterpart that is a body or a
delegation, not a head of state, it leaves out when a person heads it, and Tunisian and Gulf news tell many
meetings so:

* **a delegation's body** (`delegation_parties`): "استقبل X وفد صندوق النقد الدولي برئاسة Y"، "التقى X وفدا عن
  منظمة النور للتنمية يترأسه Y"، "وفد البنك الدولي يلتقي رئيس الحكومة": the body named right after the delegation
  noun (its genitive, or after عن/ممثل عن; after من `meeting_parties` reads it already) is a side, beside the
  head the role lexicon gives (`برئاسة`، `يترأسه`). Raw corpus (../shared/data/arabic-news-raw, zcat | grep -c):
  1,320 paragraphs say وفد, 55 of them with برئاسة;
* **the delegation told before** (`delegation_parties`): "يزور وفد من صندوق النقد برئاسة Y تونس. وسيلتقي الوفد
  خلال زيارته رئيس الحكومة …": a bare definite "الوفد" as the subject or object of the meeting verb (at most one
  word between) is the article's last delegation named with a body or a head (within `_BACK_SENTENCES`
  sentences), and they are its sides; "الوفد المرافق" (the actor's own retinue) and "الوفد" + a nisba or a body
  of its own are not that one;
* **a visited body** (`visited_body`): "زار X غرفة التجارة بصفاقس حيث التقى رئيسها Y"، "أدى X زيارة إلى مقر
  الاتحاد العام حيث التقى أمينه العام Y": the body that is the object of a visit is a side when a second person,
  named after it, was met there, and it stands apart from a state (a union, a chamber, a party, a company, an
  intergovernmental body: `meeting_actors.body_of_post`); a state's own institution visited (a ministry, an
  embassy, a palace) adds nothing, its state is the side. A visit to a site with nobody met (a hospital, a
  factory) adds nothing, and the record stays dropped for want of a counterpart.

An internal meeting of one body ("اجتمع المكتب التنفيذي للاتحاد برئاسة X") has no delegation noun and no visit:
nothing here applies to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.lexicon import meetings as lexicon
from kg.extract.meeting_actors import body_of_post
from kg.extract.meeting_body_partner import met_body
from kg.extract.meeting_groups import group_sides
from kg.extract.meeting_roles import cue_at, first_party_after
from kg.extract.officials import Officials
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

#: Words between a delegation noun and its body: "وفدا عن"، "وفد ممثل عن"، "وفد رفيع المستوى من"، adjectives
#: ("وفد وزاري"، "وفدا برلمانيا"); من is read by `meeting_parties` too (a body after it is added once).
_TO_BODY = vocab.keys(tuple(p + w + e for w in ("رسمي", "وزاري", "حكومي", "برلماني", "رفيع", "اقتصادي", "ممثل",
                                                "فني", "هام", "كبير", "مشترك")
                            for p in ("", "ال") for e in ("", "ا", "اً", "ًا", "ة", "ه"))
                      + ("المستوى", "عن", "من"))
#: "الوفد المرافق (له)": the actor's retinue, not a delegation told before.
_RETINUE = vocab.keys(("المرافق", "المرافقة", "المرافقين", "المصاحب", "المشارك"))
_DEFINITE_DELEGATION = vocab.keys(("الوفد",))
_LEADER_CUES = lexicon.by_role("leader")
#: A bare "الوفد" refers back at most this many sentences.
_BACK_SENTENCES = 3
#: A delegation noun is a side of the meeting only this close to one of its triggers (tokens).
_REACH = 10
#: Words between a visit and the body visited: "زيارة إلى مقر X"، "زار مقر X".
_TO_SEAT = vocab.keys(("إلى", "الى", "مقر", "لمقر", "بمقر", "مبنى", "لمبنى", "مقرات", "رسمية", "عمل", "تفقدية",
                       "ميدانية"))
_VISIT_VERBS = vocab.keys(("زار", "زارت", "يزور", "تزور", "سيزور", "ستزور"))


def _body_after(view: DocView, off: Officials, t: int, last: int) -> Ref | None:
    """The organization named right after the delegation noun at t, past the words of `_TO_BODY`."""
    k = t + 1
    while k <= min(last, t + 4) and k not in view.token_mention and view.tokens[k].is_(_TO_BODY):
        k += 1
    m = view.mention_at.get(k)
    if m is None or k in off.covered or view.mention_span[m][0] != k:
        return None
    ref = view.ref(m)
    return ref if ref.entity.kind == "Organization" else None


def _leader_after(view: DocView, off: Officials, t: int, last: int) -> Ref | None:
    """The head of the delegation at t: the person after a leader cue (`برئاسة`، `يترأسه`) within eight words."""
    for k in range(t + 1, min(last, t + 8) + 1):
        found = cue_at(view, k, last, _LEADER_CUES)
        if found is not None:
            ref = first_party_after(view, off, k + found[1], min(last, k + found[1] + 8))
            return ref if ref is not None and ref.entity.kind == "Person" else None
    return None


def _sentence_end(view: DocView, t: int) -> int:
    return view.sentence_tokens(view.tokens[t].sentence)[-1].index


def _told_before(view: DocView, off: Officials, t: int) -> list[Ref]:
    """The body and head of the last delegation named before token t with either of them."""
    s = view.tokens[t].sentence
    for k in range(t - 1, -1, -1):
        tok = view.tokens[k]
        if s - tok.sentence > _BACK_SENTENCES:
            break
        if not tok.is_(vocab.DELEGATION) or k in off.covered:
            continue
        end = _sentence_end(view, k)
        found = [r for r in (_body_after(view, off, k, end), _leader_after(view, off, k, end)) if r is not None]
        if found:
            return found
    return []


def delegation_parties(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger]) -> list[Ref]:
    """The bodies of the delegations near the clause's triggers, and the body and head of the delegation told
    before that a bare "الوفد" names."""
    out: list[Ref] = []
    for t in range(first, last + 1):
        tok = view.tokens[t]
        if not tok.is_(vocab.DELEGATION) or t in off.covered or t in view.token_mention or not any(
                abs(t - tr.tok) <= _REACH for tr in triggers):
            continue
        body = _body_after(view, off, t, last)
        if body is not None:
            out.append(view.country_of(body) or body)  # "وفد الحكومة الإثيوبية": the state it stands for
            continue
        nxt = view.tokens[t + 1] if t + 1 <= last else None
        own = nxt is not None and (nxt.is_(_RETINUE) or t + 1 in view.token_mention or t + 1 in view.nisba_at)
        if tok.is_(_DEFINITE_DELEGATION) and not own and any(
                tr.tense != "noun" and 0 < abs(t - tr.verb) <= 2 for tr in triggers):
            out += _told_before(view, off, t)  # "وسيلتقي الوفد خلال زيارته …": the delegation told before
    return out


def visited_body(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
                 participants: list[Ref]) -> Ref | None:
    """The organization a visit goes to ("زار X غرفة التجارة"، "زيارة إلى مقر الاتحاد"), when a second person,
    named after it in the clause, is among the participants: the body's side received the visitor."""
    for tr in triggers:
        if tr.kind != "visit" or not (tr.noun or view.tokens[tr.tok].is_(_VISIT_VERBS)):
            continue
        k = tr.tok + 1
        while k <= min(last, tr.tok + 4) and k not in view.token_mention and (
                k in off.covered or view.tokens[k].is_(_TO_SEAT)):
            k += 1  # "زار وزير التجارة X غرفة …": the visitor's title and name come first
        while k <= last and k in view.token_mention and view.is_person(view.token_mention[k]):
            k = view.mention_span[view.token_mention[k]][1] + 1
            while k <= min(last, tr.tok + 12) and k not in view.token_mention and view.tokens[k].is_(_TO_SEAT):
                k += 1
        m = view.mention_at.get(k)
        if m is None or view.ref(m).entity.kind != "Organization":
            continue
        end = view.mention_span[m][1]
        persons = {p.key for p in participants if p.entity.kind == "Person"}
        met = {view.ref(n).key for n in view.mentions_in(end + 1, last) if view.is_person(n)}
        if len(persons) >= 2 and persons & met and body_of_post(view, view.ref(m)):
            return view.ref(m)
    return None


def sides(view: DocView, off: Officials, first: int, last: int, triggers: list[Trigger],
          participants: list[Ref]) -> list[Ref]:
    """The bodies and delegation heads this module finds (`delegation_parties`, `visited_body`), the bodies whose
    people meet "between" them (`kg.extract.meeting_groups`) and the body one
    person met as a whole (`kg.extract.meeting_body_partner`) that are not
    among the participants yet, under their key or their name (a body the clause took for a person: "وفد حماس")."""
    seen = {p.key for p in participants} | {p.entity.label for p in participants}
    out: list[Ref] = []
    found = delegation_parties(view, off, first, last, triggers) + group_sides(view, first, last, triggers)
    visited = visited_body(view, off, first, last, triggers, participants)
    for ref in [*found, visited, met_body(view, off, first, last, triggers, participants) if not found else None]:
        if ref is not None and ref.key not in seen and ref.entity.label not in seen:
            seen |= {ref.key, ref.entity.label}
            out.append(ref)
    return out
