"""The country or body of a post the article writes without one.

News often leaves `of` out: an Egyptian outlet writes "الرئيس فلان الفلاني", a Saudi one
"ولي العهد" or "وزير الخارجية". Three sources can still give it, tried in this order:

0. the side phrase whose list of officials the title stands in ("حضره من الجانب الأمريكي X، وY":
   `kg.extract.side_phrases`), for a national office; the officials listed before such a phrase in its
   sentence never take its state from the article-wide guesses below;

1. the knowledge base of office holders: the person is linked to a KB person who held that very
   post (same KB role) and the article's date falls in the term. Without a publication date the
   title and the KB agreeing is accepted at a lower confidence (lower still for a past term);
2. the KB person's country, for national offices (head of state or government, ministers,
   ambassadors …), where the post's `of` is the holder's own country — unless the KB dates the
   person's terms in that post and none covers the article's date;
   2b. for a national office held at home, the state of the ruling house the person's name says he is of
   (`kg.extract.royal_houses`: "الأمير X بن Y بن عبدالعزيز ولي العهد"، "X آل نهيان");
3. for a national office, the country of the article's other posts written without a country,
   where the KB places them all in one (news leaves out its own country: a Saudi outlet's
   "وزير الخارجية سامي الحداد … وزير الثقافة والإعلام X": X is Saudi too);
   3b. for a minister, heir or member of parliament, the paragraph's home country: its dateline's and its
   credited agency's (`kg.extract.home_country`: "سبق- الرياض: بحث وزير الخارجية X مع فرنسا": not France's);
4. for a national office or an MP, the one country the article names (a Saudi outlet's "وزير العمل" in an
   article that names only Saudi Arabia, Riyadh or "خادم الحرمين الشريفين"); never for a
   counterpart ("نظيره"), who is of another country by definition. An office only one kind of state
   has takes the one such state among those named ("الملك X" in a story that names Egypt, Iran and
   one kingdom: the kingdom's);
5. for a minister or heir left without a country by all of the above, the country of the one
   state news agency the paragraph credits (`kg.extract.agencies`: "في تصريح لـ(وات)"), else of the
   one state whose government web address it gives (`kg.extract.gov_domains`: "www.moe.gov.sa");
6. for such a title still without one, the one state whose own divisions the paragraph names with
   their administrative noun (`kg.extract.home_regions`: "مدارس منطقة جازان"، "في ولاية صفاقس").
   Such a division also counts as naming its state in step 4;
7. for such a title still without one, the one state the article names as a state (not by a city)
   that no title of the article states as its country: the paper's own officials go bare, the
   foreign ones carry their country ("استقبل وزير الثقافة X وزير الخارجية الفلاني Y");
8. for a minister with a portfolio still without one, the one country whose holder of that
   portfolio (in office on the article's date; undated: at any time) has the person's name in English
   (`kg.link.portfolio_holders`: Wikidata's ministers of 33 countries, the Arabic name aligned with the
   English one by `kg.link.arabic_latin`): "وزير الصحة فلان الفلاني" where one country's health minister
   is *Fulan al-Fulani*. This step is tried right after step 3, before the article-wide guesses (4-7): a
   name that one country's holder of the portfolio has is surer than the one country a story names ("وصل
   وزير الصحة X إلى مصر": X is not Egypt's minister when Jordan's health minister has his name). A title
   that names its country by a deictic word takes the holder's country when it fits the word.

A title that names its country by a deictic word ("وزير خارجية المملكة"، "أمير البلاد") takes only a
country that fits the word (3. and 4. above for such a country); when none does, it stays without one:
the one country of a story about Russia is not the kingdom its title speaks of. "المملكة" in an article
that names no kingdom at all is Saudi Arabia, the kingdom the news calls so (`kg.extract.news_kingdom`).

(Within the article, a later bare "الرئيس" means the one holder named before:
`Officials.holder`. The article's unnamed "الرئيس المصري" does not give a named "الرئيس X" its
country: the two need not be one person.)

A governor's post whose title names the division with its administrative noun ("أمير منطقة الرياض")
is of that division, not of the city the title's place mention links to (`kg.extract.divisions`).

Each filled post keeps where its `of` came from (`Post.of_source`), how sure that is
(`of_confidence`, written as `kg:linkConfidence`) and why, in words (`of_evidence`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.extract import vocab
from kg.extract.divisions import division_post
from kg.extract.facts import Post, Ref
from kg.extract.gov_domains import gov_domain_countries
from kg.extract.home_country import HOME_MEMBERS, credited_countries, home_post
from kg.extract.home_regions import region_countries
from kg.extract.news_kingdom import KINGDOM, named_as, names_kingdom, news_kingdom
from kg.extract.own_country import own_countries
from kg.extract.posting_country import not_the_host, without_posting
from kg.extract.royal_houses import house_country
from kg.extract.side_phrases import in_side, not_the_other_side, sides
from kg.extract.text import DocView
from kg.extract.titles import Title
from kg.link.kb import KBEntry
from kg.link.kb import Post as KBPost
from kg.link.normalize import match_key
from kg.link.portfolio_holders import find as find_holder
from kg.types import kb_key

#: Confidence of `of` by its source: a dated term that covers the article; a current term, or a
#: past one, when the article's date (or the term's start) is unknown; the person's country; the article's one country.
KB_DATED = 0.95
KB_UNDATED = 0.75
KB_PAST_UNDATED = 0.6
PERSON_COUNTRY = 0.7
ARTICLE_COUNTRY = 0.5
IMPLICIT_HOME = 0.6
#: A member of a ruling house by his name (step 2b).
ROYAL_HOUSE = 0.6
AGENCY_COUNTRY = 0.5
REGION_COUNTRY = 0.45
UNCLAIMED_COUNTRY = 0.4
#: A portfolio holder's English name matched (step 8): in office on the article's date; undated article.
NAME_DATED = 0.7
NAME_UNDATED = 0.55


def fill_of(view: DocView, posts: list[Post], titled: frozenset[tuple[str, str | None, str]] = frozenset(),
            deictic: Mapping[tuple[str, str, str | None], str] | None = None,
            claims: Sequence[tuple[str, str | None]] = ()) -> list[Post]:
    """`posts` with a missing `of` filled where a source allows. `titled`: the (role, portfolio,
    of) the article's titles state with their country (its own post of that country is not
    given to a bare title's holder: "قال الرئيس الأمريكي … واستقبل الرئيس X"). `deictic`: the
    posts whose title names its country as "المملكة"، "البلاد" …, by (person, role, portfolio).
    `claims`: (of, holder) of every title that states its country or body (`claims_of`)."""
    found = sides(view)  # "من الجانب الأمريكي X، وY": the side's state, before any other source
    posts = [in_side(view, p, found) if p.of is None and _in_office_of(p) else p for p in posts]
    posts = [(_from_kb(view, p) or _from_person(view, p) or _from_house(view, p) or p) if p.of is None
             else division_post(view, p) for p in posts]
    implicit = _implicit_home(posts)
    out = []
    home: list[Ref] | None = None
    for post in posts:
        word = (deictic or {}).get((post.person.key, post.role, post.portfolio))
        if post.of is None and word is not None and not _dated_elsewhere(view, post):
            home = _countries(view) if home is None else home
            hosts = without_posting(view, post, home)  # "سفير المملكة لدى المملكة الفلانية": not the host's
            post = _from_deictic(view, post, word, hosts) or post
            if post.of is None and implicit is not None and post.role in _HOME_ROLES:
                post = _from_deictic(view, post, word, [implicit]) or post
            if post.of is None:  # step 8, where the holder's country fits the word ("وزير خارجية المملكة X")
                post = _fitting(view, _from_holder_name(view, post), word) or post
            if post.of is None and word == KINGDOM:  # "سفير المملكة" where no kingdom is named
                post = (None if names_kingdom(view, hosts) else news_kingdom(view, post)) or post
            if post.of is None:  # "وزير خارجية المملكة" in a story naming only Russia: not Russia's
                out.append(post)
                continue
        national = (post.role in vocab.NATIONAL_ROLES or post.role in HOME_MEMBERS) and not _counterpart(post) \
            and not _dated_elsewhere(view, post)
        if post.of is None and national and implicit is not None and post.role in _HOME_ROLES:
            post = replace(post, of=implicit, of_source="article", of_confidence=IMPLICIT_HOME,
                           of_evidence=f"the article's posts written without a country are of "
                                       f"{implicit.entity.label} (its other such officials, by the KB)")
        if post.of is None and national:  # step 8 before the article-wide guesses: a name is the surer sign
            post = _from_holder_name(view, post) or post
        if post.of is None and national and (post.role in _HOME_ROLES or post.role in HOME_MEMBERS):  # step 3b
            post = home_post(view, post) or post
        if post.of is None and national and post.role not in _POSTED:
            home = _countries(view) if home is None else home
            kind = post.role in _STATE_KIND  # "الملك X": the one kingdom among the countries it names
            fits = [c for c in home if _state_fits(view, post.role, c)] if kind else home
            if (len(fits) == 1 and (kind or len(home) == 1) and (post.role, post.portfolio, fits[0].key) not in titled
                    and _state_fits(view, post.role, fits[0])):
                what = f"the one {_STATE_KIND[post.role]} the article names" if kind \
                    else "the one country the article names"
                post = replace(post, of=fits[0], of_source="article", of_confidence=ARTICLE_COUNTRY,
                               of_evidence=f"{what}: {fits[0].entity.label}")
        if post.of is None and national and post.role in _HOME_ROLES:
            post = (_from_agency(view, post) or _from_site(view, post) or _from_region(view, post)
                    or _from_unclaimed(view, post, _claimed(post, claims)) or post)
        out.append(post)
    out = own_countries(view, out)  # his own country written next to him, over the article-wide guess
    return _one_state_per_person([not_the_host(view, not_the_other_side(view, p, found)) for p in out])


def _one_state_per_person(posts: list[Post]) -> list[Post]:
    """One person's national offices in an article are of one state ("ولي العهد، نائب رئيس مجلس
    الوزراء، وزير الداخلية": raw corpus, 594 lines with this stack alone). Where the person's surest
    national post (stated by the text, then the KB, then the rest by confidence) has a country, his
    others left without one or given another by the article-wide guesses (steps 3-7) take it. Not
    for posts abroad (an ambassador) or a counterpart's."""
    surest: dict[str, tuple[float, set[str], Ref]] = {}
    for p in posts:
        if p.of is None or not _shares_state(p):
            continue
        sure = 1.0 if p.of_source == "text" else p.of_confidence or 0.0
        best = surest.get(p.person.key)
        if best is None or sure > best[0]:
            surest[p.person.key] = (sure, {p.of.key}, p.of)
        elif sure == best[0]:
            best[1].add(p.of.key)
    out = []
    for p in posts:
        best = surest.get(p.person.key)
        if best is not None and len(best[1]) == 1 and _shares_state(p) and (p.of is None or (
                p.of_source == "article" and p.of.key not in best[1] and (p.of_confidence or 0.0) < best[0])):
            p = replace(p, of=best[2], of_source="article", of_confidence=min(best[0], ARTICLE_COUNTRY),
                        of_evidence=f"the same person's other office in the article is of {best[2].entity.label}")
        out.append(p)
    return out


