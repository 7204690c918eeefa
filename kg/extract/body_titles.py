"""A head or director of a body the NER does not tag: "رئيس النادي الأمير X"، "رئيس مجلس إدارة
الجمعية المهندس X"، "مدير عام الهيئة السعودية للمدن الصناعية المهندس X".

`kg.extract.titles` reads "رئيس"/"مدير" as a title only with a qualifier it knows (a country, an
organization mention, a ministry): alone they are common nouns. In news, though, the head of a
club, society or authority is regularly written as the head noun, the body's name in words the
NER leaves untagged, then an honorific and the name. The honorific (الأمير، المهندس، الدكتور …)
is what marks where the body's name ends and the person's begins, so it is required here; the
words between must read as a name of a body (definite words, nouns in construct before them,
non-person mentions), never a verb, a function word, a date word or another title.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.former_posts import FORMER
from kg.extract.generic_bodies import board_owner, generic_noun, named_body
from kg.extract.holders import body_of, branch_body, member_marks, name_after, object_of_verb
from kg.extract.restated import restated_holder
from kg.extract.spokesman_bodies import body_in_bi, in_bi
from kg.extract.text import DocView
from kg.extract.titles import HEADS, Title, match_phrase
from kg.link.normalize import match_key

#: The longest body name read this way, in words.
BODY_WORDS = 6
#: The head noun's role as `titles` reads it alone, and the role of a body's head, director or leader.
_ROLES = {"president": "head", "head": "head", "director": "director", "leader": "leader", "supervisor": "supervisor",
          "undersecretary": "undersecretary", "spokesperson": "spokesperson",
          # a body's member, coach, coordinator, editor-in-chief, a governorate's or university's وكيل
          # (`kg.extract.body_posts`: "عضو هيئة كبار العلماء الشيخ X"، "مدرب فريق النجوم X")
          **{code: code for code in ("member", "coach", "coordinator", "editor-in-chief", "deputy-governor",
                                     "vice-rector", "honorary-member",
                                     # "أمين عام اللجنة الإشرافية الدكتور X": raw corpus (both files), "أمين
                                     # عام" + 1-5 words + an honorific 74 lines, most of them bodies the NER
                                     # leaves untagged (councils, committees, chambers, federations)
                                     "secretary-general")}}
#: Roles whose head is written in more words than one, all of them the title's: "رئيس تحرير صحيفة X"،
#: "المنسق العام للحملة".
_LONG_HEADS = frozenset({"editor-in-chief", "coordinator", "honorary-member", "secretary-general"})
#: Definite heads that take their body in ل: "المدير العام للسجون"، "المدرب الجديد للفريق"، "المنسق العام للحملة".
_DEFINITE_ROLES = frozenset({"director", "leader", "coach", "coordinator"})
#: "المتحدث الرسمي للمديرية العامة للدفاع المدني العقيد X"، "المتحدث باسم القوات المسلحة العميد X": a spokesman
#: of a body the NER leaves untagged. Raw corpus (both files), the word after "المتحدث|الناطق (الرسمي) باسم|ل":
#: للدفاع 103, لمديرية 75, لشرطة 67, القوات|قوات 58, للإدارة 31, للمؤسسة 17 … (`kg.extract.titles` reads the
#: tagged ones and the ministries, government, presidency and army).
_IN_NAME = vocab.keys(("باسم", "بإسم"))
_BARE_NAME = vocab.keys(("اسم",))
#: "وكيل إمارة منطقة جازان الدكتور X": the undersecretary of a region's emirate (its deputy governor). Raw corpus
#: (both files): "وكيل إمارة|امارة" 171 lines, mostly with the region and a name after; وكيل alone is also an
#: agent (وكيل أعمال) or a rank (وكيل رقيب), so only before إمارة ("وكيل الإمارة" 37: the one the story names),
#: محافظة (a governorate's deputy governor: "وكيل محافظة" 46 lines) or جامعة (a university's vice-rector: "وكيل
#: جامعة" 32, "وكيل الجامعة" 35).
_AGENT = vocab.keys(("وكيل", "ووكيل"))
_AGENT_OF = {**{k: "undersecretary" for k in vocab.keys(("إمارة", "امارة", "الإمارة"))},
             **{k: "deputy-governor" for k in vocab.keys(("محافظة",))},
             **{k: "vice-rector" for k in vocab.keys(("جامعة", "الجامعة"))}}
#: "المشرف العام على + body": a supervisor-general, read here only, with the body after على.
_OVER = vocab.keys(("على",))
_SUPERVISOR = vocab.keys(("المشرف", "المشرفة"))
_GENERAL_DEFINITE = vocab.keys(("العام", "العامة"))
#: "النائب|النائبة عن|في|ب + a party or parliament": a member of parliament (bare "النائب" is a deputy's prefix).
_MEMBER = vocab.keys(("النائب", "النائبة"))
_MEMBER_OF = vocab.keys(("عن", "في"))
#: The adjectives of a head noun that are the title's, not the body's: "مدير عام الشؤون الصحية", "المدير
#: التنفيذي للمركز" (raw corpus, both files: "المدير التنفيذي" 350 lines, "المديرة التنفيذية" 11, "مدير
#: تنفيذي" 13; "المديرة العامة" 38).
_GENERAL = vocab.keys(("عام", "عامة", "العام", "العامة", "تنفيذي", "تنفيذية", "التنفيذي", "التنفيذية"))
#: A definite head's adjectives before its body in ل: a regional, technical, new or current director. Raw corpus
#: (both files), lines with "(ال)مدير|رئيس|القائد [العام|التنفيذي] ADJ ل": الفني 252, الجهوي(ة) 133, الإقليمي(ة)
#: 84, الجديد(ة) 23, الحالي 17 ("المدير الجهوي للحماية المدنية، X"، "X المدير الفني الجديد للفريق").
_DEFINITE_GENERAL = _GENERAL | vocab.keys(("الجهوي", "الجهوية", "الإقليمي", "الإقليمية", "الفني", "الجديد",
                                           "الجديدة", "الحالي", "الحالية"))
#: How many such adjectives a head takes ("المدير العام الجديد للشركة").
_GENERAL_WORDS = 2
#: "نائب|مساعد" before a body's head, director or leader: the deputy's or assistant's post. Raw corpus (both
#: files): " مساعد مدير " 143 lines, " نائب مدير " 108, " مساعد قائد " 14, " نائب قائد " 13.
_PREFIXED = {("deputy", "head"): "deputy-head", ("deputy", "director"): "deputy-director",
             ("assistant", "director"): "assistant-director", ("deputy", "leader"): "deputy-commander",
             ("assistant", "leader"): "assistant-commander"}
_NOT_BODY = vocab.keys(("في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "قد", "لا", "لم", "لن", "ما", "أو",
                        "ثم", "كما", "حيث", "الذي", "التي", "خلال", "بعد", "قبل", "منذ", "اليوم", "أمس", "غدا",
                        "أن", "إن", "أنه", "إنه", "عقب", "لدى", "حول", "امس"))
#: Nouns of a person, not of a body: a name after "مدير أعمال اللاعب" is the player's. Raw corpus
#: (both files), after "مدير|رئيس|قائد|زعيم + one word": الراحل 40, اللاعب 5, الفنان 4, الشاب 4,
#: الكاتب 3, المرشح 2, الصحفي 2, الشاعر 2, المواطن 1, المدرب 1, الزميل 1; the rest are their kin.
_PERSON_NOUNS = vocab.keys(("الراحل", "الراحلة", "اللاعب", "اللاعبة", "الفنان", "الفنانة", "الشاب", "الشابة",
                            "الكاتب", "الكاتبة", "المرشح", "المرشحة", "الصحفي", "الصحفية", "الشاعر", "الشاعرة",
                            "المواطن", "المواطنة", "المدرب", "الزميل", "الزميلة", "الشهيد", "الفقيد", "الطالب",
                            "الطالبة", "المتهم", "النجم", "المهاجم", "الحارس", "الداعية", "الطفل", "المرحوم"))
_COMMAS = ("،", ",")
#: A dash or a bracket that sets a title after a name apart like a comma (raw corpus, both files: a word, a dash and
#: a title word 109 lines, a word, "(" and a title word 152; `kg.extract.officials` reads the titles it parses).
_DASHES = ("-", "–", "(")
_THE_TEAM = vocab.keys(("الفريق",))
#: "لدى"/"في" + a place after a body's name: where the body (a mission, an office) sits.
_POSTED_IN = vocab.keys(("لدى", "في"))


def _head_at(view: DocView, t: int, *, definite: bool = False) -> tuple[str, int] | None:
    """An indefinite "رئيس|مدير|قائد" at t, or one after "نائب|مساعد" ("مساعد مدير شرطة المنطقة"): the role
    of the body's head, director or leader (or their deputy's or assistant's) and where the body's words start
    ("مدير عام الشؤون الصحية": "general" is the title's, not the body's). `definite`: "المدير|القائد [العام]"
    with its body in ل instead ("المدير العام للسجون اللواء X"، "مساعد المدير العام للشؤون الصحية")."""
    toks = view.tokens
    if t >= len(toks):  # a title that ends the text ("… سامي الحداد وزير الخارجية")
        return None
    prefix = toks[t].which(vocab.TITLE_PREFIXES) if t + 1 < len(toks) and t not in view.token_mention else None
    if prefix is not None and not toks[t].key.startswith("ال") and not toks[t].is_(vocab.PLURAL_PREFIXES):
        t += 1
    head = _head_phrase(view, t)
    if head is None or head[0] not in _ROLES or any(f.startswith("ال") for f in toks[t].forms) != definite:
        return None
    role = _ROLES[head[0]]
    if role == "spokesperson":  # "المتحدث الرسمي لشرطة منطقة الرياض"، "المتحدث باسم القوات المسلحة"
        j = _spoken_for(view, t + head[1])
        return (role, j) if prefix is None and j is not None else None
    if role == "supervisor":  # "المشرف العام على مركز X": the body after على
        j = t + head[1]
        ok = definite and prefix is None and j + 1 < len(toks) and toks[j].is_(_OVER)
        return (role, j + 1) if ok else None
    if not _chief_executive(view, t, head) and (head[1] != 1 and role not in _LONG_HEADS
                                                or definite and role not in _DEFINITE_ROLES):
        return None
    if prefix is not None and (role := _PREFIXED.get((prefix, role))) is None:
        return None
    if _ends_definite(view, t, head) and not definite:
        return None  # "عضو الشرف الفعال"، "رئيس التحرير الجديد": a definite head governs no body after it
    j = t + (head[1] if role in _LONG_HEADS else 1)
    while j < len(toks) and j <= t + _GENERAL_WORDS and toks[j].is_(_DEFINITE_GENERAL if definite else _GENERAL):
        j += 1
    if definite and (j >= len(toks) or not _in_lam(toks[j])):
        return None
    return role, j


def _spoken_for(view: DocView, j: int) -> int | None:
    """Where the body a spokesman speaks for starts, after "الرسمي|الأمني …" and "باسم" or in ل at token j
    ("المتحدث [الرسمي] [لشرطة …]"، "المتحدث [باسم] [القوات المسلحة]"), or in ب after an adjective of his
    ("الناطق الإعلامي [بشرطة منطقة …]": `kg.extract.spokesman_bodies`); None without such a link."""
    toks = view.tokens
    links = 0
    while j < len(toks) and links < 2 and toks[j].is_(vocab.SPOKES_LINKS):
        j, links = j + 1, links + 1
    if links == 0 or j >= len(toks):
        return None
    if toks[j - 1].is_(_IN_NAME) or _in_lam(toks[j]):
        return j
    return j if not toks[j - 1].is_(_BARE_NAME) and in_bi(toks[j]) else None


def _member_before_name(view: DocView, t: int) -> tuple[Title, int] | None:
    """"النائب مروان حمادة"، "برئاسة النائب X": a member of parliament, by the bare title before the name
    (its country is found as for any post the text writes without one). Raw corpus (both files): "النائب" + a
    given name 130 lines or so (محمد 13, صابرين 9, أحمد 9, ميشال 8, سامية 8 …), Lebanese, Tunisian and Kuwaiti
    members; "النائب العام"، "النائب الأول لرئيس …" name no person right after the title."""
    if not member_marks(view, t):
        return None
    title = Title("member-of-parliament", t, t, view.tokens[t].text)
    found = name_after(view, t + 1, title)
    return (title, found[0]) if found is not None else None


def _member_at(view: DocView, t: int) -> tuple[str, int] | None:
    """"النائب|النائبة" at t with a body after عن/في, or in ب ("النائب بمجلس الأمة"): the member of parliament's
    role and where the body starts, when an organization mention starts there."""
    toks = view.tokens
    if t + 2 >= len(toks) or not toks[t].is_(_MEMBER):
        return None
    j = t + 2 if toks[t + 1].is_(_MEMBER_OF) else t + 1
    m = view.mention_at.get(j)
    if m is None or view.mentions[m].ner_type != "ORG" or (j == t + 1 and toks[j].key[:1] != "ب"):
        return None
    return "member-of-parliament", j


def _chief_executive(view: DocView, t: int, head: tuple[str, int]) -> bool:
    """"الرئيس التنفيذي" at t: a company's chief executive, its body in ل after it ("X، الرئيس التنفيذي لشركة
    النور"; raw corpus, both files: "الرئيس التنفيذي ل" 545 lines, many of them bodies the NER leaves untagged)."""
    return head == ("head", 2) and view.tokens[t].key.startswith("ال") and view.tokens[t + 1].is_(_GENERAL)


