"""The words after a minister's head that name his ministry's field, as written: "الشؤون الاجتماعية"،
"الفلاحة والموارد المائية"، "حقوق الإنسان"، "وشؤون المغتربين".

A portfolio kg has a code for is read by `kg.extract.titles` from its phrase table; these words go on
after it, or stand for a field with no code ("باسم وزارة الخدمة المدنية"), and are kept in the title as
written. They end at anything that cannot name a field: a mention, a nisba, an honorific, a title head,
a filler, a word that ends a post ("السابق"), a preposition or verb news puts after a title.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView

#: First words of the title heads (`kg.extract.titles.HEADS`): a head starts another title, never a field word.
_HEAD_FIRST_WORDS = frozenset(p[0] for p in vocab.HEAD_PHRASES)


def field_words(view: DocView, i: int, limit: int = 5, *, bare: bool = False) -> int:
    """The token after the words that go on naming a ministry's field ("الشؤون الاجتماعية"،
    "الفلاحة والموارد المائية"، "الوطني"; a noun in construct: "حقوق الإنسان"، "وشؤون
    المغتربين"): not a nisba, mention, honorific, title head, filler or word that ends a post
    ("السابق"). Kept in the title as written. `bare`: no portfolio came before (a noun in construct
    may then follow the head without و)."""
    toks = view.tokens
    j = i
    while j < len(toks) and j < i + limit:
        if _field_word(view, j) or _affairs_adjective(view, j):
            j += 1
        elif j + 1 < len(toks) and _construct_head(view, j, first=bare and j == i) and _field_word(view, j + 1):
            j += 2
        else:
            break
    return j


def _affairs_adjective(view: DocView, j: int) -> bool:
    """The adjective after "الشؤون" names the field, even a word that is a filler or a nisba elsewhere:
    "وزير الشؤون الإسلامية والأوقاف"، "وزير الشؤون العربية" (raw corpus, both files:
    173 lines with a minister, ministry or كاتب الدولة of الشؤون + الأفريقية|المغاربية|العربية|الأوروبية|الإسلامية)."""
    toks = view.tokens
    return 0 < j < len(toks) and j not in view.token_mention and toks[j - 1].is_(_AFFAIRS) \
        and any(f.startswith("ال") for f in toks[j].forms) \
        and not (toks[j].is_(vocab.HONORIFICS) or toks[j].is_(vocab.NOT_CURRENT))


_AFFAIRS = vocab.keys(("الشؤون", "شؤون", "للشؤون", "والشؤون"))


def _field_word(view: DocView, j: int) -> bool:
    """A definite word that can name a ministry's field."""
    tok = view.tokens[j]
    definite = any(f.startswith("ال") and len(f) > 3 for f in tok.forms)
    return definite and not (j in view.token_mention or view.nisba(j) is not None or _stop_word(tok))


def _stop_word(tok) -> bool:
    return (tok.is_(vocab.HONORIFICS) or tok.is_(vocab.FILLERS) or tok.is_(vocab.NOT_CURRENT)
            or tok.is_(_HEAD_FIRST_WORDS) or tok.is_(vocab.COUNTRY_LINKS) or tok.is_(vocab.REGION_LINKS)
            or tok.is_(vocab.BOTH_PARTIES) or tok.is_(vocab.TITLE_PREFIXES) or tok.is_(vocab.ORG_NISBA)
            or tok.is_(vocab.DAY_WORD) or tok.is_(vocab.TODAY) or tok.is_(_NOT_FIELDS))


#: Indefinite words that can stand before a definite one without naming a field: prepositions,
#: adverbs and verbs news puts after a title ("وزير الخارجية عقب الاجتماع").
_NOT_FIELDS = vocab.keys(("في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "خلال", "بعد", "قبل", "منذ",
                          "عقب", "إثر", "أثناء", "لدى", "حول", "نيابة", "بحضور", "برئاسة", "رفقة", "بمعية",
                          "أمس", "غدا", "عبر", "باسم", "ضمن", "أمام", "وفق", "حسب", "الذي", "التي",
                          "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                          "أن", "إن", "بأن", "لأن", "أنه", "إنه", "أنها", "إنها"))  # "وأضاف الوزير أن الاستثمار …"


_MEMBERSHIP = vocab.keys(("عضو", "عضوة"))


def _construct_head(view: DocView, j: int, *, first: bool) -> bool:
    """Token j is an indefinite noun in construct with the definite word after it ("حقوق
    [الإنسان]"): right after the head, or joined by و to a field ("وشؤون [المغتربين]")."""
    tok = view.tokens[j]
    if j in view.token_mention or view.nisba(j) is not None or _stop_word(tok) or not tok.key.isalpha():
        return False
    if any(f.startswith("ال") for f in tok.forms):
        return False
    if tok.key[:1] == "و" and len(tok.key) > 3 and len(tok.forms) > 1:
        return tok.key[1:] not in _MEMBERSHIP  # "وشؤون المغتربين"; "وعضو اللجنة" is a second post
    return first and tok.key[:1] != "و"


__all__ = ["field_words"]
