"""Mention repair: the NER's spans made whole before linking, for every later stage.

Stanza's NER cuts and misses spans in regular ways; each repair below is a general rule with
its evidence in data, never a list of one article's names:

1. **Common nouns are not mentions.** A one-word mention that the gold NER corpora use often and
   never tag as a name (`common_words`), a bare title (`title_words`: الرئيس), a bare institution head (الوزارة،
   المجلس), a definite dual or plural (الرئيسان، البلدين، للصحافيين) or a noun with a possessive suffix (بلدينا) is
   dropped here, at mention level, so no stage sees it. A knowledge-base name is never dropped,
   but an amount or a lone nisba is (`kg.link.amounts`: 0.85 ريال للسهم، الأتراك), and a body's or place's span ends
   before a time word (`kg.link.time_words`: مجلس الشورى | السابق) or a participle of the
   clause (`kg.link.clause_participles`: مجلة الفلان | الصادرة) or an epithet (`kg.link.epithets`: داعش | الإرهابي),
   and a body's span ends before the town it sits in (`kg.link.body_places`: جمعية البر | بالأحساء), a place's or
   body's before a person's name after it (`kg.link.trailing_persons`: بمنطقة عسير | يحيى الفلاني).
2. **The longest knowledge-base name wins** over the NER fragments inside it (بوينس / آيرس,
   الإمارات / العربية المتحدة): they become one mention of the known name.
3. **Split fragments are joined**: two mentions of one type separated by a space only (no
   comma, no و) are one name the tagger broke.
4. **Given names are absorbed** into a person's span when the word before it opens a person's
   name in the gold corpora (given_names.tsv, with counts), or when the article writes the
   same full name elsewhere.
5. **Institutions** (`kg.link.institution_spans`: `وزارة الخارجية الروسية`، `قناة الجزيرة`،
   `مجلس الأمن الدولي`) become ORG mentions: a head noun of organizations (mined: the first words
   of gold ORG names) followed by a name, or by construct words closed by a nisba adjective, or
   forming a phrase the gold corpora tag as one organization. A bare head (الوزارة) or a head with a
   common complement (مؤتمر صحفي) is not an entity. A definite head with naming adjectives and a ل-phrase is one too
   (`kg.link.body_grammar`: الهيئة العامة للإحصاء), and so is a charity's head, name and الخيرية
   (`kg.link.charity_names`).
6. **Person spans end at the name** (`kg.link.person_spans`), never on a name link (`kg.link.name_links`: آل | الشيخ):
   a title (with its place: والي سوسة | فلان), future verb or preposition swept into a person's span is cut off, and
   a name after a title or د. that the NER missed is a person when a given name or a KB name is its evidence
   (`kg.link.person_titles`), or set off by commas after a title phrase (`kg.link.person_appositions`:
   وزير الفلاحة، فلان الفلاني، أن), and so is a name right before an indefinite title head
   (`kg.link.person_before_title`: فلان الفلاني وزير النفط) or a monarch's name with its ordinal after a royal title
   (`kg.link.person_regnal`: الملكة فلانة الثانية); a conjunction on the first word of a listed person's name leaves
   its label (`kg.link.person_conjunctions`), and a describing word before the given name leaves the span
   (`kg.link.person_leads`: المخلوع، برئاسة، برحيل | الأسد); a span across a free pronoun or into ب + another person is
   split (`kg.link.person_pronouns`: فلان هو علان), and ends before على (`kg.link.person_ala`: فلان على تويتر); a KB
   person's family name written alone is a person (`kg.link.person_surnames`: وقال ترامب), or closes the span before
   it, and so is a woman's family name after a feminine verb of saying (`kg.link.person_speakers`: وقالت الفلاني إن),
   a family name of the raw news after a title or a verb of saying (`kg.link.person_family_names`: الدكتور الفلاني),
   and a bare word of a name's form closed after a verb of saying (`kg.link.person_bare_speakers`: وقال فلانوف:).
7. **Clitics left on one-word names** are cut from the label (`kg.link.clitic_labels`: لواشنطن), and a ل-initial head
   after ل gets its article back (`kg.link.lam_articles`: للجنة الوطنية → اللجنة الوطنية).
8. **Facilities named after royals** (`kg.link.eponyms`: مطار الملك عبدالعزيز) are one mention.
9. **Ministries without their head** (`kg.link.ministries`: الخارجية الروسية) are ORG mentions.
10. **Bodies whose head is a verbal noun** (`kg.link.institution_phrases`: رئاسة الحكومة، الديوان الملكي).
11. **Places after place heads** (`kg.link.place_heads`: محافظة القطيف; towns, villages and districts after their
    noun, `kg.link.town_heads`: بمحافظة المخواة، قرية المفتاحة، مديرية حرض), regions, chambers (`kg.link.regions`,
    `.chambers`).
12. **Bodies and facilities named by common words** (`kg.link.body_phrases`: مجلس الشعب، هيئة الهلال الأحمر),
    from a phrase list counted in the raw news and read by hand.
13. **Facilities named after a place or a name** (`kg.link.facilities`: مطار القاهرة الدولي، ميناء عدن)
    are one LOC mention, the place inside giving way.
14. **Bodies of a known organization** (`kg.link.sub_bodies`: برنامج الأمم المتحدة الإنمائي، مفوضية
    الاتحاد الأفريقي) are one ORG mention, not the organization inside.
15. **Forces, guards and coalitions** (`kg.link.armed_bodies`: القوات الجوية الملكية السعودية، حرس السواحل,
    التحالف الدولي ضد جماعة الفلاح) are one ORG mention, not the country of their nisba.
16. **A field of two nouns joined by و** (`kg.link.conjoined`: لحزب الكرامة | والتنمية) stays in the body's name.
17. **Bylines** (`kg.link.bylines`: `سامي الحداد- سبق- الرياض:`): the reporter, the outlet and the dateline city
    are typed by their place in the byline, never run together into one entity.
18. **Clubs** (`kg.link.clubs`: نادي الهلال) are one ORG mention over `نادي` and the club's name; a club's bare name
    after its team's, players' or coach's noun is one too (فريق الهلال، لاعبي النصر والهلال), and a league over
    `دوري` and its sponsor or region (دوري أبطال آسيا).
19. **Social media platforms** (`kg.link.platforms`: على تويتر) are ORG mentions, cut off the person before them.
20. **Quoted names** after a body's head or لـ (`kg.link.quoted_names`: صحيفة «فلان بوست»، لـ"الوطن") are one ORG
    mention over the quoted words.
21. **Local administrations named after their place** (`kg.link.local_bodies`: أمانة محافظة جدة، إمارة منطقة
    الباحة، إدارة تعليم جازان) are one ORG mention over the head and the place.
22. **Places listed among places** (`kg.link.listed_places`: في جازان، وصبيا، وضمد، وأبو عريش) are LOC mentions, and
    so is a town written before its division (`kg.link.towns_of_divisions`: بطبربة من ولاية منوبة).
23. **Descriptions are no names** (`kg.link.descriptions`: حزب سياسي، شركة صينية، الصحيفة الألمانية): a class noun
    with an adjective and no name is dropped, last, whatever stage made it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from kg.link.amounts import is_amount, nisba_alone
from kg.link.armed_bodies import armed_body_mentions
from kg.link.body_grammar import lam_fields, nisba_tokens
from kg.link.body_phrases import body_mentions
from kg.link.body_places import cut_body_places
from kg.link.bylines import byline_mentions
from kg.link.chambers import chamber_mentions
from kg.link.charity_names import charity_mentions
from kg.link.clause_participles import cut_participles
from kg.link.clitic_labels import clitic_free_label
from kg.link.clubs import club_mentions, league_mentions, sport_club_mentions
from kg.link.conjoined import conjoined_fields
from kg.link.definite_given_names import definite_given_mentions
from kg.link.delegations import delegation_adjectives
from kg.link.descriptions import drop_descriptions
from kg.link.dual_places import dual_place_mentions
from kg.link.epithets import cut_epithets
from kg.link.eponyms import eponym_mentions
from kg.link.facilities import facility_mentions
from kg.link.features import feature_mentions
from kg.link.gazetteer import GazetteerMatch
from kg.link.governor_holders import governor_holders
from kg.link.governorates import governorate_mentions
from kg.link.heads import body_head, common_noun, head_of, name_heads
from kg.link.homograph_places import homograph_place_mentions
from kg.link.institution_phrases import phrase_mentions
from kg.link.institution_spans import institutions, opens_with_clitic
from kg.link.lam_articles import lam_articles
from kg.link.lexicons import lexicons
from kg.link.listed_places import listed_place_mentions
from kg.link.local_bodies import local_body_mentions
from kg.link.longest_known import longest_known
from kg.link.ministries import elliptic_ministries
from kg.link.name_links import bridge_links, close_open_links
from kg.link.nisba_places import nisba_place_mentions
from kg.link.normalize import clitic_splits, fold_chars, match_key, name_offset, restored_article
from kg.link.person_ala import cut_at_ala
from kg.link.person_appositions import apposed_persons
from kg.link.person_bare_speakers import bare_speaker_mentions
from kg.link.person_before_title import names_before_titles
from kg.link.person_conjunctions import coordinated_labels
from kg.link.person_family_names import family_name_mentions
from kg.link.person_leads import cut_leading_descriptions
from kg.link.person_nasab import nasab_heads
from kg.link.person_pronouns import split_persons
from kg.link.person_regnal import regnal_mentions
from kg.link.person_spans import (
    cut_leading_known,
    cut_leading_nisba,
    drop_blessings,
    given_word,
    take_surnames,
    trim_person,
)
from kg.link.person_speakers import speaker_mentions
from kg.link.person_surnames import retyped_surnames, surname_mentions
from kg.link.person_titles import drop_abbreviations, titled_persons
from kg.link.place_heads import compass_places, headed_place_mentions
from kg.link.platforms import platform_mentions
from kg.link.quoted_names import quoted_mentions
from kg.link.regions import region_mentions
from kg.link.stations import station_mentions
from kg.link.sub_bodies import sub_body_mentions
from kg.link.time_words import cut_time_words
from kg.link.titled_given_names import titled_given_names
from kg.link.towns_of_divisions import town_mentions
from kg.link.trailing_persons import split_trailing_persons
from kg.link.zone_cities import zone_city_mentions
from kg.nlp.normalize import normalize
from kg.types import AnnotatedDocument, Mention

_WORD = re.compile(r"\w+")
_SPACE_ONLY = re.compile(r"[ \t\u00a0]+")

#: How many given names (or words of the article's full name) may be absorbed before a person.
MAX_ABSORBED = 2


@dataclass(frozen=True)
class _Tok:
    start: int  # original offsets
    end: int
    key: str
    text: str


def _tokens(text: str) -> list[_Tok]:
    norm = normalize(text)
    folded = fold_chars(norm.text)
    out = []
    for m in _WORD.finditer(folded):
        start, end = norm.to_original(m.start(), m.end())
        out.append(_Tok(start, end, match_key(m.group()), text[start:end]))
    return out


class _Doc:
    """The article's word tokens and sentences, for the repairs that look around a mention."""

    def __init__(self, annotated: AnnotatedDocument) -> None:
        self.text = annotated.document.text
        self.sentences = annotated.sentences
        self.toks = _tokens(self.text)
        self.at_start = {t.start: i for i, t in enumerate(self.toks)}
        self.at_end = {t.end: i for i, t in enumerate(self.toks)}

    def sentence(self, offset: int) -> int:
        return next((s.index for s in self.sentences if s.start <= offset < s.end), 0)

    def spaced(self, a: int, b: int) -> bool:
        """Only spaces between offsets a and b (no punctuation, no line break)."""
        return a <= b and (a == b or _SPACE_ONLY.fullmatch(self.text, a, b) is not None)

    def first_tok(self, offset: int) -> int | None:
        """The token that starts at, or contains, `offset`."""
        if offset in self.at_start:
            return self.at_start[offset]
        return next((i for i, t in enumerate(self.toks) if t.start <= offset < t.end), None)


