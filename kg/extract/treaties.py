"""Treaties and agreements (اتفاق، اتفاقية، معاهدة، مذكرة تفاهم، إعلان مشترك …) → `Treaty` facts.

A treaty noun opens a treaty; the words that continue its name make its label
("اتفاقية شراكة استراتيجية شاملة") and topic. Its parties are the states and organizations
in its clause: the signing verb's subject ("وقعت مصر والإمارات مذكرة تفاهم"), "بين X و Y",
"مع X", nisbas on the noun ("الاتفاق الروسي الإيراني"), capitals standing for their state
("بين موسكو وطهران"), officials standing for theirs ("يوقع الرئيس الإيراني … مع نظيره
الروسي"), and "البلدين" for the two countries the article is about. The status is read from
the nearest cue (وقعت → signed, سيوقع/لتوقيع → to be signed, مفاوضات → negotiating …;
`kg.extract.treaty_status`);
duration ("تمتد لمدة 20 عاما"), number of articles ("47 مادة") and areas ("في مجالات
الدفاع والتجارة") from the rest of the sentence.

A declaration named by its city ("إعلان القاهرة"، "إعلان الرياض") is a treaty like "اتفاق باريس";
"إعلان" before a country is that country's announcement and opens nothing.

A definite treaty noun with no parties of its own ("الاتفاقية"، "هذه المعاهدة") is the
treaty the article already spoke of: its facts are added to it. Within an article the
same parties and a compatible topic are one treaty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract import vocab
from kg.extract.dates import find_dates, nearest
from kg.extract.facts import TREATY_STATUSES, Ref, Treaty, When
from kg.extract.officials import Officials
from kg.extract.text import DocView, Tok
from kg.extract.treaty_clubs import club_sides
from kg.extract.treaty_deals import DEAL_NOUNS, generic_sides, is_deal
from kg.extract.treaty_kingdom import with_kingdom
from kg.extract.treaty_parties import Parties
from kg.extract.treaty_split import split_counterparts
from kg.extract.treaty_status import CUES as _CUES
from kg.extract.treaty_status import LEX, is_signing_act, next_clause, signing_words, status_near
from kg.extract.treaty_status import NOUNS as _NOUNS
from kg.extract.treaty_status import SIGN_VERBS as _SIGN_VERBS
from kg.extract.treaty_verbs import verb_at
from kg.extract.treaty_words import HAS_PRONOUN, PLACE_PREP
from kg.extract.treaty_words import SKIP_IN_LABEL as _SKIP_IN_LABEL
from kg.link.normalize import clitic_splits

_MEMORANDUM = LEX.pairs("memorandum")  # مذكرة → تفاهم، التفاهم …
_COMPOUND = LEX.pairs("compound")  # إعلان → مشترك …، برنامج → تنفيذي، عقد → شراكة
_MODIFIERS = vocab.TREATY_MODIFIERS | LEX.keys("modifier")
_MODIFIERS = _MODIFIERS | frozenset(m + "ا" for m in _MODIFIERS if m.endswith("ي"))  # اتفاقا أمنيا
#: "اتفاق" as consensus: "تم الاتفاق على"، "الاتفاق على أهمية"، "بالاتفاق مع".
_AGREE = vocab.keys(("اتفاق", "الاتفاق"))
_ON = vocab.keys(("على", "عليه", "عليها", "عليهما"))
_CONSENSUS_BEFORE = LEX.keys("consensus-before")
_CONSENSUS_AFTER = LEX.keys("consensus-after")
_LABEL_LINKS = vocab.keys(("على", "بشأن", "حول"))
_NOT_DURATION = vocab.keys(("منذ", "قبل", "بعد", "خلال", "أكثر", "حوالي", "نحو"))
_DEMONSTRATIVES = vocab.keys(("هذه", "هذا", "ذلك", "تلك", "هذين", "هاتين"))
#: "عقد رعاية": a club or federation and its sponsor company sign it, never a state; a state its
#: nisbas give ("الشركة القطرية"، "الفريق الفرنسي") is not a party (raw news "عقد رعاية" 21, "عقد الرعاية" 9).
_SPONSORSHIP = vocab.keys(("رعاية", "الرعاية"))
_RANK = {s: i for i, s in enumerate(TREATY_STATUSES)}
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b|[١٢][٠٩][٠-٩][٠-٩]")


@dataclass
class _Draft:
    """A treaty as it is being assembled from one or more sentences."""

    parties: dict[str, Ref]
    status: str
    label: str
    topic: str
    memorandum: bool
    evidence: set[int]
    date: When | None = None
    place: Ref | None = None
    duration: int | None = None
    articles: int | None = None
    areas: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Trigger:
    first: int  # first token of the treaty noun phrase
    last: int  # last token of its label
    label: str
    topic: str
    memorandum: bool
    anaphoric: bool  # definite or demonstrative, names no party: refers back
    bodies_only: bool = False  # a sponsorship contract: its parties are bodies, not states
    deal: bool = False  # a contract or deal (عقد، صفقة): only its named parties, none guessed


def _number(tok: Tok) -> int | None:
    for f in tok.forms:
        if f.isdigit():
            return int(f)
        if f in vocab.NUMBER_WORDS:
            return vocab.NUMBER_WORDS[f]
    return None


def _topic(tokens: list[Tok]) -> str:
    found = {tok.which(vocab.TOPICS) for tok in tokens} - {None}
    return next((t for t in vocab.TOPIC_PRIORITY if t in found), "general")


_HEAD_WORDS = _NOUNS | vocab.MEMORANDUM | vocab.DECLARATION | vocab.PARTNERSHIP | frozenset(_MEMORANDUM) \
    | frozenset(_COMPOUND) | DEAL_NOUNS


def _pair(tok: Tok, nxt: Tok | None, table: dict[str, frozenset[str]]) -> bool:
    """tok and nxt are a two-word head of `table` (clitics allowed on the first word)."""
    return nxt is not None and any(f in table and nxt.is_(table[f]) for f in tok.forms)


def _consensus(toks: list[Tok], t: int, first: int, last: int) -> bool:
    """"اتفاق" at t means agreeing, not an agreement: "تم الاتفاق على"، "الاتفاق على أهمية"،
    "بالاتفاق مع"."""
    tok = toks[t]
    if not tok.is_(_AGREE):
        return False
    nxt = toks[t + 1] if t + 1 <= last else None
    if tok.key.startswith("بال") and nxt is not None and nxt.key == "مع":
        return True
    j = t - 1
    while j >= first and toks[j].is_(vocab.TODAY | vocab.YESTERDAY):
        j -= 1
    if j >= first and toks[j].is_(_CONSENSUS_BEFORE) and not tok.key.startswith("و"):
        return True
    after = toks[t + 2] if t + 2 <= last else None
    if nxt is not None and nxt.is_(_ON) and after is not None and after.is_(_CONSENSUS_AFTER):
        return True
    # "اتفاق الجانبين (المصري والسعودي) على …": the two sides agreeing, not a document
    return nxt is not None and nxt.is_(vocab.BOTH_PARTIES) and any(
        x.is_(_ON) for x in toks[t + 2:min(last, t + 6) + 1]) and not any(
        x.is_(_CUES["signed"]) or x.is_(_CUES["to-be-signed"]) for x in toks[first:last + 1])


def _without_clitics(tok: Tok, label: str) -> str:
    """The label without the proclitics on its first word: "واتفاقيتنا" → "اتفاقيتنا", "للاتفاق" → "الاتفاق"."""
    for prefix, rest in clitic_splits(tok.key, article=False):
        if rest in _HEAD_WORDS and prefix:
            return "ال" + label[len(prefix):] if prefix.endswith("لل") else label[len(prefix):]
        if rest in _HEAD_WORDS:
            return label
    return label


def _city_after(view: DocView, t: int, last: int) -> int | None:
    """The last token of a city mention starting at token t (quotes allowed before it), else None.

    "إعلان" before a city names a declaration the way "اتفاق باريس" names an agreement: raw
    corpus "إعلان القاهرة" 140, "إعلان الرياض" 19 (a country after it is its announcement:
    "إعلان تركيا أن …", so only a city names one)."""
    while t <= last and view.tokens[t].key in _SKIP_IN_LABEL:
        t += 1
    m = view.mention_at.get(t) if t <= last else None
    if m is None or view.ref(m).entity.kind != "City":
        return None
    end = view.mention_span[m][1]
    return end if end <= last else None


def _triggers(view: DocView, first: int, last: int) -> list[_Trigger]:
    toks = view.tokens
    out: list[_Trigger] = []
    t = first
    while t <= last:
        tok = toks[t]
        m = view.token_mention.get(t)
        if m is not None and view.mentions[m].ner_type == "PER" or tok.punct:
            t += 1
            continue
        memorandum = False
        end = t
        nxt = toks[t + 1] if t + 1 <= last else None
        if tok.is_(_NOUNS):
            if _consensus(toks, t, first, last):
                t += 1
                continue
            if _pair(tok, nxt, _COMPOUND):
                end = t + 1  # "بروتوكول اتفاق": one instrument, not two treaty nouns splitting the clause
        elif (tok.is_(vocab.MEMORANDUM) and nxt is not None and nxt.is_(vocab.MEMORANDUM_OF)) \
                or _pair(tok, nxt, _MEMORANDUM):
            memorandum, end = True, t + 1
        elif (tok.is_(vocab.DECLARATION) and nxt is not None and nxt.is_(vocab.DECLARATION_OF)) \
                or _pair(tok, nxt, _COMPOUND):
            end = t + 1
        elif tok.is_(vocab.DECLARATION) and (city_end := _city_after(view, t + 1, last)) is not None:
            end = city_end  # "إعلان القاهرة"، "إعلان الرياض": a declaration named by its city
        elif tok.is_(vocab.PARTNERSHIP) and t + 1 <= last and toks[t + 1].is_(vocab.STRATEGIC) and not any(
                x.is_(_NOUNS) for x in toks[max(first, t - 3):t]) and any(
                x.is_(_CUES["signed"]) or x.is_(_CUES["to-be-signed"]) for x in toks[first:last + 1]):
            end = t  # "توقيع … شراكة استراتيجية": a partnership signed is a treaty
        elif is_deal(view, t, first, last):
            end = t  # "وقعت شركة X عقدا مع Y"، "الصفقة التي أبرمتها الدولة X مع Y" (kg.extract.treaty_deals)
        else:
            t += 1
            continue
        label_end = end
        j = end + 1
        while j <= last and j - end <= 6:
            nxt = toks[j]
            if nxt.key in _SKIP_IN_LABEL or (nxt.is_(_LABEL_LINKS) and j + 1 <= last
                                             and toks[j + 1].is_(_MODIFIERS)):
                j += 1
                continue
            if nxt.is_(_MODIFIERS) and j not in view.nisba_at:
                label_end = j
                j += 1
                continue
            break
        label_toks = toks[t:label_end + 1]
        label = _without_clitics(tok, view.span_text(t, label_end)).strip("".join(_SKIP_IN_LABEL) + " ")
        definite = any(f.startswith("ال") for f in tok.forms) or (t > first and toks[t - 1].is_(_DEMONSTRATIVES))
        sponsorship = end == t + 1 and toks[end].is_(_SPONSORSHIP)
        deal = end == t and tok.is_(DEAL_NOUNS)
        out.append(_Trigger(t, label_end, label, _topic(label_toks), memorandum, definite, sponsorship, deal))
        t = label_end + 1
    return [x for k, x in enumerate(out) if not (x.deal and _listed(view, out, k))]


def _listed(view: DocView, triggers: list[_Trigger], k: int) -> bool:
    """Trigger k is coordinated with a treaty noun next to it ("ووقعت عقود ومذكرات تفاهم"، "اتفاقيات
    وعقود"): one list of instruments, which the treaty noun carries."""
    toks = view.tokens
    before = k > 0 and triggers[k - 1].last + 1 == triggers[k].first and toks[triggers[k].first].key.startswith("و")
    after = k + 1 < len(triggers) and triggers[k].last + 1 == triggers[k + 1].first \
        and toks[triggers[k + 1].first].key.startswith("و")
    return (before and not triggers[k - 1].deal) or (after and not triggers[k + 1].deal)


def _place(view: DocView, first: int, last: int) -> Ref | None:
    for m in view.mentions_in(first, last):
        a, _ = view.mention_span[m]
        ref = view.ref(m)
        if ref.entity.kind in ("City", "Place") and a > first and view.tokens[a - 1].is_(PLACE_PREP):
            return ref
    return None


def _attributes(view: DocView, first: int, last: int,
                label_tokens: list[Tok]) -> tuple[int | None, int | None, list[str]]:
    """Duration in years, number of articles and areas stated in tokens first..last."""
    toks = view.tokens
    duration = articles = None
    areas: list[str] = []
    for tok in label_tokens:
        code = tok.which(vocab.AREAS)
        if code and code not in areas:
            areas.append(code)
    intro_until = -1
    for t in range(first, last + 1):
        tok = toks[t]
        n = _number(tok)
        nxt = toks[t + 1] if t + 1 <= last else None
        if n is not None and nxt is not None:
            before = toks[max(first, t - 3):t]
            with_clitic = tok.key != tok.forms[-1]  # "لـ20 عاما": the ل is on the number
            if nxt.is_(vocab.YEAR_UNITS) and duration is None and not any(b.is_(_NOT_DURATION) for b in before) \
                    and (with_clitic or any(b.is_(vocab.DURATION_INTRO) for b in before)):
                duration = n
            elif nxt.is_(vocab.ARTICLE_UNITS) and articles is None:
                articles = n
        if tok.is_(vocab.AREA_INTRO):
            intro_until = t + 12
        if t <= intro_until:
            code = tok.which(vocab.AREAS)
            if code and code not in areas:
                areas.append(code)
    return duration, articles, areas


def treaty_key(draft: _Draft, view: DocView) -> str:
    """Identity across articles: the kind of instrument, its topic and its parties.

    A treaty has no single date in the news (negotiated, signed, ratified over years), so
    the date is not part of it; two treaties between the same parties on the same topic
    are rare. Without parties a treaty stays local to its article.
    """
    parts = ["treaty", "memorandum" if draft.memorandum else "agreement", draft.topic]
    if draft.parties:
        parts.append(",".join(sorted(draft.parties)))
    else:
        parts.append(f"article:{view.doc.id}")
    return "|".join(parts)


def dates_differ(a: When | None, b: When | None) -> bool:
    """Two signing dates that cannot be one day, each written with its year ("في 2 ديسمبر 2015"):
    "2015-12-02" and "2001-12-25" differ; "2015-12" and "2015-12-02" do not. A date without its
    year ("(20 يناير)", "اليوم") is too often another event's near the treaty noun to tell."""
    if a is None or b is None or not a.iso or not b.iso or not (_YEAR.search(a.text) and _YEAR.search(b.text)):
        return False
    return not (a.iso.startswith(b.iso) or b.iso.startswith(a.iso))


def _compatible(a: _Draft, b_parties: dict[str, Ref], topic: str, memorandum: bool, anaphoric: bool,
                date: When | None = None, status: str = "") -> bool:
    """Same treaty: same instrument, compatible topic, same parties (or, for "المعاهدة",
    some of the parties already known: "قبل التوقيع على المعاهدة" with one of them named).

    A treaty noun that is not a reference back, signed (past) on another date than the draft
    was signed, is another treaty between the same parties ("اتفاقية التعاون الأمني الموقعة في 2001 …
    ووقعت الحكومتان بروتوكول التعاون … في 2015")."""
    if a.memorandum != memorandum or not (a.topic == topic or "general" in (a.topic, topic)):
        return False
    if not anaphoric and status == a.status == "signed" and dates_differ(a.date, date):
        return False
    return set(a.parties) == set(b_parties) or (anaphoric and set(b_parties) < set(a.parties))


def extract_treaties(view: DocView, off: Officials) -> list[Treaty]:
    """Every treaty the article speaks of, one record per treaty."""
    drafts: list[_Draft] = []
    finder = Parties(view, off, _SIGN_VERBS, _NOUNS, verb=lambda t: verb_at(view, t, _NOUNS) is not None)
    for s in sorted(view.by_sentence):
        sent = view.sentence_tokens(s)
        if not sent:
            continue
        sent_last = sent[-1].index
        for first, last in view.segments(s):
            triggers = _triggers(view, first, last)
            previous: dict[str, Ref] = {}
            previous_draft: _Draft | None = None
            signing = signing_words(view, first, last)
            for k, trig in enumerate(triggers):
                coordinated = k + 1 < len(triggers) and triggers[k + 1].first == trig.last + 1 \
                    and view.tokens[triggers[k + 1].first].key.startswith("و")
                stop = triggers[k + 1].first - 1 if k + 1 < len(triggers) and not coordinated else last
                if k + 1 < len(triggers) and not coordinated:
                    stop = next_clause(view, trig.last, stop, signing) - 1
                start = first if k == 0 else triggers[k - 1].last + 1
                clause_signing = [t for t in signing if start <= t <= stop]
                parties = finder.find(start, stop, trig.first, trig.last, clause_signing)
                parties = with_kingdom(view, trig.last, stop, parties)  # "بين المملكة والجزائر"
                if trig.bodies_only:
                    parties = {k: r for k, r in parties.items() if r.entity.kind != "Country"}
                clubs = not trig.deal and club_sides(view, first, last)  # a player's deal (kg.extract.treaty_clubs)
                if clubs:
                    parties = {}
                if trig.deal:  # a contract's sides are named in its clause, not guessed ("بين الطرفين")
                    parties = {} if generic_sides(view, first, last) else {
                        k: r for k, r in parties.items()
                        if r.mention is None or first <= view.mention_span[r.mention][0] <= last}
                joined = k > 0 and trig.first == triggers[k - 1].last + 1 \
                    and view.tokens[trig.first].key.startswith("و")
                if not parties and joined:
                    parties = dict(previous)  # "وقعت الجزائر وإيطاليا 15 اتفاقية ومذكرة تفاهم"
                previous = parties
                if joined and previous_draft is not None and set(parties) == set(previous_draft.parties):
                    # instruments coordinated in one clause, same parties: one record
                    previous_draft.evidence.add(s)
                    continue
                status = status_near(view, trig, first, last)
                next_trigger = min((x.first for x in _triggers(view, last + 1, sent_last)), default=sent_last + 1)
                duration, articles, areas = _attributes(
                    view, trig.first, min(sent_last, next_trigger - 1) if k + 1 == len(triggers) or coordinated
                    else stop, view.tokens[trig.first:trig.last + 1])
                date = place = None
                if status in ("signed", "to-be-signed"):
                    found = nearest(find_dates(view, first, last, future=status == "to-be-signed"), trig.first)
                    date = found.when if found else None
                    place = _place(view, first, last)
                target = None
                if (trig.deal or clubs) and not parties:
                    previous_draft = None
                    continue  # a contract no party of which is named: a player's, a tender's
                if not parties and drafts:  # "الاتفاقية"، "هذه المعاهدة": the one already told of
                    target = next((d for d in reversed(drafts) if d.memorandum == trig.memorandum and (
                        d.topic == trig.topic or "general" in (d.topic, trig.topic))), None)
                    if target is None and trig.anaphoric and trig.topic == "general":
                        target = drafts[-1]
                elif parties:
                    target = next((d for d in reversed(drafts) if _compatible(
                        d, parties, trig.topic, trig.memorandum, trig.anaphoric, date, status)), None)
                if target is None and not trig.deal and not clubs:  # a new treaty: the side its clause leaves implicit
                    acts = any(is_signing_act(view, t, start) for t in clause_signing) or any(  # not "الموقعة"
                        view.tokens[t].is_(HAS_PRONOUN) for t in range(first, trig.first))  # "ولديها … مع الصين"
                    parties = finder.complete(parties, trig.first, start, acts,
                                              guess=not trig.anaphoric, trig_last=trig.last)
                    if trig.bodies_only:
                        parties = {k: r for k, r in parties.items() if r.entity.kind != "Country"}
                    target = next((d for d in reversed(drafts) if parties and set(d.parties) == set(parties)
                                   and _compatible(d, parties, trig.topic, trig.memorandum, trig.anaphoric,
                                                   date, status)), None)
                if target is not None:
                    _absorb(target, s, status, trig, date, place, duration, articles, areas)
                    drafts.remove(target)  # the last treaty spoken of is the one "الاتفاقية" means
                    drafts.append(target)
                    previous_draft = target
                    continue
                if not parties and trig.topic == "general":
                    previous_draft = None
                    continue  # "اتفاق" alone, nothing known about it: not a fact
                # "اتفاقيات مع أ وب": one instrument per counterpart (kg.extract.treaty_split)
                for side in split_counterparts(view, trig.first, trig.last, start, stop, parties) or [parties]:
                    previous_draft = _Draft(side, status, trig.label, trig.topic, trig.memorandum, {s}, date, place,
                                            duration, articles, list(areas))
                    drafts.append(previous_draft)
    out = []
    for d in sorted(drafts, key=lambda d: min(d.evidence)):
        if len(d.parties) == 1:
            continue  # one side only ("الاتفاق النووي مع إيران"): a treaty is between two, not a fact
        out.append(Treaty(
            parties=tuple(d.parties.values()), status=d.status, label=d.label, evidence=tuple(sorted(d.evidence)),
            key=treaty_key(d, view), topic=d.topic, memorandum=d.memorandum, date=d.date, place=d.place,
            duration_years=d.duration, article_count=d.articles, areas=tuple(d.areas)))
    return _merge_keys(out)


def _absorb(d: _Draft, s: int, status: str, trig: _Trigger, date: When | None, place: Ref | None,
            duration: int | None, articles: int | None, areas: list[str]) -> None:
    d.evidence.add(s)
    if _RANK[status] < _RANK[d.status]:
        d.status = status
    if d.topic == "general" and trig.topic != "general":
        d.topic, d.label = trig.topic, trig.label
    d.date = d.date or date
    d.place = d.place or place
    d.duration = d.duration or duration
    d.articles = d.articles or articles
    d.areas.extend(a for a in areas if a not in d.areas)


def _merge_keys(treaties: list[Treaty]) -> list[Treaty]:
    """Drafts that ended with the same identity key are one treaty."""
    merged: dict[str, Treaty] = {}
    for t in treaties:
        old = merged.get(t.key)
        if old is not None and old.status == t.status == "signed" and dates_differ(old.date, t.date):
            # signed on two dates: two treaties (kept apart in the drafts too)
            t = replace(t, key=f"{t.key}|{t.date.iso}" if t.date else t.key)
            old = merged.get(t.key)
        if old is None:
            merged[t.key] = t
            continue
        merged[t.key] = replace(
            old, status=min(old.status, t.status, key=_RANK.__getitem__),
            evidence=tuple(sorted({*old.evidence, *t.evidence})), date=old.date or t.date,
            place=old.place or t.place, duration_years=old.duration_years or t.duration_years,
            article_count=old.article_count or t.article_count,
            areas=old.areas + tuple(a for a in t.areas if a not in old.areas))
    return list(merged.values())