def _ends_definite(view: DocView, t: int, head: tuple[str, int]) -> bool:
    """A head of more words than one (`_LONG_HEADS`) whose last word is definite ("عضو الشرف"، "رئيس التحرير")."""
    return head[0] in _LONG_HEADS and head[1] > 1 and view.tokens[t + head[1] - 1].key.startswith("ال")


def _coach_nationality(view: DocView, role: str, first: int, end: int) -> int:
    """Where a coach's body ends: before a country's nisba right after "الفريق" ("مدرب الفريق الروماني X": the
    coach's nationality, the team is the story's; raw corpus, both files: "مدرب الفريق" + الروماني 17, البرتغالي
    13, التونسي 10, الجزائري 6 …), else `end` ("مدرب الفريق الهلالي": the club's own nisba)."""
    nisba = view.nisba(first + 1) if role == "coach" and end == first + 2 else None
    if nisba is not None and view.tokens[first].is_(_THE_TEAM) and nisba[0].entity.kind == "Country":
        return first + 1
    return end


def _head_phrase(view: DocView, t: int) -> tuple[str, int] | None:
    """The title head at t and its length in tokens: "المشرف العام" (a supervisor-general), "وكيل" before إمارة
    (`_AGENT_OF`), else a head of `kg.extract.titles.HEADS`."""
    toks = view.tokens
    if toks[t].is_(_SUPERVISOR) and t + 1 < len(toks) and toks[t + 1].is_(_GENERAL_DEFINITE):
        return "supervisor", 2
    if toks[t].key in _AGENT and t + 1 < len(toks) and toks[t + 1].key in _AGENT_OF:
        return _AGENT_OF[toks[t + 1].key], 1
    return match_phrase(view, t, HEADS)