def _in_office_of(post: Post) -> bool:
    """A national office, not a counterpart's: of its holder's state, wherever he is posted."""
    return post.role in vocab.NATIONAL_ROLES and not _counterpart(post)


def _shares_state(post: Post) -> bool:
    """A national office held at home: of the same state as the holder's other such offices."""
    return post.role in vocab.NATIONAL_ROLES and post.role not in _POSTED and not _counterpart(post)


def _from_holder_name(view: DocView, post: Post) -> Post | None:
    """Step 8: the country of the one holder of the minister's portfolio whose English name the person's
    Arabic name spells (`kg.link.portfolio_holders.find`). Not for a KB person whose own QID is another."""
    if post.role != "minister" or not post.portfolio or post.person.entity.kind != "Person":
        return None
    found = find_holder(post.person.entity.label, post.portfolio, view.doc.published)
    if found is None or (post.person.entity.qid and found.qid != post.person.entity.qid):
        return None
    country = view.kb.get(f"country:{found.country}")
    if country is None:
        return None
    h = found.holders[0]
    when = f"{h.start or '?'}–{h.end or 'now'}"
    date_note = f"in office on the article's date {view.doc.published.isoformat()}" if found.dated \
        else "article date unknown"
    evidence = (f"the one holder of the portfolio whose English name the Arabic spells: {h.name_en} ({h.qid}), "
                f"{h.position} of {found.country} {when}; {date_note}; source: {h.source}")
    return replace(post, of=view.kb_ref(country), of_source="kb",
                   of_confidence=NAME_DATED if found.dated else NAME_UNDATED, of_evidence=evidence)


