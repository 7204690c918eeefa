"""A token view of a linked article that every extractor shares.

The extractors match closed-class words (titles, triggers) next to named mentions, so they
need one token sequence where each token knows its match key, the readings without its
proclitics, which mention starts or covers it, and which nisba adjective it is. The view is
built once per article: the text is tokenized on the normalized text (diacritics and
tatweel dropped, offsets mapped back), exactly as the gazetteer does, so it does not
depend on how the NLP model split tokens; Stanza's multi-word tokens are used only as a
hint (the future prefix س it splits off).

Persons named by a short form (فلانوف) are resolved to the one full name in the article
that ends with it (يوري فلانوف), so facts about "فلانوف" attach to the same entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.link.coref import FATHER_LINKS
from kg.link.gazetteer import Gazetteer, GazetteerMatch
from kg.link.heads import common_noun
from kg.link.kb import KBEntry, KnowledgeBase
from kg.link.normalize import clitic_splits, match_key
from kg.link.resources import Resources
from kg.nlp.normalize import normalize
from kg.types import Entity, LinkedDocument, Mention, kb_key

V = TypeVar("V")

_TOKEN = re.compile(r"\w+|[^\w\s]")
#: A sentence that ends in a title's abbreviation is cut in the middle of a name: "د." (دكتور), "أ."
#: (أستاذ), "م." (مهندس, not a year's "2015 م."). Raw corpus (both files): a lone Arabic letter and a
#: period before a word: د 996, م 232, أ 26, every other letter 11 or fewer.
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[دأ]|(?<![\d\s]\s)(?<!\d)م)\s?\.\s*$")
#: Score given to a country implied by a nisba: the linker's score for an exact,
#: unambiguous LOC → Country match, so both routes give the entity the same confidence.
NISBA_SCORE = 0.95
#: Prefixes (after the conjunction) that mark the future on an imperfect verb.
_FUTURE = ("س", "وس", "فس")


@dataclass(frozen=True)
class Tok:
    """One token. `forms` are its key and its readings without proclitics (لل → ال)."""

    index: int
    sentence: int
    start: int
    end: int
    text: str
    key: str
    forms: tuple[str, ...]
    future: bool  # an imperfect verb with the future prefix س (سيلتقي، ستوقع)

    def is_(self, words: Iterable[str] | frozenset[str] | dict) -> bool:
        """True when the token, with or without proclitics, is one of `words` (keys)."""
        for f in self.forms:  # a loop, not any(): called ~2,000 times per article
            if f in words:
                return True
        return False

    def which(self, table: Mapping[str, V]) -> V | None:
        """The value `table` gives the token's first matching form."""
        for f in self.forms:
            if f in table:
                return table[f]
        return None

    @property
    def punct(self) -> bool:
        return not self.key[:1].isalnum()


def kb_entity(entry: KBEntry, score: float = NISBA_SCORE) -> Entity:
    """The Entity the linker makes for a KB entry (same key, so the same IRI)."""
    from kg.link.resolve import kb_entity as make  # one definition of how KB entries become entities

    return make(entry, score)


