"""A body written by its generic noun after a head's title: "رئيس النادي" → the club the paragraph names.

Sports and local news name a club, society or company once in full ("نادي الوحدة"، "جمعية البر
الخيرية") and its head by the noun alone ("رئيس النادي سامي الحداد"، "رئيس مجلس إدارة الجمعية
فلان الفلاني"), before or after the full name. `kg.extract.body_titles` read the noun itself as the
body, so the post was "head of النادي": true of every club, useful for none. Here the noun
resolves to the one body of that noun the paragraph names: a mention that opens with the noun
("نادي الهلال" tagged whole), or the noun in construct right before a mention ("نادي [الوحدة]")
or before definite words the NER left untagged ("جمعية البر الخيرية"). With no such body, or two
of them ("نادي الاتحاد … نادي الأهلي … رئيس النادي"), or a body of that noun the paragraph
introduces without a name ("شركة تنموية قابضة … شركة أرامكو … رئيس مجلس إدارة الشركة": the
unnamed company, not Aramco), nothing is resolved.

A head "of the board of X" ("رئيس مجلس إدارة صندوق التنمية العقارية") heads X: the board is how X
is governed, not another body (`board_owner`).

Raw corpus (both files, dev lines left out): paragraphs with "رئيس|مدير|نائب رئيس|رئيس مجلس
إدارة + the noun" and exactly one "noun + definite name" in the same paragraph: النادي 85 (of 427),
اللجنة 103 (866), الهيئة 34 (460), المجلس 34 (262), الاتحاد 30 (457), الجمعية 30 (175), المركز 25
(130), الجامعة 19 (135), المنظمة 9 (46), الحزب 7 (45), الغرفة 7 (84), الصندوق 7 (15), الشركة 5 (60);
"رئيس مجلس إدارة|الإدارة": 576 lines.

A team ("مدرب الفريق"، "المدير الفني للفريق") is its club's: sport news names the club once as "فريق [الوحدة]"
(the club's bare name tagged after the team noun, `kg.link.clubs`) or "نادي الوحدة", and both are one club.
Raw corpus (both files): "مدرب|المدير الفني|مدير|رئيس|قائد + الفريق|للفريق" 565 lines.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.link.normalize import match_key

#: Nouns of bodies a paragraph names in full and then by the noun alone (the construct form).
BODY_NOUNS = vocab.keys(("نادي", "جمعية", "شركة", "حزب", "هيئة", "اتحاد", "لجنة", "مجلس", "جامعة", "مركز",
                         "منظمة", "غرفة", "صندوق", "مؤسسة", "حركة", "رابطة", "بنك", "منتدى", "مستشفى", "كلية",
                         "فريق"))
#: A team is its club's: "مدرب الفريق" is the coach of the club the paragraph names as "فريق [الوحدة]" or
#: "نادي الوحدة", one club under either noun.
_TEAM, _CLUB = match_key("فريق"), match_key("نادي")
#: "مجلس إدارة X"، "مجلس الإدارة": the board of X.
_BOARD = vocab.keys(("مجلس",))
_OF_BOARD = vocab.keys(("إدارة", "الإدارة", "أمناء", "الأمناء"))
#: The longest untagged name after the noun, in words ("جمعية البر الخيرية بجدة").
NAME_WORDS = 3


def generic_noun(view: DocView, t: int) -> str | None:
    """The body noun of the definite token t when it is not part of a mention ("النادي"، "للجمعية"
    → نادي، جمعية), else None."""
    if t >= len(view.tokens) or t in view.token_mention:
        return None
    for form in view.tokens[t].forms:
        for article in ("لل", "ال"):
            if form.startswith(article) and form[len(article):] in BODY_NOUNS:
                return form[len(article):]
    return None


def named_body(view: DocView, t: int) -> Ref | None:
    """The one body of the noun at t that the paragraph names in full, before or after t."""
    noun = generic_noun(view, t)
    if noun is None:
        return None
    nouns = (noun, _CLUB) if noun == _TEAM else (noun,)
    found: dict[str, Ref] = {}
    for k, tok in enumerate(view.tokens):
        if k == t:
            continue
        m = view.mention_at.get(k)
        if m is not None:
            if not view.is_person(m) and any(_opens_with(tok, n) for n in nouns) and view.mention_span[m][1] > k:
                _keep(found, view.ref(m), team=noun == _TEAM)  # "نادي الهلال" tagged whole
            continue
        if k in view.token_mention or not any(n in tok.forms for n in nouns):
            continue  # the noun in construct, indefinite: "نادي"، "بنادي"، "لجمعية"
        if k + 1 < len(view.tokens) and view.tokens[k + 1].is_(_OF_BOARD):
            continue  # "عضو مجلس الإدارة": a board, not a council the paragraph names
        ref = _name_after(view, k, club=noun == _TEAM)
        if ref is None:
            return None  # "شركة تنموية قابضة": a body of that noun the paragraph does not name
        _keep(found, ref, team=noun == _TEAM)
    return next(iter(found.values())) if len(found) == 1 else None


def _keep(found: dict[str, Ref], ref: Ref, *, team: bool) -> None:
    """Add `ref` to the bodies found; for a team, keyed by its club's name and the club's full name kept
    ("نادي الوحدة" over the bare "الوحدة" of "فريق [الوحدة]")."""
    if not team:
        found.setdefault(ref.key, ref)
        return
    key = _club_name(ref)
    if key not in found or match_key(ref.entity.label).startswith(_CLUB + " "):
        found[key] = ref


def _club_name(ref: Ref) -> str:
    """A club's name without its noun: "نادي الوحدة"، "فريق الوحدة" and the bare "الوحدة" are one club."""
    words = match_key(ref.entity.label).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in (_TEAM, _CLUB) else words)


