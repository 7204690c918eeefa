"""Where a quotation starts: reported speech is cut from its speaker (`speech_clauses`), but a quote
mark that encloses a name is no quotation: "وقال X لـ«فلان» عقب لقائه Y".

Reporting clauses are cut where their quotation starts (`speech_clauses`, below), so the speaker of "قال X
«التقى A بـB»" is no party of what he quotes. The press writes the outlet a speaker talks to, and many
groups' names, between the same marks: "لـ«فلان»"، "لـ«فلانة»"، "لـ"الوطن""، "في حوار أجرته معه
«فلان»". Cut there, the speaker was parted from the meeting his own clause tells ("وقال X، في
حوار أجرته معه «فلان» غداة لقائه الملك Y"، "وأوضح X في اتصال هاتفي لـ«فلان»، عقب لقائه
مع نظيره Y"), and that meeting kept one side and no record.

Raw corpus (both files, grep -oE): "لـ«…»"/"ل«…»" 2,262 times, 2,218 of them one to three words (الشرق
الأوسط 1,077, عكاظ 332, داعش 68, رويترز 41, المدينة 19, …: outlets and groups); "لـ"…"" with an outlet
the same way (الوطن 238, الاقتصادية 271, سبق 161, …). A reporting verb, up to 80 characters, a
quoted name of 2-25 characters, then within 60 characters a meeting noun or "إنه التقى": 84 paragraphs.

A mark opens a name when what it encloses is exactly one mention, or at most three words right after
the preposition لـ or a press noun (صحيفة، وكالة، قناة …). Anything longer is speech.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView

_OPEN = frozenset({"«", '"', "“"})
_CLOSE = frozenset({"»", '"', "”"})
#: Words a name runs to at most after لـ or a press noun ("لـ«بي بي سي»").
NAME_WORDS = 3
#: What a quoted outlet's name follows: "لـ«…»", "صحيفة «…»", "لوكالة «…»".
_BEFORE_NAME = vocab.keys(("ل", "لـ", "صحيفة", "لصحيفة", "جريدة", "لجريدة", "وكالة", "لوكالة", "قناة", "لقناة",
                           "موقع", "لموقع", "إذاعة", "لإذاعة", "مجلة", "لمجلة", "برنامج", "لبرنامج"))


def quoted_name(view: DocView, t: int) -> bool:
    """Token t opens quote marks around a name (an outlet, a group), not a quotation."""
    toks = view.tokens
    if toks[t].text[:1] not in _OPEN:
        return False
    close = next((j for j in range(t + 1, min(len(toks), t + NAME_WORDS + 2))
                  if toks[j].text[:1] in _CLOSE), None)
    if close is None or close == t + 1:
        return False
    m = view.mention_at.get(t + 1)
    if m is not None and view.mention_span[m][1] == close - 1:
        return True  # «فلان»: the marks hold one name
    return t > 0 and (toks[t - 1].is_(_BEFORE_NAME) or toks[t - 1].text in ("ل", "لـ"))


#: "مع", "لـ" between a phone word and the outlet: "في اتصال هاتفي مع «فلانة»"، "اتصال هاتفي لـ«فلان»".
_TO_OUTLET = vocab.keys(("مع", "ل", "لـ"))


def press_phone(view: DocView, t: int) -> bool:
    """Token t is a phone word ("هاتفي") of a call to the press: a quoted name follows it, after مع or لـ
    ("وأوضح X في اتصال هاتفي لـ«فلان»"). The speaker gave an interview; that is no call between
    parties, and a meeting his clause tells stays a meeting. Raw corpus (grep -cE): a call or statement noun,
    a phone word, then مع/لـ and a quote mark: 46 paragraphs, the quoted names outlets (الوطن، الشرق
    الأوسط، عكاظ، الجوهرة أف أم …)."""
    toks = view.tokens
    j = t + 1
    while j < len(toks) and toks[j].is_(_TO_OUTLET) and j <= t + 2:
        j += 1
    return j < len(toks) and quoted_name(view, j)


def phone_call(view: DocView, first: int, last: int) -> bool:
    """A phone word in tokens first..last that is not a call to the press: the clause tells a call."""
    return any(view.tokens[t].is_(vocab.PHONE) and not press_phone(view, t) for t in range(first, last + 1))


def press_call(view: DocView, t: int) -> bool:
    """The call noun at token t is a call to the press ("في اتصال هاتفي مع «فلانة»"), not a call of its own."""
    return any(view.tokens[j].is_(vocab.PHONE) and press_phone(view, j)
               for j in range(t + 1, min(len(view.tokens), t + 3)))


#: Marks that open reported speech after a reporting verb: « " “ and the colon.
_QUOTE_OPENERS = ("«", '"', "“", ":")
#: "saying", right before a quotation whatever verb opens the clause ("واستطرد X قائلا: …"، "وختم X قائلا: …").
#: Raw corpus: قائلا/قائلة/قائلين + a quote mark or colon in 1,263 paragraphs (zcat | grep -cE).
_SAYING = vocab.keys(("قائلا", "قائلة", "قائلين", "قائلتين", "قائلان"))


def speech_clauses(view: DocView, s: int) -> list[tuple[int, int]]:
    """The sentence's clauses (`DocView.segments`), a clause that opens with a reporting verb, or has
    "قائلا" before a quotation, cut once more where its quotation starts: the speaker of "قال X «انتهت
    محادثات بين A وB»" is not a party of the talks he reports."""
    out: list[tuple[int, int]] = []
    for first, last in view.segments(s):
        toks = view.tokens
        start = first
        saying = next((t + 1 for t in range(first + 1, last) if toks[t].is_(_SAYING) and t not in view.token_mention
                       and toks[t + 1].text[:1] in _QUOTE_OPENERS), None)
        if saying is not None:  # "واستطرد X قائلا: … الذي استقبلهم": X reports, he is no party
            out.append((first, saying - 1))
            start = saying
        elif toks[first].is_(vocab.SAY_VERBS) or toks[first].is_(vocab.CONTINUE_VERBS):
            for t in range(first + 1, last + 1):
                if toks[t].text[:1] in _QUOTE_OPENERS and t not in view.token_mention and not quoted_name(view, t):
                    out.append((first, t - 1))
                    start = t
                    break
        out.append((start, last))
    return out
