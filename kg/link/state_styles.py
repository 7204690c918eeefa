"""A state named by its formal style is that state: "جمهورية كوريا الجنوبية"، "المملكة الإسبانية".

Why: the knowledge base holds a country's short names and the official long form its sources give
(جمهورية مصر العربية), not every style the news writes. A treaty or meeting whose party is written
"جمهورية X" or "الجمهورية الX" then lost the party's country (an unlinked place, or no mention at all
when the NER left "الجمهورية العراقية" untagged). Two general shapes, both read through the KB:

- a state noun (جمهورية، مملكة، سلطنة، دولة، إمارة) before a whole KB country name:
  "جمهورية كوريا الجنوبية"، "دولة الإمارات العربية المتحدة"، "جمهورية فرنسا";
- a definite state noun (الجمهورية، المملكة، السلطنة) before the country's feminine nisba, which
  agrees with it: "الجمهورية العراقية"، "المملكة الإسبانية". A masculine nisba belongs to a title before
  the noun ("رئيس الجمهورية العراقي سامي الحداد"), so it is never read so; nor is "الدولة X"
  ("وزير الدولة الإماراتي"، "الدولة السعودية الأولى", a historical state).

Raw news (both files, 205,333 paragraphs, counted with the gazetteer): a state noun before a KB
country name that is not itself a KB name 672 times (دولة الإمارات العربية المتحدة 52+,
جمهورية كوت ديفوار 15+, دولة العراق 7); a definite state noun before a country nisba 427 times.
"""

from __future__ import annotations

from kg.link.gazetteer import Gazetteer, GazetteerMatch
from kg.link.normalize import match_key

STATE_NOUNS = frozenset(match_key(w) for w in ("جمهورية", "مملكة", "سلطنة", "دولة", "إمارة"))
DEFINITE_STATE_NOUNS = frozenset(match_key(w) for w in ("الجمهورية", "المملكة", "السلطنة"))
#: "للجمهورية" is ل + الجمهورية
_CONTRACTED = {match_key("لل" + w[2:]): w for w in DEFINITE_STATE_NOUNS}


def styled_country(gazetteer: Gazetteer, label: str) -> GazetteerMatch | None:
    """The country hit a label names by its style ("جمهورية X"، "الجمهورية الX"), else None."""
    head, _, rest = label.strip().partition(" ")
    key = match_key(head)
    if not rest or (key not in STATE_NOUNS and key not in DEFINITE_STATE_NOUNS):
        return None
    hits = gazetteer.find(rest)
    if len(hits) != 1:
        return None
    hit = hits[0]
    if hit.kind != "Country" or hit.prefix or hit.start != 0 or hit.end != len(rest):
        return None
    if not hit.is_nisba:
        return hit if key in STATE_NOUNS else None
    return hit if key in DEFINITE_STATE_NOUNS and _feminine(rest) else None


def nisba_style_spans(text: str, nisba_hits: list[GazetteerMatch]) -> list[tuple[int, int, str]]:
    """Spans of "الجمهورية الX" whose nisba a gazetteer hit found, each with its clitic-free label
    (و/ب/ف left out of the span; "للجمهورية" is kept whole and labelled "الجمهورية")."""
    spans = []
    for h in nisba_hits:
        if not (h.is_nisba and h.kind == "Country" and not h.prefix and _feminine(h.text)):
            continue
        before = text[:h.start].rstrip(" ")
        if len(before) != h.start - 1:
            continue  # one space between the noun and its nisba
        word_start = before.rfind(" ") + 1
        word = before[word_start:]
        key = match_key(word)
        for lead in ("", "و", "ب", "ف", "وب"):
            noun = key[len(lead):]
            if key.startswith(lead) and (noun in DEFINITE_STATE_NOUNS or noun in _CONTRACTED):
                start = word_start + len(lead)
                head = text[start:len(before)]
                label = ("ال" + head[2:] if noun in _CONTRACTED else head) + " " + h.text
                spans.append((start, h.end, label))
                break
    return spans


def _feminine(words: str) -> bool:
    return all(w.endswith(("ة", "ه")) for w in words.split())
