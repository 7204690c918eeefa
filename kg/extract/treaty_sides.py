"""Three ways news names a treaty's sides without naming them one by one in the party slot.

- The counterpart by its place or nisba: "ووقع وزير الخارجية سامي الحداد ونظيره في فنزويلا"، "بين غرفة
  بيرو ونظيرتها في فنزويلا"، "بين مديرية الجمارك البيروفية ونظيرتها الفنزويلية". The counterpart noun
  (نظير + a possessive) with في/ب/لدى and a state or city, or with a nisba, names the other side by its
  state (raw news: 26 paragraphs with a treaty word and "ونظيره/ونظيرتها" + nisba). Raw news:
  5 paragraphs with a signing word and "نظيره/نظيرتها في|ب"; the two that sign a treaty are of
  this shape ("رئيس الوزراء الهندي … ونظيرته في بنغلادش … وقعا هذا الاتفاق"). A club or body
  after في ("مع نظيرتها في نادي الشباب") is not a state and gives nothing.
- The possessor of the signing noun: "أعلنت شركة X عن توقيعها اتفاقية مع Y"، "ستفعل أنقرة
  بإبرامها اتفاقا مع بكين". The pronoun on توقيع/إبرام is who signs: the nearest state or body
  named before it in the sentence (not one after a preposition that makes it a place, topic or
  partner; for "ـها" not a person). None there ("مكافأة الشركات على توقيعها على اتفاقيات مع
  الصندوق"): the pronoun's antecedent has no name, and no side is guessed. Raw news: 107 paragraphs with a signing
  word and توقيعه/توقيعها/إبرامه/إبرامها; in most the pronoun is the treaty itself ("الاتفاق الذي
  تم توقيعه بين …"), which is why only a signing noun BEFORE the treaty noun (within two
  words: "عن توقيعها لاتفاقية"، "بإبرامها اتفاقا") is read as a possessor.
- Two states' bodies the NER took for one name: "بين | حكومة الجمهورية التونسية والمملكة المغربية |"
  (raw news, a Tunisian bill approving a social-security agreement; 1 of 46 sampled paragraphs of
  cabinet/parliament approvals and ministry agreements). A body's mention the KB lacks, that
  starts with a state-body noun and holds a second part after و naming another state, is both.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.extract.treaty_pair import state_in_name

COUNTERPART = vocab.keys(("نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظيرتيه", "نظيرتيها", "نظيرهما",
                          "نظيرتهما", "نظرائه", "نظرائها", "نظراءه"))
_AT = vocab.keys(("في", "لدى"))
#: A signing noun with a possessive pronoun: who signs.
POSSESSED_SIGNING = vocab.keys(("توقيعها", "توقيعه", "توقيعهما", "توقيعهم", "إبرامها", "إبرامه", "إبرامهما"))


def counterpart_at(view: DocView, t: int, stop: int, party_of: Callable[[int], Ref | None]) -> tuple[Ref, int] | None:
    """The state a counterpart noun at token t names by its place ("ونظيره في فنزويلا"، "ونظيرته
    بفنزويلا"), and the token after that place; None if token t is no such phrase."""
    toks = view.tokens
    if t in view.token_mention or t + 1 > stop or not toks[t].is_(COUNTERPART):
        return None
    j = t + 1
    if j not in view.token_mention and (nis := view.nisba(j)) is not None and nis[0].entity.kind == "Country":
        return nis[0], j + nis[1]  # "بين وزارة الطاقة الأردنية ونظيرتها المصرية": by its nisba
    if toks[j].is_(_AT) and j not in view.token_mention:
        j += 1
    elif not (j in view.mention_at and toks[j].key.startswith("ب")):
        return None  # "بفنزويلا": the preposition is a clitic on the name
    m = view.mention_at.get(j)
    if j > stop or m is None:
        return None
    ref = party_of(m)
    if ref is None or ref.entity.kind not in ("Country", "Place"):  # "بنغلادش" the KB spells otherwise
        return None
    return ref, view.mention_span[m][1] + 1


def possessed_signing(view: DocView, first: int, trig_first: int) -> int | None:
    """A signing noun with a possessive pronoun right before the treaty noun ("عن توقيعها
    لاتفاقية"، "بإبرامها اتفاقا"), within two words: its token, or None."""
    toks = view.tokens
    for t in range(max(first, trig_first - 2), trig_first):
        if toks[t].is_(POSSESSED_SIGNING):
            return t
    return None


def possessor(view: DocView, t: int, party_of: Callable[[int], Ref | None], excluded: frozenset[str]) -> Ref | None:
    """The nearest state or body named before token t in its sentence: who the pronoun on the
    signing noun at t stands for. A mention after an excluded word (a place, topic or partner:
    "في"، "حول"، "مع") is not it."""
    toks = view.tokens
    first = view.sentence_tokens(toks[t].sentence)[0].index
    feminine = toks[t].key.endswith("ها")  # "توقيعها": a state, body or woman, not "الوزير سامي الحداد"
    best: Ref | None = None
    for m in view.mentions_in(first, t - 1):
        a, _ = view.mention_span[m]
        if a > first and toks[a - 1].is_(excluded) or feminine and view.is_person(m):
            continue
        if toks[a].key.startswith("ل") and not view.ref(m).entity.label.startswith("ل"):
            continue  # "زيارته لمصر وتوقيعه …": the ل-phrase is where he went, not who signs
        if (ref := party_of(m)) is not None:
            best = ref
    return best


def guessable(view: DocView, ref: Ref) -> bool:
    """A side the clause leaves implicit is a state, or a body the knowledge base knows (the
    EU, the UN): an institution, think tank or outlet whose head speaks ("قال مدير مؤسسة
    …"، "في مقابلة مع سي إن إن") is not a party of the treaty he speaks of."""
    return ref.entity.kind == "Country" or (ref.entity.kind == "Organization" and view.kb_entry(ref) is not None)


def merged_states(view: DocView, m: int, bodies: frozenset[str]) -> list[Ref]:
    """The two states of a mention that joins two states' bodies with و ("حكومة جمهورية بيرو وحكومة
    جمهورية فنزويلا"، "حكومة الجمهورية التونسية والمملكة المغربية"), or [] if it is not so."""
    a, b = view.mention_span[m]
    toks = view.tokens
    if view.mentions[m].ner_type == "PER" or not toks[a].is_(bodies) or view.kb_entry(view.ref(m)) is not None:
        return []
    for k in range(a + 2, b):
        if toks[k].key.startswith("و") and toks[k].is_(bodies):
            first, second = state_in_name(view, a, k - 1), state_in_name(view, k, b)
            if first is not None and second is not None and first.key != second.key:
                return [first, second]
    return []


#: "وذلك بتوقيع"، "ذلك من خلال توقيع": the signing is the means of what the clause before did
#: (raw corpus: "ذلك من خلال توقيع" 4, "وذلك بتوقيع" 3, "ذلك بتوقيع" 2).
_THAT = vocab.keys(("وذلك", "ذلك"))
_MEANS = vocab.keys(("خلال", "عبر"))
_MEANS_SIGNING = vocab.keys(("بتوقيع", "بإبرام", "توقيع", "إبرام"))
_PREPOSITIONS = vocab.keys(("في", "من", "إلى", "الى", "على", "عن", "مع", "بين"))


def means_subject(view: DocView, signing: list[int], first: int, covered: frozenset[int] | set[int],
                  party_of: Callable[[int], Ref | None]) -> int | None:
    """"ساهمت جامعة X وجامعة Y في …، وذلك بتوقيع اتفاقية مع Z": the signers are the subject of
    the clause the signing is the means of. The first token of that subject (the sentence's first
    body or state named before the signing, not after a preposition, not inside a title, and not
    a place), or None."""
    toks = view.tokens
    for v in signing:
        if not toks[v].is_(_MEANS_SIGNING):
            continue
        j = v - 1
        if j > first and toks[j].is_(_MEANS) and toks[j - 1].key == "من":
            j -= 2  # "من خلال توقيع"
        elif toks[v].key.startswith("ب"):
            pass
        else:
            continue
        if j < 0 or not toks[j].is_(_THAT):
            continue
        start = view.sentence_tokens(toks[v].sentence)[0].index
        for m in view.mentions_in(start, j - 1):
            a, _ = view.mention_span[m]
            ref = party_of(m)
            if ref is None or view.is_person(m) or ref.entity.kind not in ("Organization", "Country") \
                    or view.ref(m).entity.kind in ("City", "Place") or a - 1 in covered \
                    or toks[a].key[:1] in "بلك" and not view.ref(m).entity.label.startswith(toks[a].key[:1]):
                continue
            if a > start and toks[a - 1].is_(_PREPOSITIONS):
                continue
            return a
    return None
