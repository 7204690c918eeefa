"""A person written as a title and one name (`الملك X`، `الرئيس Y`، `الشيخ Z`) linked to the knowledge
base's holder of that post on the article's date.

News names a head of state or minister by one name after the title: a royal by the given name
(`الملك X`، `الأمير X`، `الشيخ X`), anyone else by the surname (`الرئيس Y`، `المستشارة Y`،
`الوزير Y`). One name part alone names no one (many persons share it), so the linker left such a
person a local entity with no Wikidata link, and no post country could come from the KB. The title
and the article's date add what is missing: who held that post on that day.

The rule, general and with no list of people:

1. **The title** is read in the words right before the name, in the same clause
   (`post_titles.tsv`, each title hand-mapped to the KB's roles, with its raw corpus count): a post
   (`الرئيس`، `رئيس الوزراء`، `وزير الخارجية`), an indefinite head with its country written after it
   (`رئيس وزراء بريطانيا`), or an honorific (`الشيخ`، `الأمير`: no post at all). Between the title and
   the name only a country or body (name or nisba: `الرئيس الفلاني Y`) and honorifics may stand;
   any other word (`السابق`، `المنتخب`، `ونظيره`) and nothing is read. A country or body written there
   is the post's `of`.
2. **The candidates** are the KB persons who ever held one of the title's roles (of that country, if
   written) and one of whose names has the written word as its given name (its first word) or, for a
   post title, as its surname (its last word, not a father's name after `بن`), with the
   `kg.link.name_parts` spelling rules (`عبد X` joined, `ابن` = `بن`; transliteration vowels as
   `kg.link.coref`).
3. **The holder on the date**: exactly one candidate held such a post on the article's date (a
   term with no end is cut by the next holder of the same post). An article without a date links
   only a name that one candidate alone bears (an old undated story must not get today's holder).
   None, or several: no link.
4. **A given name is weak**: royals share a few given names, and the KB lists only the office
   holders since 2010 (a late king, a prince, the ruler a mosque is named after are not in it). A
   holder named by his given name, an honorific or a title that names other posts as well
   (`الوزير`، `المستشار`), or a holder whose name another holder of such a post in another
   country bears, links only when the article names the holder's country (a country, its nisba
   or one of its cities) and not the other's.
5. **Not the post's holder**: a deputy (`نائب رئيس الوزراء`) or a facility or prize named after a
   person (`مسجد الشيخ X`، `جائزة الملك X`: `kg.link.eponyms` heads) is not read; a king is no
   president (the title's styles against the KB's English post title).

The link is recorded with `kg:linkConfidence` and its evidence in words (the title, the term,
its source). Ambiguous means no link: a wrong Wikidata ID is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from kg.link.coref import FATHER_LINKS, words_match
from kg.link.eponyms import named_after_heads
from kg.link.gazetteer import GazetteerMatch
from kg.link.kb import KBEntry, KnowledgeBase
from kg.link.kb import Post as KBPost
from kg.link.lexicons import lexicons
from kg.link.name_parts import LINEAGE, name_words
from kg.link.normalize import clitic_splits, match_key

#: Confidence of a holder link: the article's date falls in a dated term and no holder of such a
#: post elsewhere bears the name; the article's countries decided between such holders; the date
#: is unknown (the one holder so named, at any time) or the term's start is (a weaker reading of the KB).
DATED_SCORE = 0.85
CONTEXT_SCORE = 0.8
UNDATED_SCORE = 0.72
#: Words between a title and the name it qualifies (country, body, honorifics), at most.
MAX_GAP_WORDS = 4
#: A written name part has this many letters at least (no initials, no clitic debris).
MIN_PART = 3

#: Heads that make the title after them another post (نائب رئيس الوزراء، مساعد وزير الخارجية).
DEPUTIES = frozenset(match_key(w) for w in ("نائب", "نائبة", "مساعد", "مساعدة", "وكيل", "وكيلة", "نواب"))

_TSV = Path(__file__).resolve().parent / "lexicons" / "post_titles.tsv"
_WORD = re.compile(r"\w+")
_CLAUSE_TAIL = re.compile(r"[^.،,؛;:!?؟\n«»\"()]*$")


@dataclass(frozen=True)
class Title:
    """One title of `post_titles.tsv`: the KB roles it names (empty: any) and how far it reaches."""

    words: tuple[str, ...]
    roles: frozenset[str]
    reach: str  # post | context | construct | honorific
    styles: frozenset[str]  # words of the KB's English post title, one of which it must have (empty: any)
    count: int

    def fits(self, post: KBPost) -> bool:
        """The KB post is one this title names: its role, and its style (a king is no president)."""
        if self.roles and post.role not in self.roles:
            return False
        head = post.title.split(" of ", 1)[0].lower().replace("-", " ").split()
        return not self.styles or any(w in self.styles for w in head)


@dataclass(frozen=True)
class TitleRead:
    """The title read before a name: the title, the country or body written with it, its text."""

    title: Title
    of: str | None
    text: str


@dataclass(frozen=True)
class Holder:
    """The KB person a title + one name is, with the score and the evidence in words."""

    entry: KBEntry
    name: str  # the KB name that has the written part
    score: float
    evidence: str


@lru_cache(maxsize=1)
def titles() -> dict[tuple[str, ...], Title]:
    """`post_titles.tsv` by the title's match-key words."""
    out: dict[tuple[str, ...], Title] = {}
    for line in _TSV.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 5 or parts[0] == "title":
            continue
        roles = frozenset() if parts[1] == "*" else frozenset(parts[1].split(","))
        styles = frozenset() if parts[3] == "*" else frozenset(parts[3].split(","))
        words = tuple(match_key(parts[0]).split())
        out[words] = Title(words, roles, parts[2], styles, int(parts[4]))
    return out


