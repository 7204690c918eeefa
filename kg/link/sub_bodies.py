"""Bodies of a known organization: `برنامج الأمم المتحدة الإنمائي`, `مفوضية الأمم المتحدة لشؤون اللاجئين`,
`صندوق الأمم المتحدة للسكان`, `مفوضية الاتحاد الأوروبي`.

A programme, fund, office, agency or commission of an organization is written as a head noun in
construct with the organization's name, closed by an adjective (الإنمائي) or a ل-phrase (لشؤون
اللاجئين، للطفولة، للتربية والعلم والثقافة), a mission's with the country it serves (بعثة الأمم المتحدة
للدعم في ليبيا). The gazetteer finds the organization inside and the
article would name the UN where it names UNDP. The phrase is one ORG mention: the longer name wins,
as in the gold convention (`مفوضية الاتحاد الأوروبي` is not the AU).

Without a complement the head is mostly the organization's own class noun (`منظمة الأمم المتحدة` is
the UN, `وكالة إرنا` is IRNA) and nothing changes; only a commission (`مفوضية`) is a body of its own
then. An adjective that is a country's nisba is no complement (`لجنة الأمم المتحدة السورية` is not a
name), and the complement runs at most `MAX_COMPLEMENT` words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_chars, clitic_splits, match_key
from kg.link.pattern_spans import absorb, crosses
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

#: Heads of a body of an organization (indefinite, in construct; a clitic may precede).
SUB_HEADS = frozenset(match_key(w) for w in (
    "برنامج", "مفوضية", "صندوق", "مكتب", "منظمة", "وكالة", "لجنة", "مجلس", "بعثة", "محكمة", "هيئة", "معهد",
    "مركز", "قوة", "قوات", "أمانة", "جامعة",
))
#: Heads that name a body of their own without a complement (مفوضية الاتحاد الأوروبي).
STANDALONE = frozenset({match_key("مفوضية")})
MAX_COMPLEMENT = 4
#: Words in ل that open no ل-phrase.
_NOT_LAM = frozenset(match_key(w) for w in ("لدى", "لكن", "لكنه", "لقد", "لم", "لن", "لها", "له", "لهم", "ليس"))


def _head(word: str) -> str | None:
    for prefix, rest in clitic_splits(match_key(word), article=False):
        if rest in SUB_HEADS and (not prefix or len(rest) >= 3):
            return prefix
    return None


def sub_body_mentions(doc: _Doc, ner: list[Mention], hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each body of a known organization made one ORG mention."""
    toks = doc.toks
    orgs = {h.start: h for h in hits if h.kind == "Organization" and not h.is_nisba and not h.prefix}
    nisbas = {h.start for h in hits if h.is_nisba}
    out = list(ner)
    i = 0
    while i < len(toks) - 1:
        prefix = _head(toks[i].text)
        org = orgs.get(toks[i + 1].start)
        if prefix is None or org is None or not doc.spaced(toks[i].end, toks[i + 1].start):
            i += 1
            continue
        last = next((k for k in range(i + 1, len(toks)) if toks[k].end == org.end), None)
        if last is None:
            i += 1
            continue
        n = _complement(doc, last + 1, nisbas)
        if n and toks[last + n].key != "في":
            n += _in_country(doc, last + n + 1, hits)
        if n == 0 and match_key(toks[i].text)[len(prefix):] not in STANDALONE:
            i += 1
            continue
        last += n
        stop = toks[last].end
        if crosses(out, toks[i].start, stop):
            i += 1  # a mention crosses the phrase's edge
            continue
        start = toks[i].start + clitic_chars(toks[i].text, len(prefix))
        out = absorb(out, doc, toks[i].start, start, stop, doc.text[start:stop], "ORG", 0.8)
        i = last + 1
    return sorted(out, key=lambda m: (m.start, m.end))


def _in_country(doc: _Doc, k: int, hits: Sequence[GazetteerMatch]) -> int:
    """2 when words k, k+1 are في + a country name closing a mission's name (… للدعم في ليبيا), else 0."""
    toks = doc.toks
    if (k + 1 >= len(toks) or toks[k].key != "في" or not doc.spaced(toks[k - 1].end, toks[k].start)
            or not doc.spaced(toks[k].end, toks[k + 1].start)):
        return 0
    country = next((h for h in hits if h.start == toks[k + 1].start and h.kind == "Country" and not h.is_nisba
                    and not h.prefix), None)
    return 2 if country is not None and country.end == toks[k + 1].end else 0


def _complement(doc: _Doc, k: int, nisbas: set[int]) -> int:
    """How many words after the organization close the body's name: one adjective, or a ل-phrase
    (ل + word, then definite or و-joined definite words)."""
    toks = doc.toks
    if k >= len(toks) or not doc.spaced(toks[k - 1].end, toks[k].start):
        return 0
    key = toks[k].key
    if key in lexicons().common_words or key in _NOT_LAM:
        return 0  # الماضي، الحالي; لدى، لكن
    if key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) >= 6 and toks[k].start not in nisbas:
        return 1
    if not any(p == "ل" and len(r) >= 3 for p, r in clitic_splits(key, article=False)) \
            and not key.startswith("لل"):
        return 0
    n = 1
    while (n < MAX_COMPLEMENT and k + n < len(toks) and doc.spaced(toks[k + n - 1].end, toks[k + n].start)
           and (toks[k + n].key.startswith(("ال", "وال")) and toks[k + n].start not in nisbas)):
        n += 1
    return n


__all__ = ["SUB_HEADS", "sub_body_mentions"]