def repair(annotated: AnnotatedDocument, ner: Sequence[Mention], hits: Sequence[GazetteerMatch],
           known: Callable[[str], bool], person_words: Collection[str] = (),
           given_names: Collection[str] = ()) -> list[Mention]:
    """The NER mentions repaired (see the module docstring); `hits` are the article's gazetteer
    hits (nisbas included), `known(label)` says whether a label is as a whole a knowledge-base name;
    `person_words` are the words of knowledge-base persons' names, `given_names` their first words."""
    doc = _Doc(annotated)
    names = [h for h in hits if not h.is_nisba and not h.homograph]
    def named(m: Mention) -> bool:
        return known(m.label) or known(m.text) or len(m.label.split()) != 1 or common_noun(m.label, m.ner_type) is None

    out = [_trim(c, doc, known) for m in ner if named(m) and not is_amount(doc, m) and not nisba_alone(m, hits)
           and (c := cut_epithets(doc, cut_participles(doc, cut_time_words(doc, m, known), known), known, hits))
           is not None and named(c)]
    out = cut_body_places(split_persons(out, doc, person_words), doc, hits)  # جمعية البر | بالأحساء
    out = split_trailing_persons(out, doc, hits)  # بمنطقة عسير | يحيى الفلاني
    qualifiers = {h.start for h in hits if h.is_nisba or h.kind == "Country"}
    places = {h.start for h in names if h.kind in ("Country", "City", "Place", "Region")}
    out = cut_at_ala([trim_person(m, doc, known, qualifiers, person_words, places) for m in out], doc, person_words,
                     qualifiers)
    nisbas = {h.start for h in hits if h.is_nisba}
    out = [cut_leading_nisba(m, doc, nisbas, known) for m in out]
    out = cut_leading_known(drop_abbreviations(drop_blessings(out, doc), doc), doc,
                            [(h.start, h.end) for h in names if h.kind != "Person"])
    out = cut_leading_descriptions(out, doc, known, person_words, given_names)
    out = [_unclitic_label(m, known) for m in out]
    labels = {match_key(m.label) for m in out if m.label == m.text}
    out = [clitic_free_label(m, known, labels) for m in out]
    out = longest_known(out, names)
    out = _join_fragments(out, doc, known)
    out = titled_given_names(doc, _absorb_given_names(out, doc), hits)
    out = governor_holders(definite_given_mentions(out, doc, hits), doc, hits)
    out = bridge_links(close_open_links(nasab_heads(out, doc), doc), doc)
    out = take_surnames(out, doc, known, {h.start for h in hits})
    out = titled_persons(out, doc, known, qualifiers, person_words, given_names,
                         blocked={h.start for h in names if h.kind != "Person"})
    out = apposed_persons(out, doc, known, person_words, given_names,
                          blocked={h.start for h in names if h.kind != "Person"})
    out = regnal_mentions(out, doc, known, blocked={h.start for h in names if h.kind != "Person"})
    out = names_before_titles(out, doc, person_words, blocked={h.start for h in names if h.kind != "Person"})
    out = coordinated_labels(out, doc, person_words)
    out = eponym_mentions(doc, out, given_names)
    out = facility_mentions(doc, out, names)
    out = armed_body_mentions(doc, body_mentions(doc, out, hits), hits)
    out = sub_body_mentions(doc, out, hits)
    out = lam_fields(doc, institutions(out, doc, hits, names, known), head_of, known, nisba_tokens(doc, hits))
    out = charity_mentions(doc, out)
    out = conjoined_fields(doc, out, body_head, known)  # إدارة X | والأمانة: no body, no field to extend
    out = elliptic_ministries(doc, out, hits, known)
    out = club_mentions(doc, station_mentions(doc, phrase_mentions(doc, out, names)))
    out = league_mentions(doc, sport_club_mentions(doc, out))
    out = nisba_place_mentions(doc, homograph_place_mentions(doc, out, hits), hits)
    out = dual_place_mentions(doc, out, hits)
    out = delegation_adjectives(doc, compass_places(doc, out + headed_place_mentions(doc, out, names), names))
    out = zone_city_mentions(doc, feature_mentions(doc, out, names), names)  # مدينة جازان الاقتصادية
    out = chamber_mentions(doc, region_mentions(doc, out, names), hits)
    out = local_body_mentions(doc, out, names)  # أمانة محافظة جدة: the body over its place
    out = listed_place_mentions(doc, out, names)  # في جازان، وصبيا، وضمد، وأبو عريش
    out = town_mentions(doc, out, names)  # بطبربة من ولاية منوبة
    out = governorate_mentions(doc, out, names)  # محافظ الزلفي الأستاذ X
    # last: a family name alone takes only a word that no body, place or other person holds
    starts = {h.start for h in hits}
    out = bare_speaker_mentions(speaker_mentions(out, doc, blocked=starts), doc, known, blocked=starts)
    out = family_name_mentions(out, doc, person_words, qualifiers, blocked={h.start for h in hits})
    other_kinds = {h.start for h in names if h.kind != "Person"}
    out = surname_mentions(retyped_surnames(out, blocked=other_kinds), doc, blocked=other_kinds)
    out = quoted_mentions(doc, platform_mentions(doc, out), names)
    out = byline_mentions(doc, out, names)  # a byline's parts are typed by their place in it
    out = lam_articles(doc.text, out, nisbas)  # للجنة الوطنية: ل + اللجنة الوطنية
    out = drop_descriptions(doc, out, hits, known)  # a class noun described, no name (حزب سياسي)
    return sorted(out, key=lambda m: (m.start, m.end))


