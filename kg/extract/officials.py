"""Officials: title + country/organization + name → Post(person, role, of).

Arabic news names officials in a few regular shapes, which this module parses token by
token (no list of people; names come from the NER's PER mentions):

* title, qualifier, name: "وزير الخارجية الفلاني X", "رئيسة وزراء البلد الفلاني …",
  "ولي العهد الفلاني الأمير X" (honorifics and "الخاص" may come between);
* a qualifier that is a nisba (الروسي), a country or organization mention (روسيا،
  الكرملين، للأمم المتحدة), "دولة قطر", or a ministry ("المتحدث باسم وزارة الخارجية الصينية");
* name, title — for the roles news puts after the name ("دميتري بيسكوف المتحدث باسم الكرملين");
* counterparts: "ونظيره الإيراني يوسف فلانوف" holds the post of the official named
  before, in the country the nisba gives;
* dual and plural titles over their names: "الرئيسين الفرنسي X
  والبرازيلي Y"، "وزيرا خارجية البلدين X وY"، "الرئيسان X وY";
* stacked titles, one post each: "نائب رئيس الوزراء وزير الخارجية X", before
  or after the name ("NAME، TITLE"، "«NAME» TITLE");
* a name with a preposition (لفلانوف، بفلانوف) is not the holder of the title before it: "نقل الرئيس
  الفلاني لفلانوف تحيات" is a message to the one named; ranks of address (السفير، الفريق أول) are not posts.

Title phrases themselves are parsed in `kg.extract.titles`, the name a title binds is found by
`kg.extract.holders`; a post the text writes without its country gets one from `kg.extract.post_of` (the KB
of office holders, the article's one holder) or `kg.extract.official_lists` (a list's one stated state).
Titles with no name after them ("أجرى المستشار الألماني اتصالا …") are kept as `Title`s
too: meetings and treaties use them as their country's participation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.extract import vocab
from kg.extract.accusative_posts import accusative_posts
from kg.extract.appointments import appointed
from kg.extract.body_titles import body_title_after_name, untagged_body_title
from kg.extract.conjoined_titles import conjoined, first_of_pair, pair_holder
from kg.extract.coordinated_posts import coordinated
from kg.extract.deputy_pronoun import deputy_title
from kg.extract.facts import Post, Ref
from kg.extract.former_posts import former, former_of, kept_apart
from kg.extract.heir_pronoun import heir_goes_on, heir_title
from kg.extract.holders import AND, body_of, in_construct, mistyped_name, name_after, next_name, object_of_verb
from kg.extract.led_bodies import led_bodies
from kg.extract.listed_officials import listed_apart
from kg.extract.nisba import qualifier
from kg.extract.official_lists import fill as fill_of
from kg.extract.post_coref import coreferent_posts, kb_antecedent, possessive
from kg.extract.post_of import claims_of
from kg.extract.posted_titles import (
    POSTED,
    WITH_POSTED,
    after_posting,
    possessive_envoy,
    posted_after_name,
    ranked_envoys,
    stacked_body_head,
)
from kg.extract.restated import BEFORE, held_before, restating
from kg.extract.text import DocView
from kg.extract.title_stacks import name_follows, stack, stacked_heads, stacks_on
from kg.extract.titles import HEADS, Title, parse_title
from kg.extract.unit_parents import with_parents
from kg.link.normalize import match_key

#: How far back (in sentences) "نظيره" looks for the official it is the counterpart of.
COUNTERPART_REACH = 5


@dataclass
class Officials:
    """What the module found: posts, every title (named or not), and counterpart links."""

    posts: list[Post] = field(default_factory=list)
    #: posts the article says their holders held before ("الرئيس السابق X": `kg.extract.former_posts`)
    former: list[Post] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    #: person mention → the title it holds (for meetings: the official's country)
    title_of_mention: dict[int, Title] = field(default_factory=dict)
    #: counterpart mention → the person it is the counterpart of (the other participant)
    counterpart_of: dict[int, Ref] = field(default_factory=dict)
    #: tokens a title (with its qualifier) covers: not participants or parties by themselves
    covered: set[int] = field(default_factory=set)
    #: person mention → its first token (for "named before")
    _token_of: dict[int, int] = field(default_factory=dict)

    def holder(self, title: Title) -> Ref | None:
        """The person an unnamed title means ("الرئيس الإيراني" after "الرئيس الإيراني إبراهيم
        رئيسي"): the one person the article gives that very post, if there is exactly one."""
        if title.of is None:  # a bare "الرئيس": the one holder of that post named before it
            start = title.first
            found = {p.person.key: p.person for p in self.posts
                     if (p.role, p.portfolio) == (title.role, title.portfolio)
                     and p.person.mention is not None and self._token_of.get(p.person.mention, start) < start}
            return next(iter(found.values())) if len(found) == 1 else None
        found = {p.person.key: p.person for p in self.posts
                 if (p.role, p.portfolio) == (title.role, title.portfolio) and p.of is not None
                 and p.of.key == title.of.key}
        return next(iter(found.values())) if len(found) == 1 else None


def _post(view: DocView, title: Title, person: int, of: Ref | None = None) -> Post:
    return Post(
        person=view.ref(person),
        role=title.role,
        title_text=title.text,
        of=of if of is not None else title.of,
        evidence=view.tokens[title.first].sentence,
        portfolio=title.portfolio,
        start=view.tokens[title.first].start,
        end=view.tokens[title.last].end,
    )


def extract_officials(view: DocView) -> Officials:
    """Every post the article states, with the titles and counterpart links meetings need."""
    out = Officials()
    toks = view.tokens
    named: list[tuple[int, Title, int]] = []  # (token, title, person mention), in text order
    t = 0
    while t < len(toks):
        counterpart = _counterpart(view, t, named, out)
        if counterpart is not None:
            t = counterpart
            continue
        title = possessive(view, t, out.titles) or possessive_envoy(view, t) or parse_title(view, t) \
            or deputy_title(view, t, out.title_of_mention, out.titles) or heir_title(view, t, out.titles)  # "ونائبه Y"
        bodied = untagged_body_title(view, t) if (title is None or _unbodied(title)) and not in_construct(view, t) \
            else None
        if bodied is not None:  # "رئيس مجلس إدارة الجمعية المهندس X"
            title, person = bodied
            out.titles.append(title)
            out.covered.update(range(title.first, title.last + 1))
            _hold(view, out, title, _post(view, title, person))
            out.title_of_mention[person] = title
            named.append((title.first, title, person))
            t = _posted_second(view, out, title, person, view.mention_span[person][1] + 1)
            continue
        if (title is None or (title.of is None and title.portfolio is None and title.body is None)) \
                and not in_construct(view, t) and (after := body_title_after_name(view, t)) is not None \
                and after[1] not in out.title_of_mention:
            title, person = after  # "سامي الحداد رئيس المراسم الملكية، …"
            out.titles.append(title)
            out.covered.update(range(title.first, title.last + 1))
            _hold(view, out, title, _post(view, title, person), held_before(view, title.first))
            out.title_of_mention[person] = title
            named.append((title.first, title, person))
            t = title.last + 1
            continue
        if title is None or in_construct(view, t):
            t = t + 1 if title is None else title.last + 1  # (not t += last + 1: that skips on)
            continue
        if title.inner is not None:
            found = name_after(view, title.last + 1, title)
            if found is not None and _inner_holds(view, title, found[0]):
                inner, person = title.inner, found[0]  # "المتحدث باسم الرئيس التركي رجب طيب إردوغان"
                out.titles.append(title)
                out.covered.update(range(title.first, title.last + 1))
                written = replace(inner, text=view.span_text(inner.first, inner.last))
                _hold(view, out, inner, _post(view, written, person))
                out.title_of_mention[person] = inner
                named.append((inner.first, inner, person))
                t = view.mention_span[person][1] + 1
                continue
        chain = stack(view, title)
        found = listed_apart(view, chain[-1], name_after(view, chain[-1].last + 1, chain[-1]))  # not "X TITLE، Y TITLE"
        if found is None and len(chain) > 1 and title.role in POSTED:  # "… عميد السلك الدبلوماسي العربي السفير X"
            found = name_after(view, after_posting(view, chain[-1].last + 1), chain[-1])
        if title.plural and _accusative(view, title):
            title = replace(title, plural=False)  # "تعيين X سفيراً للمملكة": one post, X's
            chain = [title]
            found = name_after(view, title.last + 1, title)
        if title.plural and title.of is None and (found is None or next_name(view, found[0]) is None):
            t = title.last + 1  # "الرئيسان" alone: which two is for the counterpart rule, not a post
            continue
        for x in chain:
            out.titles.append(x)
            out.covered.update(range(x.first, x.last + 1))
        mistyped = mistyped_name(view, chain[-1]) if found is None else None
        if mistyped is not None:  # "وزير الخارجية الروسي فلانوف" with فلانوف tagged as a place
            for x in chain:
                _hold(view, out, x, replace(_post(view, x, mistyped), person=view.as_person(mistyped)))
            t = view.mention_span[mistyped][1] + 1
            continue
        if found is None:
            t = chain[-1].last + 1
            continue
        person, _ = found
        gap = (chain[-1].last + 1, view.mention_span[person][0] - 1)
        if chain[-1].of is None and chain[-1].role not in POSTED and gap[0] <= gap[1]:
            body = body_of(view, *gap)  # "الأمين العام لرابطة العالم الإسلامي الدكتور X"
            if body is not None and (chain[-1].portfolio is None or body.entity.kind == "Country"):
                # a ministry's post in ل + a region is its sector: "مساعد وزير الدفاع للشرق الأوسط X"
                chain[-1] = replace(chain[-1], of=body)
        pair = first_of_pair(view, chain[0], out.titles, {(x.first, x.last) for _, x, _ in named})
        for x in ([pair] if pair is not None else []) + chain:  # "مدير العلاقات العامة والمتحدث باسم … X"
            _hold(view, out, x, _post(view, x, person))
            named.append((x.first, x, person))
        out.title_of_mention[person] = chain[-1]
        t = view.mention_span[person][1] + 1
        t = _posted_second(view, out, chain[0], person, t)
        if title.plural:
            t = _distribute(view, title, person, out, named)
    given = [(x, m, False) for x, m in appointed(view) + led_bodies(view)]  # "وتعيينه … وزيرًا"، "بزعامة X"
    for title, person, past in given + accusative_posts(view):  # "X، الذي يعمل مستشارًا لـ…"
        if any(p.person.key == view.ref(person).key and p.role == title.role for p in out.posts + out.former):
            continue
        out.titles.append(title)
        out.covered.update(range(title.first, title.last + 1))
        (out.former if past else out.posts).append(_post(view, title, person))
        out.title_of_mention.setdefault(person, title)
        named.append((title.first, title, person))
    _appositives(view, out)
    coordinated(view, out, _post)  # "نظيريه الروسي X والأمريكي Y"، "وزيرا النقل X والصناعة Y"
    bound = {(x.first, x.last) for x in out.title_of_mention.values()}
    bound |= {(x.first, x.last) for _, x, _ in named}
    out.posts.extend(coreferent_posts(view, out.titles, bound, out.posts))
    titled = frozenset((x.role, x.portfolio, x.of.key) for x in out.titles if x.of is not None)
    hints = {(p.person.key, p.role, p.portfolio): x.deictic for x in out.titles if x.deictic
             for p in out.posts if (p.start, p.end) == (view.tokens[x.first].start, view.tokens[x.last].end)}
    out.posts.extend(ranked_envoys(view, out.posts))  # "السفير X، رئيس بعثة الاتحاد الإقليمي"
    claims = claims_of(view, out.titles, named, out.covered)
    out.posts = with_parents(view, _dedupe(fill_of(view, _dedupe(out.posts), titled, hints, claims)))
    out.former = with_parents(view, kept_apart(former_of(view, _dedupe(out.former)), out.posts))
    out._token_of.update({m: span[0] for m, span in view.mention_span.items()})
    return out


def _hold(view: DocView, out: Officials, title: Title, post: Post, held: bool = False) -> None:
    """Record `post`: a current one, or a former one when its title says it was held before (or `held`:
    the clause before it does, "X، الذي شغل منصب …": `kg.extract.restated`). A title of the story's time
    ("أمير البلد حينها X") is a post of its events (meetings read it) but not one held now."""
    if held and (title.current or former(view, title)):
        out.former.append(post)
    elif title.current:
        out.posts.append(replace(post, current=False) if title.then else post)
    elif former(view, title):
        out.former.append(post)


def _posted_second(view: DocView, out: Officials, first: Title, person: int, t: int) -> int:
    """Where to read on after `person`: past his second, posted title if one follows his name
    ("رئيس مجموعة السفراء X سفير البلد": `posted_after_name`), which is then his post too."""
    second = posted_after_name(view, first, person, out.covered, name_after)
    if second is None:
        return t
    out.titles.append(second)
    out.covered.update(range(second.first, second.last + 1))
    out.posts.append(_post(view, second, person))
    return second.last + 1


def _unbodied(title: Title) -> bool:
    """"أمين عام" with nothing the title grammar reads after it: the body may be one the NER leaves untagged
    ("أمين عام اللجنة الإشرافية للسوق الدكتور X": `untagged_body_title`)."""
    return title.role == "secretary-general" and title.of is None and title.body is None and not title.plural


def _accusative(view: DocView, title: Title) -> bool:
    """A head that reads as a dual (وزيرا، سفيرا) is the accusative singular after a name: "تعيين X
    سفيراً للمملكة"، "X وزيرا للإسكان" (tanween written, or a ل-phrase after it)."""
    toks = view.tokens
    head = toks[title.first]
    before = view.token_mention.get(title.first - 1)
    if before is None or not view.is_person(before) or head.key[-1:] != "ا":
        return False
    nxt = toks[title.first + 1] if title.first + 1 < len(toks) else None
    return head.text.endswith("\u064b") or (nxt is not None and nxt.key[:1] == "ل")


def _inner_holds(view: DocView, title: Title, person: int) -> bool:
    """The name after a nested title is the inner title's holder: another name stands before the
    outer title ("إبراهيم كالين المتحدث باسم الرئيس التركي رجب طيب إردوغان"), or the KB says the
    person held the inner post ("… الرئيس التركي" + Erdoğan, President of Turkey)."""
    toks = view.tokens
    j = title.first - 1
    while j >= 0 and (toks[j].key in ("،", ",") or toks[j].key in _QUOTES):
        j -= 1
    m = view.token_mention.get(j)
    head = toks[title.first].key
    conjunct = head[:1] == AND and head not in HEADS.first_words  # "X، وسفير خادم الحرمين الشريفين … Y"
    if m is not None and view.is_person(m) and view.mention_span[m][1] == j and not conjunct:
        return True
    inner = title.inner
    entry = view.kb_entry(view.ref(person))
    roles = vocab.KB_ROLES.get((inner.role, inner.portfolio)) if inner is not None else None
    if entry is None or not roles or inner is None or inner.of is None:
        return False
    return any(p.role in roles and p.of == inner.of.kb_id for p in entry.posts)


def _distribute(view: DocView, title: Title, person: int, out: Officials,
                named: list[tuple[int, Title, int]]) -> int:
    """A dual or plural title over the names after it: "… والأمريكي دونالد ترامب" (the same
    title, another country), "وزيرا خارجية البلدين X وY"، "الرئيسان X وY" (each its own country,
    filled later from the KB). Returns the token after the last name."""
    toks = view.tokens
    t = view.mention_span[person][1] + 1
    others = list(title.also_of)
    while t < len(toks):
        q = view.nisba(t) if toks[t].key.startswith(AND) else None
        if q is None and toks[t].key.startswith(AND) and title.of is not None:
            q = _and_country(view, t)  # "وزراء خارجية مصر X والأردن Y": the same title, another country
        if q is not None:  # "والأمريكي دونالد ترامب"
            more = name_after(view, t + q[1], title)
            if more is None:
                break
            other = Title(title.role, t, t + q[1] - 1, title.text, q[0], title.portfolio, title.body,
                          True, title.current)
            out.covered.update(range(t, t + q[1]))
            m = more[0]
        else:
            nxt = next_name(view, person)
            if nxt is None:
                break
            m = nxt[0]
            of = others.pop(0) if others else (title.of if title.of is not None and title.also_of else None)
            other = replace(title, of=of, also_of=())
        _hold(view, out, title, _post(view, other, m, other.of))
        out.title_of_mention[m] = other
        named.append((t, other, m))
        person = m
        t = view.mention_span[m][1] + 1
    return t


def _and_country(view: DocView, t: int) -> tuple[Ref, int] | None:
    """A country mention with the conjunction و at token t ("والأردن"), and its length in tokens."""
    m = view.mention_at.get(t)
    if m is None or view.is_person(m):
        return None
    ref = view.ref(m)
    if ref.entity.kind != "Country" or match_key(view.mentions[m].label)[:1] == AND:
        return None
    first, last = view.mention_span[m]
    return ref, last - first + 1


def _counterpart(view: DocView, t: int, named: list[tuple[int, Title, int]], out: Officials) -> int | None:
    """"نظيره [الإيراني] NAME": a post like the last official's, in the nisba's country."""
    toks = view.tokens
    if not toks[t].is_(vocab.COUNTERPART):
        return None
    i = t + 1
    q = qualifier(view, i, allow_city=False)
    of = None
    if q is not None:
        of, n = q
        i += n
    sentence = toks[t].sentence
    # the closest official before: named ("الرئيس الفلاني يوري فلانوف") or not ("إن الرئيس سيلتقي")
    antecedent = next((x for x in reversed(named) if x[0] < t
                       and sentence - toks[x[0]].sentence <= COUNTERPART_REACH), None)
    unnamed = next((x for x in reversed(out.titles) if x.first < t and x.role in vocab.ROLES
                    and sentence - toks[x.first].sentence <= COUNTERPART_REACH), None)
    if unnamed is not None and (antecedent is None or unnamed.first > antecedent[0]):
        if antecedent is None or unnamed is not antecedent[1]:
            antecedent = None
    found = name_after(view, i)
    if antecedent is not None and found is not None:  # "… الذي زار الصين والتقى الرئيس X، ونظيره Y"
        antecedent = kb_antecedent(view, found[0], antecedent, named, t, COUNTERPART_REACH) or antecedent
    base = antecedent[1] if antecedent else unnamed
    if base is None:
        return i if found is None else view.mention_span[found[0]][1] + 1
    title = Title(base.role, t, i - 1, view.span_text(t, i - 1), of, base.portfolio, base.body)
    out.titles.append(title)
    out.covered.update(range(t, i))
    if found is None:
        return i
    person = found[0]
    # "نظيره X" with no nisba: the post without a country (the KB of office holders or X's own
    # country may fill it; `post_of` never gives a counterpart the article's country)
    out.posts.append(_post(view, title, person, of))
    out.title_of_mention[person] = title
    if antecedent is not None:
        out.counterpart_of[person] = view.ref(antecedent[2])
    named.append((t, title, person))
    return view.mention_span[person][1] + 1


_QUOTES = {"»", "«", '"', "”", "“", "'", "’"}
#: Punctuation that sets a title after a name in apposition: a comma, a bracket, a dash ("X -رئيس الاتحاد
#: الدولي-"; raw corpus, both files: 177 lines write a word, a dash and a title word, most of them a name's).
_APPOSITION = ("،", ",", "(", "-", "–")


def _appositives(view: DocView, out: Officials) -> None:
    """"NAME[،] TITLE" when no other name follows the title: "X، وزير الخارجية
    الفلاني"، "«X» وزير الخارجية"؛ titles stacked after the name hold for it too ("X
    ولي العهد وزير الدفاع"). Without a comma the title must name its post (a country, ministry or
    body), or be one news puts after names, and the name must not be a verb's object
    ("استقبل فلانوف رئيس الوزراء الفلاني": the one named received the Prime Minister). A name that already
    has a title takes one more after a comma where the two stack (`stacks_on`): "مستشار الملك
    الأمير X، أمير منطقة Y" (not "الرئيس الفلاني X، وزير الخارجية العلاني": two states, two persons)."""
    toks = view.tokens
    taken = {(x.first, x.last) for x in out.title_of_mention.values()}
    holder: int | None = None  # the name the previous appositive title belongs to
    past = False  # that name's titles are posts held before ("X، الذي شغل منصب وزير … ووزير …")
    after = -1  # the token after that title
    stacked_on = ""  # that title's role
    starts = {x.first for x in out.titles}
    by_end = {x.last: x for x in out.titles}
    heads = [h for x in out.titles if x.role in POSTED and (j := after_posting(view, x.last + 1)) not in starts
             and (h := stacked_body_head(view, j, x)) is not None]  # "X سفير البلد لدى مصر ورئيس الوفد"
    heads += stacked_heads(view, out.titles, starts)  # "X أمير منطقة عسير رئيس مجلس شباب المنطقة"
    for title in sorted(out.titles + heads, key=lambda x: x.first):
        head = toks[title.first]
        if holder is not None and (title.first, title.last) not in taken \
                and _with_posted(view, title, stacked_on, after):
            # "X سفير البلد لدى مصر ومندوبه الدائم لدى الجامعة العربية"
            _hold(view, out, title, _post(view, title, holder), past)
            after, stacked_on = title.last + 1, title.role
            continue
        if (title.first, title.last) not in taken and not title.plural and conjoined(view, title):
            m = holder if holder is not None and title.first == after else None  # "X، وكيل الوزارة والمتحدث باسمها"
            if m is None and (pair := pair_holder(view, title, out.titles, taken, out.title_of_mention)) is not None:
                first, m = pair  # "X المدير العام والرئيس التنفيذي للاتحاد"
                _hold(view, out, first, _post(view, first, m))
                out.title_of_mention[m] = first
            if m is not None:
                _hold(view, out, title, _post(view, title, m), past and m == holder)
                holder, after, stacked_on = m, title.last + 1, title.role
                continue
        if (title.first, title.last) in taken or title.plural or (
                head.key[:1] in "وف" and head.key not in HEADS.first_words
                and (head.key[1:] in HEADS.first_words or head.key[1:] in vocab.TITLE_PREFIXES)):
            # "، والرئيس": another person
            holder = None
            continue
        j = title.first - 1
        comma = False
        while j >= 0 and (toks[j].key in _APPOSITION or toks[j].key in _QUOTES) and j not in view.token_mention:
            comma = comma or toks[j].key in _APPOSITION  # "X (وزير الخارجية الفلاني)"، "X - وزير الخارجية -"
            j -= 1
        k, held = restating(view, j)
        restated = k != j
        if restated:
            j, comma = k, True  # "X، وهو وزير الخارجية …"، "X الذي يشغل منصب وزير …"
        if holder is not None and j == after - 1 and (
                title.role in vocab.STACKABLE_ROLES and stacked_on in vocab.STACKABLE_ROLES
                or (prev := by_end.get(after - 1)) is not None and prev.last + 1 == title.first
                and stacks_on(view, prev, title)):
            m = holder  # a second title stacked after the first: "X أمير منطقة الجوف رئيس مجلس التنمية السياحية"
            held = past
        else:
            m = view.token_mention.get(j)
            qualified = title.of is not None or title.portfolio is not None or title.body is not None
            before = out.title_of_mention.get(m) if m is not None else None
            completes = (before is not None and before.of is None and title.of is not None
                         and (before.role, before.portfolio) == (title.role, title.portfolio)) or (
                before is not None and before.role == "member-of-parliament") or heir_goes_on(before, title)
            if m is None or not view.is_person(m) or view.mention_span[m][1] != j or (
                    m in out.title_of_mention and not completes and not restated  # "X، الذي يتولى كذلك منصب"
                    and not (comma and stacks_on(view, before, title) and not name_follows(view, title))):
                holder = None
                continue
            if not comma and not (qualified or vocab.ROLES[title.role].appositive
                                  or title.role in vocab.NATIONAL_ROLES):
                holder = None
                continue
            if not comma and object_of_verb(view, m):
                holder = None
                continue
            if not qualified and not vocab.ROLES[title.role].appositive and title.role not in vocab.NATIONAL_ROLES:
                holder = None
                continue
        held = held or (restated and title.last + 1 < len(toks) and toks[title.last + 1].is_(BEFORE))
        _hold(view, out, title, _post(view, title, m), held)  # "… منصب وزير الخارجية سابقا"
        out.title_of_mention.setdefault(m, title)
        holder, after, stacked_on, past = m, title.last + 1, title.role, held


def _with_posted(view: DocView, title: Title, stacked_on: str, after: int) -> bool:
    """The title stands right after an envoy's title and its posting ("، " or "و" between) and is a
    post an envoy holds beside it (`kg.extract.posted_titles.WITH_POSTED`)."""
    if stacked_on not in WITH_POSTED or title.role not in WITH_POSTED or title.plural \
            or (title.role == "head" and title.of is None):
        return False
    return after_posting(view, after) == title.first  # "… لدى مصر، وعميد السلك الدبلوماسي العربي، …"


def _dedupe(posts: list[Post]) -> list[Post]:
    """One post per (person, role, portfolio, of) in an article: the first statement of it;
    "الرئيس X" adds nothing when the article also says "الرئيس الإيراني X"."""
    known = {(p.person.key, p.role, p.portfolio) for p in posts if p.of is not None}
    known |= {(p.person.key, p.role, None) for p in posts if p.portfolio is not None}  # "الوزيرة X"
    seen: set[tuple[str, str, str | None, str | None]] = set()
    out = []
    for p in posts:
        key = (p.person.key, p.role, p.portfolio, p.of.key if p.of else None)
        if key in seen or (p.of is None and key[:3] in known):
            continue
        seen.add(key)
        out.append(p)
    return out
