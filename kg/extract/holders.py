"""Which person a title names: the name after it, past honorifics, commas and a posting.

A title binds the person mention after it ("وزير الخارجية الروسي سيرغي لافروف") unless the
grammar says the name is someone else's: a name with a preposition is the recipient
("نقل الرئيس الإيراني لبوتين تحيات")، one joined by و after a comma is a second person
("رئيس البرلمان، وعبد الله الثني")، one after an honorific with ل is received ("استقبال الرئيس
المصري لصاحب السمو X"). Ranks, honorifics (also abbreviated: "د. X"), a membership ("عضو مجلس
الوزراء") and a posting ("لدى الأمم المتحدة") may stand between title and name.
`kg.extract.officials` decides what the title is; this module only finds its holder.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView
from kg.extract.titles import HEADS, Title
from kg.link.normalize import match_key

PUNCT_BETWEEN = {"،", ",", "-", "–", ":", "(", ")"}
#: Quotes around a name ("وزير الخارجية الألماني " X "").
QUOTES = frozenset({"»", "«", '"', "”", "“", "'", "’"})
_POSTING = vocab.keys(("لدى", "في", "إلى", "الى", "لـ", "ل"))
AND = "و"


def name_after(view: DocView, i: int, title: Title | None = None) -> tuple[int, int] | None:
    """The person mention at token i, after fillers, honorifics, commas and a posting
    ("سفير الصين لدى الأمم المتحدة فو تسونغ"); returns (mention, tokens skipped)."""
    toks = view.tokens
    start = i
    partial = False
    while i < len(toks) and i - start <= 6:
        m = view.mention_at.get(i)
        if m is not None and view.is_person(m):
            if governed(view, m) or (title is not None and not title.plural and conjoined(view, i, m)):
                return None
            return m, i - start
        tok = toks[i]
        if tok.key[:1] in "لب" and tok.key not in vocab.HONORIFICS and tok.is_(vocab.HONORIFICS):
            return None  # "استقبال الرئيس المصري لصاحب السمو الملكي X": X is received, not the president
        if tok.is_(_MEMBER) and i + 2 < len(toks):  # "وزير الدولة عضو مجلس الوزراء X": a membership
            body = view.mention_at.get(i + 1)
            if body is not None and not view.is_person(body):
                i = view.mention_span[body][1] + 1
                continue
            if any(f.startswith("ال") for f in toks[i + 2].forms):
                i += 3
                continue
        if tok.key in _ABBREVIATIONS and i + 1 < len(toks) and toks[i + 1].key == ".":
            i += 2  # "د. خوجة"، "م. فهد": an abbreviated honorific
            continue
        if i > start and tok.key[:1] in "وف" and (tok.key[1:] in vocab.HONORIFICS or tok.key[1:] in HEADS.first_words):
            return None  # "ملك البحرين، والملك عبد الله الثاني": "و" opens another person
        if i > start and tok.is_(vocab.RANK_TAILS) and toks[i - 1].is_(vocab.HONORIFICS):
            i += 1  # "الفريق أول"، "اللواء ركن"
            continue
        after = view.mention_at.get(i + 1)
        if not partial and m is None and after is not None and view.is_person(after) and first_name(view, i):
            partial = True  # "بيني وونغ" with only "وونغ" tagged: the name's first word
            i += 1
            continue
        if tok.key in PUNCT_BETWEEN or tok.key in QUOTES or tok.is_(vocab.HONORIFICS) or tok.is_(vocab.FILLERS) \
                or tok.is_(vocab.NOT_CURRENT) or tok.key in ("ال",):
            i += 1
            continue
        if m is not None and title is not None and title.role in ("ambassador", "envoy", "secretary-general"):
            first, last = view.mention_span[m]
            i = last + 1  # the posting ("لدى الأمم المتحدة", "لأوكرانيا"), not the person
            continue
        if tok.is_(_POSTING) and i + 1 < len(toks) and i + 1 in view.mention_at and title is not None:
            first, last = view.mention_span[view.mention_at[i + 1]]
            i = last + 1
            start += 1  # a posting is not a filler: it does not use up the reach
            continue
        if tok.is_(_POSTING) and title is not None and title.role in _POSTED and i + 1 < len(toks) \
                and toks[i + 1].is_(_POSTED_PLACES):
            i += 2  # "السفير الأسترالي لدى المملكة الدكتور X": posted to a state the text does not name
            continue
        return None
    return None


_POSTED = frozenset({"ambassador", "representative", "envoy"})
#: Where an envoy is posted, named by a common noun ("لدى المملكة"، "في البلاد").
_POSTED_PLACES = vocab.keys(("المملكة", "البلاد", "الدولة", "السلطنة", "الجمهورية", "الإمارة", "بلادنا"))


def conjoined(view: DocView, t: int, m: int) -> bool:
    """The person mention at token t carries the conjunction و that its name lacks: "رئيس
    البرلمان، وعبد الله الثني" names a second person, not the holder of the title before."""
    key = view.tokens[t].key
    label = match_key(view.mentions[m].label)
    return key[:1] == AND and label[:1] != AND and label.split(" ", 1)[0] != key