_SPACED_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
#: Clause punctuation that never ends a name.
_TRAILING_PUNCT = frozenset("؛،,.:;!?؟")
#: One-letter conjunctions and prepositions: written alone (before a bracket or a quote) they end no name.
_LONE_CLITICS = frozenset("وفبلك")
#: A definite verbal noun of the مفاعلة shape (الموافقة، المصادقة) followed by على is the object of a decision
#: verb, not a word of the body's name before it (raw news: `قرر X Y الموافقة على` 62 times, kept out of the span).
_MUFAALA = re.compile(r"^الم\w{1,2}ا\w{2}ه$")
_ALA = re.compile(r"\s+على\b")
#: A one-letter word closed by a dot is a title's abbreviation (د. دكتور، م. مهندس، أ. أستاذ) opening the next
#: person's name, never the last word of a body's or a place's name (raw news: a body head, a word and `د.` 67
#: times, `zcat … | grep -oE "(وزارة|وزير|هيئة|مجلس|جامعة|مستشفى|مدير|شركة) [^ ]+ د\. ?[^ ]+"`).
_ABBREVIATION = re.compile(r"\s*\.")


def _trim(m: Mention, doc: _Doc, known: Callable[[str], bool]) -> Mention:
    """Cut a mention that runs on past its name: trailing clause punctuation, a lone one-letter clitic
    (`ل(وات)`), a title's one-letter abbreviation after a body (`وزارة الصحة د.`), a verbal noun taking على
    (`مجلس الوزراء الموافقة على`), at a spaced dash
    (فهد بن ناصر – حفظه الله), or before an inner word that opens a prepositional phrase
    (عسير بالجريسي: ب + الجريسي)."""
    cut = m.end
    while cut > m.start and doc.text[cut - 1] in _TRAILING_PUNCT:
        cut -= 1  # a clause mark the tokenizer left on the name (باريس؛)
    dash = _SPACED_DASH.search(m.text)
    if dash is not None:
        cut = m.start + dash.start()
    head, _, last = doc.text[m.start:cut].rstrip().rpartition(" ")
    if head.strip() and last.rstrip("\u0640") in _LONE_CLITICS:
        cut = m.start + len(head)  # a preposition cut off its word by a bracket or a tatweel: ميدا ل(وات)، لـ
    elif head.strip() and len(last) == 1 and m.ner_type in ("ORG", "LOC") and _ABBREVIATION.match(doc.text, cut):
        cut = m.start + len(head)  # a title's abbreviation before the next name: وزارة الصحة | د. فلان
    elif len(head.split()) >= 2 and _MUFAALA.match(match_key(last)) and _ALA.match(doc.text, cut):
        cut = m.start + len(head)  # the decision taken, not the body: قرر مجلس الوزراء | الموافقة على
    offset = m.start
    for n, word in enumerate(m.text[: cut - m.start].split(" ")):
        if n and word:
            for prefix, rest in clitic_splits(match_key(word), article=False)[1:]:
                # ب "in/at" only: names of bodies hold ل-phrases (الوكالة الدولية للطاقة الذرية), and in
                # a person's name only a known place or body counts (بالحاج is a Maghrebi surname)
                if prefix[-1:] == "ب" and len(rest) >= 3 and m.ner_type != "ORG" and (
                        known(rest) or (rest.startswith("ال") and m.ner_type == "LOC")):
                    cut = min(cut, offset - 1)
                    break
        offset += len(word) + 1
    if cut >= m.end:
        return m
    while cut > m.start and doc.text[cut - 1].isspace():
        cut -= 1
    if cut <= m.start:
        return m
    text = doc.text[m.start:cut]
    label = m.label[: len(m.label) - (m.end - cut)] if m.label.endswith(m.text[cut - m.start:]) else text
    return replace(m, end=cut, text=text, label=label.strip())


