"""Where a meeting noun gets its tense: the support verb before or after it, and the two-word noun "جلسة عمل".

A meeting noun states an event but not when: "أجرى X محادثات"، "سيقوم X بزيارة"، "اللقاء الذي جمع X وY"، "زيارة
رسمية يؤديها X". The verb that carries it ("support", `kg.extract.lexicon.meetings` and `vocab.SUPPORT_PAST`/
`SUPPORT_PRESENT`) stands before the noun (`support_before`, tried word by word by `kg.extract.meetings`) or right
after it, past a relative pronoun and an adjective (`support_after`). Tunisian news writes a meeting of officials as
a "working session", "جلسة عمل" (`work_session`), and talks between bodies as a negotiating or conciliation session,
"جلسة تفاوضية"، "جلسة صلحية" (`session_kind`). A call may have no support verb of its own: a verb of speaking
with a phone word ("تحدث هاتفيا مع X", `phone_after`) states it, and a verb whose object is the other side carries a
call noun set beside it ("هنأ X، في مكالمة هاتفية، Y", `object_call`).
"""

from __future__ import annotations

from kg.extract import meeting_travel as travel
from kg.extract import vocab
from kg.extract.lexicon import meetings as lexicon
from kg.extract.text import DocView, Tok

_RELATIVE = vocab.keys(("الذي", "التي", "اللذين", "اللتين"))
_QUOTES = frozenset('"«»“”')


def support_before(view: DocView, back: int, first: int) -> str | None:
    """"past"/"present" when token `back` is a verb carrying a meeting noun's tense."""
    tok = view.tokens[back]
    if any(f[:1] == "س" and f[1:2] in ("ي", "ت") and (f[1:] in vocab.SUPPORT_PRESENT or f[1:] in lexicon.SUPPORT_WORDS)
           for f in tok.forms):
        return "present"  # "سيقوم بزيارة"، "سيجري محادثات": س + an imperfect support verb
    if tok.is_(travel.TRAVEL) and tok.is_(lexicon.SUPPORT_WORDS):
        return travel.motion_tense(tok)  # "توجه X إلى Y في زيارة": توجه is past
    if tok.is_(vocab.SUPPORT_PRESENT) or (tok.is_(lexicon.SUPPORT_WORDS) and tok.key[:1] in "يت"):
        return "present"
    if not (tok.is_(vocab.SUPPORT_PAST) or tok.is_(lexicon.SUPPORT_WORDS)) or tok.future:
        return None
    if tok.key in vocab.AMBIGUOUS_SUPPORT and back > first and not view.tokens[back - 1].is_(vocab.VERB_OPENERS):
        return None  # "ظروف عقد اجتماع": the verbal noun, no tense
    return "past"


def work_session(toks: list[Tok], t: int) -> bool:
    """Token t is the "عمل" of "جلسة عمل" or the second word of another session noun (`session_kind`): the
    session is a meeting noun."""
    return session_kind(toks, t) is not None


def session_kind(toks: list[Tok], t: int) -> str | None:
    """The event kind token t states as the second word of a two-word session noun: "meeting" for "جلسة عمل",
    "talks" for a negotiating or conciliation session ("جلسة تفاوضية"، "الجلسة الصلحية"), else None."""
    if t == 0 or not toks[t - 1].is_(vocab.SESSION_NOUNS):
        return None
    if toks[t].is_(vocab.WORK_NOUN):
        return "meeting"
    return "talks" if toks[t].is_(vocab.NEGOTIATION_NOUN) else None


def support_after(view: DocView, t: int, last: int) -> int:
    """The support verb right after meeting noun t ("اللقاء الذي جمع X وY"، "زيارة رسمية يؤديها X"), else -1.

    Between them: the relative pronoun and at most one adjective of the noun, a feminine one ("زيارة رسمية") or a
    definite one ("اللقاء السري الذي جمع"، "الاجتماع الثلاثي الذي ضم"), quoted or not ("اللقاء "الهام" الذي
    جمع"). Raw corpus (both files, zcat | grep -oE): a meeting noun, a definite word, الذي/التي and a support
    verb (جمع، ضم، أجرى، عقد، أدى …): 59 matches, 34 with a word not ending in ة, which only this reading admits
    (الودي 11, sports matches that `sports_match` drops; الثلاثي 5, العمل 3, الأولى 2, الأول، المغلق، السري،
    التحضيري، "الهام")."""
    toks = view.tokens
    words = 0
    for ahead in range(t + 1, min(t + 6, last + 1)):  # two quotes, an adjective, الذي, the verb
        tok = toks[ahead]
        if tok.is_(lexicon.SUPPORT_WORDS):
            return ahead if words <= 1 else -1
        if tok.is_(_RELATIVE) or tok.key in _QUOTES:
            continue
        if ahead in view.token_mention or not (tok.key.endswith("ه") or tok.key.startswith("ال")):
            return -1
        words += 1
    return -1


def phone_after(view: DocView, t: int, last: int) -> bool:
    """A phone word right after token t ("تحدث هاتفيا"، "تحدث عبر الهاتف")."""
    return any(view.tokens[j].is_(vocab.PHONE) for j in range(t + 1, min(last, t + 2) + 1))


_IN = vocab.keys(("في", "خلال"))


def object_call(view: DocView, t: int, first: int) -> bool:
    """The call noun at t is an adverbial ("في اتصال هاتفي") of a clause that opens with a verb taking the
    other side as its object (`vocab.CALL_OBJECT_VERBS`)."""
    return t > first and view.tokens[t - 1].is_(_IN) and view.tokens[first].is_(vocab.CALL_OBJECT_VERBS)
