"""A family name written alone after a title, an honorific or a verb of saying is a PER mention: `الدكتور الفلاني`.

Gulf and Levant news name a person in full once, or never, and then by the definite family name alone:
`وناقش الدكتور الفلاني مع …`، `وأكد المهندس الفلاني …`، `للسفير الفلاني`، `وزير الخارجية الفلاني`، `وأضاف
الفلاني، أن …`. The NER misses most of these words, and `kg.link.person_spans.titled_persons` reads a definite
word after a title as the title's qualifier (`الرئيس الأمريكي`، `الأستاذ المساعد`), so the person is no entity of
the article. What tells the family name from a qualifier is how the raw news writes the word elsewhere:
kg/link/lexicons/family_names.tsv (scripts/mine_family_names.py) holds the definite words written right after a
given name in half of their occurrences or more, the uses after a title or a verb of saying left out of the count
(they are the uses this rule reads: الزهراني، الشمري) (الربيعة، القحطاني; not التنفيذي، المساعد، الزراعي).

A word of that list that no mention covers, where no gazetteer name (a place, a body, a nisba) starts, becomes a
PER mention (`source="pattern"`) when

* a title head or honorific stands before it, with at most `MAX_QUALIFIERS` definite words or nisbas between
  (`وزير الخارجية | الفلاني`), or a verb of saying stands right before it (`وأضاف الفلاني،`);
* and the word after it is no word of a name (a given name, another family name, بن/آل …, a word of a
  knowledge-base person): there the name goes on, and the other rules read it whole.

The linker then ties it to the article's full name (coreference) or leaves it a local person. Raw-news probe
(2,280 paragraphs already tagged by the NER, samples of scripts/probe_mentions.py, read by hand): 14 persons
added, all family names (الدكتور الثويني، المهندس القحطاني، اللواء السحيباني، للسفير العقيل، الوزير الحقباني).

Family names written without the article (Maghreb, Egyptian and foreign ones: `وأضاف حداد أن`، `الرئيس سميث`) come
from kg/link/lexicons/bare_family_names.tsv (scripts/mine_bare_family_names.py: words written right after a given
name in 60% of their occurrences or more, clitic forms and hand-read non-names left out) and are read the same way,
except where a person mention of the article holds the word (as for a knowledge-base family name).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import match_key
from kg.link.person_spans import MAX_QUALIFIERS, NAME_LINKS, PATTERN_CONFIDENCE, given_word, honorific, title_head
from kg.link.person_speakers import SAYING, SAYING_MASCULINE
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc


def _said(key: str) -> bool:
    """A perfect verb of saying, with a conjunction or not (وأضاف، فقالت)."""
    verbs = SAYING | SAYING_MASCULINE
    return key in verbs or (key[:1] in "وف" and key[1:] in verbs)


def _after_title(k: int, toks, doc: _Doc, covered: list[bool], qualifier_starts: Collection[int]) -> bool:
    """A title head or honorific stands before token k, with at most MAX_QUALIFIERS definite words or nisbas
    between, all uncovered and joined by spaces; or a verb of saying stands right before it."""
    if k >= 1 and doc.spaced(toks[k - 1].end, toks[k].start) and _said(toks[k - 1].key):
        return True
    j = k - 1
    for _ in range(MAX_QUALIFIERS + 1):
        if j < 0 or covered[j] or not doc.spaced(toks[j].end, toks[j + 1].start):
            return False
        key = toks[j].key
        if title_head(key) is not None or honorific(key):
            return True
        if not (key.startswith("ال") or toks[j].start in qualifier_starts):
            return False
        j -= 1
    return False


def family_name_mentions(mentions: list[Mention], doc: _Doc, names: Collection[str] = (),
                         qualifier_starts: Collection[int] = (), blocked: Collection[int] = ()) -> list[Mention]:
    """The mentions with a PER mention for each family name written alone after a title or a verb of saying.

    `names`: words of knowledge-base persons' names; `qualifier_starts`: offsets of nisbas and country names;
    `blocked`: offsets where a gazetteer name starts."""
    toks = doc.toks
    bare = lexicons().bare_family_names
    fam = lexicons().family_names.keys() | bare.keys()
    # as for a knowledge-base family name (kg.link.person_surnames), a bare one adds no mention where a person
    # mention of the article holds the word: the person is an entity already
    named = {match_key(w) for m in mentions if m.ner_type == "PER" for w in m.text.split()}
    covered = [any(m.start < t.end and t.start < m.end for m in mentions) for t in toks]
    out = list(mentions)
    for k, tok in enumerate(toks):
        if tok.key not in fam or covered[k] or tok.start in blocked or tok.start in qualifier_starts \
                or (tok.key in bare and tok.key in named):
            continue
        nxt = k + 1
        if nxt < len(toks) and doc.spaced(tok.end, toks[nxt].start) and (
                given_word(toks[nxt].key, toks[nxt].text) or toks[nxt].key in fam or toks[nxt].key in NAME_LINKS
                or toks[nxt].key in names):
            continue  # the name goes on (الفلاني سعد، الفلاني بن …): no family name alone
        if not _after_title(k, toks, doc, covered, qualifier_starts):
            continue
        out.append(Mention(tok.start, tok.end, tok.text, tok.text, "PER", PATTERN_CONFIDENCE,
                           doc.sentence(tok.start), source="pattern"))
        covered[k] = True
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["family_name_mentions"]
