"""The article's two sides, for "البلدين"/"الجانبين" and a treaty's implicit counterpart.

`located_in` reads the place phrase that locates a body ("وزارة العدل بالجمهورية البرتغالية"،
"الهيئة العامة للطيران المدني في السعودية، ووكالة …"), so a list of parties goes on past it.
`both` resolves "البلدين" at a token to the two countries named nearest to it in its sentence,
else to the article's main pair (the countries it names most often, by name, capital, nisba
or official). `person_countries` gives each official's country. `state_in_name` and
`state_after_body` read the state a government's name holds ("حكومة الجمهورية البرتغالية") or
that follows it past quotes ("وحكومة جمهورية «أفريقيا الوسطى»"); `with_after_area` lets a
signing clause's مع reach past the treaty's area phrase; `own_body` reads "أن الهيئة ستوقع" as
the body the speaker heads. Split from
`kg.extract.treaty_parties`, whose clause roles use them.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView
from kg.extract.treaty_words import PLACE_PREP
from kg.link.normalize import match_key

_PLACE_PREP = vocab.keys(("في",))
#: Adjectives a body's name may end with before the place that locates it ("الاتحادية"، "العامة").
_BODY_ADJECTIVES = 2
#: Quotes the NER leaves between a government and its state's name ("وحكومة جمهورية «أفريقيا الوسطى»").
_QUOTES = frozenset('"\'«»“”')
#: "the two sides", not "the two countries": "اتفاقية … بين الطرفين" after "الاتحاد الإقليمي وبلد آخر".
_SIDES = vocab.keys(("الطرفين", "الطرفان", "الجانبين", "الجانبان", "الشريكين"))
#: "الهيئة"، "المركز" as a subject: the body of that kind the speaker heads (`own_body`).
INSTITUTION_NOUNS = vocab.keys(("الهيئة", "المركز", "الوزارة", "الشركة", "المؤسسة", "الجمعية", "الجامعة",
                                "المنظمة", "الاتحاد", "البنك", "الصندوق", "المجموعة", "اللجنة", "الغرفة"))


def state_in_name(view: DocView, a: int, b: int) -> Ref | None:
    """The state a government's or ministry's name spans a..b names inside it, when the KB lacks
    the body: "حكومة الجمهورية البرتغالية" → Portugal, "حكومة الصين الشعبية" → China (the state's
    name after the body noun, found by the gazetteer as a name or a nisba)."""
    if b <= a:
        return None
    for hit in view.gazetteer.find(view.span_text(a + 1, b)):
        entry = view.kb.get(hit.entry_id)
        if entry is not None and entry.kind == "Country":
            return view.kb_ref(entry, hit.text)
    return None


def state_after_body(view: DocView, b: int) -> Ref | None:
    """The state named right after a bare state-body mention ending at token b, across quotes:
    "وحكومة جمهورية | «أفريقيا الوسطى»" (a place the KB lacks stands as the NER saw it)."""
    t = b + 1
    while t < len(view.tokens) and view.tokens[t].text in _QUOTES:
        t += 1
    n = view.mention_at.get(t)
    if n is None or view.mentions[n].ner_type == "PER":
        return None
    ref = view.ref(n)
    if ref.entity.kind == "Country":
        return ref
    if ref.entity.kind == "Place" and t > b + 1:
        return view.country_of(ref) or ref
    return None


def with_after_area(view: DocView, t: int, trig_first: int, trig_last: int, verbs: list[int],
                    partner: frozenset[str], reach: int = 14) -> bool:
    """Token t is the مع of a signing clause (verb before the noun) that follows the treaty's
    area phrase: "وقعت X مذكرة تفاهم في مجال الأبحاث والتطوير في قطاع التوزيع مع Y". The area
    phrase opens right after the label (في، مجال، للتعاون …) and names no entity; a purpose
    clause ("بهدف … والتكامل مع برامج …"), a comma or another مع/بين ends the clause's reach."""
    toks = view.tokens
    if toks[t].key != "مع" or not any(v < trig_first for v in verbs) or not 6 < t - trig_last <= reach:
        return False
    if not toks[trig_last + 1].is_(vocab.AREA_INTRO):
        return False
    return not any(k in view.token_mention or toks[k].punct or toks[k].is_(partner) for k in range(trig_last + 1, t))


