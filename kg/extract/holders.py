"""Which person a title names: the name after it, past honorifics, commas and a posting.

A title binds the person mention after it ("وزير الخارجية الفلاني X") unless the grammar says the name is
someone else's: a name with a preposition is the recipient ("نقل الرئيس الفلاني لـX تحيات")، one joined by و
after a comma is a second person ("رئيس البرلمان، وX"; not "، وليد X": `kg.extract.waw_names`)، one after an
honorific with ل is received ("استقبال الرئيس المصري لصاحب السمو X"). Ranks, honorifics (also abbreviated:
"د. X"), a membership ("عضو المجلس") and a posting ("لدى المنظمة") may stand between title and name.
`kg.extract.officials` decides what the title is; this module only finds its holder.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.ali_spelling import ala_opens_ali, ali_spelt_ala
from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.extract.title_seats import seat_noun, seated_body
from kg.extract.titles import HEADS, THEN, Title, parse_title
from kg.extract.waw_names import own_waw
from kg.link.normalize import match_key
from kg.link.state_styles import STATE_NOUNS

PUNCT_BETWEEN = {"،", ",", "-", "–", ":", "(", ")"}
#: Quotes around a name ("وزير الخارجية الألماني " X "").
QUOTES = frozenset({"»", "«", '"', "”", "“", "'", "’"})
_POSTING = vocab.keys(("لدى", "في", "إلى", "الى", "لـ", "ل"))
AND = "و"


def name_after(view: DocView, i: int, title: Title | None = None) -> tuple[int, int] | None:
    """The person mention at token i, after fillers, honorifics, commas and a posting
    ("سفير البلد الفلاني لدى المنظمة X"); returns (mention, tokens skipped)."""
    toks = view.tokens
    start = i
    partial = bridged = False
    while i < len(toks) and i - start <= 6:
        m = view.mention_at.get(i)
        tok = toks[i]
        after_comma = i > start and toks[i - 1].key in ("،", ",") and tok.key[:1] == AND \
            and (len(tok.forms) > 1 or tok.key == AND)  # "، وX" and "، و X" (raw corpus: "، و " 371 lines)
        if m is not None and view.is_person(m):
            waw = after_comma and not own_waw(tok.key)  # "، وليد X": a name's own و (`kg.extract.waw_names`)
            if governed(view, m) or (title is not None and not title.plural and (conjoined(view, i, m) or waw)):
                return None  # "، وX" (also with the و in the NER's span): a second person
            return m, i - start
        if after_comma:
            return None  # "رئيس المجلس، وكتلة X": و opens another phrase
        if tok.key[:1] == AND and tok.key[1:] in _KIN:
            return None  # "الرئيس المخلوع وابنه X": the son is named, not the president
        if tok.key[:1] in "لب" and tok.key not in vocab.HONORIFICS and tok.is_(vocab.HONORIFICS):
            return None  # "استقبال الرئيس المصري لصاحب السمو الملكي X": X is received, not the president
        if tok.is_(_MEMBER) and i + 2 < len(toks):  # "وزير الدولة عضو المجلس X": a membership
            body = view.mention_at.get(i + 1)
            if body is not None and not view.is_person(body):
                i = view.mention_span[body][1] + 1
                continue
            if any(f.startswith("ال") for f in toks[i + 2].forms):
                i += 3
                continue
        if title is not None and title.role != "member-of-parliament" and member_marks(view, i):
            i += 1  # "رئيس حزب الوطنيين الأحرار النائب X": the party's head, a member of parliament too
            continue
        if tok.key in _ABBREVIATIONS and i + 1 < len(toks) and toks[i + 1].key == ".":
            i += 2  # "د. خوجة"، "م. فهد": an abbreviated honorific
            continue
        if i > start and tok.key[:1] in "وف" and (tok.key[1:] in vocab.HONORIFICS or tok.key[1:] in HEADS.first_words):
            return None  # "ملك البحرين، والملك عبد الله الثاني": "و" opens another person
        if i == start and title is not None and tok.key[:1] == AND and tok.key[1:] in vocab.HONORIFICS \
                and _person_after_honorifics(view, i + 1):
            return None  # "X وزير الخارجية والأمير Y نائب وزير الخارجية": the title is X's, Y another person
        if title is not None and title.role not in ("chancellor", "adviser") and tok.is_(_COUNSELLOR) \
                and (after_rank := view.mention_at.get(i + 1)) is not None and view.is_person(after_rank):
            i += 1  # "المتحدث باسم الخارجية المصرية المستشار X": a rank of address, not a second post
            continue
        if i > start and tok.is_(vocab.RANK_TAILS) and toks[i - 1].is_(vocab.HONORIFICS):
            i += 1  # "الفريق أول"، "اللواء ركن"
            continue
        after = view.mention_at.get(i + 1)
        if not partial and m is None and after is not None and view.is_person(after) and first_name(view, i):
            partial = True  # "بيني وونغ" with only "وونغ" tagged: the name's first word
            i += 1
            continue
        if i == start and title is not None and _body_adjective(view, i, title):
            i += 1  # "الأمين العام لـ[حزب الاتحاد الشعبي] الجمهوري X": the body's last word, left untagged
            continue
        if title is not None and title.plural and tok.key == "كل" and i + 1 < len(toks) and toks[i + 1].key == "من":
            i += 2  # "نواب الرئيس كل من X وY": the list of holders opens
            continue
        if tok.key in PUNCT_BETWEEN or tok.key in QUOTES or tok.is_(vocab.HONORIFICS) or tok.is_(vocab.FILLERS) \
                or tok.is_(vocab.NOT_CURRENT) or tok.is_(THEN) or tok.key in ("ال",):
            i += 1
            continue
        if m is not None and title is not None and seated_body(view, i, m):
            i = view.mention_span[m][1] + 1  # "مدير إدارة الأمن بجدة العقيد X": where the body sits
            continue
        if m is None and title is not None and (seated := seat_noun(view, i)) is not None:
            start += seated - i  # "عضو المجلس البلدي بمحافظة الطائف المهندس X": a seat does not use up the reach
            i = seated
            continue
        if m is not None and title is not None and _region_country(view, title, m):
            i = view.mention_span[m][1] + 1  # "رئيس إقليم الشمال في البلد الفلاني X": the region's country
            continue
        if m is not None and title is not None and title.role in ("ambassador", "envoy", "secretary-general"):
            first, last = view.mention_span[m]
            i = last + 1  # the posting ("لدى المنظمة", "لدى البلد"), not the person
            continue
        if tok.is_(_POSTING) and i + 2 < len(toks) and (toks[i + 1].is_(STATE_NOUNS) or toks[i + 1].is_(_CITY_NOUNS)) \
                and i + 2 in view.mention_at and not view.is_person(view.mention_at[i + 2]) \
                and title is not None and title.role in _POSTED:
            city = toks[i + 1].is_(_CITY_NOUNS)
            i = view.mention_span[view.mention_at[i + 2]][1] + 1  # "لدى جمهورية تركيا الدكتور X"، "في مدينة جدة"
            if city and (adjective := view.nisba(i)) is not None:
                i += adjective[1]  # "في مدينة مشهد الإيرانية X": the city's country, not a post
            start += 3
            continue
        if tok.is_(_POSTING) and i + 1 < len(toks) and i + 1 in view.mention_at and title is not None:
            first, last = view.mention_span[view.mention_at[i + 1]]
            i = last + 1
            start += 1  # a posting is not a filler: it does not use up the reach
            continue
        if tok.is_(_POSTING) and title is not None and title.role in _POSTED and i + 1 < len(toks) \
                and toks[i + 1].is_(_POSTED_PLACES):
            i += 2  # "السفير الأسترالي لدى المملكة الدكتور X": posted to a state the text does not name
            continue
        if title is not None and not partial and not bridged:
            j = body_phrase(view, i)
            if j is not None and j > i:
                start += j - i  # a body phrase does not use up the reach
                i, bridged = j, True  # "رئيس هيئة الأركان العامة للقوات المسلحة اليمنية، اللواء X"
                continue
        return None
    return None


def member_marks(view: DocView, j: int) -> bool:
    """"النائب|النائبة" at token j right before a person's name (past honorifics): a member of parliament's
    title, which ends a body's name the way an honorific does."""
    toks = view.tokens
    if j + 1 >= len(toks) or not toks[j].is_(_MP) or not any(f.startswith("ال") for f in toks[j].forms):
        return False
    k = j + 1
    while k < len(toks) and k < j + 3 and toks[k].is_(vocab.HONORIFICS) and k not in view.token_mention:
        k += 1
    m = view.mention_at.get(k)
    return m is not None and view.is_person(m)


