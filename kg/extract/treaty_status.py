"""A treaty's status, and which words sign it: the cues of the treaty lexicon
(kg/extract/lexicon/treaties.tsv: signing verbs, past contexts, status cues) and the rules that read
them around a treaty noun (وقعت → signed, سيوقع/لتوقيع → to be signed, مفاوضات → negotiating, a
signing noun after "تم"/"بعد" → signed), where a new signing verb opens the next treaty's clause,
and whether a signing word is the clause actor's act. Apart from `kg.extract.treaties` (which finds
the treaty nouns and assembles the facts) so each module holds one reading.
"""

from __future__ import annotations

from typing import Protocol

from kg.extract import lexicon, vocab
from kg.extract.facts import TREATY_STATUSES
from kg.extract.text import DocView
from kg.extract.treaty_verbs import in_the_wake, purpose, verb_at
from kg.extract.treaty_words import COMPARISON as _COMPARISON
from kg.extract.treaty_words import RELATIVE

#: The treaty lexicon (kg/extract/lexicon/treaties.tsv), grown from the raw news corpus.
LEX = lexicon.load("treaties")
NOUNS = vocab.TREATY_NOUNS | vocab.with_suffixes(LEX.forms("head")) | vocab.keys(
    f + "ا" for f in LEX.forms("head") if not f.endswith(("ة", "ه", "ا", "ات", "ي", "ين", "ان")))  # بروتوكولا
CUES: dict[str, frozenset[str]] = {status: vocab.TREATY_CUES.get(status, frozenset()) | LEX.keys(status)
                                    for status in TREATY_STATUSES if status in vocab.TREATY_CUES or LEX.forms(status)}
SIGN_VERBS = LEX.keys("sign-verb")
#: A past signing verb with the treaty as its object pronoun, as a relative clause resumes it
#: ("الاتفاقية التي وقعتها مصر مع …"، "الاتفاق الذي أبرمته X"): raw-corpus tokens أبرمته 48,
#: أبرمتها 44, وقعه 37, وقعها 31, وقعته 29, وقعتها 24, أبرمه 14, أبرمها 7.
_SIGNED_IT = frozenset((v[:-1] if v.endswith("وا") else v) + suffix
                       for v in SIGN_VERBS if v[:1] not in "يتسن" for suffix in ("ه", "ها", "هما"))
SIGN_VERBS = SIGN_VERBS | _SIGNED_IT
CUES["signed"] = CUES["signed"] | _SIGNED_IT  # past: "الاتفاق الذي أبرمه X" was signed
#: Before a signing noun, these make it past: "تم التوقيع"، "بعد توقيع"، "على هامش توقيع"، "حفل توقيع".
_PAST_CONTEXT = LEX.keys("past-context")
_SIGNING_NOUNS = vocab.keys(("توقيع", "التوقيع", "إمضاء", "الإمضاء", "إبرام", "توقيعه", "توقيعها"))
#: A signing noun after these is a time, not an act: "بعد إبرام الاتفاق"، "منذ التوقيع على الاتفاق".
_SIGNED_AT = vocab.keys(("بعد", "منذ", "عقب", "قبل", "إثر", "اثر", "بعيد", "حتى"))
_FUTURE_SIGN = vocab.keys(("ستوقع", "سيوقع", "ستوقعان", "سيوقعان", "سنوقع", "سيتم", "ستبرم", "سيبرم"))

class Span(Protocol):
    """A treaty noun phrase's tokens: `first` (the noun) to `last` (the end of its label)."""

    first: int
    last: int


