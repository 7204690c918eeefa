"""Titles stacked over one name: "نائب رئيس الوزراء وزير الخارجية X"، "وزير الإسكان رئيس مجلس إدارة الصندوق
X"، "X أمير منطقة الجوف رئيس مجلس التنمية السياحية" — each title is a post of that person.

National offices stack as they always did (`vocab.STACKABLE_ROLES`); any two titles that name what they are
posts of (a country, body or ministry's field) stack too when they stand side by side, unless they name two
parties: two states, or a state and an international body ("استقبل وزير الخارجية السعودي الأمين العام للأمم
المتحدة X"), or the second carries a preposition or و (a recipient, another person). A head of state's title
stacks with nothing ("استقبل الرئيس المصري وزير الخارجية X": two persons). `kg.extract.officials` binds the
chain to the name after it (`stack`) or, after a name, a second title to the first's holder (`stacks_on`).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.armed_forces import ARMED_ROLES
from kg.extract.body_titles import body_head_at, untagged_body_title
from kg.extract.facts import Ref
from kg.extract.holders import name_after
from kg.extract.posted_titles import posted_chain
from kg.extract.text import DocView
from kg.extract.titles import HEADS, Title, parse_title


def stack(view: DocView, title: Title) -> list[Title]:
    """Titles stacked on one person ("نائب رئيس الوزراء وزير الخارجية X"):
    each is a post of the name after the last. A country one of them names is shared by the
    national ones that name none (one country in the stack: "ولي العهد السعودي … وزير الدفاع")."""
    toks = view.tokens
    posted = posted_chain(view, title, name_after)
    if len(posted) > 1:  # "سفير البلد لدى مصر ومندوبه الدائم لدى الجامعة العربية X"
        return posted
    chain = [title]
    while len(chain) < 5 and (chain[-1].role in vocab.STACKABLE_ROLES or _named_post(chain[-1])):
        j = chain[-1].last + 1
        while j < len(toks) and toks[j].key in ("،", ","):
            j += 1
        if name_after(view, chain[-1].last + 1, chain[-1]) is not None:
            break
        nxt = parse_title(view, j)
        if nxt is None and _named_post(chain[-1]) and (bodied := untagged_body_title(view, j)) is not None:
            nxt = bodied[0]  # "وزير الإسكان رئيس مجلس إدارة الصندوق X": a body the NER does not tag
        if nxt is None or nxt.plural or toks[j].sentence != toks[title.first].sentence:
            break
        if j > chain[-1].last + 1 and toks[j].key[:1] == "و" and toks[j].key not in HEADS.first_words:
            break  # "X رئيس الحكومة وزير الداخلية، ووزير الخارجية Y": the list's next member (raw corpus,
            # both files: two stacked national titles, a comma and و + a title, 12 lines, each a second person)
        national = chain[-1].role in vocab.STACKABLE_ROLES and nxt.role in vocab.STACKABLE_ROLES
        if not national and not ((j == chain[-1].last + 1 or nxt.role not in vocab.STACKABLE_ROLES)
                                 and stacks_on(view, chain[-1], nxt)):
            break  # a comma before a minister's title lists another member: "… وعضو مجلس الوزراء، وزير الصحة"
        if national and nxt.of is not None and any(x.of is not None and not _capital_in(view, x.of, nxt.of)
                                                   for x in chain):
            break  # "رئيس الوزراء الأردني وزير الخارجية المصري": two officials, not one
        chain.append(nxt)
    countries = {x.of.key: x.of for x in chain if x.of is not None and x.role in vocab.NATIONAL_ROLES}
    if len(chain) > 1 and len(countries) == 1:
        of = next(iter(countries.values()))
        chain = [replace(x, of=of) if x.of is None and (x.role in vocab.NATIONAL_ROLES or x.role in ARMED_ROLES
                                                         and of.entity.kind == "Country") else x for x in chain]
        # the state's forces a stacked "نائب القائد الأعلى" commands: the heir's state, not his emirate's city
    return chain


def _capital_in(view: DocView, first: Ref, then: Ref) -> bool:
    """`first`, a capital city, stands in the state `then` names: "ولي عهد العاصمة نائب القائد الأعلى للقوات
    المسلحة بالدولة X" is one heir of an emirate with a post of its federation (raw corpus, both files: "ولي عهد
    أبوظبي نائب القائد الأعلى" 23 lines), not two officials of two states."""
    if first.entity.kind == "Country":
        return False
    country = view.country_of(first)
    return country is not None and country.key == then.key


