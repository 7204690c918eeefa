"""Institutions named by a definite head, naming adjectives and a ل-phrase: `الهيئة العامة للإحصاء`,
`اللجنة الوطنية لحقوق الإنسان`, `المجلس الأعلى للقضاء`, `المنظمة الدولية للهجرة`, `الاتحاد العام لنقابات العمال`.

Arabic names a national or international body this way: the definite head (kg.link.heads.HEADS),
one or two adjectives that name institutions (العامة، الوطنية، العليا، العربية، الدولية …, counted in
the raw news before a ل-phrase: `naming_adjectives.tsv`, `scripts/mine_body_phrases.py --naming`), then
the field as a ل-phrase, whose definite or و-joined definite words belong to it (للتربية والعلم
والثقافة). Without the ل-phrase such a phrase is as often a description (`اللجنة العليا` of a
tournament), so it is not taken here; an adjective outside the list (`اللجنة المنظمة للبطولة`, the
organizing committee) never opens a name.

A body named by a country's nisba (`nisba_body_end`) runs on over further nisbas and naming adjectives
(`اللجنة المشتركة التونسية الجزائرية`, `القوات الجوية الملكية السعودية`) and, when the nisba follows the
head directly, over a ل-phrase that gives its field (`الاتحاد الموريتاني للصناعة والتجارة`, `الهيئة السعودية
للحياة الفطرية`): the raw news writes 2,900 such definite head + nisba + ل-word phrases, the field words
first among them (لكرة 944، للانتخابات 318، للكهرباء 190، لمكافحة 158، للتنمية 118 …). A ل-phrase that opens
with a title or another body (`الجيش الموالي للرئيس`، `اللجنة التنفيذية للاتحاد`) or holds a name is no field.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc, _Tok

_FILE = Path(__file__).resolve().parent / "lexicons" / "naming_adjectives.tsv"
#: An adjective names institutions when the raw news writes it at least this often before a ل-phrase.
MIN_COUNT = 20
#: Words of the ل-phrase after its first (definite or و + definite).
MAX_FIELD = 3
#: Words in ل that open no ل-phrase.
NOT_LAM = frozenset(match_key(w) for w in ("لدى", "لكن", "لكنه", "لقد", "لم", "لن", "لها", "له", "لهم", "ليس",
                                           "لذلك", "لأن", "لان", "لا"))
INTERNATIONAL = frozenset(match_key(w) for w in ("الدولي", "الدولية", "العالمي", "العالمية"))


@lru_cache(maxsize=1)
def naming_adjectives() -> dict[str, int]:
    """Adjective key → raw news count before a ل-phrase (at least MIN_COUNT)."""
    out: dict[str, int] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 2 or not parts[1].isdigit() or int(parts[1]) < MIN_COUNT:
            continue
        out[parts[0]] = int(parts[1])
    return out


def lam_phrase_end(toks: Sequence[_Tok], j: int, joined: Callable[[int], bool],
                   named: Collection[int] = ()) -> int | None:
    """The last token of a ل-phrase opening at token j (للتربية والعلم والثقافة), or None.

    An indefinite ل-word is in construct and runs to its first definite word (لحقوق الإنسان، لتطوير
    مدينة الرياض); after that only adjectives (nisba-shaped: للخطوط الحديدية) and و-joined definite
    words belong to the name, not a title or a verbal noun that opens the next phrase (المهندس، التأكيد)."""
    if not joined(j):
        return None
    key = toks[j].key
    readings = [r for p, r in clitic_splits(key, article=False) if p == "ل" and len(r) >= 3]
    if key in NOT_LAM or not (readings or key.startswith("لل")):
        return None
    end = j
    if not key.startswith("لل"):
        while not toks[end].key.startswith("ال") or end == j:
            if end - j >= MAX_FIELD or not joined(end + 1):
                return None
            end += 1
    if any(k in named for k in range(j, end + 1)):
        return None  # a person or organization of its own (اللجنة المركزية | لحزب سيريزا)
    while end - j < MAX_FIELD and joined(end + 1) and _continues(toks[end + 1].key) and end + 1 not in named:
        end += 1  # a body named after the field is the next one of a list (للتنمية | والحكومة الفلانية)
    return end


def _continues(key: str) -> bool:
    """A word after the ل-phrase's head that is still the field: و + definite, or a definite adjective."""
    if key.startswith("وال") and len(key) >= 5:
        return key[1:] not in NOT_ADJECTIVES and key[1:] not in RELATIVES  # not والتي: a relative clause
    return key.startswith("ال") and len(key) >= 5 and key.endswith(("ي", "يه")) and key not in NOT_ADJECTIVES