def _person_after_honorifics(view: DocView, i: int) -> bool:
    """A person mention at token i, after honorifics ("السمو الملكي الأمير X")."""
    toks = view.tokens
    while i < len(toks) and i not in view.mention_at and toks[i].is_(vocab.HONORIFICS):
        i += 1
    m = view.mention_at.get(i)
    return m is not None and view.is_person(m)


#: How many words a body or portfolio phrase between a title and its holder may have.
BODY_REACH = 5


def body_phrase(view: DocView, i: int) -> int | None:
    """The token after a body or portfolio phrase in ل that stands between a title and its holder
    ("الأمين العام لرابطة العالم الإسلامي الدكتور X"، "وزير الدولة الإماراتي للشؤون الخارجية، X"،
    "رئيس هيئة الأركان العامة للقوات المسلحة اليمنية، اللواء X"): definite words and non-person
    mentions, one of them a word in ل, up to `BODY_REACH` words, ending where a person, a comma
    or an honorific begins. None when the words are anything else (a verb, a function word, a
    title, an indefinite word outside a mention)."""
    toks = view.tokens
    j = i
    lam = False
    while j < len(toks) and j - i < BODY_REACH:
        m = view.mention_at.get(j)
        if m is not None and view.is_person(m):
            break
        tok = toks[j]
        if tok.key in PUNCT_BETWEEN:
            break
        if tok.is_(vocab.HONORIFICS):
            if j > i and not any(f.startswith("ال") for f in toks[j - 1].forms) and j - 1 not in view.token_mention:
                return None  # "لمدينة الملك عبدالله": the honorific is in construct with the noun before
            break
        if tok.is_(HEADS.first_words) or tok.is_(vocab.TITLE_PREFIXES) or tok.is_(vocab.SAY_VERBS) \
                or tok.is_(_NOT_NAMES) or tok.is_(vocab.COUNTERPART) or parse_title(view, j) is not None \
                or any(f.removeprefix("ال") in HEADS.first_words for f in tok.forms):
            return None  # another title ("لمدينة الملك …"): its name is not this title's holder
        if m is not None:  # a body or place the NER names ("للقوات المسلحة اليمنية")
            lam = lam or _in_lam(view, j, m)
            j = view.mention_span[m][1] + 1
            continue
        if tok.key.startswith("لل") or (tok.key[:1] == "ل" and len(tok.key) > 3 and not tok.key.startswith("ال")
                                        and any(f != tok.key for f in tok.forms)):
            lam = True
        elif not tok.key.startswith("ال") and not (lam and tok.key.startswith("وال")) \
                and not (lam and _in_construct_with_next(view, j)):
            return None  # (a field joined by و goes on: "للاقتصاد والتخطيط"; "لشؤون ضبط التسلح")
        j += 1
    if not lam or j >= len(toks) or j == i:
        return None
    nxt = view.mention_at.get(j)
    if (nxt is not None and view.is_person(nxt)) or toks[j].key in ("،", ",") or toks[j].is_(vocab.HONORIFICS):
        return j
    return None


