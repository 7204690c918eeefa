"""Names of bodies whose field is two nouns joined by و: `حزب الكرامة والتنمية`, `وزارة التجارة والصناعة`,
`هيئة الغذاء والدواء`, `وزارة الشباب والرياضة`.

Arabic names a ministry, party or authority by its field, and a field is often a pair of definite
nouns joined by و. The NER mostly stops at the و (`لحزب الكرامة` | `والعدالة`), which makes the body
a different, shorter one. In the raw news (dev lines excluded) a head of `HEADS` + a definite word +
و + a definite word occurs 1,702 times (375 distinct phrases: `scripts/mine_conjoined_fields.py`);
read by hand, the و-word belongs to the name unless it is a plural of persons or of bodies (`وزارة
الداخلية والجهات`، `هيئة التدريس والموظفين`), a title (`وزارة المالية والرئيس`، `جبهة النصرة والقيادي`), another body or
a name (`حزب الله والقوات`): those are the next item of a list, and the name stops before them.

An organization mention that opens with an institution head and has one or two field words, and is not
a whole name already (a knowledge-base name or a phrase of kg.link.body_phrases: حزب الله), is extended over at most
`MAX_JOINED` such و-words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.body_grammar import NOT_ADJECTIVES
from kg.link.body_phrases import body_phrases
from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: The sound plural of persons after a construct: the next item of a list (والموظفين، والمقاتلين، والحوثيين);
#: not -ون, which ends fields (والتعاون، والفنون، والتلفزيون، والشؤون).
_PERSONS = ("ين",)
#: Plurals of parties and bodies that open a list's next item (read in the mined table: والجهات،
#: والقطاعات، والدول، والميليشيات), unlike the -ات fields of ministries (والمواصلات، والاتصالات، والصناعات).
NOT_FIELDS = frozenset(match_key(w) for w in (
    "الجهات", "القطاعات", "الدول", "الميليشيات", "المليشيات", "المؤسسات", "الهيئات", "الوزارات", "الشركات",
    "الأجهزة", "الإدارات", "المنظمات", "الفصائل", "القوات", "الكميات",
))

#: Adjectives of a party's standing (حزب الكرامة والتنمية | الحاكم، المعارض): they describe the body, they are never
#: the last word of its field, so an NER fragment `والتنمية الحاكم` gives the body its field word only.
STANDING = frozenset(match_key(w) for w in ("الحاكم", "الحاكمة", "المعارض", "المعارضة"))

PREPOSITIONS = frozenset(match_key(w) for w in ("مع", "على", "في", "من", "إلى", "عن", "بين", "لدى", "ضد"))


def joined_field(key: str, head_of: Callable[[str], object]) -> bool:
    """The word (match key) is و + a definite singular noun that can go on a body's field."""
    if not key.startswith("وال") or len(key) < 6:
        return False
    rest = key[1:]
    lex = lexicons()
    return (not rest.endswith(_PERSONS) and rest not in NOT_FIELDS and rest not in lex.title_words
            and rest[2:] not in lex.title_words and not head_of(rest))


def _preposition(key: str) -> bool:
    """A preposition (with a pronoun: معها، عليه): the و-word before it is a verbal noun of the clause
    (لوزارة الشؤون والتعاون معها), not a field."""
    return key in PREPOSITIONS or any(key.startswith(p) and len(key) <= len(p) + 2 for p in ("مع", "علي", "الي"))


def conjoined_fields(doc: _Doc, ner: list[Mention], head_of: Callable[[str], object],
                     known: Callable[[str], bool]) -> list[Mention]:
    """The ORG mentions that open with a head and stop before a و-joined field word, extended over it,
    or over the ORG fragment the NER made of the rest (والاتحاد الموريتاني للصناعة | والتجارة والصناعات)."""
    toks = doc.toks
    ner = sorted(ner, key=lambda m: (m.start, m.end))
    at = {m.start: m for m in ner}
    out: list[Mention] = []
    taken: set[int] = set()
    for m in ner:
        if m.start in taken:
            continue
        first, last = doc.first_tok(m.start), doc.at_end.get(m.end)
        if (m.ner_type != "ORG" or first is None or last is None or not 1 <= last - first <= 3
                or not (head_of(toks[first].key) or _centre([t.key for t in toks[first:last + 1]]))
                or not toks[last].key.startswith(("ال", "لل"))
                or known(m.label) or known(m.text) or tuple(match_key(m.label).split()) in body_phrases()):
            out.append(m)
            continue
        k = last
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or not doc.spaced(toks[k].end, nxt.start) or not joined_field(nxt.key, head_of):
            out.append(m)
            continue
        rest = at.get(nxt.start)
        if rest is not None:  # the NER's fragment of the rest of the name (والتجارة والصناعات التقليدية)
            one_word = doc.at_end.get(rest.end) == k + 1
            if doc.at_end.get(rest.end) == k + 2 and toks[k + 2].key in STANDING:
                rest = replace(rest, end=nxt.end, text=doc.text[rest.start:nxt.end], label=nxt.text)
                one_word = True
            if rest.ner_type != "ORG" or known(rest.label) or not (one_word or toks[last].key.startswith("لل")):
                out.append(m)
                continue
            stop = _before_new_lam(doc, rest, k + 1)
            taken.add(rest.start)
        elif k + 2 < len(toks) and _preposition(toks[k + 2].key):
            out.append(m)
            continue
        else:
            stop = nxt.end
        out.append(replace(m, end=stop, text=doc.text[m.start:stop], label=m.label + doc.text[m.end:stop],
                           confidence=min(m.confidence, rest.confidence) if rest is not None else m.confidence))
    return field_tails(doc, out, head_of, known)