def _of_the_one_state(view: DocView, post: Post, kb_ids: Sequence[str], confidence: float,
                      evidence: str) -> Post | None:
    """The post of the one state in `kb_ids` (none when there are several or it is not in the KB);
    `evidence` is completed with the state's label."""
    countries = [view.kb.get(c) for c in kb_ids]
    if len(countries) != 1 or countries[0] is None:
        return None
    country = view.kb_ref(countries[0])
    return replace(post, of=country, of_source="article", of_confidence=confidence,
                   of_evidence=evidence.format(country.entity.label))


def _from_agency(view: DocView, post: Post) -> Post | None:
    """The post of the one state news agency's country the paragraph credits, if any (not from abroad)."""
    return _of_the_one_state(view, post, credited_countries(view), AGENCY_COUNTRY,
                             "the paragraph credits the state news agency of {} (kg.extract.agencies)")


def _from_site(view: DocView, post: Post) -> Post | None:
    """The post of the one state whose government web address the paragraph gives, if any."""
    return _of_the_one_state(view, post, gov_domain_countries(view.text), AGENCY_COUNTRY,
                             "the paragraph gives a government web address of {} (kg.extract.gov_domains)")


def _from_unclaimed(view: DocView, post: Post, claimed: set[str]) -> Post | None:
    """The one state the article names by itself that no title claims: in "استقبل وزير الثقافة سامي
    الحداد وزير الخارجية الفلاني في السعودية" the foreign guest's title states his country, the
    host's is the paper's own and left out; the other state named is the host's. States count when
    named as states (a country, an institution standing for one, a division with its noun, a fixed
    title such as "خادم الحرمين الشريفين"), not by a city (a visit's destination) or a person.
    `claimed`: the states the article's titles state, less the person's own stacked after his name
    (`_claimed`)."""
    free = [c for c in _countries(view, places=False) if c.key not in claimed]
    if len(free) != 1 or not _state_fits(view, post.role, free[0]):
        return None
    country = free[0]
    return replace(post, of=country, of_source="article", of_confidence=UNCLAIMED_COUNTRY,
                   of_evidence=f"the one state the article names that no title states as its country: "
                               f"{country.entity.label}")


