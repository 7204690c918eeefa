"""The sides of a meeting held "between" groups of a body's people: "اللقاء الأول بين قياديين من
الحركة X وممثلين عن حكومة Y"، "اجتماع بين ممثلين عن الاتحاد X ومسؤولين من الحكومة Y"، "محادثات بين
ممثلي الحركة X والحكومة Y"، "محادثات السلام بين مسؤولين أفغان وممثلين عن الحركة X".

Talks and negotiations of parties are told by the people who sat at the table (representatives,
officials, leaders) and the body or state each group speaks for; no person is named, so the parties
rule (`kg.extract.meeting_parties`), which reads persons and delegations ("وفد من X"), leaves the
record with no sides and it is dropped. Here, for a meeting noun followed by "بين", each group noun of
the between-phrase brings the body or state named right after it (its genitive, or after من/عن/في),
or the states of the nisbas after it ("مسؤولين أفغان"); a body coordinated with a side by و
("ممثلي X والحكومة Y") is a side too. A between-phrase states two sides: fewer found, nothing is added.

Raw-corpus evidence (../shared/data/arabic-news-raw, zcat|grep -E): a meeting noun (محادثات، مباحثات،
مفاوضات، لقاء، اجتماع، جلسة، جولة، مشاورات، حوار …) with at most four words, then "بين" and one of these
group nouns: 49 paragraphs (Taliban–Kabul talks, the Syrian coalition and Russian officials, a Tunisian union
and the employers' union, two ministries' officials, a party and foreign diplomats …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.meeting_clauses import coordinated_after
from kg.extract.nisba import nisbas_after
from kg.extract.text import DocView

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

_BETWEEN = vocab.keys(("بين",))
#: People who speak for a body or a state at a table.
_GROUP = vocab.keys((
    "ممثل", "ممثلين", "ممثلي", "ممثلو", "الممثلين", "مسؤول", "مسؤولين", "مسؤولي", "مسؤولو", "المسؤولين",
    "مسئولين", "مسئولي", "قياديين", "قياديي", "قياديو", "قيادات", "القيادات", "قادة", "زعماء", "مفاوضين",
    "مفاوضي", "مفاوضو", "دبلوماسيين", "دبلوماسيي", "مندوبين", "مندوبي", "مندوبو", "خبراء", "مبعوثين", "مبعوثي"))
#: Between a group noun and its body: "قياديين من X"، "ممثلين عن X"، "قيادات في X".
_OF = vocab.keys(("من", "عن", "في"))
#: "بين" follows the meeting noun within this many tokens ("المحادثات المباشرة الأولى بين").
_NOUN_REACH = 5
#: The between-phrase is read at most this far.
_PHRASE_REACH = 18
_SIDE_KINDS = ("Country", "Organization")


def _side_at(view: DocView, k: int) -> tuple[Ref, int] | None:
    """The body or state of the mention that starts at token k, and its last token."""
    m = view.mention_at.get(k)
    if m is None or view.mention_span[m][0] != k:
        return None
    ref = view.ref(m)
    ref = view.country_of(ref) if ref.entity.kind not in _SIDE_KINDS else ref
    if ref is None or ref.entity.kind not in _SIDE_KINDS:
        return None
    return ref, view.mention_span[m][1]


def _phrase_sides(view: DocView, start: int, last: int) -> list[Ref]:
    toks = view.tokens
    end = min(last, start + _PHRASE_REACH)
    if start > end or not toks[start].is_(_GROUP) or start in view.token_mention:
        return []  # "بين X وY" with names is the parties rule's
    out: dict[str, Ref] = {}
    side_end: int | None = None
    k = start
    while k <= end:
        if k in view.token_mention:
            m = view.token_mention[k]
            b = view.mention_span[m][1]
            found = _side_at(view, k)
            if found is not None and side_end is not None and coordinated_after(view, m, side_end):
                out.setdefault(found[0].key, found[0])  # "ممثلي X والحكومة Y"
                side_end = b
            k = b + 1
            continue
        if toks[k].is_(_GROUP):
            refs, used = nisbas_after(view, k + 1)
            if refs:  # "مسؤولين أفغان"
                for ref in refs:
                    out.setdefault(ref.key, ref)
                side_end, k = k + used, k + used + 1
                continue
            at = k + 2 if k + 2 <= end and toks[k + 1].is_(_OF) and k + 1 not in view.token_mention else k + 1
            found = _side_at(view, at) if at <= end else None
            if found is not None:
                out.setdefault(found[0].key, found[0])
                side_end, k = found[1], found[1] + 1
                continue
        k += 1
    return list(out.values()) if len(out) >= 2 else []


def group_sides(view: DocView, first: int, last: int, triggers: list[Trigger]) -> list[Ref]:
    """The bodies and states whose people meet "between" them after a meeting noun of the clause."""
    for tr in triggers:
        if not tr.noun:
            continue
        for b in range(tr.tok + 1, min(last, tr.tok + _NOUN_REACH) + 1):
            if b in view.token_mention:
                break
            if view.tokens[b].is_(_BETWEEN):
                found = _phrase_sides(view, b + 1, last)
                if found:
                    return found
                break
    return []
