"""Treaties and agreements (اتفاق، اتفاقية، معاهدة، مذكرة تفاهم، إعلان مشترك …) → `Treaty` facts.

A treaty noun opens a treaty; the words that continue its name make its label
("اتفاقية شراكة استراتيجية شاملة") and topic. Its parties are the states and organizations
in its clause: the signing verb's subject ("وقعت مصر والإمارات مذكرة تفاهم"), "بين X و Y",
"مع X", nisbas on the noun ("الاتفاق الروسي الإيراني"), capitals standing for their state
("بين موسكو وطهران"), officials standing for theirs ("يوقع الرئيس الإيراني … مع نظيره
الروسي"), and "البلدين" for the two countries the article is about. The status is read from
the nearest cue (وقعت → signed, سيوقع/لتوقيع → to be signed, مفاوضات → negotiating …);
duration ("تمتد لمدة 20 عاما"), number of articles ("47 مادة") and areas ("في مجالات
الدفاع والتجارة") from the rest of the sentence.

A definite treaty noun with no parties of its own ("الاتفاقية"، "هذه المعاهدة") is the
treaty the article already spoke of: its facts are added to it. Within an article the
same parties and a compatible topic are one treaty.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.extract import vocab
from kg.extract.dates import find_dates, nearest
from kg.extract.facts import TREATY_STATUSES, Ref, Treaty, When
from kg.extract.nisba import nisbas_after
from kg.extract.officials import Officials
from kg.extract.text import DocView, Tok
from kg.link.normalize import clitic_splits

_SKIP_IN_LABEL = {'"', "'", "«", "»", "“", "”"}
_LABEL_LINKS = vocab.keys(("على", "بشأن", "حول"))
_EXCLUDE_BEFORE = vocab.keys(("حول", "بشأن", "ضد", "عن", "تجاه", "إزاء", "بخصوص", "مثل", "في", "إلى", "الى",
                              "لدى", "وكالة", "صحيفة", "قناة", "بيان", "منذ", "داخل", "أراضي", "أراضيها",
                              "وفقا", "حسب", "بحسب", "لصالح"))
_PARTY_KINDS = ("Country", "Organization", "City", "Place")
_PARTNER = vocab.keys(("بين", "مع"))
#: After these, countries are what the treaty is compared with ("مثل ذلك القائم مع مينسك").
_COMPARISON = vocab.keys(("مثل", "غرار", "شبيه", "شبيها", "مماثل", "مماثلا", "كذلك", "بخلاف"))
_PLACE_PREP = vocab.keys(("في",))
_NOT_DURATION = vocab.keys(("منذ", "قبل", "بعد", "خلال", "أكثر", "حوالي", "نحو"))
_DEMONSTRATIVES = vocab.keys(("هذه", "هذا", "ذلك", "تلك", "هذين", "هاتين"))
_RANK = {s: i for i, s in enumerate(TREATY_STATUSES)}
_FUTURE_SIGN = vocab.keys(("ستوقع", "سيوقع", "ستوقعان", "سيوقعان", "سنوقع", "سيتم", "ستبرم", "سيبرم"))


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


_HEAD_WORDS = vocab.TREATY_NOUNS | vocab.MEMORANDUM | vocab.DECLARATION | vocab.PARTNERSHIP


def _without_clitics(tok: Tok, label: str) -> str:
    """The label without the proclitics on its first word: "واتفاقيتنا" → "اتفاقيتنا", "للاتفاق" → "الاتفاق"."""
    for prefix, rest in clitic_splits(tok.key, article=False):
        if rest in _HEAD_WORDS and prefix:
            return "ال" + label[len(prefix):] if prefix.endswith("لل") else label[len(prefix):]
        if rest in _HEAD_WORDS:
            return label
    return label


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
        if tok.is_(vocab.TREATY_NOUNS):
            pass
        elif tok.is_(vocab.MEMORANDUM) and t + 1 <= last and toks[t + 1].is_(vocab.MEMORANDUM_OF):
            memorandum, end = True, t + 1
        elif tok.is_(vocab.DECLARATION) and t + 1 <= last and toks[t + 1].is_(vocab.DECLARATION_OF):
            end = t + 1
        elif tok.is_(vocab.PARTNERSHIP) and t + 1 <= last and toks[t + 1].is_(vocab.STRATEGIC) and not any(
                x.is_(vocab.TREATY_NOUNS) for x in toks[max(first, t - 3):t]) and any(
                x.is_(vocab.TREATY_CUES["signed"]) or x.is_(vocab.TREATY_CUES["to-be-signed"])
                for x in toks[first:last + 1]):
            end = t  # "توقيع … شراكة استراتيجية": a partnership signed is a treaty
        else:
            t += 1
            continue
        label_end = end
        j = end + 1
        while j <= last and j - end <= 6:
            nxt = toks[j]
            if nxt.key in _SKIP_IN_LABEL or (nxt.is_(_LABEL_LINKS) and j + 1 <= last
                                             and toks[j + 1].is_(vocab.TREATY_MODIFIERS)):
                j += 1
                continue
            if nxt.is_(vocab.TREATY_MODIFIERS) and j not in view.nisba_at:
                label_end = j
                j += 1
                continue
            break
        label_toks = toks[t:label_end + 1]
        label = _without_clitics(tok, view.span_text(t, label_end)).strip("".join(_SKIP_IN_LABEL) + " ")
        definite = any(f.startswith("ال") for f in tok.forms) or (t > first and toks[t - 1].is_(_DEMONSTRATIVES))
        out.append(_Trigger(t, label_end, label, _topic(label_toks), memorandum, definite))
        t = label_end + 1
    return out


def _status(view: DocView, trig: _Trigger, first: int, last: int) -> str:
    """The status cue closest to the treaty noun in its clause (future turns signed into to-be-signed)."""
    toks = view.tokens
    best: tuple[int, str] | None = None
    compare = next((t for t in range(trig.last + 1, last + 1) if toks[t].is_(_COMPARISON)), last + 1)
    for t in range(first, compare):
        if trig.first <= t <= trig.last:
            continue
        tok = toks[t]
        status = None
        if tok.is_(_FUTURE_SIGN):
            status = "to-be-signed"
        else:
            for name, cues in vocab.TREATY_CUES.items():
                if tok.is_(cues):
                    status = name
                    break
        if status is None:
            continue
        if status == "signed" and (tok.future or any(x.is_(vocab.PLANNED_CUES) for x in toks[first:t])):
            status = "to-be-signed"
        distance = trig.first - t if t < trig.first else t - trig.last
        if best is None or distance < best[0]:
            best = (distance, status)
    return best[1] if best else "mentioned"


def _person_countries(view: DocView, off: Officials) -> dict[str, Ref]:
    """Each official's country (from any post in the article), by person entity key."""
    out: dict[str, Ref] = {}
    for post in off.posts:
        if post.of is not None:
            country = view.country_of(post.of)
            if country is not None:
                out.setdefault(post.person.key, country)
    return out