def _body_adjective(view: DocView, i: int, title: Title) -> bool:
    """Token i, right after a title that ends with its body's mention, is a word the NER left out of
    that mention: a relative adjective (definite, ending in ي/ية, no nisba of a country, not a title
    word) or a noun joined by و ("… للرعاية الاجتماعية] والأسرة"), with a person (after honorifics) next."""
    toks = view.tokens
    if i == 0 or view.token_mention.get(i - 1) is None or view.is_person(view.token_mention[i - 1]):
        return False
    key = toks[i].key
    j = i + 1
    while j < len(toks) and j - i <= 2 and toks[j].is_(vocab.HONORIFICS):
        j += 1
    after = view.mention_at.get(j)
    word = (key.startswith("ال") and len(key) > 4 and key.endswith(("ي", "يه"))) or key.startswith("وال")
    return (i not in view.token_mention and word and view.nisba(i) is None and not toks[i].is_(HEADS.first_words)
            and not toks[i].is_(vocab.HONORIFICS) and after is not None and view.is_person(after))


def _in_construct_with_next(view: DocView, j: int) -> bool:
    """Token j is a bare noun in construct with the definite word after it, inside a field in ل
    ("لشؤون [ضبط] التسلح"): not a function word, verb of saying or future verb."""
    toks = view.tokens
    tok = toks[j]
    return (j + 1 < len(toks) and toks[j + 1].key.startswith("ال") and j + 1 not in view.token_mention
            and tok.key.isalpha() and tok.key == tok.forms[0] and not tok.future
            and not tok.is_(_NOT_NAMES) and not tok.is_(vocab.SAY_VERBS) and not tok.is_(vocab.HONORIFICS))