def body_head_at(view: DocView, t: int, *, strict: bool = False, definite: bool = False) -> Title | None:
    """"رئيس|مدير|قائد + body words" at t (also with و: "ورئيس الجالية الصينية"), whatever follows:
    the title alone, for a post stacked on another one whose holder is named elsewhere
    (`kg.extract.posted_titles`: "سفير البلد لدى مصر ورئيس الجالية …"). None when the words after
    the head do not read as a body's name (`strict`: see `_body_end`; `definite`: "المدير العام|الرئيس التنفيذي"
    with the body in ل, "منصب الرئيس التنفيذي لقطاع الأعمال": `kg.extract.accusative_posts`)."""
    opened = _head_at(view, t, definite=definite)
    if opened is None:
        return None
    role, j = opened
    end = _body_end(view, j, strict=strict)
    if end is None:
        return None
    of = _definite_body(view, j, end - 1) if definite else _body(view, j, end - 1)
    if of is None:
        return None
    return Title(role, t, end - 1, view.span_text(t, end - 1), of)


def untagged_body_title(view: DocView, t: int) -> tuple[Title, int] | None:
    """The title at t and the person mention it names, for "رئيس|مدير|قائد + body words + [،] [honorific]
    + NAME": the honorific, or the NER's person mention itself, marks where the body's name ends."""
    toks = view.tokens
    if (member := _member_before_name(view, t)) is not None:
        return member
    opened = _head_at(view, t)
    definite = opened is None
    if definite:
        opened = _head_at(view, t, definite=True) or _member_at(view, t)  # "المدير العام للسجون اللواء X"
    if opened is None:
        return None
    role, first = opened
    end = _body_end(view, first)
    if end is None or end >= len(toks):
        return None
    cut = _coach_nationality(view, role, first, end)  # the body's end; the title goes on past the nisba
    j = end
    if j + 1 < len(toks) and toks[j].is_(_POSTED_IN) and (where := view.mention_at.get(j + 1)) is not None \
            and not view.is_person(where):
        j = view.mention_span[where][1] + 1  # "رئيس بعثة الاتحاد لدى مصر السفير X": where the body sits
        if j >= len(toks):
            return None
    current = True
    while j < len(toks) and (toks[j].is_(vocab.FILLERS) or toks[j].is_(vocab.NOT_CURRENT)):
        current = current and not toks[j].is_(vocab.NOT_CURRENT)  # "رئيس النادي المكلف X"
        j += 1
    if j < len(toks) - 1 and toks[j].key in _COMMAS:
        j += 1  # "رئيس الحركة، سامي الحداد"
        if toks[j].key[:1] == "و" and len(toks[j].forms) > 1:
            return None  # "رئيس المفوضية، والسيدة X": another person
    if j >= len(toks):
        return None
    m = view.mention_at.get(j)
    if not toks[j].is_(vocab.HONORIFICS) and (m is None or not view.is_person(m)) and not member_marks(view, j):
        return None
    if toks[j].key[:1] in "لب" and toks[j].key not in vocab.HONORIFICS and not (
            m is not None and match_key(view.mentions[m].label)[:1] == toks[j].key[:1]):
        return None  # "لصاحب السمو": a recipient (not a name that starts with the letter: "ليلى"، "بشار")
    of = _overseen(view, first, end - 1) if role == "supervisor" \
        else _one_mention(view, first, end - 1) if role == "member-of-parliament" \
        else body_in_bi(view, first, end - 1) if role == "spokesperson" and _spoken_in_bi(view, first) \
        else _definite_body(view, first, end - 1) if definite and _in_lam(toks[first]) else _body(view, first, cut - 1)
    if of is None:
        return None
    last = j - 1 if toks[j - 1].key not in _COMMAS else j - 2
    title = Title(role, t, last, view.span_text(t, last), of, current=current)
    found = name_after(view, j + member_marks(view, j), title)  # "رئيس حزب … النائب X": the party's head
    if found is None:
        return None
    return title, found[0]


