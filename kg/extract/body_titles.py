"""A head or director of a body the NER does not tag: "رئيس النادي الأمير X"، "رئيس مجلس إدارة
الجمعية المهندس X"، "مدير عام الهيئة السعودية للمدن الصناعية المهندس X".

`kg.extract.titles` reads "رئيس"/"مدير" as a title only with a qualifier it knows (a country, an
organization mention, a ministry): alone they are common nouns. In news, though, the head of a
club, society or authority is regularly written as the head noun, the body's name in words the
NER leaves untagged, then an honorific and the name. The honorific (الأمير، المهندس، الدكتور …)
is what marks where the body's name ends and the person's begins, so it is required here; the
words between must read as a name of a body (definite words, nouns in construct before them,
non-person mentions), never a verb, a function word, a date word or another title.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.holders import name_after
from kg.extract.text import DocView
from kg.extract.titles import HEADS, Title, match_phrase

#: The longest body name read this way, in words.
BODY_WORDS = 6
#: The head noun's role as `titles` reads it alone, and the role of a body's head or director.
_ROLES = {"president": "head", "head": "head", "director": "director"}
_GENERAL = vocab.keys(("عام", "عامة"))
_NOT_BODY = vocab.keys(("في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "قد", "لا", "لم", "لن", "ما", "أو",
                        "ثم", "كما", "حيث", "الذي", "التي", "خلال", "بعد", "قبل", "منذ", "اليوم", "أمس", "غدا",
                        "أن", "إن", "أنه", "إنه", "عقب", "لدى", "حول", "امس"))


def untagged_body_title(view: DocView, t: int) -> tuple[Title, int] | None:
    """The title at t and the person mention it names, for "رئيس|مدير + body words + honorific + NAME"."""
    toks = view.tokens
    head = match_phrase(view, t, HEADS)
    if head is None or head[0] not in _ROLES or head[1] != 1 or toks[t].key.startswith("ال"):
        return None
    j = t + 1
    if j < len(toks) and toks[j].is_(_GENERAL):
        j += 1  # "مدير عام الشؤون الصحية": "general" is the title's, not the body's
    first = j
    definite_end = False
    while j < len(toks) and j - t - 1 < BODY_WORDS:
        tok = toks[j]
        m = view.mention_at.get(j)
        if m is not None:
            if view.is_person(m):
                return None  # a name right after: kg.extract.titles' business
            j = view.mention_span[m][1] + 1
            definite_end = True
            continue
        if tok.is_(vocab.HONORIFICS) and j > first:
            break
        if tok.punct or not tok.key.isalpha() or tok.is_(_NOT_BODY) or tok.is_(vocab.SAY_VERBS) \
                or tok.is_(HEADS.first_words) or tok.is_(vocab.MEETING_VERBS_PAST) \
                or tok.is_(vocab.MEETING_VERBS_PRESENT) or tok.future or tok.key[:1] == "و":
            return None
        definite_end = any(f.startswith("ال") for f in tok.forms)
        j += 1
    if j >= len(toks) or j == first or not definite_end or not toks[j].is_(vocab.HONORIFICS):
        return None
    if toks[j].key[:1] in "لب" and toks[j].key not in vocab.HONORIFICS:
        return None  # "لصاحب السمو": a recipient
    words = view.span_text(first, j - 1)
    of = _one_mention(view, first, j - 1) or view.local_org(words, words)
    title = Title(_ROLES[head[0]], t, j - 1, view.span_text(t, j - 1), of)
    found = name_after(view, j, title)
    if found is None:
        return None
    return title, found[0]


def _one_mention(view: DocView, first: int, last: int) -> Ref | None:
    m = view.mention_at.get(first)
    if m is not None and view.mention_span[m][1] == last and not view.is_person(m):
        return view.ref(m)
    return None
