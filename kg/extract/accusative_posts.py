"""Posts given in the accusative after the name: appointment lists and decrees, role clauses, "بصفته".

News states a post apart from the name in a few regular shapes besides apposition, the post then in the
accusative (مديرًا، واليًا، رئيسًا تنفيذيًا …) with its body in ل/ب or its place after على:

* an appointment by a verb or a verbal noun, the appointee named before the post: "عيّن الرئيس X محافظًا لعدن"،
  "وتعيين A واليًا على سوسة، وB واليًا على قبلي" (every appointee of the list holds his post from then on);
* a decree's list, name, colon, post: "X : مديرًا عامًا للخطوط التونسية"؛
* a relative clause of working or being appointed: "X، الذي يعمل مستشارًا لوزارة …"، "X الذي عُيّن مؤخرًا محافظًا
  لـ…"، "X، الذي عيّنه الحوثيون محافظًا لشبوة"، past "الذي عمل مديرًا …" (a post held before);
* capacity: "X بصفته رئيسًا للجنة"، "بوصفه وزيرًا للخارجية" ("سابقًا" after it: held before);
* a Saudi cabinet decision's list: "تعيين X على وظيفة (مدير عام الحقوق) بالمرتبة الرابعة عشرة بوزارة الزراعة"
  (the ministry after the grade is the post's body, unless the title names its own);
* a verb of holding a post before the name: "ويشغل X منصب الأمين العام للحركة" (now)، "وتولى X منصب …" (before,
  as `kg.extract.restated` reads "الذي تولى منصب")، "وكان X يشغل خطة …" (before).

The appointing nouns with the name right after them are read by `kg.extract.appointments`; both read the accusative
heads the title grammar lacks with `kg.extract.accusative_heads`. A future appointment ("سيتم تعيين X") gives no
post: it is not held yet. An ambassador appointed "سفيرًا لدى مصر" is left to the title grammar: the text rarely
says whose ambassador he is.

Raw corpus (both files, one paragraph a line): "تعيين|عين|تم تعيين [honorific] two or three words + an accusative
head" 93 lines; "name : مديرا|واليا|رئيسا …" (decree lists, Tunisian) 5 lines holding 40-odd appointees,
"* name POST" 4; "الذي|التي يعمل + accusative head" 5; "بصفته|بوصفه|باعتباره + head" 32 (16 accusative);
"الذي عين|عينه|تم تعيينه" 35; "يشغل|يتولى|تولى + two words + منصب" 10; "على|إلى وظيفة (" 98 (heads: مدير 13,
سفير 11, وزير [مفوض] 10, مستشار 10, رئيس 9, وكيل 7, أمين 5 where no space follows the bracket).
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.accusative_heads import NOT_YET, accusative_title
from kg.extract.appointments import named_accusative
from kg.extract.body_titles import body_head_at
from kg.extract.holders import governed
from kg.extract.text import DocView
from kg.extract.titles import HEADS, Title, match_phrase, parse_title

#: Verbs and verbal nouns of appointing (with و/ف, ب/ل): the appointee is named after them.
_APPOINTING = vocab.keys(("تعيين", "عين", "يعين", "تعين", "عينت", "تكليف", "كلف", "يكلف", "كلفت", "تسمية", "سمى",
                          "اختيار", "اختار", "تنصيب", "نصب", "تعيينهم", "بتعيين", "وتعيين", "وعين", "وكلف"))
#: How far (tokens, in the sentence) an appointing word reaches: over a subject and a list of appointees.
_REACH = 30
_WHO = vocab.keys(("الذي", "التي", "والذي", "والتي"))
#: Verbs of a relative clause that give a post: working as (now; past: before), being appointed.
_WORKS = vocab.keys(("يعمل", "تعمل"))
_WORKED = vocab.keys(("عمل", "عملت"))
_APPOINTED = vocab.keys(("عين", "عينت", "تعين", "عينه", "عينها", "عينته", "اختير", "اختيرت", "انتخب", "انتخبت",
                         "نصب", "كلف", "كلفت"))
#: Words of the appointing subject between "عيّنه" and the post.
_SUBJECT = 4
_DONE = vocab.keys(("تم", "جرى"))
_DONE_NOUNS = vocab.keys(("تعيينه", "تعيينها", "اختياره", "اختيارها", "تكليفه", "تكليفها"))
#: Adverbs of time between a verb and the post ("الذي عين مؤخرا سفيرا").
_ADVERBS = vocab.keys(("مؤخرا", "اخيرا", "أخيرا", "حاليا", "رسميا", "اليوم", "أمس", "امس", "كذلك", "أيضا"))
_BEFORE = vocab.keys(("سابقا",))
#: "X بصفته|بوصفه|باعتباره + an accusative post".
_CAPACITY = vocab.keys(("بصفته", "بصفتها", "بوصفه", "بوصفها", "باعتباره", "باعتبارها"))
#: "ويشغل X منصب …" (now), "وتولى X منصب …" (before: `kg.extract.restated`).
_HOLDS_NOW = vocab.keys(("يشغل", "تشغل", "يتولى", "تتولى"))
_HELD = vocab.keys(("شغل", "شغلت", "تولى", "تولت"))
_POST_NOUNS = vocab.keys(("منصب", "خطة"))  # خطة: a post, in Tunisian news (`kg.extract.restated`)
_WAS = vocab.keys(("كان", "كانت", "وكان", "وكانت"))
_COMMAS = ("،", ",")
#: Marks that open an item of a decree's list ("* X : مديرًا …"، "- X : …"; raw corpus, both files: 4 lines
#: with "* NAME POST" and no colon).
_LIST_MARKS = ("*", "-", "–", "•")


def accusative_posts(view: DocView) -> list[tuple[Title, int, bool]]:
    """(title, person mention, held before) for every post this module's shapes give."""
    out: list[tuple[Title, int, bool]] = []
    for m, (first, last) in sorted(view.mention_span.items(), key=lambda x: x[1]):
        if not view.is_person(m) or governed(view, m):
            continue
        found = _listed(view, m, first, last) or _clause(view, last + 1) or _holding(view, first, last) \
            or _decreed(view, last + 1)
        if found is not None:
            out.append((found[0], m, found[1]))
    return out


