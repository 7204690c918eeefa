"""The paragraph's home country, from where the paper says the news comes from.

A national outlet writes its own government's officials without the country: a Tunisian wire's "أفاد
وزير الفلاحة، X، …", a Saudi paper's "وزير الخارجية X". The annotation guide still gives them their
country. Where the news comes from is the surest sign of which country that is, surer than the one
country the paragraph happens to name (often a partner: "سبق- الرياض: بحث وزير الخارجية X مع فرنسا …"
is the Saudi minister, not the French one). Two signs, agreeing:

- a dateline city at the paragraph's head, before a dash, a colon or a bracketed agency mark
  ("الرياض - واس -"، "سبق- الدمام:"، "تونس (وات) -"، "فهد العتيبي- سبق- أبها:"): the city's country (KB);
- the state news agency or national outlet the paragraph credits (`kg.extract.agencies`).

When both are given they must name one country ("باريس - واس -": a Saudi wire's report from Paris
may be about either state's minister, so neither is taken). `kg.extract.post_of` gives this country,
before the article-wide guesses, to a national office written without a country (ministers,
secretaries of state …) that the text, the KB and the title's own words leave without one; never
to a counterpart's. Raw corpus (dev lines left out): 1,214 paragraphs credit the outlet "سبق" in a
dateline, 97 "واس", 77 "(وات)" (`lexicon/news_agencies.tsv`); 1,185 saudinewsnet paragraphs open with a
"سبق"/"واس" dateline naming a place before a colon (الرياض 315، جدة 140، أبها 61، جازان 60 …; القاهرة 36,
where the city's and the outlet's countries differ and neither is taken).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.agencies import agency_countries
from kg.extract.facts import Post
from kg.extract.text import DocView

#: How sure the `of` given from the paragraph's home country is: as sure as the article's one named
#: country or the credited agency's (`kg.extract.post_of`), which it is tried before.
HOME_COUNTRY = 0.5

#: Posts outside the national offices that news writes bare for its own country, given the home country
#: and the article's one country like them: a member of parliament ("النائب X", `kg.extract.body_titles`:
#: Lebanese, Tunisian and Kuwaiti members in the raw corpus, "النائب" + a given name about 130 lines).
HOME_MEMBERS = frozenset({"member-of-parliament"})

#: What may stand before a dateline city: up to two short dash- or colon-ended heads (a reporter's
#: name, an outlet or agency: "فهد العتيبي- سبق- ").
_HEAD = re.compile(r"^\s*(?:[^\s:،.\-–ـ()]+(?:\s+[^\s:،.\-–ـ()]+){0,2}\s*[-–ـ:]\s*){0,2}$")
#: What follows a dateline city: a dash, a colon, or a bracketed agency mark ("تونس (وات)").
_TAIL = re.compile(r"^\s*(?:[-–ـ:]|\(\s*[^\s()]{2,8}\s*\))")
#: A dateline stands within the paragraph's first characters.
_REACH = 60


def dateline_country(view: DocView) -> str | None:
    """The KB id of the country of the city the paragraph's dateline names, if any."""
    for i, m in enumerate(view.mentions):
        if m.start > _REACH or i not in view.mention_span or view.is_person(i):
            continue
        if not (_HEAD.match(view.text[:m.start]) and _TAIL.match(view.text[m.end:])):
            continue
        ref = view.ref(i)
        if ref.entity.kind == "Country":
            return ref.kb_id
        entry = view.kb_entry(ref)
        if entry is not None and entry.kind == "City" and entry.country:
            return entry.country
    return None


def in_dateline(view: DocView, i: int) -> bool:
    """Mention i stands in the paragraph's dateline head, before its dash or colon ("واس- نيويورك:"،
    "الرياض - واس -"): where the news comes from and who carries it, never an actor of the news."""
    m = view.mentions[i]
    return m.start <= _REACH and bool(_HEAD.match(view.text[:m.start])) \
        and bool(re.match(r"^\s*[-–ـ:]", view.text[m.end:]))


def credited_countries(view: DocView) -> list[str]:
    """The KB ids of the countries of the agencies the paragraph credits (`agency_countries`), none where
    its dateline city is another country's: "سبق- القاهرة:" is a Saudi outlet's report from Egypt."""
    dateline = dateline_country(view)
    agencies = agency_countries(view.text)
    return agencies if dateline is None or dateline in agencies else []


def home_country(view: DocView) -> tuple[str, str] | None:
    """(KB country id, the evidence in words) of the paragraph's home: its dateline city's country and
    the country of the news agency it credits, where these name exactly one country."""
    dateline = dateline_country(view)
    agencies = agency_countries(view.text)
    found = {*agencies, *([dateline] if dateline else [])}
    if len(found) != 1:
        return None
    signs = [*(["its dateline city"] if dateline else []), *(["the news agency it credits"] if agencies else [])]
    return next(iter(found)), " and ".join(signs)


def home_post(view: DocView, post: Post) -> Post | None:
    """`post` of the paragraph's home country (`home_country`), if it has one in the KB."""
    found = home_country(view)
    country = view.kb.get(found[0]) if found is not None else None
    if found is None or country is None:
        return None
    ref = view.kb_ref(country)
    return replace(post, of=ref, of_source="article", of_confidence=HOME_COUNTRY,
                   of_evidence=f"the paragraph's home country by {found[1]}: {ref.entity.label} "
                               f"(kg.extract.home_country)")
