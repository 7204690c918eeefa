"""Names right after a title that no mention covers become PER mentions (rule 3 of `kg.link.person_spans`).

A name after a title (`وزير الخارجية المصري | سامي الحداد`) becomes a PER mention (`source="pattern"`) when its
first word is a known given name, its words are a knowledge-base name or it has the form X بن Y: 2-4 words, ending
before punctuation, a common word, a verb, a preposition or another title; or, by form, an unknown given name and a
definite surname closed by punctuation, a preposition or a clause opener (`وزيرة السياحة سلمى الفلانية في …`). A word
that may be the clause's (an unknown word not at the name's end, an accusative تفسيرا, a phrase للإغاثة) gives no
name. After a person-only honorific one known given name closed by punctuation or a conjunction is a name too
(`والدكتورة سلمى،`: `_named_alone_after`).

An indefinite title in construct with a place (`محافظ محافظة عدن | فلان`، `والي سوسة | فلان`) skips the place's
mention to the name; raw news writes `محافظ X` or `أمير X` with X a place name hundreds of times (أمير منطقة 1,306،
محافظ جدة 49، والي سوسة 19). The doctor's abbreviation `د.` (or `ود.`, with the conjunction) opens a name too, its
dot between (raw news: `ود.`/`و د.` before a name 47 times, in lists of officials); a PER mention that is only that
abbreviation (`ود`) is no person (`drop_abbreviations`). So does the engineer's `م.` (raw news: 622 times before a
word), never after a number (`2015 م.`: the era). A title followed by a body the NER tagged skips the body to the
name (`رئيس الجمعية التونسية للأطباء | فلان`); a rank after a title phrase (`قائد المنطقة اللواء الركن | فلان`،
`الفريق أول ركن`: raw news 58 and 38 times) opens its own name when the title's reading finds none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.link.person_spans import (
    FATHER_WORDS,
    MAX_NAME,
    MAX_QUALIFIERS,
    MIN_NAME,
    NAME_LINKS,
    PATTERN_CONFIDENCE,
    PREPOSITIONS,
    RANK_QUALIFIERS,
    clause_opener,
    construct_head,
    future_verb,
    given_word,
    honorific,
    preposition_spelling,
    title_head,
)
from kg.link.place_heads import is_place_head
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: Clitic prefixes that make a word a phrase of its own, never a name's last word (للإغاثة، بالرياض).
_PHRASE_PREFIXES = ("لل", "بال", "وال", "كال", "فال")
#: The doctor's and the engineer's abbreviations (د.، م.), alone or after the conjunction و (ود.), and the dot that
#: closes them. Raw news writes `م.` before a word 622 times, before a known given name mostly (م. محمد 22،
#: م. عبدالله 18، م. عبداللطيف 17); after a year it is the era (2015 م. كما): no name follows it there.
_ABBREVIATIONS = frozenset({"د", "ود", "م", "وم"})
#: أول "first" after a rank (الفريق أول).
_FIRST = match_key("أول")
_ABBREVIATION_DOT = re.compile(r" ?\. ?")


def titled_persons(mentions: list[Mention], doc: _Doc, known: Callable[[str], bool],
                   qualifier_starts: Collection[int], names: Collection[str] = (),
                   given: Collection[str] = (), blocked: Collection[int] = ()) -> list[Mention]:
    """PER mentions for names right after a title that no mention covers (rule 3).

    `qualifier_starts`: token offsets of nisbas and country names (الروسي، مصر); `given`: first words
    of knowledge-base persons, beside the given-name lexicon; `blocked`: offsets where a knowledge-base
    name of another kind (a place, a body) starts."""
    toks = doc.toks
    lex = lexicons()
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in toks]
    places = {m.start: m.end for m in mentions if m.ner_type == "LOC"}
    bodies = {m.start: m.end for m in mentions if m.ner_type == "ORG"}
    out = list(mentions)
    i = 0
    while i < len(toks):
        if not covered[i] and abbreviated_title(i, toks, doc):
            span = name_at(i + 1, toks, doc, covered, known, names, given, opened=True)
            if span is not None:  # د. سامي الحداد، ود. سامي الحداد
                out.append(pattern_person(doc, toks[span[0]].start, toks[span[1]].end))
                covered[span[0]:span[1] + 1] = [True] * (span[1] + 1 - span[0])
            i += 1
            continue
        if covered[i] or (title_head(toks[i].key) is None and not honorific(toks[i].key)):
            i += 1
            continue
        j, n = i + 1, 0  # skip the title's qualifiers: country, nisba, portfolio, rank
        if (place := _place_in_construct(i, toks, doc, places)) is not None:
            j, n = place, 1  # محافظ محافظة عدن | فلان، والي سوسة | فلان: the title's place, a mention of its own
        elif (body := _body_after(i, toks, doc, bodies)) is not None:
            j, n = body, 1  # رئيس الجمعية التونسية للأطباء | فلان: the body the NER tagged after the title
        while (j < len(toks) and n < MAX_QUALIFIERS and not covered[j] and doc.spaced(toks[j - 1].end, toks[j].start)
               and (toks[j].start in qualifier_starts or honorific(toks[j].key) or title_head(toks[j].key)
                    or _rank_word(j, toks)
                    or (toks[j].key.startswith("ال") and toks[j].key not in lex.given_names))):
            j, n = j + 1, n + 1
        if i + 1 < j < len(toks) and toks[j].key in FATHER_WORDS:
            j -= 1  # الأمير سلطان بن سلمان، الأمير الوليد بن طلال: the word before بن is the given name
        span = None if j < len(toks) and toks[j].start in blocked else \
            name_at(j, toks, doc, covered, known, names, given)
        if span is None and j == i + 1 and _named_alone_after(i, toks, doc, covered):
            span = (j, j)  # الدكتورة سلمى، …: an honorific and one given name, closed
        if span is None:  # a rank after the title opens its own name (قائد المنطقة اللواء الركن | فلان)
            i = next((k for k in range(i + 1, j) if honorific(toks[k].key)), max(i + 1, j))
            continue
        a, b = span
        out.append(pattern_person(doc, toks[a].start, toks[b].end))
        for k in range(a, b + 1):
            covered[k] = True
        i = b + 1
    return sorted(out, key=lambda m: (m.start, m.end))


def _rank_word(j: int, toks) -> bool:
    """Token j qualifies the military rank before it (اللواء ركن، الفريق أول ركن): raw news writes
    `الفريق أول` 130 times, `الفريق أول ركن` 38."""
    key = toks[j].key
    return key in RANK_QUALIFIERS or (key == _FIRST and honorific(toks[j - 1].key))


def _body_after(i: int, toks, doc: _Doc, bodies: dict[int, int]) -> int | None:
    """The token after the body mention that stands right after token i, a title head (رئيس | الجمعية التونسية
    للأطباء), or None: the title's qualifier is the body, so the name may follow it."""
    j = i + 1
    if title_head(toks[i].key) is None or j >= len(toks) or toks[j].start not in bodies \
            or not doc.spaced(toks[i].end, toks[j].start):
        return None
    end = bodies[toks[j].start]
    return next((k for k in range(j + 1, len(toks)) if toks[k].start >= end), len(toks))