def _post_at(view: DocView, j: int) -> Title | None:
    """An accusative post at j: one the title grammar reads ("وزيرًا للخارجية"، "سفيرًا لدى مصر") or this
    module's heads."""
    toks = view.tokens
    if j >= len(toks) or toks[j].key[-1:] not in "اه":  # the accusative's alif (or ة of a feminine head)
        return None
    title = named_accusative(view, j) or accusative_title(view, j)
    if title is None and (parsed := parse_title(view, j)) is not None and parsed.role in vocab.ROLES \
            and toks[j].key.endswith("ا") and (parsed.of is not None or parsed.portfolio is not None):
        title = Title(parsed.role, parsed.first, parsed.last, parsed.text, parsed.of, parsed.portfolio, parsed.body)
    return title


def _listed(view: DocView, m: int, first: int, last: int) -> tuple[Title, bool] | None:
    """"تعيين|عين … X POST" (an appointing word within reach before X, no future) or "X : POST" (a list)."""
    toks = view.tokens
    j = last + 1
    if j < len(toks) and toks[j].key == ":":
        title = _post_at(view, j + 1)
        return (title, False) if title is not None else None
    title = _post_at(view, j)
    if title is None:
        return None
    if first > 0 and toks[first - 1].key in _LIST_MARKS:
        return title, False  # "*X رئيسًا مديرًا عامًا للشركة …": a decree's list without the colon
    sentence = toks[first].sentence
    for k in range(first - 1, max(-1, first - _REACH), -1):
        if toks[k].sentence != sentence:
            break
        if toks[k].is_(_APPOINTING):
            if k > 0 and toks[k - 1].is_(NOT_YET) or toks[k].future:
                return None
            return title, False
    return None


