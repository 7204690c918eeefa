"""Leaders named after their body: "«الجبهة الشعبية» بزعامة سامي الحداد"، "حزب الأمة برئاسة فلان الفلاني".

A party or movement is often introduced with its leader in a prepositional phrase, بزعامة (under the
leadership of), برئاسة (chaired by) or بقيادة (led by), rather than with a title before the name. The
person named after the phrase then holds the post of that body: leader (زعيم) for بزعامة and
بقيادة, head (رئيس) for برئاسة. بزعامة names a leader after any organization the NER tags; برئاسة and
بقيادة only after a party's or movement's name (حزب، حركة، جبهة، تيار، ائتلاف), since after a delegation,
a meeting or a force they name who chairs or commands an event, not a body's office.

Raw corpus (both files): "بزعامة" 58 lines, 28 of them within four words of a party noun; a party noun
and at most three words before "برئاسة|بقيادة": 88 lines.
"""

from __future__ import annotations

from kg.extract.facts import Ref
from kg.extract.holders import QUOTES, name_after
from kg.extract.text import DocView
from kg.extract.titles import Title
from kg.link.normalize import match_key

_LED = {match_key("بزعامة"): "leader", match_key("وبزعامة"): "leader", match_key("برئاسة"): "head",
        match_key("وبرئاسة"): "head", match_key("بقيادة"): "leader", match_key("وبقيادة"): "leader"}
_ANY_BODY = frozenset({match_key("بزعامة"), match_key("وبزعامة")})
_PARTY_NOUNS = frozenset(match_key(w) for w in ("حزب", "الحزب", "حركة", "الحركة", "جبهة", "الجبهة", "تيار", "التيار",
                                                 "ائتلاف", "الائتلاف"))


def led_bodies(view: DocView) -> list[tuple[Title, int]]:
    """(title, person mention) for every "BODY بزعامة|برئاسة|بقيادة NAME" in the article."""
    toks = view.tokens
    out: list[tuple[Title, int]] = []
    for t, tok in enumerate(toks):
        role = _LED.get(tok.key)
        if role is None:
            continue
        body = _body_before(view, t, any_body=tok.key in _ANY_BODY)
        if body is None:
            continue
        title = Title(role, t, t, tok.text, body)
        found = name_after(view, t + 1, title)
        if found is not None:
            out.append((title, found[0]))
    return out


def _body_before(view: DocView, t: int, *, any_body: bool) -> Ref | None:
    """The organization whose mention ends right before token t (past a closing quote)."""
    toks = view.tokens
    j = t - 1
    while j >= 0 and toks[j].key in QUOTES:
        j -= 1
    m = view.token_mention.get(j) if j >= 0 else None
    if m is None or view.is_person(m) or view.mention_span[m][1] != j:
        return None
    ref = view.ref(m)
    if ref.entity.kind != "Organization":
        return None
    first = view.mention_span[m][0]
    words = match_key(view.mentions[m].label).split()
    party = bool(words) and (words[0] in _PARTY_NOUNS or toks[first].key in _PARTY_NOUNS
                             or any(f in _PARTY_NOUNS for f in toks[first].forms))
    return ref if any_body or party else None