def _place_in_construct(i: int, toks, doc: _Doc, places: dict[int, int]) -> int | None:
    """The token after the place that stands right after token i, an indefinite title head in construct with it
    (محافظ | محافظة عدن، والي | سوسة), or None: a place mention, or a place head and a place mention."""
    j = i + 1
    if not construct_head(toks[i].key, toks[i].text) or j >= len(toks) or not doc.spaced(toks[i].end, toks[j].start):
        return None
    if toks[j].start not in places and is_place_head(toks[j].text) and j + 1 < len(toks) \
            and doc.spaced(toks[j].end, toks[j + 1].start):
        j += 1  # محافظ محافظة | عدن
    if toks[j].start not in places:
        return None
    end = places[toks[j].start]
    return next((k for k in range(j + 1, len(toks)) if toks[k].start >= end), len(toks))


def pattern_person(doc: _Doc, start: int, end: int) -> Mention:
    return Mention(start, end, doc.text[start:end], doc.text[start:end], "PER", PATTERN_CONFIDENCE,
                   doc.sentence(start), source="pattern")


def abbreviated_title(i: int, toks, doc: _Doc) -> bool:
    """Token i is the doctor's abbreviation د or the engineer's م, a conjunction allowed (ود), closed by its dot
    before the next word (`ود. سامي`، `م. سامي`): raw news writes `ود.` or `و د.` before a name 47 times, in lists
    of officials; never after a number (`2015 م.`: the era)."""
    return (i + 1 < len(toks) and toks[i].key in _ABBREVIATIONS and not (i and toks[i - 1].key.isdigit())
            and _ABBREVIATION_DOT.fullmatch(doc.text, toks[i].end, toks[i + 1].start) is not None)


def drop_abbreviations(mentions: list[Mention], doc: _Doc) -> list[Mention]:
    """PER mentions that are only the doctor's abbreviation (`ود.`: و + د.) are no persons."""
    out = []
    for m in mentions:
        i = doc.first_tok(m.start)
        if m.ner_type == "PER" and i is not None and doc.toks[i].end >= m.end and abbreviated_title(i, doc.toks, doc):
            continue
        out.append(m)
    return out