def located_in(view: DocView, t: int, stop: int) -> tuple[Ref, int] | None:
    """The country or city a body named just before token t is located in, written "في X" or
    "بـX" (a clitic ب on the place's mention), and the token after that place; None when t
    opens no such phrase."""
    toks = view.tokens
    if t > stop:
        return None
    j = t  # "ووزارة الزراعة الاتحادية في جمهورية النمسا": the body's own adjectives, then في
    while j - t < _BODY_ADJECTIVES and j <= stop and j not in view.token_mention and toks[j].key.startswith("ال") \
            and toks[j].key.isalpha() and not toks[j].is_(_PLACE_PREP):
        j += 1
    if j > t and (j > stop or not toks[j].is_(_PLACE_PREP)):
        j = t
    t = j
    start = t + 1 if toks[t].is_(_PLACE_PREP) else t
    m = view.mention_at.get(start)
    if m is None or view.mention_span[m][1] > stop:
        return None
    ref = view.ref(m)
    if ref.entity.kind not in ("Country", "City", "Place"):  # Place: a state the KB lacks ("في البيرو")
        return None
    text = view.mentions[m].text
    if start == t and not (text[:1] == "ب" and not ref.entity.label.startswith("ب")):
        return None  # a place right after a body without في or ب is a party of its own
    return ref, view.mention_span[m][1] + 1


def person_countries(view: DocView, off: Officials) -> dict[str, Ref]:
    """Each official's country (from any post in the article), by person entity key."""
    out: dict[str, Ref] = {}
    for post in off.posts:
        if post.of is not None:
            country = view.country_of(post.of)
            if country is not None:
                out.setdefault(post.person.key, country)
    return out


def both(view: DocView, off: Officials, t: int) -> list[Ref]:
    """"البلدين" at token t: the two countries named nearest to it in its sentence, else the
    article's main pair — the countries it names most often (by name, capital, nisba or
    official), the earlier one first on a tie. For "الطرفين/الجانبين" (sides, not countries) a
    body the KB knows counts as a side too ("الاتحاد الإقليمي وبلد آخر … بين الطرفين")."""
    people = person_countries(view, off)
    sentence = view.tokens[t].sentence
    bodies = view.tokens[t].is_(_SIDES)  # "الطرفين": a side may be a body the KB knows (the EU)
    local: list[tuple[int, Ref]] = []
    count: dict[str, int] = {}
    first_at: dict[str, int] = {}
    refs: dict[str, Ref] = {}

    def seen(a: int, ref: Ref) -> None:
        count[ref.key] = count.get(ref.key, 0) + 1
        first_at.setdefault(ref.key, a)
        refs.setdefault(ref.key, ref)
        if view.tokens[a].sentence == sentence:
            local.append((abs(a - t), ref))

    for i in sorted(view.mention_span, key=lambda i: view.mention_span[i][0]):
        a = view.mention_span[i][0]
        if a > 0 and view.tokens[a - 1].is_(_PLACE_PREP):
            continue  # "في بكين": where, not who
        ref = view.ref(i)
        country = people.get(ref.key) if view.is_person(i) else view.country_of(ref)
        if country is None and bodies and ref.entity.kind == "Organization" and view.kb_entry(ref) is not None:
            country = ref
        if country is not None:
            seen(a, country)
    for a in sorted(view.nisba_at):
        if (nis := view.nisba(a)) is not None and nis[0].entity.kind == "Country":
            seen(a, nis[0])
    pair: dict[str, Ref] = {}
    for _, ref in sorted(local, key=lambda x: x[0]):
        pair.setdefault(ref.key, ref)
    if len(pair) >= 2:
        return list(pair.values())[:2]
    for key in sorted(count, key=lambda k: (-count[k], first_at[k])):
        pair.setdefault(key, refs[key])
        if len(pair) == 2:
            return list(pair.values())
    return []