#: Words a stack of titles after a name may hold besides titles and bodies ("X وزير الدولة عضو مجلس
#: الوزراء مستشار خادم الحرمين الشريفين").
_IN_STACK = frozenset({"عضو", "و", "،", ","})


def claims_of(view: DocView, titles: Sequence[Title], named: Sequence[tuple[int, Title, int]],
              covered: set[int]) -> tuple[tuple[str, str | None], ...]:
    """(of, holder) of every title that states its country or body: holder is the key of the
    person the title is bound to (`named`: token, title, person mention), or of the person whose
    name the title stands in a stack after, else None (an unnamed official: "سفير فرنسا")."""
    bound = {(x.first, x.last): view.ref(m).key for _, x, m in named}
    out = []
    for x in titles:
        if x.of is None:
            continue
        holder = bound.get((x.first, x.last))
        j = x.first - 1
        while holder is None and j >= 0:
            m = view.token_mention.get(j)
            if m is not None and view.is_person(m):
                holder = view.ref(m).key if view.mention_span[m][1] == j else None
                break
            if j not in covered and m is None and view.tokens[j].key not in _IN_STACK:
                break
            j -= 1
        out.append((x.of.key, holder))
    return tuple(out)


def _claimed(post: Post, claims: Sequence[tuple[str, str | None]]) -> set[str]:
    """The states the article's titles state, less those of the person's own titles."""
    return {of for of, holder in claims if holder != post.person.key}


def _from_region(view: DocView, post: Post) -> Post | None:
    """The post of the one state whose divisions the paragraph names with their noun, if any."""
    return _of_the_one_state(view, post, region_countries(view.text), REGION_COUNTRY,
                             "the paragraph names divisions of {} with their administrative noun "
                             "(kg.extract.home_regions)")


def _implicit_home(posts: list[Post]) -> Ref | None:
    """The country of the article's posts written without one: news leaves out its own country
    ("وزير الثقافة والإعلام" in a Saudi outlet). When every national post the article writes
    without a country that the KB could place is of one country, the others are too (ministers and
    heirs: `_HOME_ROLES`)."""
    found = {p.of.key: p.of for p in posts if p.of is not None and p.of_source in ("kb", "person")
             and p.role in _HOME_ROLES and not _counterpart(p)}
    return next(iter(found.values())) if len(found) == 1 else None


