"""Two titles joined by و over one name: "TITLE1 وTITLE2 NAME" and "NAME TITLE1 وTITLE2".

Arabic news gives an official two posts in one phrase: "مساعد المدير العام للعلاقات العامة والمتحدث
الرسمي باسم شركة النور سامي الحداد"، "وكيل وزارة النقل والمتحدث الرسمي للوزارة X"، "X المدير العام
والرئيس التنفيذي للاتحاد الفلاني". The second title binds the name (`kg.extract.officials`); the
first, which ends right where the conjoined second one begins, is a post of the same person. Raw corpus
(both files): "والمتحدث الرسمي" 62 lines, "والناطق الرسمي" 32, "والمشرف العام على" 70, "والعضو المنتدب" 8,
nearly all after another title of the same name.

The first title need not be one `kg.extract.titles` reads alone: "المدير العام" or "مساعد المدير العام
للعلاقات العامة" name no body of their own (a director needs a qualifier to be a title), the body
comes after the second title and is shared ("المدير العام والرئيس التنفيذي للاتحاد"). Here the
conjunction and the name are what make it a title, so a head word, its prefix and the words of a
department (`kg.extract.body_titles`) are enough.

A title with و after a comma, or before a name of its own, is another person's ("X، والرئيس Y"): the
caller only asks for titles that bind no other name, with no comma between the two.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.body_titles import department_end
from kg.extract.deputy_pronoun import DEPUTY_OF
from kg.extract.holders import object_of_verb
from kg.extract.text import DocView
from kg.extract.titles import HEADS, Title, match_phrase, parse_title

#: How far back (in tokens) the first title may start from the second.
REACH = 8


def conjoined(view: DocView, title: Title) -> bool:
    """The title's first word carries the conjunction و ("والمتحدث"، "ووكيل")."""
    head = view.tokens[title.first]
    key = head.key
    return key[:1] == "و" and key not in HEADS.first_words and key not in vocab.TITLE_PREFIXES \
        and (key[1:] in HEADS.first_words or key[1:] in vocab.TITLE_PREFIXES
             or key[1:].removeprefix("ال") in HEADS.first_words)


def first_of_pair(view: DocView, second: Title, titles: list[Title], bound: set[tuple[int, int]]) -> Title | None:
    """The title that ends right before the conjoined title `second`, unbound, in the same sentence:
    one `titles` holds (parsed before) or one read here from a head word. Its `of` is the second
    title's when it names none ("المدير العام والرئيس التنفيذي للاتحاد": the union's director)."""
    if not conjoined(view, second) or second.first == 0:
        return None
    if any(f in DEPUTY_OF for f in view.tokens[second.first].forms):
        return None  # "رئيس الهيئة ونائبه X": X is the head's deputy, not the head
    end = second.first - 1
    first = next((x for x in titles if x.last == end and (x.first, x.last) not in bound and not x.plural), None)
    if first is None:
        first = _read_back(view, end)
    if first is None or first.plural or first.first in view.token_mention:
        return None
    if view.tokens[first.first].key[:1] in "لب" and view.tokens[first.first].key not in HEADS.first_words \
            and view.tokens[first.first].key not in vocab.TITLE_PREFIXES:
        return None  # "لمدير المكتب والمتحدث": a recipient's title
    if first.role in _SOLE_HEADS:
        return None  # "الرئيس الأميركي ووزير خارجيته X"، "الملك ووزير الخارجية X": the head is another person
    if first.of is not None and second.of is not None and first.of.key != second.of.key:
        return None  # "الأمين العام للجامعة العربية ورئيس الأركان المصري X": two officials, as in a stack
    if first.of is None and first.portfolio is None and second.of is not None:
        first = replace(first, of=second.of)
    return first


def pair_holder(view: DocView, second: Title, titles: list[Title], taken: set[tuple[int, int]],
                titled: dict[int, Title]) -> tuple[Title, int] | None:
    """"NAME[،] TITLE1 وTITLE2" with TITLE2 naming its body: TITLE1 and the name it is a post of (not a
    name that holds a title already, nor the object of a verb of meeting: "استقبل X المدير العام …")."""
    first = first_of_pair(view, second, titles, taken)
    if first is None or (second.of is None and second.portfolio is None and second.body is None):
        return None
    j, comma = first.first - 1, False
    while j >= 0 and view.tokens[j].key in ("،", ","):
        j, comma = j - 1, True
    m = view.token_mention.get(j)
    if m is None or not view.is_person(m) or view.mention_span[m][1] != j or m in titled \
            or (not comma and object_of_verb(view, m)):
        return None
    return first, m


def _read_back(view: DocView, end: int) -> Title | None:
    """A title that starts at most `REACH` tokens before `end` and runs exactly to it."""
    toks = view.tokens
    sentence = toks[end].sentence
    for s in range(end, max(-1, end - REACH), -1):
        tok = toks[s]
        if tok.sentence != sentence or tok.punct or (s in view.token_mention and view.is_person(view.token_mention[s])):
            return None
        if s < end and tok.key[:1] == "و" and tok.key not in HEADS.first_words:
            if tok.key[1:] in HEADS.first_words or tok.key[1:] in vocab.TITLE_PREFIXES:
                return None  # a third title in the chain: "X ومدير Y والمتحدث": not read here
        parsed = parse_title(view, s)
        if parsed is not None:
            return parsed if parsed.last == end else None
        bare = _bare(view, s)
        if bare is not None and s > 0 and toks[s - 1].is_(vocab.TITLE_PREFIXES) and toks[s - 1].sentence == sentence:
            bare = _bare(view, s - 1) or bare  # "مساعد [المدير العام]"
        if bare is not None:
            if department_end(view, bare.last + 1) != end + 1:
                return None
            return replace(bare, last=end, text=view.span_text(bare.first, end))  # with its department
    return None


def _bare(view: DocView, s: int) -> Title | None:
    """A head word at s with its prefix ("مساعد المدير العام"، "المدير العام"، "الرئيس التنفيذي"): the
    title `kg.extract.titles` would not read without a qualifier."""
    toks = view.tokens
    i = s
    prefix = toks[i].which(vocab.TITLE_PREFIXES)
    if prefix is not None:
        i += 1
    if i >= len(toks):
        return None
    head = match_phrase(view, i, HEADS)
    if head is None:
        return None
    role, n = head
    if prefix is not None:
        role = vocab.PREFIXED_ROLES.get((prefix, role)) or ("aide" if prefix == "assistant" else "")
        if not role:
            return None
    last = i + n - 1
    if last + 1 < len(toks) and toks[last + 1].is_(_GENERAL):
        last += 1  # "المدير العام"، "مدير عام"
    return Title(role, s, last, view.span_text(s, last))


_GENERAL = vocab.keys(("عام", "عامة", "العام", "العامة"))
#: Heads of a state, government or parliament: news names them alone before a minister who is someone
#: else ("الرئيس الفلاني ووزير خارجيته سامي الحداد"); their real stacks (ولي العهد نائب رئيس مجلس
#: الوزراء وزير الدفاع) are `kg.extract.officials._stack`'s.
_SOLE_HEADS = frozenset({"president", "king", "queen", "emir", "sultan", "supreme-leader", "prime-minister",
                         "first-minister", "speaker-of-parliament", "crown-prince", "deputy-crown-prince",
                         "vice-president", "deputy-king"})