def _clause(view: DocView, j: int) -> tuple[Title, bool] | None:
    """"، الذي يعمل|عُيّن|عيّنه الحوثيون|تم تعيينه [مؤخرًا] POST"، "بصفته POST": the clause after a name."""
    toks = view.tokens
    while j < len(toks) and toks[j].key in _COMMAS:
        j += 1
    if j >= len(toks):
        return None
    past = False
    if toks[j].is_(_CAPACITY):
        j += 1
    elif toks[j].is_(_WHO) and j + 1 < len(toks):
        j += 1
        if toks[j].is_(_DONE) and j + 1 < len(toks) and toks[j + 1].is_(_DONE_NOUNS):
            j += 2  # "الذي تم تعيينه"
        elif toks[j].is_(_WORKS) or toks[j].is_(_WORKED):
            past = toks[j].is_(_WORKED)
            j += 1
        elif toks[j].is_(_APPOINTED):
            j += 1
        else:
            return None
    else:
        return None
    while j < len(toks) and toks[j].is_(_ADVERBS):
        j += 1
    subject = toks[j - 1].key[-1:] in "ها" and toks[j - 1].is_(_APPOINTED)  # "الذي عينه الحوثيون محافظا لشبوة"
    for k in range(j, min(len(toks), j + (_SUBJECT if subject else 1))):
        if toks[k].punct:
            return None
        title = _post_at(view, k)
        if title is not None:
            after = title.last + 1
            return title, past or (after < len(toks) and toks[after].is_(_BEFORE))
    return None


def _holding(view: DocView, first: int, last: int) -> tuple[Title, bool] | None:
    """"ويشغل X منصب POST" (now), "وتولى X منصب POST" (before): the verb right before the name; "وكان X يشغل
    منصب|خطة POST" (before)."""
    toks = view.tokens
    j = last + 1
    if first > 0 and (toks[first - 1].is_(_HOLDS_NOW) or toks[first - 1].is_(_HELD)):
        past = toks[first - 1].is_(_HELD)
    elif first > 0 and toks[first - 1].is_(_WAS) and j < len(toks) and toks[j].is_(_HOLDS_NOW):
        past, j = True, j + 1
    else:
        return None
    while j < len(toks) and toks[j].is_(_ADVERBS):
        j += 1
    if j + 1 >= len(toks) or not toks[j].is_(_POST_NOUNS):
        return None
    title = parse_title(view, j + 1)
    if title is None or title.of is None and title.portfolio is None:  # "منصب رئيس مجلس إدارة الشركة"
        title = body_head_at(view, j + 1) or body_head_at(view, j + 1, definite=True)
    if title is None or title.role not in vocab.ROLES or (title.of is None and title.portfolio is None):
        return None
    return title, past


#: "على|إلى وظيفة (TITLE)": a post by a cabinet decision, in brackets.
_ONTO = vocab.keys(("على", "إلى", "الى"))
_JOB = vocab.keys(("وظيفة",))
#: The decided heads read as posts: a director, head, undersecretary, mayor, secretary-general (and their deputies);
#: "(سفير)"، "(وزير مفوض)"، "(مستشار إداري)" are grades of the civil service, not a post of a body.
_DECREED = {"director": "director", "president": "head", "head": "head", "undersecretary": "undersecretary",
            "mayor": "mayor", "secretary-general": "secretary-general"}
#: The decision's grade between the bracket and the ministry ("بالمرتبة الرابعة عشرة"، "بذات المرتبة").
_GRADE_WORDS = 4


def _decreed(view: DocView, j: int) -> tuple[Title, bool] | None:
    """"X على وظيفة (مدير عام الحقوق) بالمرتبة الرابعة عشرة بوزارة الزراعة": the bracketed post, its body the
    title's own mention, else the body in ب after the grade."""
    toks = view.tokens
    if j + 3 >= len(toks) or not toks[j].is_(_ONTO) or not toks[j + 1].is_(_JOB) or toks[j + 2].key != "(":
        return None
    k = j + 3
    close = next((x for x in range(k, min(len(toks), k + 16)) if toks[x].key == ")"), None)
    head = match_phrase(view, k, HEADS)
    if close is None or head is None or head[0] not in _DECREED:
        return None
    title = parse_title(view, k)
    if title is not None and title.of is not None and title.last < close and title.role in _DECREED.values():
        return title, False  # "(أمين منطقة الباحة)"
    for x in range(close + 1, min(len(toks), close + 2 + _GRADE_WORDS)):
        m = view.mention_at.get(x)
        if m is not None and not view.is_person(m) and toks[x].key[:1] == "ب":
            return Title(_DECREED[head[0]], k, close - 1, view.span_text(k, close - 1), view.ref(m)), False
        if m is not None or toks[x].key in ("،", ",", ".") or toks[x].key[:1] == "و":
            return None
    return None
