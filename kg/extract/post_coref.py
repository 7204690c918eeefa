"""Posts by coreference within an article: a title with no name after it, and a person named apart.

News often gives a post and its holder's name in different places: "وصل وزير الخارجية الأميركي
إلى الرياض … وقال سميث إن …", or names the person alone and the post only as a bare title
("أكد الوزير الأميركي"). `kg.extract.holders` binds a title only to the name right after it,
so such persons had no post. Two sources join them, both strict enough to leave an article's
other persons alone:

A possessive title ("الرئيس الفلاني سامي الحداد ووزير خارجيته فلان الفلاني") is the same kind
of reference: its pronoun is the country of the official or state named just before (`possessive`).

1. the knowledge base of office holders: a person the article names with no post, linked to a
   KB person who held the unnamed title's very post (same KB role, of the title's country or body),
   named only in other sentences than the title's (in its own the grammar decides) in a term that covers the article's
   date (or is current, when the date is unknown) — the one such person for that title;
2. the text (either way round: "قال سميث … وأضاف الوزير الأميركي" too): an unnamed title with its country or body
   ("الوزير الأميركي") and, in one of the next two sentences, a speaker introduced by a verb of saying ("وقال سميث") who
   is the first person named after the title, holds no post in the article and is not a KB person (the KB
   would have said which post he holds). A bare title after a verb of saying ("وأضاف الوزير"،
   "واعتبر السفير") refers back the same way to the last speaker (also one named by "وفق X")
   when the article names no other holder of that post and the speaker is not shown of the other gender;
   its country comes from `post_of`. Where that finds none, `kg.extract.title_speakers` binds the bare
   title to the paragraph's one speaker of its gender, named before or after it.

The posts keep the title as written, and where the binding came from (`of_evidence`).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post, Ref
from kg.extract.post_of import _terms
from kg.extract.text import DocView
from kg.extract.title_speakers import (
    first_person_mentions,
    is_reporting_verb,
    person_gender,
    says,
    title_gender,
    title_speaker,
)
from kg.extract.titles import Title
from kg.link.normalize import match_key

#: How many sentences after an unnamed title its holder may be named as a speaker.
SPEAKER_REACH = 2


def coreferent_posts(view: DocView, titles: list[Title], named: set[tuple[int, int]],
                     posts: list[Post]) -> list[Post]:
    """Posts for persons named apart from their unnamed title (`named`: the (first, last) of the
    titles already bound to a name). Returns the new posts only."""
    posted = {p.person.key for p in posts}
    persons = first_person_mentions(view)
    out: list[Post] = []
    for title in titles:
        if (title.first, title.last) in named or title.plural or not title.current or title.inner is not None:
            continue
        if view.tokens[title.first].is_(vocab.COUNTERPART):
            continue
        if title.of is None:  # a bare "الرئيس" may be any president, or a company's; but "قال X … وأضاف
            found = _speaker_before(view, title, titles, posted) if title.role in _SPEAKER_ROLES else None
            if found is None or any(p.role == title.role for p in posts + out):
                # الوزير" is X when the story names no other minister; or the story's one speaker of the
                found = title_speaker(view, title, titles, posts + out)  # title's gender, before or after
            if found is not None and not any(p.role == title.role for p in posts + out):
                post = Post(person=view.ref(found), role=title.role, title_text=title.text, of=None,
                            evidence=view.tokens[title.first].sentence, portfolio=title.portfolio,
                            start=view.tokens[title.first].start, end=view.tokens[title.last].end)
                out.append(post)
                posted.add(post.person.key)
            continue
        holding = {p.person.key for p in posts + out if (p.role, p.portfolio) == (title.role, title.portfolio)}
        found = _by_kb(view, title, {k: m for k, m in persons.items() if k not in posted}, holding)
        how = "the KB says this person held the post the article names without a name"
        if found is None and title.of is not None:
            found = _by_speaker(view, title, titles, posted)
            how = "the first person named after the title, as the speaker of a later sentence"
        if found is None and title.of is not None:
            found = _speaker_before(view, title, titles, posted)
            how = "the title, as a speaker, refers back to the last speaker named before it"
        if found is None:
            continue
        post = Post(person=view.ref(found), role=title.role, title_text=title.text, of=title.of,
                    evidence=view.tokens[title.first].sentence, portfolio=title.portfolio,
                    start=view.tokens[title.first].start, end=view.tokens[title.last].end)
        out.append(replace(post, of_source="article", of_evidence=how))
        posted.add(post.person.key)
    return out


def _by_kb(view: DocView, title: Title, persons: dict[str, int], holding: set[str]) -> int | None:
    """The one person of the article the KB says held the title's post at the article's date."""
    if holding or title.of is None or title.of.kb_id is None:
        return None  # the article already names a holder of this post
    published = view.doc.published
    fits: list[int] = []
    sentence = view.tokens[title.first].sentence
    for m in persons.values():
        if any(view.tokens[a].sentence == sentence for a, _ in _spans(view, view.ref(m).key)):
            continue  # in the title's own sentence the grammar decides ("الرئيس الأمريكي يستقبل بايدن")
        entry = view.kb_entry(view.ref(m))
        if entry is None or entry.kind != "Person":
            continue
        for term in _terms(entry, title.role, title.portfolio):
            if term.of != title.of.kb_id:
                continue
            start, end = term.first_day, term.last_day
            if published is not None and start is not None:
                if start <= published and (end is None or published <= end):
                    fits.append(m)
                    break
            elif published is None and term.end is None:
                fits.append(m)
                break
    return fits[0] if len(fits) == 1 else None


def _spans(view: DocView, key: str) -> list[tuple[int, int]]:
    return [span for m, span in view.mention_span.items() if view.is_person(m) and view.ref(m).key == key]


def _by_speaker(view: DocView, title: Title, titles: list[Title], posted: set[str]) -> int | None:
    """"الوزير الأميركي … وقال سميث": the first person named after the title, in one of the next
    `SPEAKER_REACH` sentences, right after a verb of saying, with no post and no KB entry."""
    toks = view.tokens
    sentence = toks[title.first].sentence
    later = [m for m in view.mention_span if view.mention_span[m][0] > title.last and view.is_person(m)]
    if not later:
        return None
    m = min(later, key=lambda i: view.mention_span[i][0])
    first = view.mention_span[m][0]
    if not 0 < toks[first].sentence - sentence <= SPEAKER_REACH:
        return None
    ref = view.ref(m)
    if ref.key in posted or view.kb_entry(ref) is not None:
        return None
    if any(view.ref(o).key == ref.key for o in view.mention_span if view.mention_span[o][0] < title.first):
        return None  # named before the title: the title may be another's
    before = toks[first - 1]
    if not (before.is_(vocab.SAY_VERBS) or is_reporting_verb(before)):
        return None
    if any(title.last < t.first < first for t in titles):
        return None  # another title between: the speaker may be its holder
    return m


def _speaker_before(view: DocView, title: Title, titles: list[Title], posted: set[str]) -> int | None:
    """"قال سميث … وأضاف الوزير الأميركي": a title right after a verb of saying, in a later sentence
    than the last person named before it, who was himself introduced by a verb of saying, holds
    no post and is no KB person; no other title between them."""
    toks = view.tokens
    if not says(view, title):
        return None
    earlier = [m for m in view.mention_span if view.mention_span[m][1] < title.first and view.is_person(m)]
    if not earlier:
        return None
    m = max(earlier, key=lambda i: view.mention_span[i][0])
    first = view.mention_span[m][0]
    if not 0 < toks[title.first].sentence - toks[first].sentence <= SPEAKER_REACH or first == 0:
        return None
    ref = view.ref(m)
    if ref.key in posted or view.kb_entry(ref) is not None \
            or not (toks[first - 1].is_(vocab.SAY_VERBS) or is_reporting_verb(toks[first - 1])
                    or toks[first - 1].is_(_ACCORDING_TO)):
        return None
    gender = title_gender(view, title)
    if person_gender(view, m) not in (None, gender):
        return None  # "وقالت سامية الحداد … وأضاف الوزير": another person
    if any(first < t.first < title.first and title_gender(view, t) == gender for t in titles):
        return None  # a title between of the same gender may be the one it refers to (not "رئيس الحكومة" for
        # "وأضافت سامية الحداد … مع رئيس الحكومة … واعتبرت رئيسة الجمعية": raw corpus, both files, 200 lines with a
        # feminine verb of saying right before a feminine title)
    return m


#: "وفق X"، "حسب X": a speaker named by attribution ("… وفق سامي الحداد. واعتبر الوزير أن …").
_ACCORDING_TO = vocab.keys(("وفق", "وفقا", "وفقاً", "حسب", "بحسب", "بحسبما", "حسبما"))
#: Bare titles ("وأضاف الوزير") that refer back to the last speaker: offices one person holds and
#: speaks for; not "الرئيس" (a company's, a club's, a body's head as well).
_SPEAKER_ROLES = frozenset({"minister", "ambassador", "spokesperson", "envoy", "secretary-general",
                            "minister-of-state", "deputy-minister", "undersecretary", "governor"})


#: Ministers named by a portfolio with a possessive pronoun (وزير خارجيته، وزير دفاعها). Raw-corpus
#: counts (both corpora): وزير/ووزير خارجيته 24, خارجيتها 10, داخليته 2, دفاعه 2, دفاعها 1, داخليتها 1.
_MINISTER = frozenset(match_key(w) for w in ("وزير", "وزيرة", "ووزير", "ووزيرة"))
_PRONOUN_PORTFOLIOS = {match_key(w): code for w, code in (
    ("خارجية", "foreign"), ("دفاع", "defence"), ("داخلية", "interior"), ("مالية", "finance"))}
_PRONOUNS = tuple(match_key(w) for w in ("هما", "هم", "ها", "ه"))


def possessive(view: DocView, t: int, titles: list[Title]) -> Title | None:
    """"ووزير خارجيته" at token t: a minister of the country of the closest official with a
    country before it in the sentence, or of the closest country named before it there, or of none when
    the official before it there has no country written."""
    toks = view.tokens
    if t + 1 >= len(toks) or toks[t].key not in _MINISTER:
        return None
    word = toks[t + 1].key
    stem = next((word[:-len(p)] for p in _PRONOUNS if word.endswith(p) and len(word) > len(p) + 2), None)
    if stem is None:
        return None
    portfolio = _PRONOUN_PORTFOLIOS.get(stem) or (
        _PRONOUN_PORTFOLIOS.get(stem[:-1] + match_key("ة")) if stem.endswith("ت") else None)
    if portfolio is None:
        return None
    sentence = toks[t].sentence
    best: tuple[int, Ref] | None = None
    for x in titles:
        if x.of is not None and x.first < t and toks[x.first].sentence == sentence:
            if best is None or x.first > best[0]:
                best = (x.first, x.of)
    for m, (first, _) in view.mention_span.items():
        if first < t and toks[first].sentence == sentence and not view.is_person(m):
            country = view.country_of(view.ref(m))
            if country is not None and country.entity.kind == "Country" and (best is None or first > best[0]):
                best = (first, country)
    if best is None and not any(x.first < t and toks[x.first].sentence == sentence for x in titles):
        return None
    # an official before it whose country the text does not write ("إدارة الرئيس سامي الحداد ووزير خارجيته
    # فلان الفلاني"): still a minister of that portfolio, whose country `kg.extract.post_of` finds as for any post
    # the text writes without one
    return Title("minister", t, t + 1, view.span_text(t, t + 1), best[1] if best is not None else None, portfolio)


def kb_antecedent(view: DocView, person: int, nearest: tuple[int, Title, int],
                  named: list[tuple[int, Title, int]], t: int, reach: int) -> tuple[int, Title, int] | None:
    """The official "نظيره" refers to when the closest one before holds a post the counterpart never
    held: "زار وزير الخارجية الفلاني سامي الحداد الصين والتقى الرئيس X، ونظيره Y" — Y is the visitor's
    counterpart, a foreign minister, not X's. The KB's posts of the named counterpart (person mention
    `person`) decide: the closest official before (token, title, person mention; within `reach`
    sentences of token t) whose post the counterpart held, if the nearest's he never held; None to
    keep the nearest."""
    entry = view.kb_entry(view.ref(person))
    if entry is None or entry.kind != "Person" or not entry.posts:
        return None
    held = {p.role for p in entry.posts}

    def fits(title: Title) -> bool:
        return bool(vocab.KB_ROLES.get((title.role, title.portfolio), frozenset()) & held)

    if fits(nearest[1]):
        return None
    sentence = view.tokens[t].sentence
    return next((x for x in reversed(named) if x[0] < t and x[2] != person and fits(x[1])
                 and sentence - view.tokens[x[0]].sentence <= reach), None)
