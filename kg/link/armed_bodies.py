"""Armed and security bodies named by their service, their guard or their coalition: `القوات المسلحة المصرية`,
`القوات الجوية الملكية السعودية`, `الحرس البحري`, `حرس السواحل`, `التحالف الدولي ضد جماعة الفلاح`.

Arabic news names a state's forces by the definite `القوات` + a service adjective + the country's nisba,
a guard by `(ال)حرس` + its adjective or its domain, and a coalition by `التحالف` + an adjective of scope,
optionally with what it fights. None of them holds a proper name, so the NER leaves them out, the nisba
alone becomes the country (السعودية in `القوات الجوية الملكية السعودية`), and the institution grammar
(kg.link.mentions) does not know `القوات`/`حرس`/`التحالف` as heads. Evidence (raw news, dev lines excluded,
`PYTHONPATH=. python scripts/mine_armed_bodies.py`): service + nisba 359 times (الجوية الملكية السعودية 47,
المسلحة المصرية 45, الجوية السعودية 30, البحرية المصرية 10 …); `الحرس` + adjective 1,724 (الوطني 1,196, الثوري
239, البحري 105, الجمهوري 102, الملكي 34 …); `حرس` + domain (الحدود 570, السواحل 14); `التحالف` + scope 718,
followed by ضد 40 and لمحاربة 17 times.

Without a nisba `القوات المسلحة` is any state's army (the speaker's own), and `القوات العراقية` is a
description of troops, not a body: both stay out. A guard's adjective must be a singular -ي adjective that
names no person's or former guard (`الحرس الشخصي`، `الحرس السابق` stay out). As in the gold convention that the longer
name wins, mentions inside the body (the nisba's country, the coalition's enemy) give way to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.body_grammar import adjectival
from kg.link.normalize import clitic_splits, match_key, name_offset, restored_article
from kg.link.pattern_spans import absorb, crosses
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

_FORCES = match_key("القوات")
#: Services of a state's forces (the raw news writes each before a nisba).
SERVICES = frozenset(match_key(w) for w in ("المسلحة", "البحرية", "الجوية", "البرية"))
ROYAL = frozenset(match_key(w) for w in ("الملكية", "الملكي"))
_GUARD, _THE_GUARD = match_key("حرس"), match_key("الحرس")
#: Domains a guard is named by in construct (حرس + definite noun, raw news count ≥ 10, read by hand:
#: not حرس الشرف, a ceremony's honour guard, nor حرس المرور).
GUARD_DOMAINS = frozenset(match_key(w) for w in ("الحدود", "السواحل"))
#: Adjectives a guard is not named by (a person's guard, a former one).
NOT_GUARD = frozenset(match_key(w) for w in ("الشخصي", "العائلي", "السابق", "الخاص", "الذي", "الحالي", "الجديد"))
_COALITION = match_key("التحالف")
SCOPES = frozenset(match_key(w) for w in ("الدولي", "العربي", "الإسلامي"))
#: Words that open what a coalition fights (التحالف الدولي ضد جماعة الفلاح).
AGAINST = frozenset(match_key(w) for w in ("ضد", "لمحاربة", "لمكافحة"))
_GROUP = match_key("تنظيم")
CONFIDENCE = 0.8


def _reading(word: str, wanted: frozenset[str] | str) -> str | None:
    """The clitic prefix when the word is `wanted` behind و/ب/ل/ف (والقوات، للقوات، بالحرس), else None."""
    wanted = frozenset({wanted}) if isinstance(wanted, str) else wanted
    for prefix, rest in clitic_splits(match_key(word), article=False):
        if rest in wanted and (not prefix or len(rest) >= 3):
            return prefix
    return None


def _adjective(key: str) -> bool:
    """A singular definite -ي adjective that names no person's or former guard (الثوري، البحري)."""
    return key.startswith("ال") and key.endswith("ي") and len(key) >= 6 and key not in NOT_GUARD


def armed_body_mentions(doc: _Doc, ner: list[Mention], hits: Sequence[GazetteerMatch]) -> list[Mention]:
    """The mentions with each state's forces, guard and coalition made one ORG mention."""
    toks = doc.toks
    nisba_end = {h.start: h.end for h in hits if adjectival(h) and not h.prefix
                 and match_key(h.name).startswith("ال") and not match_key(h.name).endswith(("ين", "ون"))}
    out = list(ner)

    def joined(k: int) -> bool:
        return k < len(toks) and doc.spaced(toks[k - 1].end, toks[k].start)

    def nisba_last(k: int) -> int | None:
        if not joined(k) or toks[k].start not in nisba_end:
            return None
        return next((n for n in range(k, len(toks)) if toks[n].end == nisba_end[toks[k].start]), None)

    i = 0
    while i < len(toks) - 1:
        last, prefix = None, None
        if (p := _reading(toks[i].text, _FORCES)) is not None and joined(i + 1) and toks[i + 1].key in SERVICES:
            k = i + 2 + (joined(i + 2) and toks[i + 2].key in ROYAL)
            last, prefix = nisba_last(k), p
        elif (p := _reading(toks[i].text, _THE_GUARD)) is not None and joined(i + 1) and _adjective(toks[i + 1].key) \
                and toks[i + 1].start not in nisba_end:
            last, prefix = nisba_last(i + 2) or i + 1, p
        elif (p := _reading(toks[i].text, _GUARD)) is not None and joined(i + 1) and toks[i + 1].key in GUARD_DOMAINS:
            last, prefix = nisba_last(i + 2) or i + 1, p
        elif (p := _reading(toks[i].text, _COALITION)) is not None and joined(i + 1) and toks[i + 1].key in SCOPES:
            last, prefix = i + 1, p
            k = i + 2
            if joined(k) and toks[k].key in AGAINST and joined(k + 1):
                k += 1 + (toks[k + 1].key == _GROUP and joined(k + 2))
                enemy = next((m for m in out if m.start == toks[k].start and m.ner_type == "ORG"), None)
                if enemy is not None:
                    last = max(n for n in range(k, len(toks)) if toks[n].end <= enemy.end)
        if last is None:
            i += 1
            continue
        stop = toks[last].end
        if crosses(out, toks[i].start, stop):
            i += 1  # a mention crosses the body's edge
            continue
        start = toks[i].start + name_offset(toks[i].text, prefix)
        label = restored_article(prefix) + doc.text[start:stop]
        out = absorb(out, doc, toks[i].start, start, stop, label, "ORG", CONFIDENCE)
        i = last + 1
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["armed_body_mentions"]
