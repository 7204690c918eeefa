"""A person the article names, written again by the family name alone where the NER tagged nothing, in a
meeting's party slot: "وكان الجبير قد التقى X"، "أن الصيد اختتم زيارة لألمانيا"، "مباحثات الجبير مع X"،
"لقاء X وجبير".

News names a person in full once and then by the family name; the NER tags some of the later words and
misses others (a name it saw once in the article, a family name that is also a common word), and the linker
adds a family name alone only for a person the article names nowhere else (`kg.link.person_surnames`). The
meeting then loses its subject or its guest. Round-6 pool: 4 of 15 missed meetings had such a word in a party
slot; in its 200 paragraphs the NER left 25 later family-name words of a person it tagged in full untagged.

Here such a word counts as that person, only where a party stands: right before the meeting's verb or a
support verb (after قد and the like), right after the verb or the meeting noun, after مع/بين, or joined by و
to a person named right there. The family name is the last word of a person's name of two words or more
(not a father's name after بن، nor an indefinite word ending a chain with بن: "سامي بن عبدالله صباح" is the
NER's span running into "صباح اليوم"; not a short word), held by one person of the article only.

`name_shaped` tells the other case: a name the NER tagged, but as a body or place ("سامي فلانوف" as ORG),
which `kg.extract.meeting_parties` reads as a person where a party stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.meeting_roles import PARTNER
from kg.extract.text import DocView
from kg.link.heads import common_noun, head_of
from kg.link.normalize import match_key

if TYPE_CHECKING:
    from kg.extract.meetings import Trigger

#: Words after which the last word of a name is a father's or a clan's, not a family name.
_NOT_FAMILY = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "ولد", "آل", "أبو", "ابو", "عبد"))
#: A family name this short is too often another word.
MIN_LETTERS = 3


def family_names(view: DocView) -> dict[str, Ref]:
    """The family names of the article's persons (match keys) → the person, for names one person holds."""
    found: dict[str, dict[str, Ref]] = {}
    for i in range(len(view.mentions)):
        if not view.is_person(i):
            continue
        ref = view.ref(i)
        words = match_key(ref.entity.label).split()
        if len(words) < 2 or words[-2] in _NOT_FAMILY:
            continue
        last = words[-1]
        if any(w in _NOT_FAMILY for w in words) and not last.startswith("ال"):
            continue  # "سامي بن عبدالله صباح": after a father's name, only a definite word is a family name
        if len(last.removeprefix("ال")) < MIN_LETTERS or not last.isalpha():
            continue
        found.setdefault(last, {})[ref.entity.key] = ref
    return {w: next(iter(refs.values())) for w, refs in found.items() if len(refs) == 1}


def surname_parties(view: DocView, first: int, last: int, triggers: list[Trigger],
                    covered: set[int]) -> list[tuple[int, Ref]]:
    """(token, person) for each untagged family-name word in a party slot of the clause first..last."""
    names = family_names(view)
    if not names:
        return []
    toks = view.tokens
    slots = {tr.tok for tr in triggers} | {tr.verb for tr in triggers if tr.verb >= 0}
    out: list[tuple[int, Ref]] = []
    for t in range(first, last + 1):
        if t in view.token_mention or t in covered or t in slots:
            continue
        ref = next((names[f] for f in toks[t].forms if f in names), None)
        if ref is None:
            continue
        k = t + 1
        while k <= last and toks[k].is_(vocab.VERB_OPENERS):
            k += 1
        prev = t - 1
        joined = toks[t].key.startswith("و") and prev >= first and prev in view.token_mention and (
            view.is_person(view.token_mention[prev]))
        if (k in slots or (prev >= first and (prev in slots or toks[prev].is_(PARTNER))) or joined) and all(
                ref.entity.key != r.entity.key for _, r in out):
            out.append((t, ref))
    return out


__all__ = ["family_names", "surname_parties"]


_NAME_CLITICS = ("", "و", "ب", "وب")


def name_shaped(view: DocView, m: int) -> bool:
    """Mention m looks like a person's name the NER typed as an organization or place (a surname
    alone: "فلانوف"، "سامي فلانوف"): one or two words the knowledge base does not know, no institution
    head, no common noun, no state or nisba, not one definite word alone, at most a clitic و/ب on it."""
    ref = view.ref(m)
    if ref.kb_id is not None or ref.entity.kind not in ("Organization", "Place", "Thing"):
        return False
    first, last = view.mention_span.get(m, (-1, -1))
    label = match_key(view.mentions[m].label).split()
    if first < 0 or not 1 <= len(label) <= 2 or last - first + 1 != len(label):
        return False
    text = match_key(view.mentions[m].text)
    if not any(text == c + " ".join(label) for c in _NAME_CLITICS):
        return False
    if any(not w.isalpha() or head_of(w) is not None or common_noun(w, "ORG") is not None for w in label):
        return False
    if len(label) == 1 and label[0].startswith("ال"):
        return False  # a definite word alone is a group or a common noun more often than a surname (الأكراد)
    return view.country_of(ref) is None and view.nisba(first) is None and not view.tokens[first].is_(
        vocab.HONORIFICS)
