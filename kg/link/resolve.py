"""Linking: NER and gazetteer mentions merged, each resolved to a knowledge-base entry or a local entity.

Precedence (documented in the README):
0. The NER's mentions are first repaired (`kg.link.mentions`): common nouns dropped, fragments
   of one known name or of one split name joined, given names and institutions' heads taken in.
1. A Stanza NER mention keeps its span and type. If its clitic-free label is, as a whole, a
   knowledge-base name of a compatible kind, it is linked to that entry.
2. A gazetteer hit that overlaps no NER mention is added as a mention of its own
   (`kg:extractionSource "gazetteer"`), so a known name is never lost to an NER miss.
   Nisba adjectives (الروسي) are not mentions, and names that are also common words
   (مشهد 'scene') are only taken when the NER agrees.
3. A person written as a title and one name (`الملك X`، `الرئيس Y`) is the KB's one holder of
   that post on the article's date (`kg.link.post_holders`), with the evidence recorded.
3b. A state by its formal style (جمهورية كوريا الجنوبية، الجمهورية العراقية) is that country
   (`kg.link.state_styles`), even where the NER left "الجمهورية الX" untagged.
4. Everything else becomes a local entity keyed by its normalized name and kind, so an
   unknown name is never lost to a gazetteer gap.

`owl:sameAs` to Wikidata is only asserted at or above `SAME_AS_THRESHOLD`; the score is
always recorded.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.link.coref import FATHER_LINKS, corefer, same_name, skeleton
from kg.link.dbpedia import resource_iri
from kg.link.delegations import TUNISIA, after_delegation_noun
from kg.link.gazetteer import Gazetteer, GazetteerMatch, default_gazetteer
from kg.link.kb import KBEntry, KnowledgeBase, default_kb
from kg.link.latin_names import LatinNames
from kg.link.mentions import repair
from kg.link.name_parts import NameParts
from kg.link.normalize import match_key
from kg.link.post_holders import PostHolders, read_title
from kg.link.set_phrases import in_set_phrase
from kg.link.state_styles import nisba_style_spans, styled_country
from kg.types import KIND_BY_NER, AnnotatedDocument, Entity, LinkedDocument, Mention

if TYPE_CHECKING:
    from kg.link.resources import Resources

SAME_AS_THRESHOLD = 0.7
GEONAMES = "https://sws.geonames.org/{}/"

#: Which KB kinds a NER type may resolve to, with the score of an exact, unambiguous match.
#: Countries are often tagged ORG when they act (روسيا تعطل القرار): allowed, scored lower.
_COMPATIBLE = {
    # institutions named by their seat (البيت الأبيض، الكرملين) are often tagged LOC
    "LOC": {"Country": 0.95, "City": 0.9, "Organization": 0.75, "Place": 0.9},
    # countries and capitals act as their governments (موسكو ترفض): a metonymy, scored lower
    "ORG": {"Organization": 0.95, "Country": 0.75, "City": 0.75},
    "PER": {"Person": 0.95},
}
#: A PER mention that is, as a whole, a place or organization name is an NER type error
#: (لأوكرانيا، ريا نوفوستي tagged PER): the entry is taken at the threshold, the mention retyped.
_RETYPE_PER = {"Country": ("LOC", 0.7), "City": ("LOC", 0.7), "Organization": ("ORG", 0.7)}
#: A state by its formal style (جمهورية X، الجمهورية الX, `kg.link.state_styles`): a country, whatever the NER's type.
STATE_STYLE_SCORE = 0.9
#: A lone surname naming exactly one knowledge-base person (وقال فلانوف) across articles.
SURNAME_SCORE = 0.75
#: A full name that is a long-vowel spelling variant of exactly one knowledge-base person's name
#: (يوسف فيلانوف / يوسف فلانوف: one word spelled alike, the others by `coref.skeleton`).
SPELLING_SCORE = 0.8
#: A name that is one KB person's name with its lineage written longer or shorter (خالد بن فهد بن
#: ناصر / خالد بن فهد; سامي بن أحمد الحداد / سامي الحداد): `kg.link.name_parts`.
LINEAGE_SCORE = 0.8
#: A name that is one KB person's name but for `ابن`/`بن` or the spacing of `عبد X` (سامي ابن فلان
#: / سامي بن فلان; عبد الله / عبدالله): `kg.link.name_parts.NameParts.same`.
NAME_VARIANT_SCORE = 0.9
#: A name of two words or more whose consonants are those of exactly one KB person known by a Latin name only
#: (ألكسيس تسيبراس / Alexis Tsipras): `kg.link.latin_names`.
LATIN_NAME_SCORE = 0.75
_NER_OF_KIND = {"Country": "LOC", "City": "LOC", "Organization": "ORG", "Person": "PER", "Place": "LOC"}
#: A gazetteer-only mention has no model probability: it is an exact dictionary match.
GAZETTEER_CONFIDENCE = 1.0
#: A QID only one independent source gives (`qid_confidence: single-source`, issue 18) links lower.
SINGLE_SOURCE_FACTOR = 0.95
#: A name matched as one of an entry's aliases, not its labels, links lower (issue 18): aliases are
#: variants, official long forms and unattested source spellings, less certain than the label.
ALIAS_FACTOR = 0.97
#: A building that names the institution it houses (الكرملين، البيت الأبيض، الإليزيه; KB `seat_of`)
#: is the building only where the sentence places something in it or moves to it: after one of
#: these words (في الكرملين، إلى البيت الأبيض، أمام، داخل، مقر …) or the locative proclitic ب
#: (بالكرملين). Everywhere else, as the subject of a speech verb (قال الكرملين), after باسم
#: (المتحدث باسم البيت الأبيض) or as an agent, it is the institution (issue 18).
PLACE_WORDS = frozenset(match_key(w) for w in (
    "في", "إلى", "الى", "داخل", "خارج", "أمام", "قرب", "عند", "حول", "مقر", "أروقة", "أسوار", "جدران",
    "قاعة", "باحة", "ساحة", "زيارة", "وصوله",
))
#: Verbs of visiting and moving take the building as their object, often after their subject
#: (زار الوفد قصر بعبدا): looked for among the three words before the name, within the clause.
MOTION_VERBS = frozenset(match_key(w) for w in ("زار", "يزور", "تزور", "زارت", "وصل", "يصل", "وصلت", "تصل",
                                                "غادر", "يغادر", "غادرت", "دخل", "يدخل"))
_CLAUSE_TAIL = re.compile(r"[^.،,؛;:!?؟\n]*$")


def kb_entity(entry: KBEntry, score: float) -> Entity:
    """The entity for a knowledge-base entry; Wikidata/GeoNames/DBpedia links only at or above the
    threshold. DBpedia only where a source gives the Wikipedia title for this very QID."""
    if entry.qid_confidence == "single-source":
        score *= SINGLE_SOURCE_FACTOR
    linked = score >= SAME_AS_THRESHOLD
    same_as: tuple[str, ...] = ()
    if linked and entry.geonames_id:
        same_as += (GEONAMES.format(entry.geonames_id),)
    if linked and entry.wikipedia_en:
        same_as += (resource_iri(entry.wikipedia_en),)
    return Entity.of_kb(entry.id, kind=entry.kind, label=entry.label,
                        qid=entry.qid if linked else None, same_as=same_as, link_confidence=round(score, 3))


def _choose(match: GazetteerMatch, kb: KnowledgeBase, context_countries: set[str]) -> tuple[KBEntry, float]:
    """Pick among entries sharing a name; the article's other countries break ties (طرابلس)."""
    candidates = [kb[c] for c in (match.candidates or (match.entry_id,))]
    if len(candidates) == 1:
        return candidates[0], 1.0
    in_context = [c for c in candidates if (c.country or c.id) in context_countries]
    if len(in_context) == 1:
        return in_context[0], 0.9
    countries = [c for c in candidates if c.kind == "Country"]
    if len(countries) == 1:
        # a country and its same-named capital (الكويت، الجزائر): news means the country far more often
        return countries[0], 0.8
    return candidates[0], 0.7