#: Words that open an institution's or a place's name, not a person's (kg.link.heads.HEADS and
#: common place nouns): a mention opening with one is no mistyped name.
_NOT_PERSON_HEADS = frozenset(match_key(w) for w in (
    "قصر", "رئاسة", "مجلس", "مفوضية", "جبهة", "مؤتمر", "قناة", "وزارة", "هيئة", "صحيفة", "وكالة", "حزب",
    "جامعة", "منظمة", "بنك", "صندوق", "جريدة", "بلدية", "حركة", "حكومة", "لجنة", "اتحاد", "كلية", "إذاعة",
    "شركة", "شرطة", "جمعية", "محكمة", "معهد", "مؤسسة", "نقابة", "مجلة", "مجمع", "بورصة", "حلف", "جيش",
    "أكاديمية", "برلمان", "مدينة", "ولاية", "منطقة", "إقليم", "جزيرة", "جزر", "محافظة", "مطار", "ميناء",
    "سفارة", "قنصلية", "مكتب", "دولة", "جمهورية", "مملكة", "إمارة", "سلطنة", "بحر", "نهر", "جبل", "شمال",
    "جنوب", "شرق", "غرب", "وسط", "مركز", "مستشفى", "مسجد", "قاعدة", "معبر", "مخيم", "حي", "شارع", "ساحة",
))


def mistyped_name(view: DocView, title: Title) -> int | None:
    """A name the NER typed as a place or organization right after a title that names its country
    ("وزير الخارجية الروسي فلانوف" with فلانوف tagged LOC): a mention of one or two words, at the
    token after the title, that the KB does not know, with no article, no preposition and no word
    that opens a place's or an institution's name, followed by no word that would continue one."""
    if title.of is None or title.plural:
        return None
    t = title.last + 1
    m = view.mention_at.get(t)
    if m is None or view.is_person(m):
        return None
    ref = view.ref(m)
    if ref.kb_id is not None or ref.entity.kind not in ("Place", "Organization", "Thing"):
        return None
    first, last = view.mention_span[m]
    words = [view.tokens[u] for u in range(first, last + 1)]
    label = match_key(view.mentions[m].label).split()
    if not 1 <= len(words) <= 2 or len(label) != len(words) or match_key(view.mentions[m].text) != " ".join(label):
        return None  # a clitic on the mention (لـ، بـ، و): not a name in apposition
    if any(w.startswith("ال") or w in _NOT_PERSON_HEADS or not w.isalpha() for w in label):
        return None
    if view.country_of(ref) is not None or view.nisba(t) is not None:
        return None
    return m