def read_title(text: str, start: int, hits: Sequence[GazetteerMatch]) -> TitleRead | None:
    """The title right before the name at `start`, in its clause (see the module docstring)."""
    clause = _CLAUSE_TAIL.search(text, max(0, start - 120), start)
    words = [(w.start(), w.end(), match_key(w.group())) for w in _WORD.finditer(text, clause.start(), start)]
    table = titles()
    longest = max(len(t) for t in table)
    honorifics = lexicons().person_honorifics
    of: str | None = None
    honorific: TitleRead | None = None
    gap = 0
    i = len(words)
    while i > 0 and gap <= MAX_GAP_WORDS:
        end = words[i - 1][1]
        for n in range(min(longest, i), 0, -1):
            first_at = i - n
            found = _title_at(words, first_at, i, table)
            if found is None:
                continue
            before = words[first_at - 1][2] if first_at > 0 else ""
            if before in DEPUTIES:
                return None  # نائب رئيس الوزراء: the deputy, not the post's holder
            if any(r in named_after_heads() for p, r in clitic_splits(before, article=False) if not p or len(r) >= 3):
                return None  # مسجد الشيخ X، جائزة الملك X: a place or prize named after a person
            read = TitleRead(found, of, text[words[first_at][0]:end])
            if found.reach == "honorific":
                honorific = honorific or read
                break
            if found.reach == "construct" and of is None:
                return honorific
            return read
        else:
            hit = next((h for h in hits if h.start <= words[i - 1][0] and words[i - 1][1] <= h.end), None)
            if hit is not None and hit.kind in ("Country", "Organization"):
                if of is None:
                    of = hit.entry_id
                i = _first_word(words, hit.start)
                gap += 1
                continue
            if words[i - 1][2] not in honorifics:
                return honorific
        i -= 1
        gap += 1
    return honorific


def _title_at(words: list[tuple[int, int, str]], first: int, end: int,
              table: dict[tuple[str, ...], Title]) -> Title | None:
    """The title written as words[first:end] (its first word may carry و، ف، ل، ب)."""
    tail = tuple(w for _, _, w in words[first + 1:end])
    for prefix, bare in clitic_splits(words[first][2], article=False):
        if prefix and len(bare) < 3:
            continue
        found = table.get((bare, *tail))
        if found is not None:
            return found
    return None


def _first_word(words: list[tuple[int, int, str]], start: int) -> int:
    """The index of the first word at or after `start`."""
    return next(k for k, w in enumerate(words) if w[0] >= start)




@dataclass(frozen=True)
class _Term:
    person: str
    post: KBPost
    start: date | None
    end: date | None  # the source's end, or the next holder's start for an open term