#: Definite words in -ي that are no adjective of a field (الذي، التي is -ي too).
NOT_ADJECTIVES = frozenset(match_key(w) for w in ("الذي", "التي", "الماضي", "الحالي", "الجاري", "الثاني", "الأولى"))
#: Relative pronouns that open a clause after a name (مؤسسة فلانة للأفلام | والتي تهدف …).
RELATIVES = frozenset(match_key(w) for w in ("الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"))


def named_body_end(toks: Sequence[_Tok], j: int, joined: Callable[[int], bool],
                   named: Collection[int] = ()) -> int | None:
    """For a definite head before token j: the last token of head + naming adjectives + ل-phrase, or None;
    `named` are the tokens where a person or organization mention starts."""
    adjectives = naming_adjectives()
    k = j
    while k - j < 2 and joined(k) and (toks[k].key in adjectives or toks[k].key in INTERNATIONAL):
        k += 1
    if k == j:
        return None
    return lam_phrase_end(toks, k, joined, named)


def naming_close(key: str) -> bool:
    """The word closes a head + field construct as a name: `الدولي` or a naming adjective (مجلس الأمن الوطني،
    شركة المياه الوطنية، هيئة الأركان العامة، لجنة الانتخابات المركزية). The raw news writes the indefinite head +
    definite field + naming adjective shape often (`scripts/count_region_shapes.py`, shape `head + ال-field + adj`)."""
    return key in INTERNATIONAL or key in naming_adjectives()


def ends_field(key: str, fields: Sequence[str], titles: bool = True) -> bool:
    """The word ends the construct words after an indefinite head: `الدولي`, a naming adjective after a field, or
    (with `titles`) a person's title (`حكومة الرئيس الإيراني` is a person's government, described: no body's name)."""
    return key in INTERNATIONAL or (bool(fields) and naming_close(key)) or (titles and key in lexicons().person_titles)


def lam_after(toks: Sequence[_Tok], end: int, joined: Callable[[int], bool], named: Collection[int] = (),
                head_of: Callable[[str], object] = lambda key: None) -> int:
    """The last token of a body whose name reached a closing adjective at token `end`, over a ل-phrase of its field
    after it (`صندوق المبادرة الوطنية للتنمية الاجتماعية`), not one of its owner (للرئيس، للاتحاد)."""
    if end + 1 >= len(toks) or _owner(toks[end + 1].key, head_of):
        return end
    lam = lam_phrase_end(toks, end + 1, joined, named)
    return end if lam is None else lam


def adjectival(hit: GazetteerMatch) -> bool:
    """The hit can be a nisba after a definite noun: a nisba, or a country whose name is one
    (السعودية in `وزارة الخارجية السعودية`, `القوات الجوية الملكية السعودية`)."""
    key = match_key(hit.name)
    return hit.is_nisba or (hit.kind == "Country" and key.startswith("ال") and key.endswith("يه"))


def nisba_tokens(doc: _Doc, hits: Sequence[GazetteerMatch]) -> set[int]:
    """The tokens that are one word of a definite singular nisba (`الإيطالية`, `السعودي`): a country's adjective
    after a body's head, not a people (`البلجيكيين`) or a description (`شركة صينية`)."""
    out = set()
    for h in hits:
        i = doc.at_start.get(h.start)
        key = match_key(h.name)
        if (i is not None and doc.at_end.get(h.end) == i and adjectival(h) and key.startswith("ال")
                and not key.endswith(("ين", "ون"))):
            out.add(i)
    return out


def _owner(key: str, head_of: Callable[[str], object]) -> bool:
    """A ل-word that names an owner, not a field: a title or a body (للرئيس، للاتحاد، لحزب)."""
    titles = lexicons().title_words
    rests = [r for p, r in clitic_splits(key, article=False) if p in ("ل", "لل") and len(r) >= 3]
    return bool(head_of(key)) or any(r in titles or ("ال" + r) in titles or (r[2:] if r.startswith("ال") else r)
                                      in titles for r in rests)