def _unclitic_label(m: Mention, known: Callable[[str], bool]) -> Mention:
    """Drop a conjunction or preposition the NLP stage left on a name's first word when the rest is a
    known given name, an institution or facility head (`kg.link.heads.name_heads`) or a knowledge-base name
    (وإبراهيم سلطان، لوزارة التعليم، بمدرسة الصحة العسكرية)."""
    first, sep, tail = m.label.partition(" ")
    if m.label != m.text:
        return m  # already split by the NLP stage
    for prefix, rest in clitic_splits(match_key(first), article=False)[1:]:
        if len(rest) < 3:
            continue
        base = rest[2:] if rest.startswith("ال") else rest
        fits = (m.ner_type == "PER" and given_word(rest)) or (m.ner_type != "PER" and base in name_heads()) \
            or known(rest + sep + match_key(tail))
        if fits:
            cut = name_offset(first, prefix)
            restored = restored_article(prefix)
            return replace(m, label=restored + first[cut:] + sep + tail)
    return m


def _join_fragments(ner: list[Mention], doc: _Doc, known: Callable[[str], bool]) -> list[Mention]:
    """Adjacent person or place mentions with only a space between them are one name the tagger
    split (بوينس | آيرس): the second a single word, the first at most two (not an address chain)."""
    out: list[Mention] = []
    for m in sorted(ner, key=lambda m: (m.start, m.end)):
        prev = out[-1] if out else None
        if (prev is not None and prev.ner_type == m.ner_type and prev.sentence == m.sentence
                and prev.end <= m.start and doc.spaced(prev.end, m.start)
                and m.ner_type in ("PER", "LOC") and len(m.text.split()) == 1 and len(prev.text.split()) <= 2
                and not (known(prev.label) or known(m.label)) and not opens_with_clitic(m, known)
                and match_key(m.text) not in lexicons().common_words):
            out[-1] = Mention(prev.start, m.end, doc.text[prev.start:m.end],
                              prev.label + doc.text[prev.end:m.end], m.ner_type,
                              min(prev.confidence, m.confidence), prev.sentence, source=prev.source)
            continue
        out.append(m)
    return out


