"""Nisba adjectives (الروسي، الإيرانية، الأميركيين) → the country they qualify.

A nisba is not an entity mention: "الرئيس الروسي" names a post of Russia, "الوفد الإيراني"
a delegation of Iran, "القمة الروسية الإيرانية" a summit of Russia and Iran. The
knowledge base lists every country's nisba forms (masculine, feminine, plural, with and
without the article, أمريكي/أميركي …); the gazetteer finds them in the text; this module
turns them, and the other words that can qualify a title (a country or organization
mention, "دولة قطر"), into references to the country or organization.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.link.gazetteer import Gazetteer
from kg.link.kb import KBEntry, KnowledgeBase
from kg.link.resources import Resources

#: Entity kinds that can qualify a post or be a party: not persons, not MISC things.
QUALIFIER_KINDS = frozenset({"Country", "City", "Organization", "Place"})


#: Dashes that join two nisbas of one pair ("التركي - الأميركي"; 61 raw-corpus hits after
#: العلاقات/الاتفاق/القمة/المباحثات …).
_DASHES = frozenset("-–—ـ")

def resolve_nisba(word: str, *, kb: KnowledgeBase | None = None,
                  gazetteer: Gazetteer | None = None) -> KBEntry | None:
    """The country a nisba adjective (one or two words, e.g. "الكورية الشمالية") refers to.

    `kb` and `gazetteer` default to `Resources.default()`'s."""
    if kb is None or gazetteer is None:
        resources = Resources.default()
        kb, gazetteer = kb or resources.kb, gazetteer or resources.gazetteer
    hits = [h for h in gazetteer.find(word) if h.is_nisba]
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(word.strip()):
        return kb.get(hits[0].entry_id)
    return None


def qualifier(view: DocView, t: int, *, allow_city: bool = True) -> tuple[Ref, int] | None:
    """What names a country or organization at token t, and how many tokens it takes.

    In order: a nisba (الروسي → Russia; الأممي → the UN), "دولة/جمهورية" + a country, or a
    mention (not a person) that starts at t: a country, an organization, a city.
    """
    if t >= len(view.tokens):
        return None
    found = view.nisba(t)
    if found is not None:
        return found
    tok = view.tokens[t]
    if tok.is_(vocab.COUNTRY_LINKS) and t + 1 in view.mention_at:
        inner = qualifier(view, t + 1, allow_city=False)
        if inner is not None and inner[0].entity.kind in ("Country", "Organization", "Place"):
            return inner[0], inner[1] + 1
    i = view.mention_at.get(t)
    if i is None:
        return None
    ref = view.ref(i)
    kind = ref.entity.kind
    if kind not in QUALIFIER_KINDS or (kind == "City" and not allow_city):
        return None
    first, last = view.mention_span[i]
    return ref, last - first + 1


def nisbas_after(view: DocView, t: int, limit: int = 4) -> tuple[list[Ref], int]:
    """Consecutive nisbas from token t ("الروسية الإيرانية", "الروسي والإيراني", and with a dash
    between them: "الاتفاق التركي - الأميركي", "السعودية ــ البرازيلية"): refs, tokens used."""
    refs: list[Ref] = []
    used = 0
    while len(refs) < limit:
        found = view.nisba(t + used)
        dash = 0
        if found is None and refs and _is_dash(view, t + used):
            dash = 1
            found = view.nisba(t + used + 1)
        if found is None:
            break
        refs.append(found[0])
        used += dash + found[1]
    return refs, used


def _is_dash(view: DocView, t: int) -> bool:
    """Token t is a dash between two nisbas ("-", "–", "—", a run of tatweels)."""
    return 0 <= t < len(view.tokens) and bool(view.tokens[t].text) and all(
        ch in _DASHES for ch in view.tokens[t].text)


#: Nouns of bodies that news names once in full and then by the noun alone ("منظمة التعاون
#: الإسلامي … الأمين العام للمنظمة"، "حزب X … رئيس الحزب").
_BODY_NOUNS = vocab.keys(("منظمة", "مجلس", "جامعة", "اتحاد", "لجنة", "هيئة", "حزب", "حركة", "منتدى", "بنك",
                          "صندوق", "مؤسسة", "جمعية", "رابطة", "تحالف", "ائتلاف", "مفوضية", "وكالة"))


def _bare_noun(key: str) -> str | None:
    """The body noun of a definite token ("للمنظمة"، "المجلس"، "والحزب" → منظمة، مجلس، حزب)."""
    for form in (key, key[1:] if key[:1] in "وف" else key):
        for article in ("لل", "ال"):
            if form.startswith(article) and form[len(article):] in _BODY_NOUNS:
                return form[len(article):]
    return None


def _own_adjective(view: DocView, k: int) -> bool:
    """Token k is a definite adjective outside any mention, no nisba, filler or title word: it names the body
    before it ("اللجنة القانونية"), which is then not the one of that noun named elsewhere. Raw corpus (both
    files): رئيس|مدير|الأمين العام|عضو + اللجنة|الهيئة|المنظمة + a definite word, e.g. اللجنة المحلية 91,
    اللجنة الإشرافية 83, اللجنة الأولمبية 75, اللجنة التنفيذية 56, الهيئة العليا 54: names of their own."""
    toks = view.tokens
    return (k < len(toks) and k not in view.token_mention and toks[k].key.startswith("ال") and view.nisba(k) is None
            and not toks[k].is_(vocab.FILLERS) and not toks[k].is_(vocab.NOT_CURRENT)
            and not toks[k].is_(vocab.HONORIFICS) and not toks[k].is_(vocab.SINGLE_HEADS))


def body_anaphor(view: DocView, t: int) -> tuple[Ref, int] | None:
    """"للمنظمة" after a title, not itself a mention: the one body named before it whose name
    opens with that noun ("منظمة التعاون الإقليمي"), else None (none, or two such bodies)."""
    if t >= len(view.tokens) or t in view.token_mention or _own_adjective(view, t + 1):
        return None  # "ورئيس اللجنة القانونية": another committee than the one named before
    noun = _bare_noun(view.tokens[t].key)
    if noun is None:
        return None
    found: dict[str, Ref] = {}
    for m, (first, _) in view.mention_span.items():
        if first >= t or view.is_person(m):
            continue
        head = view.tokens[first]
        if any(f == noun or f == "ال" + noun for f in head.forms):
            ref = view.ref(m)
            if ref.entity.kind in ("Organization",):
                found.setdefault(ref.key, ref)
    return (next(iter(found.values())), 1) if len(found) == 1 else None