#: Posts news writes without a country for its own government only (a foreign head of state is
#: often "الرئيس X" with no country; a foreign minister rarely lacks his).
_HOME_ROLES = frozenset({"minister", "deputy-minister", "assistant-minister", "minister-of-state", "secretary-of-state",
                         "crown-prince", "deputy-crown-prince", "deputy-prime-minister"})


#: Roles posted abroad: the one country an article about an ambassador names is as often the
#: country he is posted to ("سفير المملكة لدى الولايات المتحدة") as his own.
_POSTED = frozenset({"ambassador", "representative"})


#: Deictic words that name no kind of state: any country of the article fits them.
_ANY_STATE = frozenset(match_key(w) for w in ("البلاد", "الدولة"))


def _fitting(view: DocView, post: Post | None, word: str) -> Post | None:
    """`post` when its country fits the title's deictic `word` (a kingdom for "المملكة"; any for "البلاد")."""
    if post is None or post.of is None:
        return None
    return post if word in _ANY_STATE or named_as(view, post.of, word.removeprefix("ال")) else None


def _from_deictic(view: DocView, post: Post, word: str, home: list[Ref]) -> Post | None:
    """"وزير خارجية المملكة": the one country of the article whose KB name is a kingdom (المملكة
    العربية السعودية، مملكة السويد …; likewise سلطنة، جمهورية، إمارة); "أمير البلاد": the one country."""
    noun = word.removeprefix("ال")
    fits = [c for c in home if word in _ANY_STATE or named_as(view, c, noun)]
    if len(fits) != 1:
        return None
    country = fits[0]
    return replace(post, of=country, of_source="article", of_confidence=ARTICLE_COUNTRY,
                   of_evidence=f"the title says {word}; the one such country the article names: "
                               f"{country.entity.label}")


#: Offices only a kind of state has: a king's country is a kingdom, a sultan's a sultanate (as
#: the KB names it: مملكة السويد، سلطنة بروناي). "أكد الملك سلمان دعمه لليمن" names
#: one country, the republic the king spoke of, not his.
_STATE_KIND = {"king": "مملكة", "queen": "مملكة", "crown-prince": "مملكة", "deputy-crown-prince": "مملكة",
               "sultan": "سلطنة"}


#: Offices a kind of state does not have: a kingdom or a sultanate has no president (its head of
#: state is the monarch), so "فخامة الرئيس X" in a Saudi paper is a foreign guest's title, not the
#: kingdom's, whatever country the paragraph names.
_NOT_STATE_KIND = {"president": ("مملكة", "سلطنة")}


def _state_fits(view: DocView, role: str, country: Ref) -> bool:
    """`country` can hold `role`: false when the office needs a kind of state (`_STATE_KIND`) that
    the KB's names of the country do not state, or is one that kind of state has not (`_NOT_STATE_KIND`)."""
    noun = _STATE_KIND.get(role)
    if noun is not None:
        return named_as(view, country, match_key(noun))
    return not any(named_as(view, country, match_key(n)) for n in _NOT_STATE_KIND.get(role, ()))


def _dated_elsewhere(view: DocView, post: Post) -> bool:
    """The KB dates the person's terms in this post, and none covers the article's date (the KB
    was asked first): no other source may then give the post a country."""
    entry = view.kb_entry(post.person)
    return (entry is not None and entry.kind == "Person" and view.doc.published is not None
            and bool(_terms(entry, post.role, post.portfolio)))


def _counterpart(post: Post) -> bool:
    """The post is a counterpart's ("نظيره"): another country's, never the article's own."""
    first = match_key(post.title_text.split()[0]) if post.title_text.split() else ""
    return any(f in vocab.COUNTERPART for f in (first, first[1:]))