def _gap(sentence: int, other: int) -> int | None:
    """How far back `other` is from `sentence` (the next sentence counts as 2, later ones not)."""
    if other == sentence + 1:
        return 2
    return sentence - other if 0 <= sentence - other <= 3 else None


def _both(view: DocView, off: Officials, t: int) -> list[Ref]:
    """"البلدين" at token t: the two countries named nearest to it — in its sentence first
    (either side), then in the sentences before — by name, capital, nisba or official."""
    people = _person_countries(view, off)
    sentence = view.tokens[t].sentence
    found: list[tuple[tuple[int, int], Ref]] = []
    for i in view.mention_span:
        a = view.mention_span[i][0]
        gap = _gap(sentence, view.tokens[a].sentence)
        if gap is None or (a > 0 and view.tokens[a - 1].is_(_PLACE_PREP)):
            continue  # "في بكين": where, not who
        ref = view.ref(i)
        country = people.get(ref.key) if view.is_person(i) else view.country_of(ref)
        if country is not None:
            found.append(((gap, abs(a - t)), country))
    for a in view.nisba_at:
        gap = _gap(sentence, view.tokens[a].sentence)
        if gap is not None and (nis := view.nisba(a)) is not None and nis[0].entity.kind == "Country":
            found.append(((gap, abs(a - t)), nis[0]))
    pair: dict[str, Ref] = {}
    for _, ref in sorted(found, key=lambda x: x[0]):
        pair.setdefault(ref.key, ref)
        if len(pair) == 2:
            return list(pair.values())
    return []