def body_of(view: DocView, first: int, last: int) -> Ref | None:
    """The body a phrase in ل between a title and its holder names (tokens first..last): a mention
    in ل ("للقوات المسلحة اليمنية"), else an organization the NER does not tag, from an
    indefinite noun in ل and the definite words after it ("لرابطة العالم الإسلامي")."""
    toks = view.tokens
    for t in range(first, last + 1):
        m = view.mention_at.get(t)
        if m is not None and not view.is_person(m) and _in_lam(view, t, m):
            return view.ref(m)
    for t in range(first, last + 1):
        tok = toks[t]
        if tok.key[:1] == "ل" and not tok.key.startswith(("لل", "ال")) and len(tok.key) > 3:
            if (branch := branch_body(view, t)) is not None:
                return branch  # "المدير التنفيذي لفرع الهيئة … بمنطقة نجران X": the body's
            u = t + 1
            while u <= last and (toks[u].key.startswith(("ال", "وال")) or u in view.token_mention) \
                    and not toks[u].is_(vocab.HONORIFICS) and toks[u].key not in PUNCT_BETWEEN:
                u += 1
            if u > t + 1:
                text = view.span_text(t, u - 1)
                return view.local_org(text[1:], text)
            return None
    return None


#: A branch of a body: "مدير فرع وزارة العدل بمنطقة نجران"، "المدير التنفيذي لفرع الهيئة …". Raw corpus (both
#: files): "مدير|رئيس [العام|التنفيذي] [ل]فرع" 333 lines, the word after فرع: وزارة 98, الهيئة 73, الوزارة 33,
#: هيئة 18, الجمعية 17, الإفتاء 17, جمعية 11, الرئاسة 9.
_BRANCH = vocab.keys(("فرع",))


def branch_body(view: DocView, t: int) -> Ref | None:
    """Token t is "فرع" (also "لفرع") with an organization mention right after it: the post is of that body, the
    one the knowledge graph can name (the branch and its seat stay in the title as written)."""
    if t + 1 >= len(view.tokens) or not view.tokens[t].is_(_BRANCH):
        return None
    m = view.mention_at.get(t + 1)
    if m is None or view.is_person(m) or view.ref(m).entity.kind != "Organization":
        return None
    return view.ref(m)


def _region_country(view: DocView, title: Title, m: int) -> bool:
    """Mention m is the country of the region or body the title names, written after it with a
    person right after ("رئيس إقليم الشمال في البلد الفلاني X")."""
    if title.of is None or title.of.entity.kind == "Country" or view.ref(m).entity.kind != "Country":
        return False
    if view.tokens[view.mention_span[m][0]].key[:1] in "لبو" and match_key(view.mentions[m].label)[:1] not in "لبو":
        return False  # with a preposition or "و": not a genitive
    after = view.mention_at.get(view.mention_span[m][1] + 1)
    return after is not None and view.is_person(after)


def _in_lam(view: DocView, t: int, m: int) -> bool:
    """Mention m, at token t, carries the preposition ل (للقوات، لحركة), not a name in ل (لبنان)."""
    key = view.tokens[t].key
    return key.startswith("لل") or (key[:1] == "ل" and match_key(view.mentions[m].label)[:1] != "ل")


_POSTED = frozenset({"ambassador", "representative", "envoy", "charge-d-affaires", "consul"})
#: Nouns of a state's style before its name ("لدى جمهورية تركيا"، "لدى مملكة السويد"), when the NER
#: tags only the name.
#: A city's noun before the city of a consul's or envoy's posting ("القنصل الفلاني في مدينة X سامي الحداد").
_CITY_NOUNS = vocab.keys(("مدينة", "محافظة", "ولاية"))
#: Where an envoy is posted, named by a common noun ("لدى المملكة"، "في البلاد").
_POSTED_PLACES = vocab.keys(("المملكة", "البلاد", "الدولة", "السلطنة", "الجمهورية", "الإمارة", "بلادنا"))


def conjoined(view: DocView, t: int, m: int) -> bool:
    """The person mention at token t carries the conjunction و that its name lacks: "رئيس
    البرلمان، وX" names a second person, not the holder of the title before."""
    key = view.tokens[t].key
    label = match_key(view.mentions[m].label)
    return key[:1] == AND and label[:1] != AND and label.split(" ", 1)[0] != key


_MEMBER = vocab.keys(("عضو", "عضوة"))
_MP = vocab.keys(("النائب", "النائبة"))
#: Kinship nouns (with a pronoun or in construct) that, joined by و after a title, name a relative of its
#: holder: "الرئيس المخلوع وابنه X" (raw corpus, both files: a title head, <=3 words, و + one of these,
#: 27 lines).
_KIN = frozenset(match_key(w) for w in ("ابنه", "نجله", "شقيقه", "زوجته", "ابنته", "شقيقته", "والده", "والدته",
                                        "ابن", "نجل", "شقيق", "زوجة", "ابنة", "شقيقة", "صهره", "حفيده"))