#: Adjectives that go on after a nisba in a body's name besides the naming ones (joint commissions).
AFTER_NISBA = frozenset(match_key(w) for w in ("المشتركة", "المشترك", "الملكية", "الملكي", "الاتحادية", "الاتحادي"))
#: How many nisbas and adjectives may follow the first nisba.
MAX_CHAIN = 3


def nisba_body_end(toks: Sequence[_Tok], end: int, joined: Callable[[int], bool], nisba_end: dict[int, int],
                   named: Collection[int] = (), field: bool = False,
                   head_of: Callable[[str], object] = lambda key: None) -> int:
    """The last token of a body whose name reached a nisba ending at token `end`: further nisbas and
    naming adjectives, then (with `field`) a ل-phrase that opens with no title and no body head
    (`head_of` gives a word's institution head or None)."""
    adjectives = naming_adjectives()
    k, n = end + 1, 0
    while n < MAX_CHAIN and joined(k):
        if k in nisba_end:
            k = nisba_end[k] + 1
        elif toks[k].key in adjectives or toks[k].key in AFTER_NISBA or toks[k].key in INTERNATIONAL:
            k += 1
        else:
            break
        n += 1
    if field and joined(k) and not _owner(toks[k].key, head_of):
        lam = lam_phrase_end(toks, k, joined, named)
        if lam is not None:
            return lam
    return k - 1


def lam_fields(doc: _Doc, ner: list[Mention], head_of: Callable[[str], object],
               known: Callable[[str], bool], nisbas: Collection[int] = ()) -> list[Mention]:
    """ORG mentions of a definite head and naming adjectives alone (the NER's `الهيئة العليا` |
    `لتسوية الخلافات`), extended over the ل-phrase after them, as `named_body_end` reads a whole name;
    not over a ل-phrase of its owner (`اللجنة العليا للرئيس`) or holding a name (`الاتحاد الأوروبي للمغرب`:
    a recipient), and a knowledge-base name is whole.

    `nisbas` are the tokens that are a definite singular nisba (a country's adjective): one after the head counts
    as a naming adjective when a definite ل-word follows (the NER's `الجمعية السعودية` | `للإدارة`, `الوكالة
    الإيطالية` | `للتعاون والتنمية`). The raw news writes a definite body head + a country nisba + a ل-word 2,666
    times; the 1,590 definite ones name the field (للشغل 250، للكهرباء 237، للمهندسين 68، للثقافة 66، للتخصصات 49 …,
    owners such as للبنك left out by `_owner`), while an indefinite one is as often a purpose (لإعادة، لدعم، لوقف;
    `zcat … | grep -oE "(^| )[وبف]?(ال|لل)HEAD( ال[^ ]+)? NISBA ل[^ ]+"` over 44 country nisbas and 28 heads), so it is
    not taken after a nisba."""
    toks = doc.toks
    adjectives = naming_adjectives()
    named = {doc.first_tok(m.start) for m in ner}

    def joined(a: int) -> bool:
        return a < len(toks) and doc.spaced(toks[a - 1].end, toks[a].start)

    out = []
    for m in ner:
        first, last = doc.first_tok(m.start), doc.at_end.get(m.end)
        if (m.ner_type != "ORG" or first is None or last is None or not 1 <= last - first <= 2
                or not head_of(toks[first].key) or known(m.label) or known(m.text)
                or not any(r.startswith("ال") for _, r in clitic_splits(toks[first].key, article=False))
                or not all(toks[k].key in adjectives or toks[k].key in INTERNATIONAL or k in nisbas
                           for k in range(first + 1, last + 1))):
            out.append(m)
            continue
        end = None if last + 1 >= len(toks) or _owner(toks[last + 1].key, head_of) else \
            lam_phrase_end(toks, last + 1, joined, named - {first})
        if end is not None and last in nisbas and not toks[last + 1].key.startswith("لل"):
            end = None  # a nisba's indefinite ل-word is as often a purpose (الحكومة اليمنية | لمواجهة …)
        if end is None or any(o is not m and o.start < toks[end].end and m.end < o.end for o in ner):
            out.append(m)
            continue
        stop = toks[end].end
        out.append(replace(m, end=stop, text=doc.text[m.start:stop], label=m.label + doc.text[m.end:stop]))
    return out


__all__ = ["adjectival", "ends_field", "lam_after", "lam_fields", "lam_phrase_end", "named_body_end",
           "naming_adjectives", "naming_close", "nisba_body_end", "nisba_tokens"]