def _signing_words(view: DocView, first: int, last: int) -> list[int]:
    """Tokens of signing verbs and nouns (وقعت، سيوقع، توقيع، أبرمت) in tokens first..last."""
    return [t for t in range(first, last + 1)
            if view.tokens[t].is_(vocab.TREATY_CUES["signed"]) or view.tokens[t].is_(vocab.TREATY_CUES["to-be-signed"])
            or view.tokens[t].is_(_FUTURE_SIGN)]


def _prev(view: DocView, a: int, first: int, off: Officials) -> int:
    """The token before a, skipping the title and honorifics that introduce a name."""
    j = a - 1
    while j >= first and (j in off.covered or view.tokens[j].is_(vocab.HONORIFICS)
                          or view.tokens[j].key in _SKIP_IN_LABEL or view.tokens[j].key in ("،", ",")):
        j -= 1
    return j


def _parties(view: DocView, off: Officials, first: int, last: int, trig: _Trigger) -> dict[str, Ref]:
    """States and organizations tied to the treaty noun: after بين/مع, the signing verb's
    subject, those coordinated with them, nisbas on the noun; officials stand for their state."""
    toks = view.tokens
    out: dict[str, Ref] = {}

    def add(ref: Ref | None) -> None:
        if ref is not None:
            out.setdefault(ref.key, ref)

    refs, _ = nisbas_after(view, trig.last + 1)  # "الاتفاق الروسي الإيراني"
    for ref in refs:
        add(ref)
    signing = _signing_words(view, first, last)
    cues = signing + [t for t in range(first, last + 1) if toks[t].is_(vocab.TREATY_CUES["negotiating"])]
    people = _person_countries(view, off)
    chained = False
    compare = next((t for t in range(trig.last + 1, last + 1) if toks[t].is_(_COMPARISON)), last + 1)
    for m in view.mentions_in(first, compare - 1):
        a, b = view.mention_span[m]
        if trig.first <= a <= trig.last:
            continue
        j = _prev(view, a, first, off)
        prev = toks[j] if j >= first else None
        text = view.mentions[m].text
        by_and = text.startswith("و") or (j + 1 < a and toks[j + 1].key.startswith("و"))
        excluded = prev is not None and prev.is_(_EXCLUDE_BEFORE)  # "في موسكو", "بشأن أوكرانيا"
        tied = not excluded and (
            (prev is not None and prev.is_(_PARTNER))
            or (b < trig.first and any(c < trig.first and not a <= c <= b for c in cues))  # subject
            or (prev is not None and j in cues)  # "التي وقعتها روسيا"
            or (chained and by_and)
        )
        chained = tied
        if not tied:
            continue
        if any(t.is_(vocab.BOTH_PARTIES) for t in toks[a:b + 1]):
            for ref in _both(view, off, a) if len(out) < 2 else ():
                add(ref)
            continue
        if view.is_person(m):
            title = off.title_of_mention.get(m)
            country = view.country_of(title.of) or title.of if title is not None and title.of else people.get(
                view.ref(m).key)
            add(country)
            continue
        ref = view.ref(m)
        if ref.entity.kind not in _PARTY_KINDS:
            continue
        if ref.entity.kind == "City":
            ref = view.country_of(ref)  # "بين موسكو وطهران": the capitals stand for the states
        add(ref)
    for t in range(first, last + 1):  # "بين البلدين" when the NER made no mention of it
        if toks[t].is_(vocab.BOTH_PARTIES) and t not in view.token_mention and t > first and \
                toks[_prev(view, t, first, off)].is_(_PARTNER):
            for ref in _both(view, off, t) if len(out) < 2 else ():
                add(ref)
    own = next((t for t in range(first, trig.first) if toks[t].is_(vocab.OWN_COUNTRY)), None)
    if own is not None:  # "قالت وزيرة الخارجية الأسترالية … إن بلادها ستوقع": Australia
        sent = view.sentence_tokens(toks[own].sentence)
        for m in view.mentions_in(sent[0].index, own - 1):
            title = off.title_of_mention.get(m)
            country = (view.country_of(title.of) if title is not None and title.of else None) or people.get(
                view.ref(m).key)
            if country is not None:
                add(country)
                break
    if not out and signing:  # "يجري الرئيس الإيراني … ويوقع معاهدة": the officials who sign
        for m in view.mentions_in(first, last):
            title = off.title_of_mention.get(m)
            if title is not None and title.of is not None:
                add(view.country_of(title.of) or title.of)
    return out


