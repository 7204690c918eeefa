"""Who signs when the signing is a verbal noun (توقيع، إبرام), not a finite verb.

Companies, universities, funds and ministries sign contracts and memoranda, and news of them
reports the signing with the noun more often than with the verb; the finite-verb readings of
`treaty_parties` then find the other side only (the مع-phrase), and a treaty with one side is no
fact. Three shapes name the signer (raw-news counts by `scripts/count_signing_nouns.py`, dev lines
left out; regex upper bounds):

- The noun's agent right after it, before the treaty noun: "بعد توقيع المشرف العام على مركز X
  الدكتور فلان اتفاقية مع منظمة الصحة العالمية"، "عقب توقيع المدينة مذكرتي تفاهم"، "توقيع إيران الاتفاق".
  An indefinite verbal noun takes its agent as a genitive (raw news: "توقيع|إبرام" + one to six
  words + a treaty noun, 22 lines, e.g. "في ظل توقيع السعودية اتفاقيات مع دول جديدة").
- The subject of the verb that governs the noun: "أعلنت وزارة العمل أمس توقيع اتفاقية مع
  سريلانكا"، "وتستعد شركة X لتوقيع عقد مع Y"، "وقام الوزير بتوقيع الاتفاقية": VERB SUBJECT
  (adverbials) [عن] توقيع. The noun follows the subject at once, so it is the verb's object or
  purpose and its agent is that subject (raw news: أعلن/تستعد/بدأ/قام … + subject + توقيع|إبرام +
  a treaty noun, 5 lines, all of this shape). A speaker's "قال X إن توقيع …" is not this shape (a
  complementizer stands between); nor is a witness's "وحضر مدير الصندوق توقيع اتفاقية بين …"
  (attending verbs are left out, and a بين-phrase names the parties itself).
- A light verb with the noun and the signers after the treaty noun: "وقام بتوقيع الاتفاقية كل من
  المدير العام لشركة X … والمدير العام لمؤسسة Y"، "وتولى التوقيع على الاتفاقية كل من …" (raw news: 8
  lines with "كل من" after a treaty noun that a light verb + signing noun governs); each
  official there stands for the body his title names, and the holder's name after his title
  ("المدير العام لشركة X، فلان") is that body again, not a new item.

A body named with the place it is in ("الهيئة الملكية بينبع وقعت …"، "جمعية الثقافة والفنون
بجدة") is the party, not the place: `body_before_place` steps over such a place to the body.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.extract.treaty_bodies import head_of
from kg.extract.treaty_words import ADVERBIAL

#: Indefinite signing nouns (with the clitics a governing verb gives them): they take an agent.
_MASDAR = vocab.keys(("توقيع", "إبرام", "امضاء", "إمضاء", "بتوقيع", "لتوقيع", "بإبرام", "لإبرام", "وتوقيع"))
#: Signing nouns after a light verb: "قام بتوقيع"، "تولى التوقيع".
_LIGHT_MASDAR = _MASDAR | vocab.keys(("التوقيع", "بالتوقيع", "الإمضاء", "بالإمضاء"))
#: Light verbs whose object is the signing itself ("وقام بتوقيع الاتفاقية"، "وتولى التوقيع على").
LIGHT_VERBS = vocab.keys(("قام", "قامت", "قاما", "وقام", "وقامت", "تولى", "تولت", "وتولى", "وتولت", "تولي"))
#: Between the subject and the signing noun: "عن" ("أعلنت X عن توقيع") and what a time adverb adds.
_BEFORE_NOUN = vocab.keys(("عن", "اكتمال", "رسميا"))
#: Clause openers that may stand before the governing verb.
_OPENERS = vocab.VERB_OPENERS | vocab.keys(("و", "ف", "وقد", "فقد"))
_PLACES = ("City", "Place")
#: Verbs of attending a signing: their subject witnesses it ("وحضر مدير الصندوق توقيع اتفاقية").
_WITNESS = vocab.keys(("حضر", "حضرت", "حضرا", "شهد", "شهدت", "شهدا", "يشهد", "تشهد", "رعى", "رعت", "يرعى",
                       "ترعى", "ترأس", "ترأست", "دشن", "دشنت", "بارك", "باركت"))
_BETWEEN = vocab.keys(("بين",))
_PREPOSITIONS = vocab.keys(("في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "حول", "بشأن"))


def light_verb_nouns(view: DocView, signing: list[int]) -> list[int]:
    """Signing nouns a light verb governs ("قام بتوقيع"، "تولى التوقيع"): they act as the verb."""
    toks = view.tokens
    return [v for v in signing if v > 0 and toks[v].is_(_LIGHT_MASDAR) and toks[v - 1].is_(LIGHT_VERBS)]


def masdar_agent(view: DocView, signing: list[int], trig_first: int,
                 chain: Callable[[int, int, int], tuple[list[Ref], int]],
                 title_parties: Callable[[int, int], list[Ref]]) -> list[Ref]:
    """The agent of an indefinite signing noun right before the treaty noun ("توقيع مصر والسودان
    اتفاقية"، "توقيع المشرف العام على مركز X فلان اتفاقية"): the states and bodies of the words
    between, when they are all a subject chain; else []."""
    toks = view.tokens
    for v in signing:
        if not (v + 1 < trig_first <= v + 12) or not toks[v].is_(_MASDAR) or toks[v - 1].is_(LIGHT_VERBS):
            continue
        refs, end = chain(v + 1, trig_first - 1, trig_first - 1)
        if refs and end == trig_first:
            return refs + new_title_parties(refs, title_parties(v + 1, trig_first - 1))
    return []


def governing_subject(view: DocView, signing: list[int], first: int, trig_first: int,
                      party_of: Callable[[int], Ref | None], covered: frozenset[int] | set[int]) -> list[Ref]:
    """The subject of the clause-initial verb that governs a signing noun ("أعلنت وزارة العمل أمس
    توقيع اتفاقية"، "وتستعد شركة X لتوقيع"، "وقام الوزير بتوقيع"), or []."""
    toks = view.tokens
    for v in signing:
        if not v < trig_first or not toks[v].is_(_LIGHT_MASDAR if toks[v].key.startswith("ب") else _MASDAR):
            continue
        j = v - 1
        while j >= first and (toks[j].is_(ADVERBIAL) or toks[j].is_(_BEFORE_NOUN)):
            j -= 1
        if j < first or j not in view.token_mention:
            continue
        m = view.token_mention[j]
        a = view.mention_span[m][0]
        if view.ref(m).entity.kind in _PLACES and (k := body_before_place(view, a, first)) is not None:
            m, a = view.token_mention[k], view.mention_span[view.token_mention[k]][0]
        while a - 1 >= first and (a - 1 in covered or toks[a - 1].is_(vocab.HONORIFICS)):
            a -= 1  # "وقام وزير التعليم الدكتور فلان بتوقيع": the title and honorific before the name
        verb = a - 1
        if verb < first or verb in view.token_mention or not toks[verb].key.isalpha() or toks[verb].is_(_WITNESS) \
                or toks[verb].is_(vocab.COMPLEMENTIZERS) or not all(toks[k].is_(_OPENERS) for k in range(first, verb)):
            continue
        if any(x.is_(_BETWEEN) for x in toks[trig_first:trig_first + 8]):
            return []  # "توقيع اتفاقية قرض بين X وY": the parties are named
        if (ref := party_of(m)) is not None:
            return [ref]
    return []


def past_place(view: DocView, j: int, first: int) -> int:
    """Token j ends a subject before its verb; when it is a place attached to a body, the body's
    last token instead ("الهيئة الملكية بينبع | وقعت"), else j."""
    if j < first:
        return j
    m = view.token_mention.get(j)
    if m is not None and view.ref(m).entity.kind not in _PLACES:
        return j
    return body_before_place(view, view.mention_span[m][0] if m is not None else j, first) or j


def body_before_place(view: DocView, a: int, first: int) -> int | None:
    """The last token of a body's mention right before the place starting at token a (a mention, or
    one word with ب), when the place is attached to it by ب or في ("الهيئة الملكية بينبع"، "جمعية X في
    جدة"), else None."""
    toks = view.tokens
    j = a - 1
    if a not in view.token_mention and not (toks[a].key.startswith("ب") and toks[a].key.isalpha()):
        return None  # "بينبع" the NER left out: one word with ب after the body
    if not toks[a].key.startswith("ب"):
        if j < first or toks[j].key != "في":
            return None
        j -= 1
    if j < first or j not in view.token_mention:
        return None
    m = view.token_mention[j]
    if view.ref(m).entity.kind != "Organization" or view.is_person(m):
        return None
    return j


def own_head(view: DocView, m: int) -> bool:
    """Mention m starts with a body's head noun of its own ("شركة ذات مسؤولية"): a word before it is
    not part of its name ("وتأسيس شركة …" is no body "تأسيس شركة")."""
    return head_of(view.tokens[view.mention_span[m][0]].key) is not None


def title_holder(view: DocView, t: int, covered: frozenset[int] | set[int]) -> int | None:
    """The person mention that holds the title ending right before token t ("مدير جامعة X فلان"،
    "المدير العام لشركة X، فلان": t is the name or the comma before it), else None."""
    toks = view.tokens
    k = t + 1 if toks[t].text in ("،", ",") else t
    m = view.mention_at.get(k)
    if m is None or not view.is_person(m) or t - 1 not in covered:
        return None
    return m


def new_title_parties(refs: list[Ref], titled: list[Ref]) -> list[Ref]:
    """The states and bodies of a subject's titles that its names do not give already: not the body
    a named one is part of ("رئيس مجلس إدارة شركة X فلان" gives شركة X, not also "مجلس إدارة شركة X")."""
    known = {r.key for r in refs}
    labels = [r.entity.label for r in refs if r.entity.kind == "Organization"]
    return [r for r in titled if r.key not in known and not any(lab in r.entity.label for lab in labels)]


_OPEN, _CLOSE = frozenset("(«\""), frozenset(")»\"")


def aliased_subject(view: DocView, t: int, stop: int, stop_words: frozenset[str]) -> Ref | None:
    """A body the NER found only by the short name in brackets after its full name, as a verb's
    subject: "أبرمت كنفدرالية المواطنة والمؤسسات التونسية (كونكت)، السبت، اتفاقية" → كونكت. Up to
    eight words of the name (no preposition, signing or treaty word) before the bracket; else None."""
    toks = view.tokens
    for k in range(t, min(stop, t + 9) + 1):
        if k > t and toks[k].text in _OPEN and (m := view.mention_at.get(k + 1)) is not None:
            end = view.mention_span[m][1]
            if end + 1 <= stop and toks[end + 1].text in _CLOSE and view.mentions[m].ner_type == "ORG" \
                    and view.ref(m).entity.kind == "Organization":
                return view.ref(m)
            return None
        if k in view.token_mention or not toks[k].key.isalpha() or toks[k].is_(stop_words) \
                or toks[k].is_(_PREPOSITIONS):
            return None
    return None


#: "كان" and its forms open a clause whose subject comes before the signing verb ("وكان X ونظيره Y وقعا").
_KANA = vocab.keys(("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"))


def fronted_subject(view: DocView, v: int, first: int,
                    chain: Callable[[int, int, int], tuple[list[Ref], int]]) -> list[Ref]:
    """The subject of a signing verb at v that a "كان" clause puts before it, read forward as a
    chain (titles, honorifics, "ونظيره في X" included) that ends at the verb, a comma allowed
    between: "وكان رئيس الوزراء الهندي فلان ونظيرته في بنغلادش الشيخة فلانة، وقعا هذا الاتفاق"
    (raw news: كان + up to twelve words + a signing verb + a treaty noun, 12 lines); else []."""
    toks = view.tokens
    k = next((j for j in range(v - 1, max(first, v - 25) - 1, -1) if toks[j].is_(_KANA)), None)
    if k is None or any(toks[j].text in ("،", ",") for j in range(k + 1, v - 1)):
        return []
    refs, end = chain(k + 1, v - 1, v - 1)
    while end < v:  # the name of the counterpart just read ("ونظيرته في بنغلادش الشيخة فلانة")، a comma
        if (m := view.mention_at.get(end)) is not None and view.is_person(m):
            end = view.mention_span[m][1] + 1
        elif toks[end].text in ("،", ",") or toks[end].is_(ADVERBIAL) or toks[end].is_(vocab.HONORIFICS):
            end += 1
        else:
            break
    return refs if refs and end == v else []