def board_owner(view: DocView, first: int, last: int) -> Ref | None:
    """"مجلس إدارة X" (tokens first..last): the body X whose board it is — a mention, the one body
    the paragraph names by X's noun ("مجلس إدارة النادي"), or X's words — else None."""
    if last - first < 2 or not view.tokens[first].is_(_BOARD) or not view.tokens[first + 1].is_(_OF_BOARD):
        return None
    rest = first + 2
    m = view.mention_at.get(rest)
    if m is not None and view.mention_span[m][1] == last and not view.is_person(m):
        return view.ref(m)
    if rest == last and generic_noun(view, rest) is not None:
        return named_body(view, rest)  # "مجلس إدارة الجمعية" and no society named: the words stay
    words = view.span_text(rest, last)  # "مجلس إدارة شركة الفلاني للتجارة": the company, in words
    return view.local_org(words, words)


def _opens_with(tok, noun: str) -> bool:
    return any(f == noun or f == "ال" + noun for f in tok.forms)


def _name_after(view: DocView, k: int, *, club: bool = False) -> Ref | None:
    """The body "noun + name" at k: the noun before a non-person mention ("نادي [الوحدة]"), or
    before up to `NAME_WORDS` definite words the NER left untagged. A team's (`club`) mention is the
    club itself ("فريق [الشباب]": the club الشباب)."""
    toks = view.tokens
    j = k + 1
    m = view.mention_at.get(j)
    if m is not None:
        if view.is_person(m):
            return None
        if club:
            return view.ref(m)
        end = view.mention_span[m][1]
        label = f"{_bare(view, k)} {view.mentions[m].label}"
        return view.local_org(label, view.span_text(k, end))
    while j < len(toks) and j - k <= NAME_WORDS and j not in view.token_mention and toks[j].key.isalpha() \
            and toks[j].key.startswith(("ال", "بال", "لل") if j > k + 1 else "ال") \
            and not toks[j].is_(vocab.HONORIFICS):
        j += 1  # "جمعية البر الخيرية"، "هيئة الأمر بالمعروف"
    if j == k + 1:
        return None
    return view.local_org(f"{_bare(view, k)} {view.span_text(k + 1, j - 1)}", view.span_text(k, j - 1))


def _bare(view: DocView, k: int) -> str:
    """The noun at k as written, without its proclitics ("بنادي" → "نادي", "ولجنة" → "لجنة")."""
    text = view.tokens[k].text
    forms = set(view.tokens[k].forms)
    return next((text[n:] for n in range(3) if match_key(text[n:]) in BODY_NOUNS and match_key(text[n:]) in forms),
                text)