def _countries(view: DocView, places: bool = True) -> list[Ref]:
    """Every country the article names: country mentions, capitals and cities (their country),
    institutions that stand for a country, KB persons' countries, titles that name one or tell it
    (`vocab.TITLE_STATES`: "ولي ولي العهد"), divisions
    named with their administrative noun (`kg.extract.home_regions`); with `places=False`, not
    cities or persons. Not nisbas: they describe other people and things ("نقيب السينمائيين
    المصريين" in a Tunisian minister's story)."""
    found: dict[str, Ref] = {}
    for i in range(len(view.mentions)):
        if i not in view.mention_span:
            continue
        ref = view.ref(i)
        country = view.country_of(ref)
        entry = view.kb_entry(ref)
        if not places and (ref.entity.kind in ("City", "Person") or view.is_person(i)):
            continue  # `places=False`: states named as states only
        if country is None and entry is not None and entry.country and entry.kind in ("City", "Person"):
            target = view.kb.get(entry.country)
            country = view.kb_ref(target) if target is not None else None
        if country is not None and country.entity.kind == "Country":
            found.setdefault(country.key, country)
    for kb_id in region_countries(view.text):  # "منطقة تبوك": the state's own division
        if (entry := view.kb.get(kb_id)) is not None:
            found.setdefault(kb_key(entry.id), view.kb_ref(entry))
    for t in range(len(view.tokens)):
        rest = tuple(tok.key for tok in view.tokens[t + 1:t + 3])
        for form in view.tokens[t].forms:
            kb_id = vocab.TITLE_STATES.get((form, *rest))
            if kb_id is not None and (entry := view.kb.get(kb_id)) is not None:
                found.setdefault(kb_key(entry.id), view.kb_ref(entry))
    return list(found.values())


def _terms(entry: KBEntry, role: str, portfolio: str | None) -> list[KBPost]:
    roles = vocab.KB_ROLES.get((role, portfolio))
    if not roles:
        return []
    return [p for p in entry.posts if p.role in roles]


def _from_kb(view: DocView, post: Post) -> Post | None:
    entry = view.kb_entry(post.person)
    if entry is None or entry.kind != "Person":
        return None
    published = view.doc.published
    dated: list[KBPost] = []
    undated: list[KBPost] = []
    for term in _terms(entry, post.role, post.portfolio):
        start, end = term.first_day, term.last_day
        if published is not None and start is not None:
            if start <= published and (end is None or published <= end):
                dated.append(term)
        elif published is None or end is None or published <= end:
            undated.append(term)  # the article's date or the term's start unknown: the title agrees
    terms = dated or undated
    if dated:
        confidence = KB_DATED
    else:
        confidence = KB_UNDATED if all(t.end is None for t in undated) else KB_PAST_UNDATED
    bodies = {t.of for t in terms}
    if len(bodies) != 1:
        return None
    term = terms[0]
    body = view.kb.get(term.of)
    if body is None:
        return None
    when = f"{term.start or '?'}–{term.end or 'now'}"
    date_note = f"article of {published.isoformat()}" if published else "article date unknown"
    evidence = (f"KB office holder {entry.id}: {term.title} ({when}); {date_note}; "
                f"sources: {' | '.join(term.sources) or 'none'}")
    return replace(post, of=view.kb_ref(body), of_source="kb", of_confidence=confidence, of_evidence=evidence)


def _from_house(view: DocView, post: Post) -> Post | None:
    """Step 2b: a national office held at home by a member of a ruling house is of the house's state
    (`kg.extract.royal_houses`: "الأمير X بن Y بن عبدالعزيز"، "X آل نهيان")."""
    if not _shares_state(post) or _dated_elsewhere(view, post):
        return None
    found = house_country(view, post.person)
    country = view.kb.get(found[0]) if found is not None else None
    if found is None or country is None:
        return None
    return replace(post, of=view.kb_ref(country), of_source="person", of_confidence=ROYAL_HOUSE,
                   of_evidence=f"the person is named as a member of the ruling house of {country.id}: "
                               f"{found[1]} (kg.extract.royal_houses)")


def _from_person(view: DocView, post: Post) -> Post | None:
    return person_country(view, post, former=False)


def person_country(view: DocView, post: Post, *, former: bool) -> Post | None:
    """`post` of the KB person's own country, for a national role the paragraph gives no other
    country for; a current post only where the KB dates none of the person's terms elsewhere."""
    if post.role not in vocab.NATIONAL_ROLES:
        return None
    entry = view.kb_entry(post.person)
    if entry is None or entry.kind != "Person" or not entry.country:
        return None
    if not former and _dated_elsewhere(view, post):
        return None
    country = view.kb.get(entry.country)
    if country is None:
        return None
    rows = sorted({s.row for s in entry.sources if s.row}) or ["kg/link/kb/curated/persons.tsv"]
    sources = " | ".join(rows)
    which = "a former" if former else "a"
    evidence = f"KB person {entry.id} is of {country.id}; {which} {post.title} names no other country ({sources})"
    return replace(post, of=view.kb_ref(country), of_source="person", of_confidence=PERSON_COUNTRY,
                   of_evidence=evidence)