class Linker:
    def __init__(self, kb: KnowledgeBase | None = None, gazetteer: Gazetteer | None = None):
        self.kb = kb or default_kb()
        self.gazetteer = gazetteer or default_gazetteer()
        self._surnames = _surname_index(self.kb)
        self._skeletons = _skeleton_index(self.kb)
        self._person_words, self._given = _person_words(self.kb)
        self._name_parts = NameParts((e.id, name) for e in self.kb if e.kind == "Person"
                                     for name in (*e.labels_ar, *e.aliases_ar))
        self._holders = PostHolders(self.kb)
        self._latin = LatinNames((e.id, e.labels_en) for e in self.kb
                                 if e.kind == "Person" and not e.labels_ar and not e.aliases_ar)

    def _whole_name(self, label: str) -> GazetteerMatch | None:
        """The gazetteer hit that is exactly the label (not a part of it), if any."""
        hits = [h for h in self.gazetteer.find(label) if not h.is_nisba]
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(label):
            return hits[0]
        return None

    def link(self, annotated: AnnotatedDocument) -> LinkedDocument:
        text = annotated.document.text
        # a name inside a set phrase is no name (`kg.link.set_phrases`: مسقط رأسه)
        all_hits = [h for h in self.gazetteer.find(text) if not in_set_phrase(text, h.start, h.end)]
        hits = [h for h in all_hits if not h.is_nisba]
        # the countries an article is about, named or as nisba adjectives (الأردني → Jordan)
        # (an ambiguous name such as عمان, Oman or Amman, is no evidence for itself)
        context = {h.entry_id for h in all_hits if h.kind == "Country" and len(h.candidates) <= 1}

        ner = [part for m in annotated.mentions if not in_set_phrase(text, m.start, m.end)
               for part in self._split_leading_country(m)]
        ner = [part for m in ner for part in self._split_trailing_country(_without_loose_clitic(m))]
        ner = repair(annotated, ner, all_hits, lambda label: self._whole_name(label) is not None,
                     self._person_words, self._given)
        mentions: list[Mention] = list(ner)
        for h in hits:
            if h.homograph or any(m.start < h.end and h.start < m.end for m in ner):
                continue
            sentence = next((s.index for s in annotated.sentences if s.start <= h.start < s.end), 0)
            mentions.append(Mention(h.start, h.end, h.text, h.name if h.name in h.text else h.text,
                                    _NER_OF_KIND.get(h.kind, "MISC"), GAZETTEER_CONFIDENCE, sentence,
                                    source="gazetteer"))
        for start, end, label in nisba_style_spans(text, [h for h in all_hits if h.is_nisba]):
            # "الجمهورية العراقية" the NER left untagged: the nisba alone is no mention
            if not any(m.start < end and start < m.end for m in mentions):
                sentence = next((s.index for s in annotated.sentences if s.start <= start < s.end), 0)
                mentions.append(Mention(start, end, text[start:end], label, "LOC", GAZETTEER_CONFIDENCE, sentence,
                                        source="gazetteer"))
        mentions.sort(key=lambda m: (m.start, m.end))

        resolved = [self._resolve(m, context, text) for m in mentions]
        # the countries an article names, its cities' too: where an office holder must be placed
        placed = context | {city.country for h in all_hits if h.kind == "City" and len(h.candidates) <= 1
                            and not h.is_nisba and (city := self.kb.get(h.entry_id)) is not None and city.country}
        published = annotated.document.published
        resolved = [(m, self._by_post(m, e, text, all_hits, published, placed)) for m, e in resolved]
        final_m, final_e = corefer([m for m, _ in resolved], [e for _, e in resolved])
        final_e = [self._by_surname(m, e, text, all_hits) for m, e in zip(final_m, final_e, strict=True)]
        annotated = replace(annotated, mentions=tuple(final_m))
        return LinkedDocument(annotated, tuple(final_e))

    def _split_leading_country(self, m: Mention) -> list[Mention]:
        """Cut a country the NER swept into a person's span ("لأوكرانيا كيث كيلوغ", envoy *to Ukraine*).

        Only when the country carries a clitic or the article (no first name does), or two words
        or more are left: "جورجيا ميلوني" is Giorgia Meloni, not Georgia.
        """
        if m.ner_type != "PER" or " " not in m.text.strip():
            return [m]
        lead = next((h for h in self.gazetteer.find(m.text)
                     if not h.is_nisba and h.kind == "Country" and h.start == 0), None)
        if lead is None or lead.end >= len(m.text.rstrip()):
            return [m]
        rest = m.text[lead.end:]
        person = rest.lstrip()
        if not (lead.prefix or lead.name.startswith("ال") or len(person.split()) >= 2):
            return [m]
        start = m.start + lead.end + (len(rest) - len(person))
        place = Mention(m.start, m.start + lead.end, lead.text, lead.name, "LOC", m.confidence, m.sentence,
                        source=m.source)
        return [place, Mention(start, m.end, person, person.strip(), "PER", m.confidence, m.sentence,
                               source=m.source)]

    def _split_trailing_country(self, m: Mention) -> list[Mention]:
        """Cut a country the NER ran into a person's span after the name ("الملك عبدالله مصر": the
        king supported Egypt): a whole, unambiguous country name at the span's end, after a word that
        does not bind the next one into the name (بن، أبو، آل، عبد)."""
        if m.ner_type != "PER" or " " not in m.text.strip() or m.text != m.text.rstrip():
            return [m]
        tail = next((h for h in self.gazetteer.find(m.text) if not h.is_nisba and h.kind == "Country"
                     and h.end == len(m.text) and h.start > 0 and (len(h.candidates) <= 1 or h.prefix)
                     and not h.homograph), None)
        if tail is None or m.text[tail.start - 1] != " ":
            return [m]
        person = m.text[:tail.start].rstrip()
        if not person or match_key(person.split()[-1]) in _BINDS_NEXT:
            return [m]
        place = Mention(m.start + tail.start, m.end, tail.text, tail.name, "LOC", m.confidence, m.sentence,
                        source=m.source)
        return [Mention(m.start, m.start + len(person), person, person, "PER", m.confidence, m.sentence,
                        source=m.source), place]

    def _by_surname(self, m: Mention, e: Entity, text: str = "", hits: list[GazetteerMatch] | None = None) -> Entity:
        """A one-word local person whose word is the surname of exactly one KB person is that person,
        unless a title before it says otherwise (`الشيخ X` takes a given name; `الرئيس X` is no
        minister: `PostHolders.contradicts`)."""
        if e.kind != "Person" or e.kb_id is not None or m.ner_type != "PER":
            return e
        words = match_key(m.label).split()
        ids = self._surnames.get(words[0]) if len(words) == 1 else None
        if not ids or len(ids) != 1:
            return e
        entry = self.kb[next(iter(ids))]
        read = read_title(text, m.start, hits or []) if text else None
        if read is not None and self._holders.contradicts(entry, m.label, read):
            return e
        return kb_entity(entry, SURNAME_SCORE)

    def _by_post(self, m: Mention, e: Entity, text: str, hits: list[GazetteerMatch], published: date | None,
                 context: set[str]) -> Entity:
        """A local person written as a title + one name: the KB's one holder of that post on the
        article's date (`kg.link.post_holders`), or the entity as it was."""
        if e.kind != "Person" or e.kb_id is not None or m.ner_type != "PER":
            return e
        read = read_title(text, m.start, hits)
        if read is None:
            return e
        holder = self._holders.find(m.label.strip(), read, published, context)
        if holder is None:
            return e
        return replace(kb_entity(holder.entry, holder.score), label=holder.name, link_evidence=holder.evidence)

    def _resolve(self, m: Mention, context: set[str], text: str = "") -> tuple[Mention, Entity]:
        by_label = self._whole_name(m.label)
        hit = by_label or self._whole_name(m.text)
        if hit is not None and hit.prefix:
            # a clitic left on a known name (وإيران، للأمم المتحدة): drop it from the label only
            m = replace(m, label=hit.name)
        elif hit is not None and by_label is None:
            # the text as written is a known name, the label a wrong clitic split (بان كي مون → ان …)
            m = replace(m, label=m.text.strip())
        if hit is not None:
            entry, ambiguity = _choose(hit, self.kb, context)
            base = _COMPATIBLE.get(m.ner_type, {}).get(entry.kind)
            # a name that is also a common word or a person's (عمران) is never taken from the tagger's PER
            if base is None and m.ner_type == "PER" and entry.kind in _RETYPE_PER and not hit.homograph:
                ner_type, base = _RETYPE_PER[entry.kind]
                m = replace(m, ner_type=ner_type)
            if entry.kind in ("City", "Place") and entry.country != TUNISIA and after_delegation_noun(text, m.start):
                base = None  # a Tunisian delegation named like a place elsewhere (`kg.link.delegations`)
            if base is not None:
                if hit.homograph:
                    base -= 0.2  # a common word: the NER's agreement is the only evidence
                if not hit.is_label_of(entry.id):
                    base *= ALIAS_FACTOR
                if entry.seat_of and entry.seat_of in self.kb and not is_place_use(text, m.start, hit.prefix):
                    # the institution, under the name the article gives it (الكرملين is a name of it too)
                    return m, replace(kb_entity(self.kb[entry.seat_of], base * ambiguity), label=hit.name)
                return m, kb_entity(entry, base * ambiguity)
        if hit is None and (styled := styled_country(self.gazetteer, m.label)) is not None:
            return replace(m, ner_type="LOC"), kb_entity(self.kb[styled.entry_id], STATE_STYLE_SCORE)
        if m.ner_type == "PER" and (entry := self._spelling_variant(m.label)) is not None:
            return m, kb_entity(entry, SPELLING_SCORE)
        if m.ner_type == "PER" and (entry_id := self._name_parts.same(m.label)) is not None:
            # labelled as written: the article's spelling of the name (ابن، عبد X) is a name of him too
            return m, replace(kb_entity(self.kb[entry_id], NAME_VARIANT_SCORE), label=m.label.strip())
        if m.ner_type == "PER" and (entry_id := self._name_parts.find(m.label)) is not None:
            # the KB person, labelled as this article writes the name (its lineage is part of it)
            return m, replace(kb_entity(self.kb[entry_id], LINEAGE_SCORE), label=m.label.strip())
        if m.ner_type == "PER" and (entry_id := self._latin.find(m.label)) is not None:
            # a KB person with no Arabic name: labelled as the article writes it
            return m, replace(kb_entity(self.kb[entry_id], LATIN_NAME_SCORE), label=m.label.strip())
        kind = KIND_BY_NER.get(m.ner_type, "Thing")
        return m, Entity(key=f"{kind}:{match_key(m.label)}", kind=kind, label=m.label.strip())

    def _spelling_variant(self, label: str) -> KBEntry | None:
        """The one KB person whose full name this label spells with other long vowels, if any."""
        words = tuple(match_key(label).split())
        if len(words) < 2:
            return None
        found = {entry_id for entry_id, name in self._skeletons.get(tuple(skeleton(w) for w in words), ())
                 if same_name(words, name)}
        return self.kb[next(iter(found))] if len(found) == 1 else None


