"""Epithets end a body's span: `تنظيم داعش | الإرهابي`, `حزب العدالة والتنمية | الحاكم`.

News describes a group after its name by a judging or status adjective (terrorist, extremist, ruling,
opposition, banned) that is no word of the name: the gold annotation and the knowledge base name the group
without it. When the NER runs an organization's or a place's span on over one, the span is cut before it.
Raw news writes these after a group's head and name (`(حزب|حركة|جماعة|تنظيم|جبهة|ميليشيا) X الإرهابي`,
zcat ../shared/data/arabic-news-raw/*.txt.gz): الإرهابي 481 (+ 80 unhamzated), الحاكم 84, المتطرف 75,
الإرهابية 49, المعارض 43, المتطرفة 40, المحظور 36, المحظورة 7; `داعش الإرهابي` alone 451 times.
The noun `المعارضة` (the opposition) is left out: it ends names (قوى الثورة والمعارضة).

An allegiance participle with its ل- or من-phrase describes the group the same way (`الجيش الوطني | الموالي
للشرعية`، `الفصائل | المدعومة من تركيا`، `المركز | التابع للوزارة`): the raw news writes one within three words
after a body's head (قوات، الجيش، ميليشيات، جماعة، حركة، حزب، فصائل، كتائب، لواء، تنظيم، جبهة) 1,058 times
(`scripts/count_description_shapes.py`): الموالية 576، الموالي 170، التابعة 86، الموالين 54، المدعومة 54، التابع 43،
المؤيدة 18، المؤيد 18، المناهضة 17، المقرب 6، المدعوم 5، المقربة 4، المناهض 3. A definite noun alone before one
(`القوات | الموالية للنظام` "the regime's loyal forces") names no group, as `التنظيم | الإرهابي` names none. A
participle is cut only before its ل- or من-phrase: alone it may be a name (`مسجد المؤيد`).

A nationality after a proper name describes it too (`ميلانو | الإيطالية`، `نابولي | الإيطالي`، `سيناء | المصرية`):
the city, the club or the region is named without it. Only after a name that is no common noun phrase: its
first word carries no article and is no institution, place or facility head (`الجيش اليمني`، `وزارة الداخلية
المصرية`، `محافظة تكساس الأمريكية`، `المحيط الهندي` keep theirs: there the nisba makes the name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_splits, match_key
from kg.link.time_words import cut_before_words
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

EPITHETS = frozenset(match_key(w) for w in (
    "الإرهابي", "الإرهابية", "المتطرف", "المتطرفة", "الحاكم", "المعارض", "المحظور", "المحظورة",
))
#: Allegiance participles (loyal to, affiliated with, backed by, supporting, opposing, close to), singular,
#: feminine and plural: they open a description of the group before them.
ALLEGIANCE = frozenset(match_key(w) for w in (
    "الموالي", "الموالية", "الموالين", "الموالون", "التابع", "التابعة", "التابعين", "التابعون",
    "المدعوم", "المدعومة", "المؤيد", "المؤيدة", "المؤيدين", "المناهض", "المناهضة", "المقرب", "المقربة",
    "المقربين",
))


def _allegiance_here(doc: _Doc, m: Mention) -> frozenset[str]:
    """The allegiance participles inside the mention that a ل- or من-phrase follows (الموالي للشرعية، المدعومة من):
    without one the word is a name (`مسجد المؤيد`, the Mu'ayyad mosque)."""
    toks = doc.toks
    out = set()
    for i, t in enumerate(toks[:-1]):
        if m.start < t.start and t.end <= m.end and t.key in ALLEGIANCE:
            nxt = toks[i + 1].key
            if nxt == "من" or (nxt.startswith("ل") and len(nxt) >= 3):
                out.add(t.key)
    return frozenset(out)


def cut_epithets(doc: _Doc, m: Mention, known: Callable[[str], bool],
                 hits: Sequence[GazetteerMatch] = ()) -> Mention | None:
    """The ORG/LOC mention cut before its first inner epithet (not its first word), or before a definite
    nationality that ends it after a proper name (`hits`: the article's gazetteer hits, nisbas included);
    None where the epithet described a definite noun alone (التنظيم الإرهابي: no name at all)."""
    cut = cut_before_words(doc, m, known, EPITHETS | _allegiance_here(doc, m))
    if cut is not m and " " not in cut.label.strip() and match_key(cut.label).startswith("ال"):
        return None  # a definite noun described (التنظيم | الإرهابي "the terrorist group"), no name
    m = cut
    if m.ner_type not in ("ORG", "LOC") or known(m.label) or known(m.text):
        return m
    last = next((h for h in hits if h.is_nisba and h.end == m.end and m.start < h.start
                 and match_key(h.name).startswith("ال")), None)
    if last is None:
        return m
    words = doc.text[m.start:last.start].split()
    first = match_key(words[0]) if words else ""
    if not 1 <= len(words) <= 3 or first.startswith("ال") or _headed(first):
        return m
    return cut_before_words(doc, m, known, frozenset({match_key(last.text)}))


#: Head nouns of bodies beyond the institution heads (`kg.link.heads.HEADS`): as the raw-news probe counts them
#: (scripts/probe_mentions.py ORG_HEADS); after them the nationality makes the name (قوات الأمن العراقية).
BODY_HEADS = frozenset(match_key(w) for w in (
    "اتحاد", "برنامج", "منظمة", "تحالف", "مجلس", "قوات", "ميليشيا", "ميليشيات", "حركة", "تنظيم", "كتائب", "لواء",
    "سرايا", "مركز", "رابطة", "منتدى", "جماعة", "غرفة", "إدارة", "دائرة", "مصلحة", "ديوان", "مجموعة", "سلطات",
))


def _headed(key: str) -> bool:
    """The word opens a common noun phrase: it is, or carries a clitic before, an institution, body, place or
    facility head or a definite noun (للبريد، لإدارة), or a common word of the NER corpora."""
    from kg.link.facilities import facility_heads
    from kg.link.heads import HEADS
    from kg.link.lexicons import lexicons
    from kg.link.place_heads import PLACE_HEADS

    heads = HEADS | BODY_HEADS | PLACE_HEADS | frozenset(facility_heads())
    for prefix, rest in clitic_splits(key, article=False):
        if prefix and len(rest) < 3:
            continue
        if rest.startswith("ال") or rest in heads or rest in lexicons().common_words:
            return True
    return False


__all__ = ["ALLEGIANCE", "EPITHETS", "cut_epithets"]
