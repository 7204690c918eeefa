"""The article's two sides, for "البلدين"/"الجانبين" and a treaty's implicit counterpart.

`located_in` reads the place phrase that locates a body ("وزارة العدل بالجمهورية التونسية"،
"الهيئة العامة للطيران المدني في السعودية، ووكالة …"), so a list of parties goes on past it.
`both` resolves "البلدين" at a token to the two countries named nearest to it in its sentence,
else to the article's main pair (the countries it names most often, by name, capital, nisba
or official). `person_countries` gives each official's country. Split from
`kg.extract.treaty_parties`, whose clause roles use them.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.officials import Officials
from kg.extract.text import DocView

_PLACE_PREP = vocab.keys(("في",))


def located_in(view: DocView, t: int, stop: int) -> tuple[Ref, int] | None:
    """The country or city a body named just before token t is located in, written "في X" or
    "بـX" (a clitic ب on the place's mention), and the token after that place; None when t
    opens no such phrase."""
    toks = view.tokens
    if t > stop:
        return None
    start = t + 1 if toks[t].is_(_PLACE_PREP) else t
    m = view.mention_at.get(start)
    if m is None or view.mention_span[m][1] > stop:
        return None
    ref = view.ref(m)
    if ref.entity.kind not in ("Country", "City"):
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
    official), the earlier one first on a tie."""
    people = person_countries(view, off)
    sentence = view.tokens[t].sentence
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
