"""Statements: who said what, according to which outlet → `Statement` facts.

News reports speech in a fixed frame: a reporting verb (قال، أكدت، أعلن، أضاف …), its
subject (a person, or an organization or state speaking as one: "أكد الكرملين"، "أفادت
وزارة الخارجية الروسية"), then the content after إن/أن or a colon and quotation marks, often
closed by an attribution ("حسبما ذكرت وكالة …"، "نقلا عن …"). A continuation verb with no
subject of its own ("وأضاف: …"، "مشيرا إلى أن …") keeps the previous speaker.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref, Statement
from kg.extract.officials import Officials
from kg.extract.text import DocView

#: A continuation verb with no subject refers to a speaker at most this many sentences back.
SPEAKER_REACH = 2
_SPEAKER_KINDS = ("Person", "Organization", "Country", "City", "Place")
_QUOTES = "\"'«»“”„"
_OPEN = {'"', "«", "“", "„", ":"}
_SOURCE_NOUNS = vocab.keys(("بيان", "البيان", "بيانا", "تصريح", "تصريحات", "مقال", "مقابلة", "تغريدة",
                            "منشور", "رسالة"))
_QAWL = vocab.keys(("قوله", "قولها", "قولهم", "قولهما"))
#: Words after a reporting verb that are not its subject ("قال للصحفيين", "أضاف في تصريح").
_PREPS = vocab.keys(("في", "على", "الى", "إلى", "ل", "للصحفيين", "للصحافيين", "خلال", "عن", "بعد", "قبل"))


def _speaker(view: DocView, off: Officials, first: int, last: int) -> Ref | None:
    """The subject of the reporting verb at token `first`, before its content starts: a
    person, an official (named before, or the state they speak for), a body ("الرئاسة
    الروسية"), an organization or a state."""
    toks = view.tokens
    end = next((t for t in range(first + 1, last + 1) if toks[t].key in _OPEN), last + 1) - 1
    for m in view.mentions_in(first + 1, end):
        if view.is_person(m):
            return view.ref(m)
    for title in off.titles:
        if first < title.first <= min(end, first + 2) and title.of is not None:
            return off.holder(title) or title.of  # "قال الرئيس الإيراني إن"
        if first < title.first <= min(end, first + 2) and (holder := off.holder(title)) is not None:
            return holder  # "وقال الرئيس إن": the one president the article named before
    for t in range(first + 1, end):
        if toks[t].is_(vocab.UNNAMED_SOURCES) and (nis := view.nisba(t + 1)) is not None:
            return nis[0]  # "نقلت رويترز عن مسؤول إسرائيلي قوله": the state speaks, unnamed
    t = first + 1
    while t <= end and t <= first + 3 and (toks[t].is_(_SOURCE_NOUNS) or toks[t].punct):
        t += 1
    if t <= end and toks[t].is_(vocab.BODIES) and (nis := view.nisba(t + 1)) is not None:
        return nis[0]  # "اعتبرت الرئاسة الروسية": the state speaks
    m = view.mention_at.get(t)
    if m is not None and t <= end:
        ref = view.ref(m)
        if ref.entity.kind in _SPEAKER_KINDS:
            return view.country_of(ref) if ref.entity.kind == "City" and view.country_of(ref) else ref
    return None


def _subject_before(view: DocView, s: int, before: int) -> Ref | None:
    """The subject named earlier in the sentence, before any reported content: a person
    ("وكان كيلوغ … صرّح بأنه"), or an organization or state right after the opening verb
    ("وحددت روسيا …، مؤكدة أن")."""
    toks = view.sentence_tokens(s)
    if not toks:
        return None
    start = toks[0].index
    stop = next((t.index for t in toks if t.index < before and (t.key in _OPEN or t.is_(vocab.COMPLEMENTIZERS))),
                before)
    for m in view.mentions_in(start, stop - 1):
        if view.is_person(m):
            return view.ref(m)
    for m in view.mentions_in(start, min(stop - 1, start + 2)):
        ref = view.ref(m)
        if ref.entity.kind in ("Organization", "Country"):
            return ref
    return None


def _outlet(view: DocView, s: int, speaker: Ref | None) -> tuple[Ref | None, str | None, int | None]:
    """The agency or outlet the sentence credits, its words, and the token where the
    attribution starts (content stops there)."""
    toks = view.sentence_tokens(s)
    for k, tok in enumerate(toks):
        if not tok.is_(vocab.OUTLET_NOUNS):
            continue
        start = k
        if k > 0 and toks[k - 1].is_(vocab.ATTRIBUTION):
            start = k - 1
        elif k > 1 and toks[k - 2].is_(vocab.ATTRIBUTION):
            start = k - 2
        for j in range(k, min(len(toks), k + 4)):
            m = view.token_mention.get(toks[j].index)
            if m is not None and view.mentions[m].ner_type in ("ORG", "MISC", "PER", "LOC"):
                ref = view.ref(m)
                if speaker is not None and ref.key == speaker.key:
                    return None, None, None
                last = view.mention_span[m][1]
                return ref, view.span_text(toks[k].index, last), toks[start].index
        last = toks[min(len(toks) - 1, k + 2)].index
        return None, view.span_text(tok.index, last), toks[start].index
    return None, None, None


def _content(view: DocView, segs: list[tuple[int, int]], k: int, stop: int | None) -> tuple[int, int] | None:
    """Token span of what segment k's speaker said: the complementizer clauses that follow
    (up to the next reporting verb or the attribution), or a quotation."""
    toks = view.tokens
    first, last = segs[k]
    start = None
    for t in range(first + 1, last + 1):  # "وأضاف: "…"" / "قال بيسكوف "…""
        if toks[t].key in _OPEN and (toks[t].key == ":" or t - 1 == first or t - 1 in view.token_mention
                                     or toks[t - 1].key in (":", "،", ",")):
            start = t + 1
            break
    nxt = k + 1
    while nxt < len(segs) and segs[nxt][0] == segs[nxt][1] and toks[segs[nxt][0]].is_(_QAWL):
        nxt += 1  # "… عن X قوله إن": قوله only introduces the words
    if start is None and nxt < len(segs) and toks[segs[nxt][0]].is_(vocab.COMPLEMENTIZERS):
        start = segs[nxt][0] + 1
    if start is None:
        return None
    end = last
    for a, b in segs[k + 1:]:  # up to the next reporting verb: "…، مشيرا إلى أن …" is a new statement
        if toks[a].is_(vocab.SAY_VERBS) or toks[a].is_(vocab.CONTINUE_VERBS):
            break
        end = b
    if stop is not None and start < stop <= end + 1:
        end = stop - 1
    while end >= start and (toks[end].punct and toks[end].key not in _QUOTES):
        end -= 1
    return (start, end) if end >= start else None


def extract_statements(view: DocView, off: Officials) -> list[Statement]:
    """Every reported statement, in text order."""
    out: list[Statement] = []
    last_speaker: tuple[int, Ref] | None = None
    seen: set[tuple[str, int]] = set()
    for s in sorted(view.by_sentence):
        segs = view.segments(s)
        for k, (first, last) in enumerate(segs):
            verb = view.tokens[first]
            say = verb.is_(vocab.SAY_VERBS)
            if not (say or verb.is_(vocab.CONTINUE_VERBS)):
                continue
            speaker = _speaker(view, off, first, last)
            nxt = view.tokens[first + 1] if first + 1 <= last else None
            bare = nxt is None or nxt.key in _OPEN or nxt.is_(vocab.COMPLEMENTIZERS) or nxt.is_(_PREPS)
            if speaker is None and (bare or not say):
                same = next((x.speaker for x in reversed(out) if x.evidence == s), None)
                speaker = same or _subject_before(view, s, first)  # "وحددت روسيا …، مؤكدة أن"
                if speaker is None and last_speaker is not None and s - last_speaker[0] <= SPEAKER_REACH:
                    speaker = last_speaker[1]  # "وأضاف: …"
            if speaker is None:
                continue
            outlet, outlet_text, stop = _outlet(view, s, speaker)
            span = _content(view, segs, k, stop)
            if span is None:
                continue
            a, b = span
            start, end = view.tokens[a].start, view.tokens[b].end
            quote = view.text[start:end].strip(_QUOTES + " ،,.")
            if len(quote.split()) < 2 or (speaker.key, start) in seen:
                continue
            lead = len(view.text[start:end]) - len(view.text[start:end].lstrip(_QUOTES + " ،,."))
            start += lead
            end = start + len(quote)
            seen.add((speaker.key, start))
            out.append(Statement(speaker, quote, start, end, s, verb.text, outlet, outlet_text))
            last_speaker = (s, speaker)
    return out