def body_title_after_name(view: DocView, t: int) -> tuple[Title, int] | None:
    """"NAME[،] رئيس|مدير|قائد + body words" with no name after: the name before holds the title
    ("سامي الحداد رئيس المراسم الملكية،"، "سامي الحداد، المدير العام للشؤون الصحية بالمنطقة").
    A definite head takes its body in ل ("المدير العام للتعليم"); one joined by و is another
    person ("X ومدير الإدارة"); the name must not be the object of a verb of meeting ("استقبل X
    مدير الشركة": the one named received the director)."""
    toks = view.tokens
    head = _head_phrase(view, t)
    if head is None or head[0] not in _ROLES or head[1] != (2 if head[0] == "supervisor" else 1) and \
            not _chief_executive(view, t, head) and head[0] not in _LONG_HEADS:
        return None
    definite = toks[t].key.startswith("ال")
    if not definite and _ends_definite(view, t, head):
        return None  # "X عضو الشرف الفعال": no body after a head that ends definite
    if not definite and toks[t].key not in HEADS.first_words:
        return None  # "ومدير", "لرئيس": another person, or a recipient
    if toks[t].key.endswith("ا"):
        return None  # "عين X رئيسا للوزراء": an accusative, the post he is given
    j = t - 1
    if j >= 0 and (toks[j].key in _COMMAS or toks[j].key in _DASHES):
        j -= 1  # "X –مدير إدارة الصحة النفسية بصحة جدة–"
    j = restated_holder(view, j)  # "X، بصفته رئيس اللجنة الوزارية"
    m = view.token_mention.get(j) if j >= 0 else None
    if m is None or not view.is_person(m) or view.mention_span[m][1] != j or object_of_verb(view, m):
        return None
    k = t + head[1]
    if head[0] == "supervisor":  # "X المشرف العام على برنامج Y"
        if k + 1 >= len(toks) or not toks[k].is_(_OVER):
            return None
        k += 1
    elif head[0] == "spokesperson":  # "X المتحدث باسم القوات الحكومية"
        if (spoken := _spoken_for(view, k)) is None:
            return None
        k = spoken
    else:
        while k < len(toks) and k < t + head[1] + _GENERAL_WORDS and toks[k].is_(
                _DEFINITE_GENERAL if definite else _GENERAL):
            k += 1
    past = definite and k < len(toks) and toks[k].is_(FORMER)
    k += past  # "X، المدير السابق لوكالة الاستخبارات": a post held before (raw corpus, both files: "الرئيس|المدير|
    first = k  # الأمين العام|الوزير السابق ل" 107 lines)
    if first >= len(toks) or (definite and head[0] not in ("supervisor", "spokesperson") and not _in_lam(toks[first])):
        return None  # "X الرئيس التنفيذي": no body named
    end = _body_end(view, first)
    if end is None:
        return None
    last = _coach_nationality(view, _ROLES[head[0]], first, end) - 1  # the body's last word
    current = not past
    while end < len(toks) and (toks[end].is_(vocab.FILLERS) or toks[end].is_(vocab.NOT_CURRENT)):
        current = current and not toks[end].is_(vocab.NOT_CURRENT)  # "… رئيس الحرس الملكي المكلف"
        end += 1
    if end < len(toks) and toks[end].sentence == toks[t].sentence and not _closes(view, end):
        return None
    of = _overseen(view, first, last) if head[0] == "supervisor" \
        else body_in_bi(view, first, last) if head[0] == "spokesperson" and _spoken_in_bi(view, first) \
        else _definite_body(view, first, last) if definite and _in_lam(toks[first]) else _body(view, first, last)
    if of is None:
        return None
    return Title(_ROLES[head[0]], t, end - 1, view.span_text(t, end - 1), of, current=current), m