def _place(view: DocView, first: int, last: int) -> Ref | None:
    for m in view.mentions_in(first, last):
        a, _ = view.mention_span[m]
        ref = view.ref(m)
        if ref.entity.kind in ("City", "Place") and a > first and view.tokens[a - 1].is_(_PLACE_PREP):
            return ref
    return None


def _attributes(view: DocView, first: int, last: int, label_tokens: list[Tok]) -> tuple[int | None, int | None, list[str]]:
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


def _compatible(a: _Draft, b_parties: dict[str, Ref], topic: str, memorandum: bool, anaphoric: bool) -> bool:
    """Same treaty: same instrument, compatible topic, same parties (or, for "المعاهدة",
    some of the parties already known: "قبل التوقيع على المعاهدة" with one of them named)."""
    if a.memorandum != memorandum or not (a.topic == topic or "general" in (a.topic, topic)):
        return False
    return set(a.parties) == set(b_parties) or (anaphoric and set(b_parties) < set(a.parties))


def extract_treaties(view: DocView, off: Officials) -> list[Treaty]:
    """Every treaty the article speaks of, one record per treaty."""
    drafts: list[_Draft] = []
    for s in sorted(view.by_sentence):
        sent = view.sentence_tokens(s)
        if not sent:
            continue
        sent_last = sent[-1].index
        for first, last in view.segments(s):
            triggers = _triggers(view, first, last)
            previous: dict[str, Ref] = {}
            for k, trig in enumerate(triggers):
                coordinated = k + 1 < len(triggers) and triggers[k + 1].first == trig.last + 1 \
                    and view.tokens[triggers[k + 1].first].key.startswith("و")
                stop = triggers[k + 1].first - 1 if k + 1 < len(triggers) and not coordinated else last
                start = first if k == 0 else trig.first
                parties = _parties(view, off, start, stop, trig)
                if not parties and k > 0 and trig.first == triggers[k - 1].last + 1 \
                        and view.tokens[trig.first].key.startswith("و"):
                    parties = dict(previous)  # "وقعت الجزائر وإيطاليا 15 اتفاقية ومذكرة تفاهم"
                previous = parties
                status = _status(view, trig, first, last)
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
                if not parties and drafts:  # "الاتفاقية"، "هذه المعاهدة": the one already told of
                    target = next((d for d in reversed(drafts) if d.memorandum == trig.memorandum and (
                        d.topic == trig.topic or "general" in (d.topic, trig.topic))), None)
                    if target is None and trig.anaphoric and trig.topic == "general":
                        target = drafts[-1]
                elif parties:
                    target = next((d for d in reversed(drafts)
                                   if _compatible(d, parties, trig.topic, trig.memorandum, trig.anaphoric)), None)
                if target is not None:
                    _absorb(target, s, status, trig, date, place, duration, articles, areas)
                    drafts.remove(target)  # the last treaty spoken of is the one "الاتفاقية" means
                    drafts.append(target)
                    continue
                if not parties and trig.topic == "general":
                    continue  # "اتفاق" alone, nothing known about it: not a fact
                drafts.append(_Draft(parties, status, trig.label, trig.topic, trig.memorandum, {s}, date, place,
                                     duration, articles, areas))
    out = []
    for d in sorted(drafts, key=lambda d: min(d.evidence)):
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