def name_at(j: int, toks, doc: _Doc, covered: list[bool], known: Callable[[str], bool],
             names: Collection[str], given: Collection[str], opened: bool = False) -> tuple[int, int] | None:
    """The tokens (first, last) of a name that starts at token j, with its evidence, or None; `opened`: a
    title's abbreviation and its dot (د. فلان) or an apposition's comma stand before it."""
    if j >= len(toks) or j == 0 or covered[j] or not (opened or doc.spaced(toks[j - 1].end, toks[j].start)):
        return None
    if toks[j].key in FATHER_WORDS:
        return None  # a name does not start with بن: its given name was taken for a title
    lex = lexicons()

    def stop(k: int) -> bool:  # token k cannot be a word of a name
        key = toks[k].key
        given_by_father = k + 1 < len(toks) and toks[k + 1].key in FATHER_WORDS  # سلطان بن سلمان
        return (key in PREPOSITIONS or preposition_spelling(key, toks[k].text) or future_verb(key, names)
                or clause_opener(key)
                or (title_head(key) is not None and not given_by_father)
                or (key in lex.common_words and key not in NAME_LINKS and key not in lex.given_names))

    def name_word(k: int) -> bool:  # token k is a known word of names
        key = toks[k].key
        return given_word(key, toks[k].text) or key in names or key in given or key in NAME_LINKS

    def boundary(k: int) -> bool:  # a name may end before token k
        return (k >= len(toks) or not doc.spaced(toks[k - 1].end, toks[k].start) or stop(k)
                or (toks[k].key[:1] in "وف" and not name_word(k)))

    words: list[int] = []
    k = j
    while k < len(toks) and len(words) < MAX_NAME and not covered[k] and (
            k == j or doc.spaced(toks[k - 1].end, toks[k].start)):
        linked = bool(words) and toks[words[-1]].key in NAME_LINKS
        if not linked and stop(k):
            break
        if words and not linked and not name_word(k):
            key = toks[k].key
            if key.startswith(_PHRASE_PREFIXES) or (key.endswith("ا") and len(key) >= 4):
                break  # a prepositional phrase, or an indefinite accusative (تفسيرا، وطنا): no name word
            if not boundary(k + 1):
                return None  # an unknown word that may be the name's or the clause's: no evidence
            words.append(k)  # one unknown last word: the surname, right before the name's end
            break
        words.append(k)
        k += 1
    while words and toks[words[-1]].key in NAME_LINKS:
        words.pop()  # a name does not end on بن or عبد
    for n in range(len(words), MIN_NAME - 1, -1):  # the longest knowledge-base name
        if known(doc.text[toks[j].start:toks[words[n - 1]].end]):
            return j, words[n - 1]
    by_form = len(words) >= 3 and toks[words[1]].key in FATHER_WORDS  # X بن Y
    first_given = given_word(toks[j].key, toks[j].text) or toks[j].key in given
    if len(words) >= MIN_NAME and (first_given or by_form):
        return j, words[-1]
    if len(words) == 2 and _family_name(toks[words[1]].key) and _plain_first(toks[j].key) \
            and closed(words[1] + 1, toks, doc):
        return j, words[1]  # TITLE + X + الـY + a clause's edge: a given name and a family name by form
    return None


def _named_alone_after(i: int, toks, doc: _Doc, covered: list[bool]) -> bool:
    """Token i is a person-only honorific (not a title: الرئيس names a post) and the word after it is a known
    given name standing alone: closed by punctuation, the text's end, a preposition, a clause opener, or a
    conjunction (الدكتور سامي، والدكتورة سلمى و…). One word, so no title rule reads it."""
    j = i + 1
    if j >= len(toks) or covered[j] or not doc.spaced(toks[i].end, toks[j].start) or not honorific(toks[i].key) \
            or title_head(toks[i].key) is not None:
        return False
    key = toks[j].key
    if not given_word(key, toks[j].text) or key in lexicons().common_words or key in NAME_LINKS:
        return False
    k = j + 1
    if closed(k, toks, doc):
        return True
    nxt = toks[k].key  # و + a word that is no name (والطبيب، وزملاؤه): the list or clause goes on
    return nxt[:1] == "و" and len(nxt) >= 4 and not given_word(nxt, toks[k].text) and nxt not in NAME_LINKS


def _family_name(key: str) -> bool:
    """A definite family nisba by its form: ال + four letters or more ending in ي, no common word
    (اللومي، الشعبي; not الخارجية، المعلمين)."""
    lex = lexicons()
    return (key.startswith("ال") and len(key) >= 6 and key.endswith("ي") and key not in lex.common_words
            and key not in lex.title_words)


def _plain_first(key: str) -> bool:
    """A word that may be an unknown given name: no article, no common word, no feminine or accusative
    ending of a common noun (جولة، تفسيرا), no letter that may be a clitic in front (للشؤون، باسم،
    وإنقاذ: known given names with one are read from the lists), three letters or more."""
    lex = lexicons()
    return (key.isalpha() and len(key) >= 3 and key[0] not in "وفبلك" and not key.startswith("ال")
            and key not in lex.common_words
            and not key.endswith(("ة", "ه", "ا")) and title_head(key) is None and not honorific(key))


def closed(k: int, toks, doc: _Doc) -> bool:
    """The name ends before token k: punctuation, the text's end, a preposition or a clause opener."""
    if k >= len(toks) or not doc.spaced(toks[k - 1].end, toks[k].start):
        return True
    key = toks[k].key
    return key in PREPOSITIONS or clause_opener(key) or future_verb(key)


__all__ = ["abbreviated_title", "closed", "drop_abbreviations", "name_at", "pattern_person", "titled_persons"]
