"""Who a meeting's participants stand for, and how many events a clause tells.

Event data codes an actor as state (or body) + role, as CAMEO does: a meeting of the Saudi
crown prince and the Jordanian king is also one of Saudi Arabia and Jordan, a talk with the
OPEC secretary-general also one with OPEC. `with_represented` adds, for each official among
the participants, the country of his post (stated in the article, else the knowledge base's
office holders at the article's date) and the body of his post when the state does not
stand for it (an intergovernmental body, a party), so a talk with the OPEC secretary-general
is one with OPEC.

`split_calls` keeps a phone call bilateral: "تلقى X اتصالين هاتفيين من A … وB …" is two
calls, X–A and X–B, not one call of three; `split_tour` makes a tour ("زيارة تشمل الكويت
وقطر والعراق") one visit per host country.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.meeting_sides import article_pair
from kg.extract.officials import Officials
from kg.extract.text import DocView
from kg.link.normalize import clitic_splits, match_key


def kb_states(view: DocView, person: Ref) -> dict[str, Ref]:
    """The countries whose office the knowledge base says the person held when the article
    was published (every country post, when the article or the post has no date)."""
    entry = view.kb_entry(person)
    if entry is None:
        return {}
    day = view.doc.published.isoformat() if view.doc.published is not None else None
    out: dict[str, Ref] = {}
    for post in entry.posts:
        if not post.of.startswith("country:"):
            continue
        if day is not None and ((post.start and post.start > day) or (post.end and post.end < day[:len(post.end)])):
            continue
        country = view.kb.get(post.of)
        if country is not None:
            ref = view.kb_ref(country)
            out[ref.key] = ref
    return out


#: A state's own institutions: their officials represent the state, which is added already.
_STATE_HEADS = vocab.keys(("وزارة", "الوزارة", "حكومة", "الحكومة", "رئاسة", "الرئاسة", "برلمان", "البرلمان",
                           "ديوان", "الديوان", "سفارة", "السفارة", "قنصلية", "القنصلية", "إمارة", "محافظة",
                           "بلدية", "أمانة", "هيئة", "الهيئة", "مؤسسة", "المؤسسة", "جامعة", "القوات", "الجيش"))
#: A state's own services and units, whose heads receive and visit as officials of their state ("مدير عام
#: السجون"، "مدير الأمن العام"، "المشرف العام على مركز X"، "مدير عام الجمعية"، "القائد العام للقوات المسلحة"):
#: raw corpus, paragraphs with a meeting word, the word after مدير/رئيس/قائد/عضو/المشرف العام على: مركز 57
#: (المركز 16), اللجنة 66 (لجنة 41), فرع 49, إدارة 48 (الإدارة 14), الشؤون 18 (شؤون 12), جمعية 21 (الجمعية 14),
#: الاستخبارات 23, الجهاز 21, مستشفى 16 (المستشفى 13), قسم 15, شرطة 14, الأمن 11, السجون 10, المكتب 10 (مكتب 9),
#: جوازات 8. Not a side beside the state, which the official brings already.
_SERVICE_HEADS = vocab.keys(("مركز", "المركز", "لجنة", "اللجنة", "فرع", "الفرع", "إدارة", "الإدارة", "مديرية",
                             "المديرية", "شؤون", "الشؤون", "جمعية", "الجمعية", "الاستخبارات", "استخبارات", "جهاز",
                             "الجهاز", "مستشفى", "المستشفى", "قسم", "شرطة", "الشرطة", "الأمن", "السجون", "سجون",
                             "مكتب", "المكتب", "جوازات", "الجوازات"))
#: Words that make a service's name an international body's ("المكتب الإقليمي للمنظمة الدولية …"، "المركز الدولي …").
_INTERNATIONAL = vocab.keys(("الأمم", "الدولي", "الدولية", "العالمي", "العالمية", "الأوروبي", "الأوروبية",
                             "الإفريقي", "الأفريقي", "الإفريقية", "الأفريقية", "الخليجي", "الخليجية"))
_NATIONAL_COUNCILS = vocab.keys(("الوزراء", "النواب", "الشورى", "الأمة", "الشعب", "الشيوخ", "الدولة", "الأعيان",
                                 "المستشارين", "الوطني", "القضاء", "الأعلى"))
_COUNCIL = vocab.keys(("مجلس", "المجلس"))


def body_of_post(view: DocView, ref: Ref) -> bool:
    """An organization a post belongs to that the state does not already stand for: an
    intergovernmental body (the UN, OPEC, the GCC, the Arab League), a party or a movement.
    A state's own institution (its cabinet, parliament, a ministry, an embassy, a local
    authority) is not added: its state is. A body the knowledge base knows counts when it
    stands for no state. A state's service or unit ("مدير عام السجون"، "المشرف العام على مركز X") is its state's
    too, its name with a clitic ("القائد العام للقوات المسلحة") as without."""
    if ref.entity.kind != "Organization" or view.country_of(ref) is not None:
        return False
    if view.kb_entry(ref) is not None:
        return True
    words = [match_key(w) for w in ref.entity.label.split()]
    heads = {rest for _, rest in clitic_splits(words[0], article=False)} if words else set()  # "للقوات" → القوات
    if not words or heads & _STATE_HEADS:
        return False
    if heads & _SERVICE_HEADS and not any(r in _INTERNATIONAL for w in words for _, r in clitic_splits(w)):
        return False  # "مكتب المنظمة العالمية …"، "اللجنة الدولية …": an international body's office stays
    return not (words[0] in _COUNCIL and len(words) > 1 and words[1] in _NATIONAL_COUNCILS)


def with_represented(participants: list[Ref], off: Officials, view: DocView) -> list[Ref]:
    """The participants, then the state each official among them represents (his post's
    country, stated in the article, or failing that the knowledge base's office holders) and
    the body of his post (`body_of_post`). A post whose country is only the article's one
    country (a guess) adds nothing."""
    out = list(participants)
    seen = {p.key for p in out}

    def add(ref: Ref) -> None:
        if ref.key not in seen:
            seen.add(ref.key)
            out.append(ref)

    for p in participants:
        if p.entity.kind != "Person":
            continue
        mine = [post for post in off.posts if post.person.key == p.key and post.of is not None]
        states = {post.of.key: post.of for post in mine
                  if post.of.entity.kind == "Country" and post.of_source != "article"}
        bodies = {post.of.key: post.of for post in mine if body_of_post(view, post.of)}
        if not states and not bodies:  # "وزيرة خارجية الهيئة الفلانية X": she speaks for the body, not
            states = kb_states(view, p)  # the state whose minister the knowledge base also lists her as
        if len(states) == 1:
            add(next(iter(states.values())))
        if len(bodies) == 1:
            add(next(iter(bodies.values())))
    return out


def split_calls(participants: list[Ref], kind: str) -> list[list[Ref]]:
    """A phone call is between two sides: with one party and several persons after it ("تلقى
    الملك X اتصالين هاتفيين من الملك A ، والملك B"), one call per other person, each with the
    first party. Any other event, or a call of two persons, stays one."""
    persons = [p for p in participants if p.entity.kind == "Person"]
    if kind != "call" or len(persons) < 3:
        return [participants]
    first, others = persons[0], persons[1:]
    return [[first, other] for other in others]  # each side's state is added after


def split_tour(participants: list[Ref], destinations: list[Ref],
               place: Ref | None) -> list[tuple[list[Ref], Ref | None]]:
    """One visit per host country when a visit names two or more ("جولة تشمل الكويت وقطر"):
    the visitors (every participant that is not a destination) with each host in turn, the
    host as its place. With fewer than two destinations: the event as it is."""
    if len(destinations) < 2:
        return [(participants, place)]
    hosts = {d.key for d in destinations}
    visitors = [p for p in participants if p.key not in hosts]
    if not visitors:
        return [(participants, place)]
    return [([*visitors, d], d) for d in destinations]


def bare_title_state(view: DocView, off: Officials, first: int, last: int, participants: list[Ref]) -> Ref | None:
    """The state of a national title written without its country in an event clause ("محادثات
    مع رئيس الجمهورية ورئيس الحكومة"، "المباحثات التي أجراها الرئيس المصري مع ولي ولي
    العهد"), or of a participant whose national post has none ("ولي العهد الأمير X"): the
    visitor's state is named, so the bare titles are the other side's, the one country of the
    article's two sides (`article_pair`) the participants do not already hold.
    None when no such title is unnamed and unheld, or the other side is not clear."""
    named = {id(x) for x in off.title_of_mention.values()}
    bare = [t.first for t in off.titles if first <= t.first <= last and t.of is None and id(t) not in named
            and t.role in vocab.NATIONAL_ROLES and off.holder(t) is None]
    for p in participants:  # "استقبل ولي العهد الأمير X وزير الخارجية المصري": X's post has no country
        posts = [post for post in off.posts if post.person.key == p.key]
        if posts and p.mention is not None and all(
                post.role in vocab.NATIONAL_ROLES and (post.of is None or post.of_source == "article")
                for post in posts) and not kb_states(view, p):
            bare.append(view.mention_span[p.mention][0])
    if not bare:
        return None
    held = {p.key for p in participants if p.entity.kind == "Country"}
    if not held:
        return None
    others = [c for c in article_pair(view, off, bare[0]) if c.key not in held]
    return others[0] if len(others) == 1 else None