def _absorb_given_names(ner: list[Mention], doc: _Doc) -> list[Mention]:
    """Extend a person's span over the given names the NER left out before it."""
    covered = {i for m in ner for i, t in enumerate(doc.toks) if m.start <= t.start and t.end <= m.end}
    full_names = {tuple(match_key(m.label).split()) for m in ner if m.ner_type == "PER"}
    given = lexicons().given_names
    out = []
    for m in ner:
        i = doc.first_tok(m.start)
        if m.ner_type != "PER" or i is None:
            out.append(m)
            continue
        words = tuple(match_key(m.label).split())
        # the article's longer spelling of this name: its leading words must stand right before it
        longer = [f[: len(f) - len(words)] for f in full_names
                  if len(f) > len(words) and f[len(f) - len(words):] == words]
        wanted = longer[0] if len(longer) == 1 else ()
        start, label_head, n = m.start, "", 0
        j = i - 1
        while j >= 0 and n < MAX_ABSORBED and j not in covered and doc.spaced(doc.toks[j].end, doc.toks[j + 1].start):
            tok = doc.toks[j]
            want = wanted[len(wanted) - 1 - n] if n < len(wanted) else None
            reading = next(((p, r) for p, r in clitic_splits(tok.key, article=False)
                            if (not p or len(r) >= 3) and (r == want or r in given
                                                           or given_word(r, tok.text))), None)
            if reading is None:
                break
            prefix, _ = reading
            cut = len(tok.text) - len(tok.text.lstrip()) + name_offset(tok.text, prefix)
            label_head = tok.text[cut:] + doc.text[tok.end:start] + label_head
            start = tok.start
            n += 1
            if prefix:
                break  # a clitic opens the phrase: nothing before it belongs to the name
            j -= 1
        if n:
            body = m.label if m.label == m.text else doc.text[m.start:m.end]
            m = replace(m, start=start, text=doc.text[start:m.end], label=label_head + body)
        out.append(m)
    return out


