"""Person spans cut to the name: titles, verbs and prepositions the NER swallowed, and the names it
missed right after a title.

Arabic news writes an official as TITLE (+ COUNTRY/NISBA) + NAME, or NAME + TITLE / NAME + VERB
(`سامي الحداد المتحدث باسم …`, `فلان الفلاني سيزور …`). Stanza's NER often tags the neighbouring title
or verb as part of the name, or leaves the name out. Each rule here is grammar, with word lists
from data (title heads and honorifics mined from the raw news corpus, given names from the gold
NER corpora, person names of the knowledge base), never one article's names:

1. **A trailing edge is cut** at the first inner word that is a title head (`المتحدث`, or an
   indefinite head in construct: `وزير الخارجية`), a future verb (س + imperfect prefix: `سيزور`,
   `ستعقد`), a word that opens a clause after names in the raw corpus (`قال`, `التقى`, `الذي`:
   name_followers.tsv), a free preposition (`في`, `إلى`), ل/ب + a known name (`لموسكو`), و + a definite word
   (`والتقنية`; ف + one only when the rest is a word of its own: `فالأمر`, not the surname `فالاسيك`) or a part of
   the day before a day word (`صباح اليوم`). A word after `بن`/`عبد`/`أبو`
   is part of a name (`محمد بن سلطان`, `عبد الملك`), and so is an indefinite head followed by a name (`حسين أمير
   عبد اللهيان`).
2. **A leading title is cut**: a definite head or an honorific (`الرئيس`، `الدكتور`), with the
   country nisba or portfolio word after it (`الرئيس الأمريكي | X`, `وزير الخارجية | X`), or an indefinite head or a
   governor's title with the known place it is in construct with (`والي سوسة | X`، `أمير نجران | X`).
3. **A name after a title** that no mention covers becomes a PER mention: `kg.link.person_titles`.
4. **A nasab chain keeps its head**: a person span that opens on بن/بنت, or right after `X بن`, takes
   X in; one right after آل/أبو takes that word (آل فهيد، أبو مازن) (`kg.link.person_nasab`).
5. **No blessing is a person** (رحمهم الله), and a place or body the tagger ran into a person's span
   before a given name is cut off (لأوبك عبدالله البدري: `cut_leading_known`).

Given names are read from the lexicons in either spelling of a hamza on ya (نائف / نايف: `given_word`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.link.place_heads import GOVERNORS, is_place_head
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: Free prepositions (a closed class): a name never holds one as a word of its own. Not على: folded
#: it is the name علي.
PREPOSITIONS = frozenset(match_key(w) for w in (
    "في", "من", "إلى", "الى", "عن", "مع", "خلال", "لدى", "عند", "بعد", "قبل", "منذ", "حول",
    "أمام", "بين", "عبر", "نحو", "ضد", "إثر",
))
#: Words after which the next word belongs to the name (kunya, patronymic, theophoric compounds).
NAME_LINKS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "عبد", "أبو", "أبا", "أبي", "أم", "آل", "ولد"))
#: Words that open a family name or a kunya (آل فهيد، أبو مازن): a name's word, never its own clause.
FAMILY_WORDS = frozenset(match_key(w) for w in ("آل", "أبو", "أبا", "أبي", "أم"))
AL = match_key("آل")
#: Free personal pronouns (a closed class): never a word of a name (سامي هو فلان: kg.link.person_pronouns).
PRONOUNS = frozenset(match_key(w) for w in (
    "هو", "هي", "هما", "هم", "هن", "أنا", "نحن", "أنت", "أنتم", "أنتما", "أنتن",
))
#: Words that join a given name to the father's: X بن Y is a person's name by its form.
FATHER_WORDS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "ولد"))
#: Blessings written after a ruler's name (خالد بن فهد حفظه الله): never part of the name.
BLESSINGS = frozenset(match_key(w) for w in (
    "حفظه", "حفظها", "حفظهما", "حفظهم", "يحفظه", "يحفظهم", "رعاه", "رعاهم", "أيده", "رحمه", "رحمها",
    "رحمهم", "رحمهما",
))
#: Endings of a word that is no surname after a name: attached pronouns, the accusative (تقاعدها، مستشارا).
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ا")
#: A conjunction and the article (والتقنية، فالوزير): a coordinated common phrase, never a name's word.
_COORDINATED = ("وال", "فال")
#: ف + the article is a coordinated phrase only when the rest is a word of its own: foreign names open on فال
#: (فالكاو 101، فالنسيا 79، فاليري 19، فاليرينجا 12 in the raw news, beside فالبعض 39، فالأمر 33), and the
#: rest of the name is no common word (كريس فالاسيك is one name, تشارلي ميلر فالأمر is not).
_FA_AL = "فال"
#: Words that qualify a military rank before the name (اللواء ركن، العميد متقاعد): raw news, read by hand
#: from the words that follow a rank (scripts/mine_given_names.py's NOT_GIVEN).
RANK_QUALIFIERS = frozenset(match_key(w) for w in ("ركن", "متقاعد", "مشاة", "طيار"))
#: The future prefix س on an imperfect verb (سيزور، ستعقد، سنعمل).
_FUTURE = ("سي", "ست", "سن")
#: At most this many words between a title head and the name after it (country, portfolio, rank).
MAX_QUALIFIERS = 3
#: A name found after a title has this many words at least and at most.
MIN_NAME, MAX_NAME = 2, 4
#: Confidence of a pattern-found person: the title and the name lexicon are the evidence.
PATTERN_CONFIDENCE = 0.6


#: The spelling of the preposition على (alef maqsura): folded it is the name علي, written with ya.
_MAQSURA = "\u0649"
#: Theophoric given names written as one word (عبدربه، عبدالمحسن): عبد + a name of three letters or more.
_THEOPHORIC = match_key("عبد")


#: A part of the day before a day word is the clause's time (`صباح اليوم`, raw news 5,786 times), never a name's
#: word: صباح is a name (الشيخ صباح الأحمد), but the raw news writes no honorific before `صباح اليوم` or the like.
_DAY_PARTS = frozenset(match_key(w) for w in ("صباح", "مساء", "ظهر", "عصر", "فجر"))
_DAYS = frozenset(match_key(w) for w in (
    "اليوم", "أمس", "الغد", "يوم", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
))
#: The hamza on a ya seat (نائف، فائز، عائشة), written as a plain ya in the other spelling of the same name.
_HAMZA_SEAT = "\u0626"

#: Names that fold to a preposition's key (علي / على), told apart by the final letter only. Raw news
#: evidence (scripts/probe_persons.py, README): after an honorific or title علي is written with ya
#: about four times as often as على (which there is mostly the preposition: الرئيس على …).
_YA_NAMES = frozenset({match_key("علي")})


def given_word(key: str, text: str = "") -> bool:
    """The word opens a person's name: a given name of the gold corpora (given_names.tsv) or of the raw
    news after an honorific (raw_given_names.tsv, scripts/mine_given_names.py), a joined
    theophoric compound (عبدربه، عبدالمحسن: by form), or a common word folded into a name's spelling
    that is written as the name (علي with ya, not the preposition على with alef maqsura)."""
    lex = lexicons()
    if key in lex.given_names or key in lex.raw_given_names:
        return True
    if _HAMZA_SEAT in key and given_word(key.replace(_HAMZA_SEAT, "ي")):
        return True  # نائف / نايف: the lists hold the spelling the news writes most (raw news 10 / 1,764)
    if key.startswith(_THEOPHORIC) and len(key) >= len(_THEOPHORIC) + 3 and key not in lex.common_words:
        return True
    return bool(text) and key in _YA_NAMES and text.rstrip()[-1:] == "ي"


def preposition_spelling(key: str, text: str) -> bool:
    """A word written as a preposition with alef maqsura (على) whose folded key reads as a name."""
    return key in _YA_NAMES and text.rstrip()[-1:] == _MAQSURA


def bare_forms(key: str) -> list[str]:
    """The key and its readings without a conjunction or preposition (ووزير → وزير)."""
    return [r for p, r in clitic_splits(key, article=False) if not p or len(r) >= 3]


def title_head(key: str) -> str | None:
    """The title head this word is (المتحدث، ووزير), or None."""
    titles = lexicons().person_titles
    return next((r for r in bare_forms(key) if r in titles), None)


def honorific(key: str) -> bool:
    return any(r in lexicons().person_honorifics for r in bare_forms(key))


def future_verb(key: str, names: Collection[str] = ()) -> bool:
    """س + an imperfect prefix + a stem of three letters or more, and not a known name (ستيفن) nor a word
    the raw news writes far more often than its imperfect (سيلفا، ستيوارت، سيارة: future_lookalikes.tsv)."""
    lex = lexicons()
    return (key.startswith(_FUTURE) and len(key) >= 5 and key not in lex.given_names
            and key not in lex.named_alone and key not in names and key not in lex.future_lookalikes)


def clause_opener(key: str) -> bool:
    """A word that opens a clause after a person's name (قال، التقى، الذي), mined from the raw corpus."""
    return key in lexicons().name_followers