#: "المستشار" as a diplomat's or judge's rank between a title and a name: raw corpus (both files),
#: "المتحدث|الناطق|مساعد|نائب|رئيس … المستشار NAME" 36 (no field word after المستشار).
_COUNSELLOR = vocab.keys(("المستشار", "المستشارة"))
#: Honorifics written as one letter and a period: د. (doctor), م. (engineer), أ. (professor: أ.د.).
_ABBREVIATIONS = vocab.keys(("د", "م", "أ"))


def governed(view: DocView, m: int) -> bool:
    """The person mention carries a preposition (لفلانوف، بفلانوف): "نقل الرئيس الفلاني لفلانوف
    تحيات …" names the recipient, not the holder of the title before it."""
    mention = view.mentions[m]
    text, label = match_key(mention.text), match_key(mention.label)
    first = text.split(" ", 1)[0]
    if first in _PREPOSITIONS and (first != _ALA or mention.text.split(" ", 1)[0].endswith("ى")
                                   and not ala_opens_ali(view, m)):
        return True  # "الملك المغربي على حسن الضيافة": the NER took a phrase for a name (not علي …)
    if label.startswith("ال") and text.endswith("ل" + label[1:]):
        text, label = text[:-len(label) + 1], "ال"  # للحداد = ل + الحداد
    if not label or text == label or not text.endswith(label):
        return False
    prefix = text[:-len(label)].lstrip("وف")
    return prefix in ("ل", "ب", "ك", "لل")


_ALA, _ALI = match_key("على"), "علي"  # the preposition folds to the name علي: told apart by the written ى
_PREPOSITIONS = vocab.keys(("على", "إلى", "الى", "من", "عن", "في", "مع", "لدى", "حول"))
_NOT_NAMES = vocab.keys(("في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "قد", "لا", "لم", "لن", "ما", "أو",
                         "ثم", "كما", "حيث", "الذي", "التي", "خلال", "بعد", "قبل", "منذ", "اليوم", "أمس", "غدا",
                         # "ملك البلد يعين X رئيسا للحكومة"، "قرر الرئيس تعيين X": X is appointed, not the king
                         # (raw: title, ≤ 25 letters, يعين|يكلف|يقيل 25 lines, mostly headlines; تعيين|تكليف 7)
                         "يعين", "يعيّن", "يكلف", "يقيل", "عين", "كلف", "أقال", "تعيين", "تكليف", "نائبه", "نائبها"))


def first_name(view: DocView, t: int) -> bool:
    """Token t can be a first name the NER left out: a bare word, no article, no function
    word (علي with its ي is the name), trigger, verb of saying, title or nisba."""
    tok = view.tokens[t]
    return (tok.key.isalpha() and not tok.key.startswith("ال") and tok.key == tok.forms[0]
            and (not tok.is_(_NOT_NAMES) or tok.text == _ALI or ali_spelt_ala(view, t)) and not tok.is_(vocab.SAY_VERBS)
            and not tok.is_(vocab.COMPLEMENTIZERS) and not tok.is_(vocab.MEETING_VERBS_PAST)
            and not tok.is_(vocab.MEETING_VERBS_PRESENT) and not tok.is_(vocab.MEETING_NOUNS)
            and not tok.is_(vocab.SINGLE_HEADS) and not tok.is_(vocab.COUNTERPART)
            and not tok.is_(vocab.TREATY_NOUNS) and view.nisba(t) is None and not tok.future)


def next_name(view: DocView, person: int) -> tuple[int, int] | None:
    """The person named right after `person` with "و" ("X وY"، "X، وY"): (mention, first token)."""
    toks = view.tokens
    j = view.mention_span[person][1] + 1
    while j < len(toks) and toks[j].key in ("،", ","):
        j += 1
    if j >= len(toks):
        return None
    if toks[j].key == AND:
        j += 1
    elif not toks[j].key.startswith(AND):
        return None
    m = view.mention_at.get(j)
    if m is None or not view.is_person(m) or governed(view, m):
        return None
    return m, j


