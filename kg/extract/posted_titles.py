"""An envoy's posts written one after another: "سفير البلد لدى المنظمة ومندوبه الدائم …، عميد السلك
الدبلوماسي، السفير X".

An ambassador is often also his state's permanent representative to an organization, the dean of
the diplomatic corps, or the head of a delegation, and news stacks these posts before (or after) one
name, each with its own posting ("لدى مصر"، "بالجامعة العربية"). The national stack of
`kg.extract.officials` (minister, deputy prime minister …) has no postings between its titles, so a
posting ends it there. This module reads a posted title, its posting, an optional "،" or "و", and the
next posted title, as long as the next is a post an envoy holds together with the first (another
posting, the deanship, the head of a delegation or mission); the name after the last title holds
them all. A national post after the posting ("سفير البلد لدى مصر ووزير الخارجية المصري X") is a
second person, not a second post, and ends the chain.

Raw corpus (both files, grep -c): "مندوب المملكة الدائم" 39, "عميد السلك الدبلوماسي" 14,
"عميد الدبلوماسيين" 5, "ومندوبها الدائم" 3; the paragraphs that stack them name one ambassador.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.body_titles import body_head_at
from kg.extract.facts import Post, Ref
from kg.extract.text import DocView
from kg.extract.titles import Title, parse_title
from kg.link.normalize import match_key
from kg.link.state_styles import STATE_NOUNS

#: Roles posted abroad (one home: `vocab.POSTED_ROLES`).
POSTED = vocab.POSTED_ROLES
#: Posts an envoy holds together with his posting: another posting, the dean of the corps, the head
#: of a delegation or mission ("ورئيس الوفد"، "رئيس بعثة").
WITH_POSTED = POSTED | {"dean", "head"}
#: How many posted titles one chain may have.
CHAIN = 4
_PERMANENT = vocab.keys(("الدائم", "الدائمة"))
_POSTING = vocab.keys(("لدى", "في", "إلى", "الى", "عند"))
#: Where an envoy is posted, named by a common noun ("لدى المملكة"، "في البلاد").
_PLACES = vocab.keys(("المملكة", "البلاد", "الدولة", "السلطنة", "الجمهورية", "الإمارة", "بلادنا", "القاهرة"))


def posting_end(view: DocView, i: int) -> int:
    """The token after the posting at i ("لدى مصر"، "لدى جامعة الدول العربية"، "بالجامعة العربية"،
    "في القاهرة"), or i when there is none."""
    toks = view.tokens
    if i >= len(toks):
        return i
    tok = toks[i]
    m = view.mention_at.get(i)
    if m is not None and not view.is_person(m) and tok.key[:1] in "بل" and tok.key[:2] != "ال":
        return view.mention_span[m][1] + 1  # "بالجامعة العربية"، "لمصر": the preposition on the mention
    if tok.is_(_POSTING) and i + 1 < len(toks):
        m = view.mention_at.get(i + 1)
        if m is None and toks[i + 1].is_(STATE_NOUNS):
            m = view.mention_at.get(i + 2)  # "لدى جمهورية مصر العربية" with the name alone tagged
        if m is not None and not view.is_person(m):
            return view.mention_span[m][1] + 1
        if toks[i + 1].is_(_PLACES):
            return i + 2
    return i


def after_posting(view: DocView, i: int) -> int:
    """The token after a posted title's tail at i: "الدائم"، its posting, commas and nisbas
    ("مندوب البلد الدائم لدى الجامعة العربية، …"، "عميد السلك الدبلوماسي العربي …")."""
    toks = view.tokens
    if i < len(toks) and toks[i].is_(_PERMANENT):
        i += 1
    i = posting_end(view, i)
    while i < len(toks):
        if toks[i].key in ("،", ",") or toks[i].is_(_PERMANENT) or _adjective(view, i):
            i += 1
        elif (j := posting_end(view, i)) > i:
            i = j  # "عميد الدبلوماسيين العرب بالقاهرة"
        else:
            break
    return i


def _adjective(view: DocView, i: int) -> bool:
    """A relative adjective at i, outside any mention: a nisba the linker knows (الصيني) or one it
    does not ("العربي"، "الأفريقية": definite, ending in ي or ية)."""
    if i in view.token_mention:
        return False
    key = view.tokens[i].key
    return view.nisba(i) is not None or view.tokens[i].is_(_PLURAL_ADJECTIVES) \
        or (key.startswith("ال") and len(key) > 4 and key.endswith(("ي", "يه")))


#: Broken plurals of nisbas after a corps' title ("عميد الدبلوماسيين العرب").
_PLURAL_ADJECTIVES = vocab.keys(("العرب", "الأجانب", "الأفارقة"))


def posted_chain(view: DocView, title: Title, name_after) -> list[Title]:
    """The posted titles stacked from `title` on ("سفير البلد لدى مصر ومندوب البلد الدائم لدى
    الجامعة العربية"): [title] alone unless a name follows the last of two or more. `name_after` is
    `kg.extract.holders.name_after` (passed in: holders imports this module's callers)."""
    if title.role not in POSTED or title.plural:
        return [title]
    toks = view.tokens
    j = title.first - 1
    while j >= 0 and toks[j].key in ("،", ",", "»", "«", '"'):
        j -= 1
    m = view.token_mention.get(j)
    if m is not None and view.is_person(m) and view.mention_span[m][1] == j:
        return [title]  # "X سفير البلد لدى مصر …": the titles after a name are that name's
    chain = [title]
    while len(chain) < CHAIN and chain[-1].role in POSTED | {"dean"}:
        last = chain[-1]
        j = after_posting(view, last.last + 1)
        if name_after(view, last.last + 1, last) is not None or name_after(view, j, last) is not None:
            break
        if j >= len(toks) or toks[j].sentence != toks[title.first].sentence:
            break
        nxt = possessive_envoy(view, j, last) or parse_title(view, j)
        if nxt is None or (nxt.role == "head" and nxt.of is None):
            nxt = stacked_body_head(view, j, last)  # "… لدى مصر ورئيس الجالية الصينية X"
        if nxt is None or nxt.plural or nxt.role not in WITH_POSTED or (nxt.role == "head" and nxt.of is None):
            break
        chain.append(nxt)
    last = chain[-1]
    if len(chain) == 1 or (name_after(view, last.last + 1, last) is None
                           and name_after(view, after_posting(view, last.last + 1), last) is None):
        return [title]
    return chain


def stacked_body_head(view: DocView, j: int, posted: Title) -> Title | None:
    """The head of a body the NER does not tag, written at token j right after the posted title
    `posted` and its posting ("سفير البلد لدى مصر ورئيس الجالية الصينية"، "X، سفير البلد لدى
    مصر، رئيس مجموعة السفراء الآسيويين"): an envoy heads his community, his delegation or a group of
    envoys. A body with the nisba of another country than the envoy's ("ورئيس الوفد المصري") is
    headed by someone else."""
    head = body_head_at(view, j)
    if head is None:
        return None
    own = view.country_of(posted.of) if posted.of is not None else None
    for u in range(head.first + 1, head.last + 1):
        q = view.nisba(u)
        if q is not None and (own is None or q[0].key != own.key):
            return None
    return head


#: An envoy's head noun with a possessive pronoun ("مندوبها الدائم"، "سفيرها"): raw corpus (both files),
#: مندوبها 13, سفيرها 44, مبعوثها 6, سفيرهم 8.
_POSSESSED = {match_key(stem): role for stem, role in (("مندوب", "representative"), ("سفير", "ambassador"),
                                                       ("مبعوث", "envoy"))}
_PRONOUNS = ("هما", "هم", "ها", "ه")


def possessive_envoy(view: DocView, t: int, before: Title | None = None) -> Title | None:
    """"من جانب البلد مندوبها الدائم لدى الأمم المتحدة السفير X" at token t: the envoy of the country
    named last before it in the sentence (the pronoun's antecedent), or in a stack ("سفير المملكة
    ومندوبها الدائم") the state of the title `before` (also a deictic one). The written word tells the
    pronoun ه from the feminine ة that `match_key` folds into it (سفيره "his ambassador", سفيرة)."""
    toks = view.tokens
    tok = toks[t]
    key = tok.key[1:] if tok.key[:1] == "و" and tok.key[1:4] in {k[:3] for k in _POSSESSED} else tok.key
    role = None
    for pron in _PRONOUNS:
        if key.endswith(pron) and key[:-len(pron)] in _POSSESSED:
            if pron == "ه" and not tok.text.rstrip().endswith("ه"):
                continue  # سفيرة: a woman ambassador, no pronoun
            role = _POSSESSED[key[:-len(pron)]]
            break
    if role is None:
        return None
    last = t + 1 if t + 1 < len(toks) and toks[t + 1].is_(_PERMANENT) else t
    if before is not None:
        return Title(role, t, last, view.span_text(t, last), before.of, deictic=before.deictic)
    best: tuple[int, Ref] | None = None
    for m, (first, _) in view.mention_span.items():
        if first < t and toks[first].sentence == tok.sentence and not view.is_person(m):
            ref = view.ref(m)  # a country itself: a city after "سفيرها في" is its posting, not its state
            if ref.entity.kind == "Country" and (best is None or first > best[0]):
                best = (first, ref)
    if best is None:
        return None
    return Title(role, t, last, view.span_text(t, last), best[1])


#: The rank "ambassador" before a name (`vocab.HONORIFICS`): a post only with a mission the person heads.
_RANK = vocab.keys(("السفير", "السفيرة"))
#: What an ambassador heads for his state or body: its mission, delegation or embassy.
_MISSIONS = vocab.keys(("بعثة", "البعثة", "وفد", "الوفد", "سفارة", "السفارة"))


def ranked_envoys(view: DocView, posts: list[Post]) -> list[Post]:
    """An ambassador's post for a person with the rank "السفير" who heads the mission or delegation
    of a state or body ("السفير X، رئيس بعثة الاتحاد الإقليمي في البلد"، "رئيس بعثة البلد السفير X"):
    the rank alone is no post (a spokesman may hold it), heading a mission of Y makes it Y's
    ambassador. Y is the mention (or nisba) after the mission noun in the head's title."""
    toks = view.tokens
    out = []
    for p in posts:
        m = p.person.mention
        if p.role != "head" or m is None or m not in view.mention_span:
            continue
        first = view.mention_span[m][0]
        if first == 0 or not toks[first - 1].is_(_RANK):
            continue
        span = [t for t, tok in enumerate(toks) if p.start <= tok.start and tok.end <= p.end]
        mission = next((t for t in span if toks[t].is_(_MISSIONS) or toks[t].key[1:] in _MISSIONS), None)
        if mission is None:
            continue
        of = None
        for t in span:
            if t <= mission:
                continue
            n = view.mention_at.get(t)
            if n is not None and not view.is_person(n):
                of = view.country_of(view.ref(n)) or view.ref(n)
                break
            if (q := view.nisba(t)) is not None:
                of = q[0]
                break
        if of is not None:
            out.append(Post(p.person, "ambassador", toks[first - 1].text, of, p.evidence,
                            start=toks[first - 1].start, end=toks[first - 1].end))
    return out


#: Words that open a list of the persons received or present ("… رؤساء المجموعات: X"، "وهم X").
_OPENERS = vocab.keys(("وهم", "هم", "منهم"))
_EACH = vocab.keys(("كل", "كلا", "كلاً"))


def posted_after_name(view: DocView, first: Title, person: int, covered: set[int], name_after) -> Title | None:
    """"رئيس مجموعة السفراء الأفارقة X سفير البلد الفلاني": a posted title with its own country
    right after a titled name, and no name after it, is that person's second post (the name stands
    between his two titles). Only where the first title follows another noun phrase (a title or a
    name: the object of "استقبل الملك …"; a list item "، ورئيس …"، "كلا من"، ":"), never right after a verb: in
    "استقبل وزير الخارجية X سفير البلد" X is the host and the ambassador his unnamed guest."""
    toks = view.tokens
    j = view.mention_span[person][1] + 1
    second = parse_title(view, j) if j < len(toks) else None
    if second is None or second.role not in POSTED or second.of is None or second.plural or not second.current \
            or first.role in POSTED or name_after(view, posting_end(view, second.last + 1), second) is not None:
        return None
    p = first.first - 1
    listed = p >= 0 and ((toks[first.first].key[:1] == "و" and toks[p].key in ("،", ","))
                         or toks[p].key in _OPENERS or toks[p].text == ":"
                         or (toks[p].key == "من" and p > 0 and toks[p - 1].is_(_EACH)))  # "كلا من"، ":"
    after_phrase = p >= 0 and (p in covered or (p in view.token_mention and view.is_person(view.token_mention[p])))
    return second if listed or after_phrase else None