def _field_body(view: DocView, first: int, last: int) -> Ref | None:
    """The body a definite head's phrase in "لل" names when the NER tags none: "المدير العام للتعليم" (the
    administration of education, a body the KB lacks, named by its field), "المدير العام للسجون"; a generic
    noun ("للشركة") is the one body of that noun the paragraph names, else none. Raw corpus (both files):
    " المدير العام لل" 341 lines."""
    toks = view.tokens
    if first in view.token_mention or not toks[first].key.startswith("لل"):
        return None
    if generic_noun(view, first) is not None:
        return named_body(view, first)
    text = view.span_text(first, last)
    return view.local_org("ال" + text[2:], text)


def _definite_body(view: DocView, first: int, last: int) -> Ref | None:
    """The body after a definite head, in ل: "المدير العام للسجون"، "المدير التنفيذي للهيئة …"."""
    return body_of(view, first, last) or _field_body(view, first, last) or _lam_name(view, first, last)


def _lam_name(view: DocView, first: int, last: int) -> Ref | None:
    """The body a definite head names in ل with a word the NER leaves untagged ("والمديرة العامة لتيسير لتمويل
    القروض الصغرى، X"): the organization the paragraph names elsewhere with those words at its end ("مؤسسة
    تيسير لتمويل القروض الصغرى"), else the words without the ل."""
    toks = view.tokens
    if first in view.token_mention or toks[first].key[:1] != "ل" or toks[first].key.startswith("لل") \
            or not _in_lam(toks[first]):
        return None
    words = match_key(view.span_text(first, last))[1:]
    for m in view.mention_span:
        if not view.is_person(m) and view.ref(m).entity.kind == "Organization":
            label = match_key(view.mentions[m].label)
            if label == words or label.endswith(" " + words):
                return view.ref(m)
    text = view.span_text(first, last)
    return view.local_org(text[1:], text)


