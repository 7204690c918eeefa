"""Institutions named by a definite head, naming adjectives and a ل-phrase: `الهيئة العامة للإحصاء`,
`اللجنة الوطنية لحقوق الإنسان`, `المجلس الأعلى للقضاء`, `المنظمة الدولية للهجرة`, `الاتحاد العام لنقابات العمال`.

Arabic names a national or international body this way: the definite head (kg.link.mentions.HEADS),
one or two adjectives that name institutions (العامة، الوطنية، العليا، العربية، الدولية …, counted in
the raw news before a ل-phrase: `naming_adjectives.tsv`, `scripts/mine_body_phrases.py --naming`), then
the field as a ل-phrase, whose definite or و-joined definite words belong to it (للتربية والعلم
والثقافة). Without the ل-phrase such a phrase is as often a description (`اللجنة العليا` of a
tournament), so it is not taken here; an adjective outside the list (`اللجنة المنظمة للبطولة`, the
organizing committee) never opens a name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_splits, match_key

if TYPE_CHECKING:
    from kg.link.mentions import _Tok

_FILE = Path(__file__).resolve().parent / "lexicons" / "naming_adjectives.tsv"
#: An adjective names institutions when the raw news writes it at least this often before a ل-phrase.
MIN_COUNT = 20
#: Words of the ل-phrase after its first (definite or و + definite).
MAX_FIELD = 3
#: Words in ل that open no ل-phrase.
NOT_LAM = frozenset(match_key(w) for w in ("لدى", "لكن", "لكنه", "لقد", "لم", "لن", "لها", "له", "لهم", "ليس",
                                           "لذلك", "لأن", "لان"))
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
    while end - j < MAX_FIELD and joined(end + 1) and _continues(toks[end + 1].key):
        end += 1
    if any(k in named for k in range(j, end + 1)):
        return None  # a person or organization of its own (اللجنة المركزية | لحزب سيريزا)
    return end


def _continues(key: str) -> bool:
    """A word after the ل-phrase's head that is still the field: و + definite, or a definite adjective."""
    if key.startswith("وال") and len(key) >= 5:
        return True
    return key.startswith("ال") and len(key) >= 5 and key.endswith(("ي", "يه")) and key not in NOT_ADJECTIVES


#: Definite words in -ي that are no adjective of a field (الذي، التي is -ي too).
NOT_ADJECTIVES = frozenset(match_key(w) for w in ("الذي", "التي", "الماضي", "الحالي", "الجاري", "الثاني", "الأولى"))


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


__all__ = ["lam_phrase_end", "named_body_end", "naming_adjectives"]