class DocView:
    """Tokens, mentions and nisbas of one linked article, indexed for the extractors."""

    def __init__(self, linked: LinkedDocument, *, resources: Resources | None = None,
                 kb: KnowledgeBase | None = None, gazetteer: Gazetteer | None = None) -> None:
        """`resources` (default: `Resources.default()`) gives the KB and gazetteer, unless
        `kb` or `gazetteer` is given on its own."""
        self.linked = linked
        self.doc = linked.document
        self.text = linked.document.text
        if resources is None and (kb is None or gazetteer is None):
            resources = Resources.default()
        self.kb = kb or resources.kb
        self.gazetteer = gazetteer or resources.gazetteer
        ann = linked.annotated
        if len(linked.entities) != len(ann.mentions):
            raise ValueError(f"{self.doc.id}: {len(ann.mentions)} mentions but {len(linked.entities)} entities")
        self.mentions: tuple[Mention, ...] = ann.mentions
        self.entities: tuple[Entity, ...] = linked.entities
        self.sentences = ann.sentences or ()
        self.tokens: list[Tok] = self._tokenize()
        self.by_sentence: dict[int, list[Tok]] = {}
        for t in self.tokens:
            self.by_sentence.setdefault(t.sentence, []).append(t)
        self.mention_span: dict[int, tuple[int, int]] = {}  # mention → (first, last) token
        self.mention_at: dict[int, int] = {}  # first token → mention (best one)
        self.token_mention: dict[int, int] = {}  # any covered token → mention
        self._index_mentions()
        self.nisba_at: dict[int, tuple[KBEntry, int, GazetteerMatch]] = {}  # first token → (entry, n, hit)
        self._index_nisbas()
        self._canonical = self._canonical_persons()

    # --- building ------------------------------------------------------------------------

    @cached_property
    def _continued(self) -> dict[int, int]:
        """Sentences that go on a sentence cut after a title's abbreviation ("التقى … د. سامي الحداد"):
        sentence index → the index of the sentence it continues."""
        out: dict[int, int] = {}
        ordered = sorted(self.sentences, key=lambda s: s.start)
        for prev, nxt in zip(ordered, ordered[1:], strict=False):
            if _ABBREVIATION_END.search(self.text[prev.start:prev.end]):
                out[nxt.index] = out.get(prev.index, prev.index)
        return out

    def _sentence_of(self, offset: int) -> int:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return self._continued.get(s.index, s.index)
        # between sentences (whitespace) or no sentences: the last one that started before
        before = [s.index for s in self.sentences if s.start <= offset]
        return self._continued.get(before[-1], before[-1]) if before else 0

    def _tokenize(self) -> list[Tok]:
        norm = normalize(self.text)
        future_at = {t.start for t in self.linked.annotated.tokens
                     if len(t.words) > 1 and (t.words[0] == "س" or t.words[:2] in (("و", "س"), ("ف", "س")))}
        out: list[Tok] = []
        for m in _TOKEN.finditer(norm.text):
            start, end = norm.to_original(m.start(), m.end())
            key = match_key(m.group()) or m.group()
            # a preposition (ب ل ك) is only stripped when a real word is left: كان is not ك + أن
            forms = tuple(dict.fromkeys(rest for prefix, rest in clitic_splits(key, article=False)
                                        if prefix in ("", "و", "ف") or len(rest) >= 3 or rest.isdigit()))
            future = start in future_at
            for p in _FUTURE:
                if key.startswith(p) and len(key) > len(p) + 2 and key[len(p)] in "يتنا":
                    rest = key[len(p):]
                    if rest in _FUTURE_VERBS:
                        forms += (rest,)
                        future = True
            out.append(Tok(len(out), self._sentence_of(start), start, end, self.text[start:end], key, forms,
                           future))
        return out

    def _index_mentions(self) -> None:
        starts = [t.start for t in self.tokens]
        import bisect

        best: dict[tuple[int, int], int] = {}
        for i, m in enumerate(self.mentions):
            span = (m.start, m.end)
            if span not in best or _rank(m) > _rank(self.mentions[best[span]]):
                best[span] = i
        for i in sorted(best.values(), key=lambda i: (self.mentions[i].start, -self.mentions[i].end)):
            m = self.mentions[i]
            first = bisect.bisect_right(starts, m.start) - 1
            if first < 0 or self.tokens[first].end <= m.start:
                first += 1
            last = first
            while last + 1 < len(self.tokens) and self.tokens[last + 1].start < m.end:
                last += 1
            if first >= len(self.tokens):
                continue
            self.mention_span[i] = (first, last)
            if first not in self.mention_at:
                self.mention_at[first] = i
            for t in range(first, last + 1):
                self.token_mention.setdefault(t, i)

    def _index_nisbas(self) -> None:
        by_start = {t.start: t.index for t in self.tokens}
        ends = {t.end: t.index for t in self.tokens}
        for hit in self.gazetteer.find(self.text):
            if not hit.is_nisba or hit.start not in by_start or hit.end not in ends:
                continue
            entry = self.kb.get(hit.entry_id)
            if entry is None:
                continue
            first, last = by_start[hit.start], ends[hit.end]
            self.nisba_at[first] = (entry, last - first + 1, hit)

    # --- persons -------------------------------------------------------------------------

    def is_person(self, i: int) -> bool:
        """Mention i names a person (PER, and not a word the NER is known to mistake)."""
        m = self.mentions[i]
        if m.ner_type != "PER" or self.entities[i].kind != "Person":
            return False
        first, last = self.mention_span.get(i, (-1, -1))
        if first < 0:
            return False
        toks = self.tokens[first:last + 1]
        if len(toks) == 1 and (common_noun(toks[0].text) or first in self.nisba_at or toks[0].future
                               or toks[0].is_(vocab.SINGLE_HEADS)):
            return False
        return True

    def _canonical_persons(self) -> dict[int, int]:
        """Short person names → the mention of the one full name in the article ending with them."""
        full: dict[tuple[str, ...], int] = {}
        for i, m in enumerate(self.mentions):
            if self.is_person(i):
                words = tuple(match_key(m.label).split())
                if len(words) >= 2:
                    full.setdefault(words, i)
        out: dict[int, int] = {}
        for i, m in enumerate(self.mentions):
            if not self.is_person(i):
                continue
            variants = {tuple(match_key(m.label).split())}
            head, _, tail = match_key(m.text).partition(" ")
            variants |= {tuple((rest + (" " + tail if tail else "")).split())
                         for _, rest in clitic_splits(head, article=False)}
            targets = {full[w] for w in full for v in variants
                       if len(w) > len(v) and v and w[-len(v):] == v and w[-len(v) - 1] not in FATHER_LINKS}
            targets = {self.entities[t].key: t for t in targets}
            if len(targets) == 1 and (self.entities[i].kb_id is None
                                      or self.entities[i].key == next(iter(targets))):
                # (a name after بن is the father's: فهد بن ناصر is not خالد بن فهد بن ناصر;
                # a name the KB knows is its own person)
                out[i] = next(iter(targets.values()))
        return out

    def ref(self, i: int) -> Ref:
        """The entity mention i refers to; a short person name gives the article's full name."""
        target = self._canonical.get(i, i)
        return Ref(self.entities[target], i, self.mentions[i].text)

    def as_person(self, i: int) -> Ref:
        """Mention i read as a person's name although the NER typed it otherwise (a name right
        after a title): the article's person of that name, or a new one keyed as the linker keys
        persons."""
        label = self.mentions[i].label
        key = f"Person:{match_key(label)}"
        entity = self._entity_by_key.get(key) or Entity(key=key, kind="Person", label=label)
        return Ref(entity, i, self.mentions[i].text)

    # --- countries -----------------------------------------------------------------------

    @cached_property
    def _entity_by_key(self) -> dict[str, Entity]:
        out: dict[str, Entity] = {}
        for e in self.entities:
            out.setdefault(e.key, e)
        return out

    def kb_ref(self, entry: KBEntry, text: str = "") -> Ref:
        """A KB entry as a Ref; the article's own entity when a mention names it too."""
        entity = self._entity_by_key.get(kb_key(entry.id)) or kb_entity(entry)
        return Ref(entity, None, text)

    def local_org(self, label: str, text: str = "") -> Ref:
        """An organization the KB lacks, keyed as the linker would key its mention."""
        key = f"Organization:{match_key(label)}"
        entity = self._entity_by_key.get(key) or Entity(key=key, kind="Organization", label=label)
        return Ref(entity, None, text)

    def local_place(self, label: str, text: str = "") -> Ref:
        """A place the KB lacks (a region named with its noun), keyed as the linker would key its mention."""
        key = f"Place:{match_key(label)}"
        entity = self._entity_by_key.get(key) or Entity(key=key, kind="Place", label=label)
        return Ref(entity, None, text)

    def kb_entry(self, ref: Ref) -> KBEntry | None:
        return self.kb.get(ref.kb_id) if ref.kb_id is not None else None

    def country_of(self, ref: Ref) -> Ref | None:
        """The country a reference stands for: itself, the country whose capital it is, or the one
        an institution names (الكرملين، وزارة الخارجية الروسية: the KB's `stands_for`)."""
        if ref.entity.kind == "Country":
            return ref
        entry = self.kb_entry(ref)
        target = None
        if entry is not None and entry.kind == "City":
            target = entry.capital_of
        elif entry is not None and entry.kind == "Organization":
            target = entry.stands_for
        country = self.kb.get(target) if target else None
        return self.kb_ref(country, ref.text) if country is not None else None

    def nisba(self, t: int) -> tuple[Ref, int] | None:
        """The country (or organization) a nisba at token t implies, and its length in tokens."""
        if t in self.nisba_at:
            entry, n, hit = self.nisba_at[t]
            return self.kb_ref(entry, hit.text), n
        if 0 <= t < len(self.tokens):
            tok = self.tokens[t]
            target = tok.which(vocab.ORG_NISBA)
            if target is not None:
                if isinstance(target, vocab.KBNisba):
                    entry = self.kb.get(target.kb_id)
                    if entry is not None:
                        return self.kb_ref(entry, tok.text), 1
                else:
                    return self.local_org(target, tok.text), 1
        return None

    # --- helpers -------------------------------------------------------------------------

    def sentence_tokens(self, s: int) -> list[Tok]:
        return self.by_sentence.get(s, [])

    def span_text(self, first: int, last: int) -> str:
        """The article text from token first to token last (inclusive)."""
        return self.text[self.tokens[first].start:self.tokens[last].end]

    def segments(self, s: int) -> list[tuple[int, int]]:
        """Sentence s cut into clauses (first, last token): a reporting verb or a
        complementizer (قال … | إن …) starts a new one, so the speaker of "قال X إن Y التقى Z"
        is not taken for a participant of the meeting the content reports."""
        toks = self.sentence_tokens(s)
        if not toks:
            return []
        cuts = [toks[0].index]
        for tok in toks[1:]:
            if tok.index in self.token_mention:
                continue
            if (tok.is_(vocab.COMPLEMENTIZERS) and not tok.text.startswith("آ")) or tok.is_(vocab.SAY_VERBS) \
                    or tok.is_(vocab.CONTINUE_VERBS):  # آن is a name, not أن
                if tok.index - cuts[-1] >= 1:
                    cuts.append(tok.index)
        bounds = cuts + [toks[-1].index + 1]
        return [(a, b - 1) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    def tokens_in(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and last token that start inside the characters start..end (a post's title), or None."""
        inside = [tok.index for tok in self.tokens if start <= tok.start < end]
        return (inside[0], inside[-1]) if inside else None

    def mentions_in(self, first: int, last: int) -> Iterator[int]:
        """Mentions starting in tokens first..last, in text order."""
        for t in range(first, last + 1):
            if t in self.mention_at:
                yield self.mention_at[t]


def _rank(m: Mention) -> tuple[float, bool]:
    return (m.confidence, m.source == "ner")


_FUTURE_VERBS = (frozenset(vocab.MEETING_VERBS_PRESENT) | vocab.SUPPORT_PRESENT
                 | vocab.TREATY_CUES["to-be-signed"] | vocab.keys(("يتم", "تتم", "يكون", "تكون")))