def _closes(view: DocView, j: int) -> bool:
    """Token j can follow a title after its holder's name: not a name (then the title is that
    name's), an honorific, or a word that would go on naming the body (definite, or in ل/ب)."""
    tok = view.tokens[j]
    m = view.mention_at.get(j)
    if m is not None and view.is_person(m):
        return False
    if tok.punct or tok.key[:1] == "و":
        return True
    return not (tok.is_(vocab.HONORIFICS) or any(f.startswith("ال") for f in tok.forms) or _in_lam(tok))


def _in_lam(tok, letters: str = "ل") -> bool:
    """The token carries the preposition ل (or one of `letters`): "للتعليم"، "لشؤون"، "بمنطقة"."""
    return tok.key.startswith("لل") or (tok.key[:1] in letters and len(tok.key) > 3
                                        and any(f != tok.key for f in tok.forms))


def department_end(view: DocView, first: int) -> int | None:
    """The token after the department words of a title that start at `first` ("للعلاقات العامة"،
    "لشؤون الطرق"), `first` itself when a conjoined title comes right away ("المدير العام والرئيس"),
    None when the words do not read as a department's name (`kg.extract.conjoined_titles`)."""
    if first < len(view.tokens) and view.tokens[first].key[:1] == "و":
        return first
    return _body_end(view, first)


