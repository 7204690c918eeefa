"""Signing verbs that only their neighbours tell from other words.

The treaty lexicon lists signing verbs by form (وقعت، أبرم، يوقع …); a few forms are signing
verbs only in context, and a few forms of the lexicon are not verbs in one idiom:

- "توقع" is "expects" (توقع الخبراء) or "expectation" as often as "signs" (feminine present),
  so the lexicon keeps it as a status cue only. After "أن"، "لن"، "كي"، or with the ل of purpose
  ("لتوقع") it is the subjunctive verb: "من المقرر أن توقع الكويت والبحرين اتفاقية" (raw news:
  "أن توقع اتفاقا مع"، "لن توقع على الاتفاقية"، "لتوقع اتفاقية تعاون").
- "عقد" is "held" (عقد اجتماعا) or the noun "contract"; right before a treaty noun it is
  "concluded": "وكانت إيران قد عقدت اتفاقيات سرية مع الوكالة" (raw news: 15 paragraphs with a
  form of عقد right before اتفاق/اتفاقية/مذكرة/معاهدة).
- "على وقع" is "in the wake of" (the noun وَقْع), not the verb وقّع (raw news: 74 paragraphs,
  3 of them near a treaty noun: "تأثر … على وقع الاتفاق النووي" signs nothing).
- A cue with the ل of purpose right after the treaty noun is what the treaty does, not what
  happened to it: "اتفاقية لإلغاء التأشيرات" is signed, not cancelled.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView

_SUBJUNCTIVE = vocab.keys(("توقع",))
_BEFORE_SUBJUNCTIVE = vocab.keys(("أن", "ان", "لن", "كي", "لكي", "حتى"))
#: Past and present forms of عقد "conclude" (the noun عقد is the same letters: only before a treaty noun).
CONCLUDE = vocab.keys(("عقد", "عقدت", "عقدا", "عقدتا", "عقدوا", "يعقد", "تعقد", "سيعقد", "ستعقد"))
_CONCLUDE_PAST = vocab.keys(("عقد", "عقدت", "عقدا", "عقدتا", "عقدوا"))
_BETWEEN = vocab.keys(("أيضا", "قد", "بدورها", "بدوره", "رسميا"))
_WAQ, _ALA = vocab.keys(("وقع",)), vocab.keys(("على",))


def in_the_wake(view: DocView, t: int) -> bool:
    """Token t is وقع of "على وقع": a noun, no signing."""
    toks = view.tokens
    return t > 0 and toks[t].key in _WAQ and toks[t - 1].key in _ALA


def _before_treaty(view: DocView, t: int, nouns: frozenset[str]) -> bool:
    toks = view.tokens
    j = t + 1
    while j < len(toks) and j - t <= 2 and toks[j].is_(_BETWEEN):
        j += 1
    return j < len(toks) and toks[j].is_(nouns)


def verb_at(view: DocView, t: int, nouns: frozenset[str]) -> str | None:
    """The status a context-only signing verb at token t states ("to-be-signed" for "أن توقع",
    "signed" for "عقدت" before a treaty noun), or None when token t is no such verb."""
    tok, toks = view.tokens[t], view.tokens
    if tok.is_(_SUBJUNCTIVE) and not tok.future:
        purpose = tok.key != "توقع" and tok.key.startswith("ل")  # "لتوقع"
        if purpose or (t > 0 and toks[t - 1].is_(_BEFORE_SUBJUNCTIVE)):
            return "to-be-signed"
        return None
    if tok.is_(CONCLUDE) and t not in view.token_mention and _before_treaty(view, t, nouns):
        return "signed" if tok.is_(_CONCLUDE_PAST) else "to-be-signed"
    return None


def purpose(view: DocView, t: int, trig_last: int) -> bool:
    """The cue at token t is the treaty's purpose: the ل of purpose, right after the treaty's label
    ("اتفاقية لإلغاء التأشيرات")."""
    return t == trig_last + 1 and view.tokens[t].key.startswith("ل")