def is_place_use(text: str, start: int, prefix: str = "") -> bool:
    """Is the name at `start` used as a place (في الكرملين، بالكرملين, see `PLACE_WORDS`)?"""
    attached = re.search(r"[\u0621-\u064a]*$", text[max(0, start - 3):start]).group()  # clitics on the name
    if (prefix or attached).endswith("ب"):
        return True
    words = [match_key(w) for w in re.findall(r"\w+", _CLAUSE_TAIL.search(text, max(0, start - 80), start).group())]
    words = [w[1:] if w[:1] in ("و", "ف") and w[1:] in PLACE_WORDS | MOTION_VERBS else w for w in words]
    return bool(words) and (words[-1] in PLACE_WORDS or any(w in MOTION_VERBS for w in words[-3:]))


def _surname_index(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Last word of each KB person's names → the persons (several: no surname link)."""
    index: dict[str, set[str]] = {}
    for entry in kb:
        if entry.kind != "Person":
            continue
        for name in (*entry.labels_ar, *entry.aliases_ar):
            words = match_key(name).split()
            if len(words) >= 2 and words[-2] not in FATHER_LINKS:  # خالد بن فهد: فهد is his father
                index.setdefault(words[-1], set()).add(entry.id)
    return index


def _person_words(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The words of KB persons' names (never read as verbs) and their first words (given names)."""
    words: set[str] = set()
    first: set[str] = set()
    for entry in kb:
        if entry.kind != "Person":
            continue
        for name in (*entry.labels_ar, *entry.aliases_ar):
            parts = match_key(name).split()
            if len(parts) >= 2:
                words.update(parts)
                first.add(parts[0])
    return frozenset(words), frozenset(first)


def _skeleton_index(kb: KnowledgeBase) -> dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]]:
    """Skeleton of each KB person's full names (two words or more) → (person, the name's words)."""
    index: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
    for entry in kb:
        if entry.kind != "Person":
            continue
        for name in (*entry.labels_ar, *entry.aliases_ar):
            words = tuple(match_key(name).split())
            if len(words) >= 2:
                index.setdefault(tuple(skeleton(w) for w in words), []).append((entry.id, words))
    return index


