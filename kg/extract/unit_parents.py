"""The body a unit belongs to: "رئيس قسم المياه [بالمندوبية الجهوية للفلاحة] X" → the post is in the
department, and the department is of the delegation.

News names many officials by a unit of a body: a department, directorate, office, executive
bureau or board, then the body itself in ب/ل/في/لدى or as the unit's genitive ("مدير إدارة التخطيط
بوزارة الصحة"، "رئيس دائرة الأبحاث في مجموعة النخيل"، "عضو المكتب السياسي لحركة حماس"، "مدير مكتب
المنظمة العربية للتنمية"). `kg.extract.body_titles` keeps the post in the unit (its words, as written); a user
asking who holds posts in the body, and the annotation guide, count these officials under the body.
Here the body is found and kept as the unit's parent (`Post.of_parent`; `org:subOrganizationOf` in
RDF, `queries/officials.rq` gives both). A bare "مجلس الإدارة" (no body after it: "X رئيس مجلس
الإدارة") is the board of the one company or body of a board's kind the paragraph names, if exactly one.

Raw corpus (both files, 205,333 paragraphs), "رئيس|رئيسة|مدير|مديرة|عضو|نائب رئيس|نائب مدير|أمين|الأمين
العام|مسؤول + head", lines: all / with ب، ل، في or لدى within four words after the head: قسم 272/173,
دائرة 62/38, إدارة 504/326, مديرية 2/1, مصلحة 17/12, وحدة 43/28, شعبة 18/11, مكتب 202/141, المكتب التنفيذي
27/26, المكتب السياسي 45/43, مجلس الإدارة 172/79 (مجلس إدارة 607/296: its body follows, `board_owner`),
اللجنة التنفيذية 57/55, الأمانة العامة 4/4.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import vocab
from kg.extract.facts import Post, Ref
from kg.extract.generic_bodies import BODY_NOUNS, named_body
from kg.extract.text import DocView
from kg.extract.titles import HEADS
from kg.link.normalize import match_key

#: A unit's head noun, written first in its name ("قسم المياه"، "المكتب السياسي").
UNIT_HEADS = vocab.keys(("قسم", "دائرة", "إدارة", "مديرية", "مصلحة", "وحدة", "شعبة", "مكتب"))
#: Units named by two words, definite: a body's executive or political bureau, its board, secretariat.
UNIT_PHRASES = frozenset(tuple(match_key(w) for w in p.split()) for p in (
    "المكتب التنفيذي", "المكتب السياسي", "مجلس الإدارة", "اللجنة التنفيذية", "الأمانة العامة"))
#: Nouns that open a parent body's name the NER leaves untagged ("بالمندوبية الجهوية للفلاحة"، "بوزارة الصحة").
PARENT_NOUNS = BODY_NOUNS | vocab.keys(("وزارة", "مندوبية", "مجموعة", "مصرف", "أمانة", "بلدية", "محافظة",
                                        "إمارة", "رئاسة", "مديرية", "جهاز", "سلطة"))
#: The nouns of the bodies a bare board belongs to ("شركة النخيل … رئيس مجلس الإدارة").
BOARD_BODIES = vocab.keys(("شركة", "بنك", "مصرف", "مجموعة", "نادي", "جمعية", "مؤسسة", "صندوق", "هيئة", "اتحاد",
                           "غرفة", "مركز", "جامعة", "مستشفى"))
_BARE_BOARD = "مجلس الإدارة"
_BOARD = vocab.keys(("مجلس",))
_OF_BOARD = vocab.keys(("إدارة", "الإدارة"))
_PREPOSITIONS = vocab.keys(("في", "لدى"))
_QUOTES = frozenset({"«", '"', "“"})
#: Untagged definite words a parent's name takes after its noun ("المندوبية [الجهوية للفلاحة]").
NAME_WORDS = 4


def with_parents(view: DocView, posts: list[Post]) -> list[Post]:
    """`posts`, each whose body is a unit of a body the text names given that body as `of_parent`."""
    by_start = {t.start: t.index for t in view.tokens}
    by_end = {t.end: t.index for t in view.tokens}
    out = []
    for p in posts:
        parent = None
        if p.of is not None and p.of_parent is None and p.of.entity.kind == "Organization" \
                and p.start in by_start and p.end in by_end:
            parent = unit_parent(view, p, by_start[p.start], by_end[p.end])
        out.append(replace(p, of_parent=parent) if parent is not None else p)
    return out


def unit_head(label: str) -> int:
    """How many words of the body's name `label` are a unit's head noun (0: the body is not a unit)."""
    words = match_key(label).split()
    if len(words) >= 2 and (words[0], words[1]) in UNIT_PHRASES:
        return 2
    return 1 if words and words[0] in UNIT_HEADS else 0


def unit_parent(view: DocView, post: Post, first: int, last: int) -> Ref | None:
    """The body the unit `post.of` belongs to, read after the unit's head in the title (tokens
    first..last) and up to the holder's name after it; for a bare board, the one company named."""
    assert post.of is not None
    size = unit_head(post.of.entity.label)
    if size == 0:
        return None
    head = match_key(post.of.entity.label).split()[0]
    k = next((j for j in range(first, last + 1) if head in view.tokens[j].forms), None)
    if k is None:
        return None
    stop = _stop(view, post, last)
    parent = _after_unit(view, k + size, stop, post.of)
    if parent is None and match_key(post.of.entity.label) == match_key(_BARE_BOARD):
        parent = _one_board_body(view)
    return parent