def _is_edge(i: int, toks, doc: _Doc, names: Collection[str], known: Callable[[str], bool]) -> bool:
    """Token i ends a name standing before it: a title head, a verb, a preposition, or ل/ب + a known
    name (البدري لموسكو)."""
    key = toks[i].key
    if i > 0 and toks[i - 1].key in NAME_LINKS:
        return False
    if key in PREPOSITIONS or clause_opener(key) or key in BLESSINGS:
        return True
    if key in _DAY_PARTS and i + 1 < len(toks) and toks[i + 1].key in _DAYS \
            and doc.spaced(toks[i].end, toks[i + 1].start):
        return True  # the clause's time (سلمان بن عبدالعزيز | صباح اليوم), not the name صباح
    if future_verb(key, names):
        # a future verb takes its object or complement (فلان سيزور موسكو); a word of that shape closed by
        # punctuation or the text's end is a noun or a foreign surname (وسيلفستر ستالون،): raw news writes 3,525
        # such words before a comma or full stop, mostly nouns and names (سنوات 1,065، سيناء 112، سيلفا 11),
        # few verbs (سيحدث 18); the NER's 6 person spans with such a word in 3,136 raw paragraphs (probe pickles
        # of scripts/probe_mentions.py) hold 5 verbs, each followed by its object, so they are still cut
        return i + 1 < len(toks) and doc.spaced(toks[i].end, toks[i + 1].start)
    if key.startswith(_COORDINATED) and len(key) >= 6 and key not in names and (
            not key.startswith(_FA_AL) or _own_word(key[1:], known)):
        return True  # و/ف + a definite word opens a coordinated phrase (آل سعود | والتقنية)
    if key[:1] in "لب" and len(key) >= 4 and key not in names and known(toks[i].text[1:]):
        return True
    head = title_head(key)
    if head is None:
        return False
    if head.startswith("ال"):
        return True
    # an indefinite head is a title in construct with a definite word (وزير الخارجية، رئيس الوزراء),
    # or with an indefinite noun that is (أمير منطقة الرياض، مدير مكتب الملك)
    nxt = i + 1
    if nxt >= len(toks) or not doc.spaced(toks[i].end, toks[nxt].start):
        return False
    given = lexicons().given_names
    if is_place_head(toks[nxt].text) and nxt + 1 < len(toks) and doc.spaced(toks[nxt].end, toks[nxt + 1].start):
        return True  # in construct with a place head and its name (أمير منطقة حائل: raw news 1,306 أمير منطقة)
    if toks[nxt].key.startswith("ال"):
        return toks[nxt].key not in given
    after = nxt + 1
    return (after < len(toks) and toks[after].key.startswith("ال") and toks[after].key not in given
            and toks[nxt].key not in given and toks[nxt].key not in NAME_LINKS and toks[nxt].key not in names
            and toks[nxt].key.isalpha())