def link(annotated: AnnotatedDocument, *, resources: Resources | None = None) -> LinkedDocument:
    """Link with `resources`' linker; by default the shipped knowledge base's (`Resources.default()`)."""
    from kg.link.resources import Resources  # Resources holds a Linker: imported when called

    return (resources or Resources.default()).linker.link(annotated)


#: Words after which the next one is part of a person's name, whatever it is: "آل مصر" is no country.
_BINDS_NEXT = frozenset(match_key(w) for w in ("بن", "بنت", "ابن", "أبو", "ابو", "أبي", "آل", "ال", "عبد", "أم"))
#: A preposition written apart with a tatweel ("لـ"، "بـ") at a person span's end: "X لـ«الوطن»".
_LOOSE_CLITICS = ("لـ", "بـ", "ل", "ب")


def _without_loose_clitic(m: Mention) -> Mention:
    """A PER mention without a detached preposition at its end ("سامي الحداد لـ" → "سامي الحداد")."""
    if m.ner_type != "PER":
        return m
    words = m.text.rstrip().split(" ")
    if len(words) < 2 or words[-1] not in _LOOSE_CLITICS:
        return m
    text = m.text[: m.text.rstrip().rindex(" ")].rstrip()
    label = m.label[: len(text)] if m.label.startswith(text) else text
    return replace(m, end=m.start + len(text), text=text, label=label)