def named_after(view: DocView, t: int, stop: int, reach: int = 5) -> int | None:
    """After an unnamed side opening at token t ("بين القوى الست الكبرى وإيران"), the first
    mention within `reach` tokens that carries و: the named side (None across punctuation, or
    when a nisba names the first side: "بين الحكومة الأردنية ووزارة …")."""
    toks = view.tokens
    for k in range(t + 1, min(stop, t + reach) + 1):
        if toks[k].punct or view.nisba(k) is not None:
            return None
        if k in view.mention_at and toks[k].key.startswith("و"):
            return k
    return None


def named_for(view: DocView, trig_last: int) -> frozenset[str]:
    """The city (and its state) right after a treaty noun names the treaty, not a party:
    "اتفاق فيينا"، "اتفاقية جنيف"، "اتفاق باريس للمناخ"."""
    m = view.mention_at.get(trig_last + 1)
    if m is None:
        return frozenset()
    ref = view.ref(m)
    if ref.entity.kind not in ("City", "Place"):
        return frozenset()
    country = view.country_of(ref)
    return frozenset({ref.key} | ({country.key} if country is not None else set()))


def own_body(view: DocView, off: Officials, verb: int, first: int) -> Ref | None:
    """A bare definite institution noun as the subject of a signing verb ("أن الهيئة ستوقع"،
    "أن المركز وقع"): the body of that kind an official of this sentence or the two before
    holds a post in ("رئيسة هيئة الحقيقة والكرامة"), the nearest one."""
    toks = view.tokens
    noun = next((j for j in (verb - 1, verb + 1) if first <= j < len(toks) and j not in view.token_mention
                 and toks[j].key.startswith("ال") and toks[j].is_(INSTITUTION_NOUNS)), None)
    if noun is None:
        return None
    head = toks[noun].key[2:]
    sentence = toks[verb].sentence
    found = [post for post in off.posts if post.of is not None and post.of.entity.kind == "Organization"
             and sentence - 2 <= post.evidence <= sentence
             and match_key(post.of.entity.label.split()[0]).removeprefix("ال") == head]
    return max(found, key=lambda post: post.evidence).of if found else None


def own_states(view: DocView, ref: Ref) -> frozenset[str]:
    """The state a body that is a party belongs to, which cannot be its counterpart: the KB's
    `stands_for`, or a nisba right after its mention ("شركة «روسنفت» الروسية"، "البنك الأهلي المصري")."""
    out: set[str] = set()
    if ref.entity.kind != "Organization":
        return frozenset()
    if (country := view.country_of(ref)) is not None:
        out.add(country.key)
    if ref.mention is not None:
        t = view.mention_span[ref.mention][1] + 1
        while t < len(view.tokens) and view.tokens[t].text in _QUOTES:
            t += 1
        if (nis := view.nisba(t)) is not None:
            out.add(nis[0].key)
    return frozenset(out)


def nearby_parties(view: DocView, off: Officials, party_of: Callable[[int], Ref | None], t: int) -> frozenset[str]:
    """States and bodies that token t's sentence or the one before names as possible
    actors: by name (not after في), capital, or an official's state or title."""
    named, nisbas = named_near(view, off, party_of, t)
    return frozenset(named | {key for _, key in nisbas})


def named_near(view: DocView, off: Officials, party_of: Callable[[int], Ref | None],
               t: int) -> tuple[set[str], list[tuple[int, str]]]:
    """What token t's sentence or the one before names: the keys of its states and bodies by name
    (not after في), capital or an official's title, and (token, key) of each nisba."""
    sentence = view.tokens[t].sentence
    out: set[str] = set()
    nisbas: list[tuple[int, str]] = []
    for s in (sentence, sentence - 1):
        toks = view.sentence_tokens(s)
        if not toks:
            continue
        lo, hi = toks[0].index, toks[-1].index
        for m in view.mentions_in(lo, hi):
            a, _ = view.mention_span[m]
            if a > lo and view.tokens[a - 1].is_(PLACE_PREP):
                continue
            ref = party_of(m)
            if ref is not None:
                out.add(ref.key)
        for title in off.titles:
            if lo <= title.first <= hi and title.of is not None:
                out.add((view.country_of(title.of) or title.of).key)
        for a in view.nisba_at:
            if lo <= a <= hi and (nis := view.nisba(a)) is not None:
                nisbas.append((a, nis[0].key))
    return out, nisbas