def _named_post(title: Title) -> bool:
    """A title that names what it is a post of (a country, body, ministry's field, or its state by a deictic word:
    "مفتي عام المملكة رئيس هيئة كبار العلماء الشيخ X", raw corpus (both files) 37 lines) and is no head of state's
    or other national office outside the stackable ones ("الرئيس المصري" does not stack: "استقبل الرئيس
    المصري وزير الخارجية X" names two persons)."""
    if title.plural or (title.role in vocab.NATIONAL_ROLES and title.role not in vocab.STACKABLE_ROLES):
        return False
    return (title.of is not None or title.portfolio is not None or title.body is not None
            or title.deictic is not None)


def stacks_on(view: DocView, prev: Title, nxt: Title) -> bool:
    """`nxt`, right after `prev` with nothing between, is a second post of the same person: both name their
    posts (`_named_post`): "وزير الإسكان رئيس مجلس إدارة الصندوق X"، "مستشار خادم الحرمين الشريفين أمير
    منطقة مكة المكرمة الأمير X"، "X أمير منطقة الجوف رئيس مجلس التنمية السياحية" (raw corpus, both files:
    "أمير منطقة … رئيس مجلس|لجنة|هيئة|جمعية" 193 lines, "مستشار خادم الحرمين الشريفين أمير" 254, "وزير …
    رئيس مجلس إدارة" 28; a verb of meeting before two such titles with a name after them: 4 lines, each
    one person holding both). A comma between them changes nothing ("مستشار خادم الحرمين الشريفين، أمير منطقة …"
    29 lines, "أمير منطقة …، رئيس مجلس|لجنة|هيئة|جمعية" 8; a list of several persons joins them with و). Not
    when `nxt` carries a preposition or و (a recipient, another person), nor when the two name two parties
    (`_other_kind`)."""
    if not (_named_post(prev) and _named_post(nxt)):
        return False
    key = view.tokens[nxt.first].key
    if key[:1] in "بلوف" and key not in HEADS.first_words and key not in vocab.TITLE_PREFIXES:
        return False  # "بالقائم بالأعمال الليبي X"، "ووزير خارجيته X"
    return prev.of is None or nxt.of is None or _other_kind(nxt, [prev])


def name_follows(view: DocView, title: Title) -> bool:
    """An honorific or a person's name within three words after `title`: the title is that name's, not a
    second post of a name before it ("… الدكتور X، رئيس الجمعية الدولية للفنون بمصر الدكتور Y": Y's)."""
    for k in range(title.last + 1, min(len(view.tokens), title.last + 4)):
        if view.tokens[k].is_(vocab.HONORIFICS) or ((m := view.mention_at.get(k)) is not None and view.is_person(m)):
            return True
    return False


def _other_kind(nxt: Title, chain: list[Title]) -> bool:
    """The next title's `of` is no second party beside the chain's: a body or region of one state ("مستشار
    خادم الحرمين الشريفين [the kingdom] أمير منطقة مكة المكرمة [a region]"), not a second state nor an
    international body of the KB after a state's title ("وزير الخارجية الفلاني الأمين العام للأمم المتحدة X":
    the minister meets the Secretary-General)."""
    if nxt.of is None:
        return True
    ofs = [x.of for x in chain if x.of is not None]
    if any(o.entity.kind == "Country" for o in ofs):
        return nxt.of.entity.kind != "Country" and not _international(nxt.of)
    if any(_international(o) for o in ofs):
        return False
    return nxt.of.entity.kind != "Country" or not ofs


def _international(ref: Ref) -> bool:
    """An organization of the KB (the UN, the Arab League, the GCC …): a body of states."""
    return ref.kb_id is not None and ref.kb_id.startswith("org:")


def stacked_heads(view: DocView, titles: list[Title], starts: set[int]) -> list[Title]:
    """The head of a body the NER does not tag, written right after another title with no name after it: "X أمير
    منطقة عسير رئيس مجلس شباب منطقة عسير"، "X وزير الصحة رئيس مجلس إدارة الهيئة" (raw corpus, both files: "الأمير
    … أمير منطقة X رئيس" 71 lines). `kg.extract.officials` binds it to the first title's holder where the two stack
    (`stacks_on`); a name after the body makes it that name's title instead (`untagged_body_title`)."""
    covered = {t for x in titles for t in range(x.first, x.last + 1)}
    out = []
    for x in titles:
        j = x.last + 1
        if j in starts or j in covered or j >= len(view.tokens):
            continue
        head = body_head_at(view, j, strict=True)
        if head is None or any(t in covered for t in range(head.first, head.last + 1)):
            continue
        end = head.last + 1
        if end < len(view.tokens) and (view.tokens[end].is_(vocab.HONORIFICS)
                                       or ((m := view.mention_at.get(end)) is not None and view.is_person(m))):
            continue  # "… رئيس مجلس الإدارة الدكتور Y": Y's title
        out.append(head)
    return out