def _body_end(view: DocView, first: int, *, strict: bool = False) -> int | None:
    """The token after the body words that start at `first` (definite words, nouns in construct,
    phrases in ل/ب, non-person mentions; up to `BODY_WORDS`, a mention counting as one, the last one
    definite), ending at an honorific, a comma or a person mention; None when a word cannot be part of a
    body's name ("المدير التنفيذي لفرع [الهيئة العامة للسياحة والتراث الوطني] بمنطقة نجران X"). `strict`: where
    no name or honorific closes the body, an indefinite word in ب goes on naming it only with a mention right
    after it ("بمنطقة نجران"): "رئيس مجلس شباب منطقة الباحة برامج الملتقى" ends before برامج (not ب + رامج)."""
    toks = view.tokens
    j = first
    words = 0
    definite_end = False
    while j < len(toks) and words < BODY_WORDS:
        tok = toks[j]
        m = view.mention_at.get(j)
        words += 1
        if m is not None:
            if view.is_person(m):
                break
            j = view.mention_span[m][1] + 1
            definite_end = True
            continue
        if j in view.token_mention:
            return None  # inside a mention that starts before the body
        if (tok.is_(vocab.HONORIFICS) or tok.key in _COMMAS or tok.is_(vocab.FILLERS)
                or tok.is_(vocab.NOT_CURRENT) or member_marks(view, j)) and j > first:
            break
        definite = any(f.startswith("ال") for f in tok.forms)
        if strict and definite_end and not definite and tok.key[:1] == "ب" and view.mention_at.get(j + 1) is None:
            break
        if definite_end and not definite and not _in_lam(tok, "لب"):
            break  # a new phrase after a definite word: "… لرعاية الشباب خالص التهاني"
        if tok.punct or not tok.key.isalpha() or tok.is_(_NOT_BODY) or tok.is_(vocab.SAY_VERBS) \
                or tok.is_(HEADS.first_words) or tok.is_(vocab.MEETING_VERBS_PAST) \
                or tok.is_(vocab.MEETING_VERBS_PRESENT) or tok.future or tok.key[:1] == "و" \
                or tok.is_(_PERSON_NOUNS) or tok.is_(vocab.COUNTERPART):
            if j > first and (tok.punct or tok.key[:1] == "و" or tok.is_(_NOT_BODY) or tok.is_(vocab.SAY_VERBS)):
                break  # the end of a body named after its holder ("… المراسم الملكية، و…")
            return None
        definite_end = definite
        j += 1
    if j == first or not definite_end:
        return None
    return j