class PostHolders:
    """The KB's office holders by the words of their names, with their terms (`find`)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._names: dict[str, list[tuple[str, str, bool]]] = {}  # first letter → (person, name, given)
        self._terms: dict[str, list[_Term]] = {}
        by_post: dict[tuple[str, str], list[_Term]] = {}
        for entry in kb:
            if entry.kind != "Person" or not entry.posts:
                continue
            for post in entry.posts:
                term = _Term(entry.id, post, post.first_day, post.last_day)
                by_post.setdefault((post.role, post.of), []).append(term)
            for name in dict.fromkeys((*entry.labels_ar, *entry.aliases_ar)):
                words = name_words(name)
                if not words:
                    continue
                self._names.setdefault(words[0][:1], []).append((entry.id, name, True))
                if len(words) >= 2 and words[-2] not in LINEAGE | FATHER_LINKS:
                    self._names.setdefault(words[-1][:1], []).append((entry.id, name, False))
        for terms in by_post.values():
            for term in _cut_open_terms(terms):
                self._terms.setdefault(term.person, []).append(term)

    def find(self, part: str, read: TitleRead, published: date | None,
             context: Collection[str]) -> Holder | None:
        """The one holder `read`'s title + the written name `part` names on `published`, or None."""
        words = name_words(part)
        if len(words) != 1 or len(words[0]) < MIN_PART:
            return None
        word = words[0]
        title = read.title
        given_only = title.reach == "honorific"
        named: dict[str, str] = {}
        by_given: set[str] = set()
        for person, name, given in self._names.get(word[:1], ()):
            if given_only and not given:
                continue
            parts = name_words(name)
            if words_match(word, parts[0] if given else parts[-1]):
                named.setdefault(person, name)
                if given:
                    by_given.add(person)
        terms = {p: [t for t in self._terms.get(p, ()) if title.fits(t.post)
                     and (read.of is None or t.post.of == read.of)] for p in named}
        terms = {p: ts for p, ts in terms.items() if ts}
        if published is None and len(terms) > 1:
            return None  # without a date, only a name no other holder of such a post bears
        on_date = {p: [t for t in ts if _covers(t, published)] for p, ts in terms.items()}
        on_date = {p: ts for p, ts in on_date.items() if ts}
        if len(on_date) != 1:
            return None
        (person, held), = on_date.items()
        bodies = {t.post.of for t in held}
        others = {t.post.of for p, ts in terms.items() if p != person for t in ts} - bodies
        # a country or body written with the title is the article naming it
        needs_context = read.of is None and (bool(others) or title.reach in ("context", "honorific")
                                             or person in by_given)
        if needs_context and (not bodies & set(context) or others & set(context)):
            return None
        term = held[0]
        dated = published is not None and term.start is not None
        score = CONTEXT_SCORE if needs_context else DATED_SCORE
        if not dated:
            score = min(score, UNDATED_SCORE)
        entry = self.kb[person]
        return Holder(entry, named[person], score, _evidence(entry, term, read, part, published, needs_context))


    def contradicts(self, entry: KBEntry, part: str, read: TitleRead) -> bool:
        """The title before `part` says it is not `entry` (for a link made by the name alone): an
        honorific before a word that is none of his given names (`الشيخ X` is a given name), or a
        post title none of his KB posts fits (a KB person with no post is not contradicted)."""
        words = name_words(part)
        names = [name_words(n) for n in (*entry.labels_ar, *entry.aliases_ar)]
        if read.title.reach == "honorific":
            return not any(n and len(words) == 1 and words_match(words[0], n[0]) for n in names)
        return bool(entry.posts) and not any(read.title.fits(p) and (read.of is None or p.of == read.of)
                                             for p in entry.posts)


def _covers(term: _Term, published: date | None) -> bool:
    """The term covers the article's date; without a date, any term does (the one candidate's)."""
    if published is None:
        return True
    if term.start is None:
        return term.end is None or published <= term.end
    return term.start <= published and (term.end is None or published <= term.end)


def _cut_open_terms(terms: Iterable[_Term]) -> list[_Term]:
    """One post's terms, an open term (no end in the sources) ending where another person's later
    term of the same post starts: a post has one holder at a time."""
    terms = list(terms)
    out = []
    for term in terms:
        end = term.end
        if end is None and term.start is not None:
            later = [t.start for t in terms if t.person != term.person and t.start is not None and t.start > term.start]
            if later:
                end = min(later)
        out.append(_Term(term.person, term.post, term.start, end))
    return out


def _evidence(entry: KBEntry, term: _Term, read: TitleRead, part: str, published: date | None,
              by_context: bool) -> str:
    when = f"{term.post.start or '?'}–{term.post.end or 'now'}"
    day = (f"the article of {published.isoformat()}" if published
           else "some date (the article has none; the one such holder so named)")
    how = "; the article names this holder's country and no other such holder's" if by_context else ""
    return (f"post holder on date: «{read.text} {part}» is the one KB holder of a post the title names "
            f"whose name has «{part}»: {entry.id}, {term.post.title} ({when}), in office on {day}{how}; "
            f"sources: {' | '.join(term.post.sources) or 'none'}")
