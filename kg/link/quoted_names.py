"""Names in quotes after a body's head or لـ: `صحيفة «فلان بوست»`, `وكالة أنباء "فلانا"`, `قال لـ"الوطن"`.

News quotes the name of a paper, an agency, a channel, a company or a group after its class noun, and the name
of the outlet it spoke to after `لـ`. Between quotes the NER reads the name as ordinary words: it keeps a place
inside it (`واشنطن` of a paper's name, `ليبيا` of a group's), one word of it (`نيوز`), or runs the span across the
quote (`وكالة أنباء "فلانا`). Raw news (zcat ../shared/data/arabic-news-raw/*.txt.gz): a quoted name right after
صحيفة 1189 times, شركة 1089, تنظيم 674, قناة 266, مجموعة 252, مجلة 228, منظمة 179, مؤسسة 143, جريدة 103, حزب 99,
حركة 96, جمعية 96, وكالة 88+, جماعة 70, إذاعة 44, and for the news's own sources and armed groups موقع 648 (a
website or outlet: تويتر 95، مساند 28، سكاي نيوز 28، ويكيليكس 10، ذا لوكال 7 …; 305 names, a few of them sites
such as a nuclear plant's, a place typed as a body), شبكة 111 (سي إن إن، فوكس نيوز، بي بي سي …; واي فاي 6 the one
common noun), تلفزيون 46, مصرف 26 (a bank: يو بي إس، دويتشه بنك), ميليشيا/ميليشيات/مليشيا 26 and كتائب 13
(فجر ليبيا، الحشد الشعبي، عز الدين القسام); `لـ` + a quoted name 3610 times (`لـ«الشرق الأوسط»` 1070,
`لـ"الوطن"` 238, `لـ«عكاظ»` 332, `لـ"الاقتصادية"` 271, `لـ"سبق"` 161, `لـ«داعش»` 61, `لـ«رويترز»` 69 …).

The quoted words (one to five, no clause punctuation) are one ORG mention labelled as written; so is a quoted
phrase that opens with an institution head (`"ائتلاف الفلاح"`). Every mention over the head and the quotes gives
way, but a person the NER found exactly between the quotes after `لـ` stays a person, and a knowledge-base
place in the quotes is left to the linker (a paper named after its city: `صحيفة «الرياض»`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.heads import body_head, head_of
from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Class nouns of bodies named in quotes (a clitic and the article allowed; وكالة أنباء as one head).
QUOTED_HEADS = ("صحيفة", "جريدة", "وكالة أنباء", "وكالة", "قناة", "مجلة", "إذاعة", "تنظيم", "حركة", "جماعة",
                "حزب", "شركة", "ائتلاف", "إئتلاف", "مؤسسة", "مجموعة", "منظمة", "جمعية", "تحالف", "جبهة", "اتحاد",
                "موقع", "شبكة", "تلفزيون", "مصرف", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "كتائب")
_OPEN, _CLOSE = "«\"“", "»\"”"
_NAME = rf"(?P<name>[^\W\d_][^{_CLOSE}{_OPEN}،,.:;؛!?؟()\n]{{0,48}}?)"
_HEAD = "|".join(re.escape(h) for h in QUOTED_HEADS)
QUOTED = re.compile(
    rf"(?:(?<!\w)(?P<head>[وبلف]?(?:ال)?(?:{_HEAD}))[ \t]*|(?P<lam>(?<!\w)لـ)[ \t]*|(?<![\w{_OPEN}]))"
    rf"[{_OPEN}][ \t]*{_NAME}[ \t]*[{_CLOSE}]")
#: Prepositions that open the clause a mention ran on into before a quoted name (في حديث لـ«…»).
_PREPOSITIONS = frozenset(match_key(w) for w in ("في", "خلال", "مع", "عن", "من", "إلى", "على"))
#: Quoted common nouns after a network's head (شبكة «واي فاي»: 6 of شبكة's 111 quoted words in the raw news).
COMMON_QUOTED = frozenset(match_key(w) for w in ("واي فاي", "الواي فاي", "واي - فاي", "واي-فاي"))
#: A name found by its quotes: the words are sure, the kind less so.
QUOTED_CONFIDENCE = 0.8
MAX_WORDS = 5


def quoted_mentions(doc: _Doc, ner: Sequence[Mention], names: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each quoted body name made one ORG mention over the quoted words."""
    out = list(ner)
    places = {(h.start, h.end) for h in names if not h.is_nisba and h.kind in ("Country", "City", "Place", "Region")}
    for match in QUOTED.finditer(doc.text):
        name = match.group("name").rstrip()
        s, e = match.start("name"), match.start("name") + len(name)
        words = name.split()
        if not 1 <= len(words) <= MAX_WORDS:
            continue
        if match_key(name) in COMMON_QUOTED:
            continue
        if match.group("head") is None and match.group("lam") is None and body_head(words[0]) is None:
            continue  # quotes alone: a body only when its head is quoted with it
        if (s, e) in places:
            continue
        if match.group("lam") and any(m.start == s and m.end == e and m.ner_type == "PER" for m in out):
            continue
        start = match.start("head") if match.group("head") else match.start()
        out = [c for m in out if (c := _before(doc, m, start, match.end())) is not None]
        out.append(Mention(s, e, doc.text[s:e], name, "ORG", QUOTED_CONFIDENCE, doc.sentence(s), source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _before(doc: _Doc, m: Mention, start: int, end: int) -> Mention | None:
    """The mention as it stands beside the quoted name: untouched outside it, None inside it, and cut before it,
    at the preposition or the common words it ran on over (`محافظة فلان | في حديث لـ«…»`), when it starts before."""
    if m.end <= start or m.start >= end:
        return m
    if m.start >= start:
        return None
    words = doc.text[m.start:start].split()
    cut = next((i for i, w in enumerate(words) if i and match_key(w) in _PREPOSITIONS), len(words))
    words = words[:cut]  # محافظة فلان | في حديث
    common = lexicons().common_words
    while words and (match_key(words[-1]) in common or not any(ch.isalpha() for ch in words[-1])):
        words.pop()
    if not words or len(words) == 1 and head_of(words[0]) is not None:
        return None  # nothing left, or a bare head (شرطة | المحافظة في حديث)
    text = " ".join(words)
    if not doc.text.startswith(text, m.start):
        return None
    end = m.start + len(text)
    label = text if m.label == m.text else m.label[: len(m.label) - (m.end - end)].strip()
    return replace(m, end=end, text=text, label=label)


__all__ = ["QUOTED", "QUOTED_HEADS", "quoted_mentions"]