def object_of_verb(view: DocView, m: int) -> bool:
    """The name stands right after a verb of meeting or receiving ("استقبل X", "التقى X"):
    a title after it is the object's, not an apposition."""
    first = view.mention_span[m][0]
    if first == 0:
        return False
    before = view.tokens[first - 1]
    return before.is_(vocab.MEETING_VERBS_PAST) or before.is_(vocab.MEETING_VERBS_PRESENT) \
        or before.is_(_OBJECT_VERBS)


#: Verbs that take a person as object before a title of another person.
_OBJECT_VERBS = vocab.keys(("هنأ", "هنأت", "بعث", "بعثت", "أبلغ", "أبلغت", "دعا", "دعت", "عين", "عينت",
                            "كلف", "كلفت", "قلد", "قلدت", "منح", "منحت", "سلم", "سلمت"))


def in_construct(view: DocView, t: int) -> bool:
    """The title at t is the second term of a construct whose first term is not a title we read:
    "نائب خادم الحرمين الشريفين"، "مدير مكتب الملك": the name after is the deputy's or the
    director's, not the king's. The first term is indefinite: a title head or prefix, or an
    office noun. A style of address between the two ("مدير مكتب [معالي] وزير الإسكان X"، "ومستشار [سمو]
    وزير الداخلية X"، "رئيس الشؤون الخاصة [لسمو] ولي العهد X"، "مدير مكتب [جلالة] الملك X") stands where the
    title would: the construct is read from the first of them."""
    while t > 0 and view.tokens[t - 1].is_(vocab.ADDRESS_FORMS) and t - 1 not in view.token_mention:
        t -= 1
    if t == 0:
        return False
    prev = view.tokens[t - 1]
    key = view.tokens[t].key
    if prev.is_(_PRIVATE) and key[:1] == "ل" and not key.startswith("ال") and t - 1 not in view.token_mention:
        return True  # "رئيس الشؤون الخاصة لخادم الحرمين الشريفين X"، "السكرتير الخاص للرئيس X": the office's
    if any(f.startswith("ال") for f in prev.forms) or t - 1 in view.token_mention:
        return False  # (a name's last word is no noun in construct: "إبراهيم رئيسي ووزير الخارجية")
    if prev.is_(_OFFICES):  # "مدير مكتب الملك X" is the director; "مكتب رئيس الوزراء X" names the PM
        before = view.tokens[t - 2] if t >= 2 else None
        if before is not None and before.key == "في" and t >= 3:
            before = view.tokens[t - 3]  # "المستشار في مكتب وزير الدفاع X": the adviser
        return before is not None and (before.is_(HEADS.first_words) or before.is_(vocab.TITLE_PREFIXES)
                                       or before.is_(_OFFICE_NOUNS))
    return prev.is_(HEADS.first_words) or prev.is_(vocab.TITLE_PREFIXES) or prev.is_(_OFFICE_NOUNS)


#: Styles of address before a title ("معالي الوزير"، "سمو ولي العهد"، "جلالة الملك"): raw corpus (both files,
#: dev lines left out), "مدير مكتب|مستشار|مبعوث|الخاصة ل|ديوان|سكرتير + style + title": 52 lines, each naming
#: the office's holder after the title ("ومدير مكتب معالي وزير الإسكان حمد الحبردي").
#: Nouns whose holder is named after "NOUN + TITLE" ("مدير مكتب الملك"، "رئيس ديوان الرئاسة").
_OFFICE_NOUNS = vocab.keys(("ديوان", "سكرتير", "حرس", "قصر", "مستشار", "مستشارة", "نائب", "مساعد"))
#: "Private" after an office ("السكرتير الخاص"، "الشؤون الخاصة"): a title in ل after it is the one the
#: office serves, and the name after is the office's holder. Raw corpus (both files): "الخاص|الخاصة
#: لخادم الحرمين الشريفين" + الأستاذ or a name 50 (the king's private secretary and private affairs).
_PRIVATE = vocab.keys(("الخاص", "الخاصة"))
#: An office as a place: a title after it names its holder, unless a head noun stands before it.
_OFFICES = vocab.keys(("مكتب",))