def field_tails(doc: _Doc, ner: list[Mention], head_of: Callable[[str], object],
                known: Callable[[str], bool]) -> list[Mention]:
    """A body's name that stops on a و-joined field word goes on over the adjective of that word and the
    field's further و-words: `وزارة الفلاحة والموارد المائية والصيد | البحري`, `وزارة تكنولوجيات الاتصال
    والاقتصاد | الرقمي`, `لجنة المالية والتخطيط | والتنمية`. Raw news (dev lines excluded) writes a body head,
    a و-word and a definite -ي/-ية adjective 2,847 times: والتراث الوطني 656, والأعمال الإنسانية 456, والصناعات
    التقليدية 66, والموارد المائية 34, والصيد البحري 31 …; the و-word is a field by `joined_field` (no title, no
    body, no plural of persons), and the adjective never one of `NOT_ADJECTIVES` (الماضي، الحالي)."""
    toks = doc.toks
    starts = {m.start for m in ner}
    out = []
    for m in ner:
        first, last = doc.first_tok(m.start), doc.at_end.get(m.end)
        if (m.ner_type != "ORG" or first is None or last is None or last == first or not head_of(toks[first].key)
                or not joined_field(toks[last].key, head_of) or known(m.label)):
            out.append(m)
            continue
        k = last
        while k + 1 < len(toks) and k - last < MAX_TAIL and doc.spaced(toks[k].end, toks[k + 1].start) \
                and toks[k + 1].start not in starts:
            key = toks[k + 1].key
            if not (field_adjective(key) or (joined_field(key, head_of) and not _opens_clause(toks, k + 2))):
                break
            k += 1
        if k == last:
            out.append(m)
            continue
        stop = toks[k].end
        out.append(replace(m, end=stop, text=doc.text[m.start:stop], label=m.label + doc.text[m.end:stop]))
    return out


#: Words a field's tail may add after the و-word (its adjective, another و-word and its adjective).
MAX_TAIL = 3


def field_adjective(key: str) -> bool:
    """A definite nisba-shaped adjective (الرقمي، البحري، المائية), not a relative pronoun, time word or ordinal."""
    return (key.startswith("ال") and len(key) >= 5 and key.endswith(("ي", "يه")) and key not in NOT_ADJECTIVES
            and key not in NOT_FIELD_ADJECTIVES)


#: -ي/-ية words that describe no field: an ordinal (مؤتمر الأطراف الحادي والعشرين) and a participle of loyalty
#: (قوات الجيش الموالية).
NOT_FIELD_ADJECTIVES = frozenset(match_key(w) for w in ("الحادي", "الموالي", "الموالية", "الماضية", "الحالية"))


#: `مركز` (a centre) is no institution head (`kg.link.heads`: مركز تجاري، مركز المدينة), but an ORG mention of the NER
#: that opens with it and holds a لل-phrase is a body named by its field: raw news writes `(ال)مركز` + a word + a
#: لل-word + a و-word 147 times (المركز الوطني للدراسات والبحوث 24، للقياس والتقويم 14، للثقافة والتراث 8، للنخيل
#: والتمور 10، مركز الإمارات للدراسات والبحوث …), the و-word a word of the field each time.
CENTRE = frozenset(match_key(w) for w in ("مركز", "المركز", "ومركز", "والمركز", "بمركز", "بالمركز", "لمركز", "للمركز"))


def _centre(keys: list[str]) -> bool:
    """The words open with a centre and hold a لل-phrase (المركز العربي للدراسات السياسية)."""
    return keys[0] in CENTRE and any(k.startswith("لل") for k in keys[1:])


def _before_new_lam(doc: _Doc, rest: Mention, first: int) -> int:
    """Where the NER's fragment of the rest of a name ends: before a word of it that opens a new ل-phrase with و
    (`والتراث الوطني | وللاتصالات الفلانية`: thanks to a second sponsor), else at its end."""
    toks = doc.toks
    k = first + 1
    while k < len(toks) and toks[k].end <= rest.end:
        if toks[k].key.startswith("ولل"):
            return toks[k - 1].end
        k += 1
    return rest.end


def _opens_clause(toks, j: int) -> bool:
    """The word at j is a preposition: the و-word before it is a verbal noun of the clause (والتعاون معها)."""
    return j < len(toks) and _preposition(toks[j].key)


__all__ = ["conjoined_fields", "field_adjective", "field_tails", "joined_field"]