def _own_word(key: str, known: Callable[[str], bool]) -> bool:
    """A definite word read on its own: a common word, a title, a known name, or its bare form a common word."""
    lex = lexicons()
    return (key in lex.common_words or key in lex.title_words or title_head(key) is not None or known(key)
            or key[2:] in lex.common_words)


#: Titles of a governor and a delegate (Tunisia: `والي صفاقس`, `معتمد جلمة`; raw news `والي X` 257 times, see
#: kg.link.place_heads.GOVERNORS) followed by the one word of their place before the holder's name.
GOVERNOR_TITLES = frozenset(match_key(w) for w in ("والي", "معتمد"))


def trim_person(m: Mention, doc: _Doc, known: Callable[[str], bool], nisba_starts: Collection[int],
                names: Collection[str] = (), place_starts: Collection[int] = ()) -> Mention:
    """A PER mention without the title, verb or preposition the NER swept into it (rules 1 and 2).
    `place_starts`: where a knowledge-base place starts (a title in construct with it goes: والي سوسة | فلان)."""
    if m.ner_type != "PER" or known(m.label) or known(m.text):
        return m
    idx = [i for i, t in enumerate(doc.toks) if m.start <= t.start and t.end <= m.end]
    if len(idx) < 2:
        return m
    toks = doc.toks
    # rule 2: a leading title or honorific, with its nisba or portfolio words
    first = 0
    lex = lexicons()
    while first < len(idx) - 1:
        i = idx[first]
        head = title_head(toks[i].key)
        if honorific(toks[i].key) or (head is not None and head.startswith("ال")) or toks[i].key in RANK_QUALIFIERS:
            first += 1
        elif head is not None and len(idx) - first >= 3 and toks[idx[first + 1]].key.startswith("ال") \
                and toks[idx[first + 1]].key not in lex.given_names:
            first += 2  # وزير الخارجية X Y
        elif len(idx) - first >= 4 and toks[idx[first + 1]].start in place_starts \
                and construct_head(toks[i].key, toks[i].text):
            first += 2  # والي سوسة X Y، محافظ جدة X Y: the title in construct with a known place
        elif len(idx) - first >= 4 and any(r in GOVERNOR_TITLES for p, r in clitic_splits(toks[i].key, article=False)
                                           if not p or len(r) >= 4):
            first += 2  # والي صفاقس X Y: a governor's (delegate's) title and his place's name
        else:
            break
        while first < len(idx) - 1 and (toks[idx[first]].start in nisba_starts or (
                toks[idx[first]].key in lex.common_words and toks[idx[first]].key not in lex.given_names)):
            first += 1
    # rule 1: the first inner word that ends the name
    last = len(idx)
    for n in range(first + 1, len(idx)):
        if _is_edge(idx[n], toks, doc, names, known):
            last = n
            break
    if first == 0 and last == len(idx):
        return m
    start, end = toks[idx[first]].start, toks[idx[last - 1]].end
    text = doc.text[start:end]
    label = m.label
    if m.label != m.text:  # the NLP stage split a clitic off: keep its label's head if it still opens
        label = m.label[: len(m.label) - (m.end - end)] if m.label.endswith(doc.text[end:m.end]) else text
        label = label if first == 0 else text
    else:
        label = text
    return replace(m, start=start, end=end, text=text, label=label.strip())