_MEMBER = vocab.keys(("عضو", "عضوة"))
#: Honorifics written as one letter and a period: د. (doctor), م. (engineer).
_ABBREVIATIONS = vocab.keys(("د", "م"))


def governed(view: DocView, m: int) -> bool:
    """The person mention carries a preposition (لبوتين، ببوتين): "نقل الرئيس الإيراني لبوتين
    تحيات …" names the recipient, not the holder of the title before it."""
    mention = view.mentions[m]
    text, label = match_key(mention.text), match_key(mention.label)
    first = text.split(" ", 1)[0]
    if first in _PREPOSITIONS and (first != _ALA or mention.text.split(" ", 1)[0].endswith("ى")):
        return True  # "الملك المغربي على حسن الضيافة": the NER took a phrase for a name (not علي …)
    if label.startswith("ال") and text.endswith("ل" + label[1:]):
        text, label = text[:-len(label) + 1], "ال"  # للسيسي = ل + السيسي
    if not label or text == label or not text.endswith(label):
        return False
    prefix = text[:-len(label)].lstrip("وف")
    return prefix in ("ل", "ب", "ك", "لل")


_ALA = match_key("على")  # folds to the name علي: told apart by the written ى
_PREPOSITIONS = vocab.keys(("على", "إلى", "الى", "من", "عن", "في", "مع", "لدى", "حول"))
_NOT_NAMES = vocab.keys(("في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "قد", "لا", "لم", "لن", "ما", "أو",
                         "ثم", "كما", "حيث", "الذي", "التي", "خلال", "بعد", "قبل", "منذ", "اليوم", "أمس", "غدا"))


def first_name(view: DocView, t: int) -> bool:
    """Token t can be a first name the NER left out: a bare word, no article, no function
    word, trigger, verb of saying, title or nisba."""
    tok = view.tokens[t]
    return (tok.key.isalpha() and not tok.key.startswith("ال") and tok.key == tok.forms[0]
            and not tok.is_(_NOT_NAMES) and not tok.is_(vocab.SAY_VERBS)
            and not tok.is_(vocab.COMPLEMENTIZERS) and not tok.is_(vocab.MEETING_VERBS_PAST)
            and not tok.is_(vocab.MEETING_VERBS_PRESENT) and not tok.is_(vocab.MEETING_NOUNS)
            and not tok.is_(vocab.SINGLE_HEADS) and not tok.is_(vocab.COUNTERPART)
            and not tok.is_(vocab.TREATY_NOUNS) and view.nisba(t) is None and not tok.future)


def next_name(view: DocView, person: int) -> tuple[int, int] | None:
    """The person named right after `person` with "و" ("X وY"، "X، وY"): (mention, first token)."""
    toks = view.tokens
    j = view.mention_span[person][1] + 1
    while j < len(toks) and toks[j].key in ("،", ","):
        j += 1
    if j >= len(toks):
        return None
    if toks[j].key == AND:
        j += 1
    elif not toks[j].key.startswith(AND):
        return None
    m = view.mention_at.get(j)
    if m is None or not view.is_person(m) or governed(view, m):
        return None
    return m, j