def _stop(view: DocView, post: Post, last: int) -> int:
    """The last token the parent may be read in: the word before its holder's name when the name comes
    after the title ("رئيس دائرة الأبحاث [في مجموعة النخيل] X"), else a few words past the title (a
    punctuation mark, a name or another title ends the reading before that: `_after_unit`)."""
    m = post.person.mention
    reach = min(last + NAME_WORDS + 2, len(view.tokens) - 1)
    if m is not None and m in view.mention_span:
        start = view.mention_span[m][0]
        if start > last:
            return min(start - 1, reach)
        return reach  # "X، رئيس دائرة الأبحاث [في مجموعة «…»]": the title ends at the unit, the body follows
    return last


def _after_unit(view: DocView, j: int, stop: int, unit: Ref) -> Ref | None:
    """The first body after the unit's head (from token j): a mention right after it (its genitive),
    or a body in ب/ل or after في/لدى, tagged or named by a body noun and definite words."""
    toks = view.tokens
    genitive = True
    while j <= stop and j < len(toks):
        tok = toks[j]
        if tok.punct or view.mention_at.get(j) is not None and view.is_person(view.mention_at[j]) \
                or tok.is_(HEADS.first_words):
            return None  # a name, or another title: "مدير مكتب العميد [نائب رئيس لجنة …]"
        if tok.is_(_PREPOSITIONS):
            return _body_at(view, j + 1, stop, unit, bare=True)
        lam = tok.key[:1] in "بل" and any(f != tok.key for f in tok.forms)
        if genitive or lam:
            found = _body_at(view, j, stop, unit, bare=not lam, genitive=not lam)
            if found is not None or lam:
                return found
        if j in view.token_mention and view.token_mention[j] != unit.mention:
            j = view.mention_span[view.token_mention[j]][1]
        genitive = False
        j += 1
    return None


def _body_at(view: DocView, j: int, stop: int, unit: Ref, *, bare: bool, genitive: bool = False) -> Ref | None:
    """The body named at token j (with its preposition when not `bare`): an organization mention, the
    one body of a generic noun the paragraph names ("بالوزارة"), or a body noun and definite words."""
    if j > stop or j >= len(view.tokens):
        return None
    m = view.mention_at.get(j)
    if m is not None:
        ref = view.ref(m)
        if view.is_person(m) or ref.entity.kind != "Organization" or ref.key == unit.key:
            return None
        if genitive and ref.kb_id is None and not _opens_with_noun(match_key(view.mentions[m].label)):
            return None  # "إدارة [التوظيف]": the unit's own field, not a body
        return ref
    own = unit.mention  # the NER tagged unit and body as one: "[المكتب السياسي لحركة حماس]"
    if view.token_mention.get(j, own) != own:
        return None
    tok = view.tokens[j]
    forms = (tok.key,) if bare else tuple(f for f in tok.forms if f != tok.key)  # "لجنة" is no ل + "جنة"
    if any(f.startswith("ال") and f[2:] in BODY_NOUNS for f in forms):
        return named_body(view, j)
    if genitive or not any(_opens_with_noun(f) for f in forms):  # "مكتب الرئاسة": the office's own name
        return None
    k = j + 1 + (j + 1 < len(view.tokens) and view.tokens[j + 1].key in _QUOTES)
    if k <= stop and (m := view.mention_at.get(k)) is not None and not view.is_person(m) \
            and view.ref(m).entity.kind == "Organization":
        return view.ref(m)  # "في مجموعة «[جيه إل إل]»": the noun before the body's tagged name
    k = j + 1
    while k <= stop and k < len(view.tokens) and k - j <= NAME_WORDS and view.token_mention.get(k, own) == own \
            and view.tokens[k].key.startswith(("ال", "لل", "بال")) and not view.tokens[k].is_(vocab.HONORIFICS):
        k += 1
    if k == j + 1:
        return None
    text = view.span_text(j, k - 1)
    label = text if bare else ("ال" + text[2:] if tok.key.startswith("لل") else text[1:])
    return view.local_org(label, text)


def _opens_with_noun(words: str) -> bool:
    """The (match-key) words open with a parent body's noun, bare or definite ("وزارة"، "المندوبية …")."""
    first = words.split()[0] if words else ""
    return first in PARENT_NOUNS or first[:2] == "ال" and first[2:] in PARENT_NOUNS


def _one_board_body(view: DocView) -> Ref | None:
    """The one company or body of a board's kind the paragraph names: an organization mention whose name
    opens with such a noun ("شركة النخيل للتجارة") or follows it ("شركة [أرامكو]"); a body whose board the
    paragraph names ("مجلس إدارة [X]") first; none when two are named."""
    boards = {view.ref(m).key: view.ref(m) for m, (first, _) in view.mention_span.items()
              if first >= 2 and not view.is_person(m) and view.tokens[first - 2].is_(_BOARD)
              and view.tokens[first - 1].is_(_OF_BOARD)}
    if len(boards) == 1:  # "اجتماعا مع مجلس إدارة [الاتحاد السعودي] … رئيس مجلس الإدارة X"
        return next(iter(boards.values()))
    found: dict[str, Ref] = {}
    for m, (first, _) in view.mention_span.items():
        if view.is_person(m):
            continue
        ref = view.ref(m)
        if ref.entity.kind != "Organization":
            continue
        words = match_key(view.mentions[m].label).split()
        opens = bool(words) and (words[0] in BOARD_BODIES or words[0][2:] in BOARD_BODIES and words[0][:2] == "ال")
        after = first > 0 and view.tokens[first - 1].is_(BOARD_BODIES)  # "شركة [أرامكو]"
        if opens or after:
            found.setdefault(ref.key, ref)
    return next(iter(found.values())) if len(found) == 1 else None
