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
from kg.extract.meeting_clauses import press_conference
from kg.extract.text import DocView, Tok

_RELATIVE = vocab.keys(("الذي", "التي", "اللذين", "اللتين"))
#: A support verb with the meeting noun as its object pronoun, the relative clause "(الذي) عقده X": "اجتماع عقده
#: مع"، "الاجتماع الذي عقدته لجنة"، "اتصال هاتفي أجرته معه"، "المباحثات التي أجراها". Raw corpus (zcat | grep -cE): a
#: meeting noun, at most one word, الذي/التي or not, and one of these: 127 paragraphs (أداها/يؤديها/أجراها/يجريها,
#: already support phrases of the lexicon, are among them). Its subject may be an outlet or a journalist: an interview
#: (`_interview`): 25 paragraphs write a call or لقاء so, with a quote mark, an outlet noun or a journalist
#: right after ("أجرته معه «X»"، "أجراه الإعلامي"). A feminine object (تلقاها، تلقتها) is left out:
#: "الاتصالات الهاتفية التي تلقاها من X، وY" is a cabinet round-up of calls, one record per caller (`meeting_rounds`).
#: Who interviews: "اللقاء الذي أجراه الإعلامي X"، "أجرته معه الزميلة X".
_MEDIA = vocab.keys(("الإعلامي", "الإعلامية", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الزميل", "الزميلة",
                     "مراسل", "مراسلة", "المذيع", "المذيعة", "مندوب"))
_HELD_IT = vocab.keys(("عقده", "عقدها", "عقدته", "عقدتها", "عقداه", "عقداها", "أجراه", "أجرته", "أجرتها",
                       "أجرياه", "أجرياها", "تلقاه", "تلقته", "يعقده", "يعقدها", "تعقده",
                       "تعقدها", "يجريه", "تجريه", "تجريها"))
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
    """The event kind token t states as the second word of a two-word session noun: "meeting" for "جلسة عمل" (and
    for the last word of "مؤتمر صحفي مشترك"), "talks" for a negotiating or conciliation session ("جلسة تفاوضية"،
    "الجلسة الصلحية"), else None."""
    if press_conference(toks, t):
        return "meeting"  # "مؤتمر صحفي مشترك"
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
    التحضيري، "الهام"). A phone word right after a call noun does not count: "اتصال هاتفي تلقاه/أجراه/أجرته X" (18 raw
    paragraphs), "مكالمة هاتفية أجراها" (1)."""
    toks = view.tokens
    words = 0
    for ahead in range(t + 1, min(t + 6, last + 1)):  # two quotes, an adjective, الذي, the verb
        tok = toks[ahead]
        if tok.is_(lexicon.SUPPORT_WORDS) or (tok.is_(_HELD_IT) and not _interview(view, ahead, last)):
            return ahead if words <= 1 else -1
        if tok.is_(_RELATIVE) or tok.key in _QUOTES or (ahead == t + 1 and tok.is_(vocab.PHONE)):
            continue  # "اتصال هاتفي تلقاه X من Y"، "اتصال هاتفي أجراه X مع Y": the phone word is the call's own
        if ahead in view.token_mention or not (tok.key.endswith("ه") or tok.key.startswith("ال")):
            return -1
        words += 1
    return -1


def held_by_relative(tok: Tok) -> bool:
    """The token is a relative support verb with the meeting noun as its object ("اجتماع عقده X")."""
    return tok.is_(_HELD_IT)


def _interview(view: DocView, verb: int, last: int) -> bool:
    """The relative support verb at `verb` has a newspaper, a channel or a journalist for its subject: "اتصال هاتفي
    أجرته معه «X»"، "أجرته معه قناة X"، "اللقاء الذي أجراه الإعلامي X": an interview, no meeting."""
    for k in range(verb + 1, min(last, verb + 3) + 1):
        tok = view.tokens[k]
        if tok.text[:1] in _QUOTES or tok.is_(vocab.OUTLET_NOUNS) or tok.is_(_MEDIA):
            return True
    return False


def phone_after(view: DocView, t: int, last: int) -> bool:
    """A phone word right after token t ("تحدث هاتفيا"، "تحدث عبر الهاتف")."""
    return any(view.tokens[j].is_(vocab.PHONE) for j in range(t + 1, min(last, t + 2) + 1))


_IN = vocab.keys(("في", "خلال"))


def object_call(view: DocView, t: int, first: int) -> bool:
    """The call noun at t is an adverbial ("في اتصال هاتفي") of a clause that opens with a verb taking the
    other side as its object (`vocab.CALL_OBJECT_VERBS`)."""
    return t > first and view.tokens[t - 1].is_(_IN) and view.tokens[first].is_(vocab.CALL_OBJECT_VERBS)