def cut_leading_nisba(m: Mention, doc: _Doc, nisba_starts: Collection[int], known: Callable[[str], bool]) -> Mention:
    """A PER mention without the nisba adjectives that open it: the NER swept in the word that
    qualifies the title before the name (نظيره الإيطالي | ماتيو رينزي، الزعيم الكردي | عبد الله أوجلان)."""
    if m.ner_type != "PER" or known(m.label) or known(m.text):
        return m
    idx = [i for i, t in enumerate(doc.toks) if m.start <= t.start and t.end <= m.end]
    given = lexicons().given_names
    first = 0
    while first < len(idx) - 1 and doc.toks[idx[first]].start in nisba_starts \
            and definite_word(doc.toks[idx[first]].key) and doc.toks[idx[first]].key not in given \
            and doc.toks[idx[first + 1]].key not in NAME_LINKS:
        first += 1  # definite only: تركي بن سعود is Turki, not "Turkish"
    if first == 0:
        return m
    start = doc.toks[idx[first]].start
    text = doc.text[start:m.end]
    return replace(m, start=start, text=text, label=text.strip())


def definite_word(key: str) -> bool:
    """The word carries the article, a clitic allowed (الإيطالي، والإيطالي)."""
    return any(r.startswith("ال") for _, r in clitic_splits(key, article=False))


def construct_head(key: str, text: str) -> bool:
    """An indefinite title head (محافظ، أمير) or a governor's title (والي), a clitic allowed (ووالي)."""
    head = title_head(key)
    return (head is not None and not head.startswith("ال")) or is_place_head(text, GOVERNORS)