def body_words(view: DocView, first: int) -> tuple[Ref, int] | None:
    """The body the words from `first` name (as after a head: `_body_end`) and the token after them, or None:
    an accusative post's body ("مديرًا عامًا [لمؤسسة السجون]": `kg.extract.accusative_posts`)."""
    end = _body_end(view, first)
    if end is None:
        return None
    text = view.span_text(first, end - 1)
    if _in_lam(view.tokens[first]):
        bare = "ال" + text[2:] if view.tokens[first].key.startswith("لل") else text[1:]
        return _definite_body(view, first, end - 1) or body_of(view, first, end - 1) or view.local_org(bare, text), end
    return body_of(view, first, end - 1) or view.local_org(text[1:], text), end  # "كاتبًا عامًا [بالخطوط …]"


def _body(view: DocView, first: int, last: int) -> Ref:
    """The body the words first..last name: one mention; the owner of a board ("مجلس إدارة
    الصندوق"); for a generic noun alone ("النادي") the one such body the paragraph names
    (`kg.extract.generic_bodies`); else the words themselves, as a body the KB lacks."""
    words = view.span_text(first, last)
    return (_one_mention(view, first, last) or branch_body(view, first) or board_owner(view, first, last)
            or (named_body(view, first) if first == last else None) or view.local_org(words, words))


def _spoken_in_bi(view: DocView, first: int) -> bool:
    """The body a spokesman speaks for starts in ب at `first`, not after "باسم" ("باسم بعثة الحجيج": a word of
    its own that opens with the letter)."""
    return in_bi(view.tokens[first]) and not view.tokens[first - 1].is_(_IN_NAME)


def _overseen(view: DocView, first: int, last: int) -> Ref | None:
    """What a supervisor-general oversees (the words after على): a body's mention, or a body named by an
    indefinite head and definite words ("مركز الملك سلمان للإغاثة"); a definite common noun alone ("الفريق"،
    "المهرجان") only as the one such body the paragraph names."""
    if (m := _one_mention(view, first, last)) is not None:
        return m
    if view.tokens[first].key.startswith("ال"):
        return named_body(view, first) if first == last else None
    words = view.span_text(first, last)
    return view.local_org(words, words) if last > first else None


def _one_mention(view: DocView, first: int, last: int) -> Ref | None:
    m = view.mention_at.get(first)
    if m is not None and view.mention_span[m][1] == last and not view.is_person(m):
        return view.ref(m)
    return None