def status_near(view: DocView, trig: Span, first: int, last: int) -> str:
    """The status cue closest to the treaty noun in its clause (future turns signed into to-be-signed)."""
    toks = view.tokens
    best: tuple[int, str] | None = None
    compare = next((t for t in range(trig.last + 1, last + 1) if toks[t].is_(_COMPARISON)), last + 1)
    for t in range(first, compare):
        if trig.first <= t <= trig.last:
            continue
        tok = toks[t]
        if in_the_wake(view, t) or purpose(view, t, trig.last):
            continue
        status = verb_at(view, t, NOUNS)  # "أن توقع"، "عقدت اتفاقية"
        if status is None and tok.is_(_FUTURE_SIGN):
            status = "to-be-signed"
        elif status is None:
            for name, cues in CUES.items():
                if tok.is_(cues):
                    status = name
                    break
        if status is None or (status == "proposed" and t > trig.last):
            continue  # "مشروع اتفاقية" is a draft; "اتفاقية لتمويل مشروع" is not
        if status == "signed" and (tok.future or any(x.is_(vocab.PLANNED_CUES) for x in toks[first:t])):
            status = "to-be-signed"
        elif status == "to-be-signed" and tok.is_(_SIGNING_NOUNS) and _past_noun(view, t, first):
            status = "signed"  # "تم التوقيع"، "بعد توقيع"، "على هامش إمضاء"
        distance = trig.first - t if t < trig.first else t - trig.last
        if best is None or distance < best[0]:
            best = (distance, status)
    return best[1] if best else "mentioned"


def _past_noun(view: DocView, t: int, first: int) -> bool:
    """The signing noun at t is an event that took place: a past-context word shortly before
    it — within five words, names not counted ("تم اليوم التوقيع"، "بعد توقيع"، "وشهد الرئيس
    X والرئيس Y توقيع") — and no future or plan ("سيتم"، "المقرر")."""
    toks = view.tokens
    if any(x.future or x.is_(vocab.PLANNED_CUES) or x.is_(vocab.TOMORROW) for x in toks[first:t]):
        return False
    words = 0
    for j in range(t - 1, first - 1, -1):
        if toks[j].is_(_PAST_CONTEXT):
            return True
        if j not in view.token_mention:
            words += 1
        if words >= 5:
            break
    return False


def signing_words(view: DocView, first: int, last: int) -> list[int]:
    """Tokens of signing verbs and nouns (وقعت، سيوقع، توقيع، أبرمت، صادق) in tokens first..last."""
    return [t for t in range(first, last + 1)
            if (view.tokens[t].is_(CUES["signed"]) or view.tokens[t].is_(CUES["to-be-signed"])
                or view.tokens[t].is_(_FUTURE_SIGN) or view.tokens[t].is_(SIGN_VERBS)
                or verb_at(view, t, NOUNS)) and not in_the_wake(view, t)]


_CLAUSE_OPENERS = vocab.keys(("كما", "ثم", "فيما", "بينما"))


def next_clause(view: DocView, trig_last: int, stop: int, signing: list[int]) -> int:
    """Where the next treaty's clause starts when a new signing verb opens it after a comma or
    a conjunction ("ووقعت الأردن مع مصر اتفاقية للربط، كما وقعت مع العراق مذكرة تفاهم": "مع
    العراق" is the memorandum's), else stop + 1. A verb resuming the treaty ("اتفاقية وقعتها
    مصر"، "التي وقعها") continues its clause."""
    toks = view.tokens
    for v in signing:
        if not trig_last + 1 < v <= stop or not toks[v].is_(SIGN_VERBS) or toks[v].is_(_SIGNED_IT) \
                or toks[v - 1].is_(RELATIVE):
            continue
        if toks[v - 1].is_(_CLAUSE_OPENERS):
            return v - 1
        if toks[v - 1].key in ("،", ",") or toks[v].key.startswith("و"):
            return v
    return stop + 1


def is_signing_act(view: DocView, t: int, first: int) -> bool:
    """The signing word at t is an act of the clause's actor ("وقع"، "سيوقع"، "بتوقيع"): not a
    participle ("الموقعة"), not a time the signing gives ("بعد إبرام الاتفاق"، "منذ التوقيع على"),
    not a relative verb without its subject ("الاتفاق الذي أبرم اليوم": signed, by whom untold)."""
    tok, toks = view.tokens[t], view.tokens
    if tok.is_(_SIGNING_NOUNS):
        return not (t > first and toks[t - 1].is_(_SIGNED_AT))
    if tok.is_(SIGN_VERBS) and t > first and toks[t - 1].is_(RELATIVE):
        nxt = t + 1 if t + 1 < len(toks) else t
        return nxt in view.token_mention and not view.is_person(view.token_mention[nxt])
    return tok.is_(SIGN_VERBS) or tok.is_(_FUTURE_SIGN) or verb_at(view, t, NOUNS) is not None