def take_surnames(mentions: list[Mention], doc: _Doc, known: Callable[[str], bool],
                  hit_starts: Collection[int]) -> list[Mention]:
    """A person's span takes the one unknown word right after it when that word closes the name before
    punctuation or the text's end (`سامي فلان | الحدادي،`): the tagger often stops before a rare surname.
    The word must be no common word, title, verb or known name of another kind, in none of its clitic
    readings; carry no article (a nisba or a date: الأمريكي، الأحد), no conjunction (وأفراده) and no
    pronoun or accusative ending (تقاعدها، مستشارا). Read on raw news, a word before a preposition or a
    verb is as often the clause's (لقبوله بهذه، ركزت في) and is left out. `hit_starts`: where gazetteer
    hits start."""
    toks = doc.toks
    lex = lexicons()
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in toks]

    def rare(k: int) -> bool:
        key = toks[k].key
        if covered[k] or toks[k].start in hit_starts or not key.isalpha() or len(key) < 3 \
                or key[0] == "و" or key.endswith(_SUFFIXES):
            return False
        for prefix, rest in clitic_splits(toks[k].key, article=False):
            if prefix and len(rest) < 3:
                continue
            if (rest.startswith("ال") or rest in lex.common_words or rest in PREPOSITIONS or clause_opener(rest)
                    or title_head(rest) is not None or honorific(rest) or rest in BLESSINGS or rest in NAME_LINKS
                    or future_verb(rest) or rest in lex.title_words or known(rest)
                    or preposition_spelling(rest, toks[k].text)):
                return False
        return True

    def closes(k: int) -> bool:  # punctuation or the text's end (a word after it may be the clause's)
        return k >= len(toks) or not doc.spaced(toks[k - 1].end, toks[k].start)

    out = []
    for m in mentions:
        b = doc.at_end.get(m.end)
        if m.ner_type != "PER" or b is None or toks[b].key in NAME_LINKS or b + 1 >= len(toks) \
                or not doc.spaced(toks[b].end, toks[b + 1].start) or not rare(b + 1) or not closes(b + 2) \
                or len(m.text.split()) >= MAX_NAME:
            out.append(m)
            continue
        end = toks[b + 1].end
        body = m.label if m.label == m.text else doc.text[m.start:m.end]
        out.append(replace(m, end=end, text=doc.text[m.start:end], label=body + doc.text[m.end:end]))
        covered[b + 1] = True
    return out


#: A cleric's rank the NER tags as a name by itself ("المرشد الأعلى [آية الله] علي X"): raw corpus (both
#: files) a title + آية الله + the name about 15 lines; left a person, it took the title from the name after it.
_RANK_ONLY = frozenset({match_key("آية الله"), match_key("آية الله العظمى")})


def drop_blessings(mentions: list[Mention], doc: _Doc) -> list[Mention]:
    """PER mentions that open on a blessing (رحمهم الله، حفظهم الله) are no persons: the NER took the
    formula written after names for a name. Nor is a cleric's rank alone (آية الله)."""
    out = []
    for m in mentions:
        i = doc.first_tok(m.start)
        if m.ner_type == "PER" and i is not None and any(r in BLESSINGS for r in bare_forms(doc.toks[i].key)):
            continue
        if m.ner_type == "PER" and match_key(m.text) in _RANK_ONLY:
            continue
        out.append(m)
    return out


def cut_leading_known(mentions: list[Mention], doc: _Doc, other_kinds: Collection[tuple[int, int]]) -> list[Mention]:
    """A PER mention that opens on one word of a knowledge-base place or body (a clitic allowed) and
    goes on with a given name loses that word (لأوبك | عبدالله البدري، البنتاجون | جيف ديفيس):
    the tagger ran the body a person speaks for into the name. `other_kinds`: (start, end) of the
    article's gazetteer hits that are no persons."""
    toks = doc.toks
    out = []
    for m in mentions:
        idx = [i for i, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
        if m.ner_type != "PER" or len(idx) < 3:
            out.append(m)
            continue
        first, second = toks[idx[0]], toks[idx[1]]
        hit = any(first.start <= a and b <= first.end for a, b in other_kinds)
        if not hit or not given_word(second.key, second.text) or not doc.spaced(first.end, second.start):
            out.append(m)
            continue
        text = doc.text[second.start:m.end]
        label = m.label[m.label.index(second.text):] if second.text in m.label else text
        out.append(replace(m, start=second.start, text=text, label=label))
    return out


__all__ = ["PREPOSITIONS", "construct_head", "cut_leading_known", "drop_blessings", "future_verb", "given_word",
           "take_surnames", "title_head", "trim_person"]
