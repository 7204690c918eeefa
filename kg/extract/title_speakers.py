"""A bare title as the subject of a verb of saying is the paragraph's one speaker of that gender.

News paragraphs cut from longer articles name a person by (family) name in one sentence and by a bare
title in another, in either order:

- "وثمن الفلاني القرار … وبين الوزير أيضا أن …" (the name first),
- "وأكدت الوزيرة أن القطاع يتعافى … وبينت الفلانية أن …" (the title first),
- "وجاءت تصريحات الفلاني … وقال الوزير: …" (the person's statements, named by a noun, make him a speaker).

`kg.extract.post_coref` binds a bare title after a verb of saying to the LAST speaker before it; this
module binds it in both directions when the paragraph leaves no choice:

1. the title (الوزير، الوزيرة، السفير …) is the subject of a verb of saying of the same gender right before
   it (a verb of `lexicon/speaker_verbs.tsv`, grown from the raw news: 3,475 lines write one of its forms
   right before a title of office, 372 before a bare one, counts per form in the table;
   `scripts/mine_speaker_verbs.py` rebuilds it). بين and عبر are also prepositions ("بين الوزير والسفير"،
   "عبر السفير"): after them the reported clause must follow the title (أن، إن …);
2. the paragraph names exactly one candidate person of the title's gender: a person with no post in the
   article, whom the KB does not hold in another office (a KB person is a candidate only if the KB lists
   him in an office of the title's kind), and who is not known to be of the other gender. A person is
   feminine when a feminine verb of saying or a feminine honorific stands before one of his or her
   mentions or the given name is a woman's (`kg/link/lexicons/female_given_names.tsv`), masculine by the
   masculine forms; a person the grammar does not show is a candidate for a masculine title only (most
   persons in news are men, so a feminine title needs the woman shown);
3. that person is a speaker within `REACH` sentences of the title: a verb of saying of the same gender, an
   attribution (وفق، حسب) or a statement noun (تصريحات X) stands right before one of the mentions;
4. no other holder of the title's office is in the article: no post of that role, no other title of that
   role (a minister of a country or portfolio, a counterpart) than bare ones of the same gender.

The post's country or body is then found by `kg.extract.post_of`, as for any bare post.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kg.extract import vocab
from kg.extract.facts import Post
from kg.extract.text import DocView
from kg.extract.titles import Title
from kg.link.lexicons import female_given_names, lexicons
from kg.link.normalize import match_key

_TABLE = Path(__file__).resolve().parent / "lexicon" / "speaker_verbs.tsv"
#: How many sentences from the title the speaker may be named.
REACH = 3
#: Verb forms that are also prepositions: "بين الوزير والسفير" (between), "عبر السفير" (through).
_PREPOSITIONS = vocab.keys(("بين", "عبر"))
#: Adverbs between a speaker and the reported clause ("وبين الوزير أيضا أن").
_ADVERBS = vocab.keys(("أيضا", "أيضاً", "كذلك", "بدوره", "بدورها"))
#: Nouns of a person's statement before his name ("تصريحات سامي الحداد"): raw news, the noun right before a
#: given name (scripts as in the module docstring of mine_speaker_verbs, lines): تصريحات 40, قول 18,
#: تصريح 9, كلمة 9, كلام 7, خطاب 7 (حديث 27 left out: also "the hadith of").
STATEMENT_NOUNS = vocab.keys(("تصريحات", "تصريح", "قول", "كلمة", "كلام", "خطاب"))
#: Attribution to a named speaker ("… وفق سامي الحداد").
_ACCORDING_TO = vocab.keys(("وفق", "وفقا", "حسب", "بحسب", "حسبما", "بحسبما"))
#: Honorifics before a name that show its gender.
_FEMININE_HONORIFICS = vocab.keys(("السيدة", "الدكتورة", "الأستاذة", "المهندسة", "الشيخة", "الأميرة", "الملكة",
                                   "السيّدة", "مدام"))
_MASCULINE_HONORIFICS = vocab.keys(("السيد", "الدكتور", "الأستاذ", "المهندس", "الشيخ", "الأمير", "الملك",
                                    "المستشار", "اللواء", "العميد", "الفريق", "العقيد"))
#: Second words of men's compound given names (نور الدين، سيف الإسلام، عبد الله).
_COMPOUND_TAILS = vocab.keys(("الدين", "الله", "الإسلام", "الرحمن", "العزيز"))
#: Bare titles that refer back to a speaker: offices one person holds and speaks for (not "الرئيس": a
#: company's, a club's or a body's head as well).
ROLES = frozenset({"minister", "ambassador", "spokesperson", "envoy", "secretary-general", "minister-of-state",
                   "deputy-minister", "undersecretary", "governor"})


#: Verbs of the table that report speech (a clause follows): their subject is a speaker whatever the paragraph
#: says around it. The others praise, call or act (أشاد، ثمن، رحب، دعا، استعرض …): in a visit the host does
#: these as often as the guest, so they make a speaker only where the paragraph has one candidate.
REPORTING = frozenset(match_key(w) for w in (
    "قال", "أكد", "أضاف", "أوضح", "أشار", "شدد", "بين", "أفاد", "ذكر", "أعلن", "كشف", "اعتبر", "لاحظ", "أبرز",
    "نوه", "أبان", "تابع", "لفت", "صرح", "رأى", "أردف", "أقر", "نبه", "استطرد", "أفصح"))


@cache
def speaker_verbs(reporting: bool = False) -> dict[str, str]:
    """Verb forms of the table (match keys) → gender ("m" or "f"); with `reporting`, only those of
    `REPORTING` verbs."""
    out: dict[str, str] = {}
    for n, line in enumerate(_TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(("#", "form\t")):
            continue
        cols = line.split("\t")
        if len(cols) != 5 or cols[1] not in ("m", "f") or not cols[3].isdigit():
            raise ValueError(f"{_TABLE.name} line {n}: expected form, gender, lemma, before_title, before_bare_title")
        if not reporting or match_key(cols[2]) in REPORTING:
            out[match_key(cols[0])] = cols[1]
    return out


def _verbs() -> dict[str, str]:
    """The table's forms and the older lexicons' verbs of saying, by gender."""
    from kg.link.person_speakers import SAYING, SAYING_MASCULINE

    return {**{k: "m" for k in SAYING_MASCULINE}, **{k: "f" for k in SAYING}, **speaker_verbs()}


_VERBS = _verbs()


def is_reporting_verb(tok) -> bool:
    """The token is a verb of the table that reports speech (`REPORTING`, with or without و/ف)."""
    return tok.which(speaker_verbs(True)) is not None


def says(view: DocView, title: Title) -> bool:
    """A verb of saying stands right before the title, of its gender where the table gives one; after بين
    or عبر (also prepositions) the reported clause follows the title."""
    toks = view.tokens
    if title.first == 0:
        return False
    verb = toks[title.first - 1]
    gender = verb.which(_VERBS)
    if gender is None and not verb.is_(vocab.SAY_VERBS) or gender not in (None, title_gender(view, title)):
        return False
    j = title.last + 1
    while j < len(toks) and toks[j].is_(_ADVERBS):
        j += 1  # "وبين الوزير أيضا أن"
    return not verb.is_(_PREPOSITIONS) or (j < len(toks) and toks[j].is_(vocab.COMPLEMENTIZERS))


def title_gender(view: DocView, title: Title) -> str:
    """"f" for a feminine head (الوزيرة، السفيرة, ة folded to ه by the match key), else "m"."""
    return "f" if view.tokens[title.first].key.endswith("ه") else "m"


def title_speaker(view: DocView, title: Title, titles: list[Title], posts: list[Post]) -> int | None:
    """The person mention a bare title after a verb of saying refers to (module docstring), or None."""
    toks = view.tokens
    if title.role not in ROLES or title.first == 0 or title.of is not None or title.plural:
        return None
    gender = title_gender(view, title)
    if toks[title.first - 1].which(_VERBS) != gender or not says(view, title):
        return None
    if any(p.role == title.role for p in posts):
        return None  # the article names a holder of this office
    for other in titles:
        if other.role == title.role and (other.first, other.last) != (title.first, title.last) and (
                other.of is not None or other.portfolio is not None or other.plural
                or title_gender(view, other) != gender):
            return None  # another holder of the office, named or not
    posted = {p.person.key for p in posts}
    candidates = [m for key, m in first_person_mentions(view).items()
                  if key not in posted and _fits(view, m, title, gender)]
    if len(candidates) != 1:
        return None
    m = candidates[0]
    sentence = toks[title.first].sentence
    key = view.ref(m).key
    for mention, (first, _) in view.mention_span.items():
        if view.is_person(mention) and view.ref(mention).key == key \
                and abs(toks[first].sentence - sentence) <= REACH and _speaker_at(view, first, gender):
            return m
    return None


def first_person_mentions(view: DocView) -> dict[str, int]:
    """Each person entity of the article and its first mention."""
    found: dict[str, int] = {}
    for m in sorted(view.mention_span, key=lambda i: view.mention_span[i][0]):
        if view.is_person(m):
            found.setdefault(view.ref(m).key, m)
    return found


def _fits(view: DocView, m: int, title: Title, gender: str) -> bool:
    """Person mention m may hold the title: not known of the other gender (a feminine title needs the
    woman shown), and not held by the KB in another office."""
    shown = person_gender(view, m)
    if shown != gender and (gender == "f" or shown is not None):
        return False
    entry = view.kb_entry(view.ref(m))
    if entry is None or entry.kind != "Person" or not entry.posts:
        return True
    kinds = frozenset().union(*(v for (role, _), v in vocab.KB_ROLES.items() if role == title.role))
    return any(p.role in kinds for p in entry.posts)


def person_gender(view: DocView, m: int) -> str | None:
    """"f" or "m" as the grammar before the person's mentions shows it (a verb of saying, an honorific),
    else as the given name does (a woman's given name; another known given name is a man's); None
    when nothing shows it or the evidence disagrees."""
    toks = view.tokens
    key = view.ref(m).key
    shown: set[str] = set()
    for mention, (first, _) in view.mention_span.items():
        if not view.is_person(mention) or view.ref(mention).key != key or first == 0:
            continue
        before = toks[first - 1]
        if before.is_(_FEMININE_HONORIFICS):
            shown.add("f")
        elif before.is_(_MASCULINE_HONORIFICS):
            shown.add("m")
        j = first - 1
        while j > 0 and toks[j].is_(vocab.HONORIFICS):
            j -= 1
        verb = toks[j].which(_VERBS)
        if verb is not None:
            shown.add(verb)
    if len(shown) == 1:
        return shown.pop()
    if shown:
        return None
    words = match_key(view.ref(m).entity.label).split()
    if not words:
        return None
    if len(words) > 1 and words[1] in _COMPOUND_TAILS:
        return "m"  # "نور الدين"، "عبد الله": a man's compound name, whatever its first word alone is
    if words[0] in female_given_names():
        return "f"
    lex = lexicons()
    return "m" if words[0] in lex.given_names or words[0] in lex.raw_given_names else None


def _speaker_at(view: DocView, first: int, gender: str) -> bool:
    """The mention starting at token `first` is a speaker: a verb of saying of `gender`, an attribution
    or a statement noun right before it (honorifics between allowed)."""
    toks = view.tokens
    j = first - 1
    while j > 0 and toks[j].is_(vocab.HONORIFICS):
        j -= 1
    if j < 0:
        return False
    tok = toks[j]
    return tok.which(_VERBS) == gender or tok.is_(vocab.SAY_VERBS) and gender == "m" and not tok.key.endswith("ت") \
        or tok.is_(_ACCORDING_TO) or tok.is_(STATEMENT_NOUNS)
