"""A person's span ends before the preposition على that the NER ran into: `سامي الحداد على تويتر` → `سامي الحداد`.

`kg.link.person_spans` never reads على as a preposition inside a name: folded it is the given name علي, and
Egyptian outlets write علي with alef maqsura (`محمد على حسن`). Written with alef maqsura and followed by no word
of a name, it is the preposition, and the NER often sweeps it with its object into the person's span:
`كارل بيلت على تويتر`، `الملك فلان بن فلان على برنامج العمل`، `تعيين فلان الفلاني على وظيفة …`, or tags
`على تويتر` alone as a person. Raw news writes `على تويتر` 175 times, `على حسابه` 159, `على صفحته` 173, often right
after a name (`وكتب فلان على تويتر`).

The span is cut before such an على when the word after it is no word of a name: no given name (of the lexicons or
a knowledge-base person's first word), no word of a knowledge-base person's name, no family name of the raw news
no name link (بن، عبد …) and no definite word that is no common word (`على الرفاعى`، `السفير على الصادق`: Egyptian
and Sudanese outlets write علي so); a span that opens on it is no person. Probe (2,280 NER-tagged raw paragraphs,
samples of scripts/probe_mentions.py): 2 spans ran into على (`… على وظيفة`، `… على برنامج`), both cut.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.person_spans import NAME_LINKS, given_word, honorific, preposition_spelling, title_head
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc


def _name_word(k: int, toks, names: Collection[str], nisba_starts: Collection[int]) -> bool:
    """Token k is a word of a name: a given name, a knowledge-base person's word, a family name, a name link, or
    a definite word that is no common word, title, honorific or nisba of a place (على الرفاعى، على الصادق: Egyptian
    and Sudanese outlets write علي with alef maqsura; على القرار، على الصعيد are the preposition's)."""
    key = toks[k].key
    lex = lexicons()
    if given_word(key, toks[k].text) or key in names or key in lex.family_names or key in NAME_LINKS \
            or key in lex.named_alone:
        return True
    return (key.startswith("ال") and len(key) >= 5 and key.isalpha() and key not in lex.common_words
            and key not in lex.title_words and title_head(key) is None and not honorific(key)
            and toks[k].start not in nisba_starts)


def cut_at_ala(mentions: list[Mention], doc: _Doc, names: Collection[str] = (),
               nisba_starts: Collection[int] = ()) -> list[Mention]:
    """PER mentions cut before an inner preposition على followed by no name's word; one opening on it is dropped.

    `names`: words of knowledge-base persons' names; `nisba_starts`: offsets of nisbas and country names."""
    toks = doc.toks
    out = []
    for m in mentions:
        idx = [i for i, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
        cut = next((n for n, i in enumerate(idx) if preposition_spelling(toks[i].key, toks[i].text)
                    and not (i + 1 < len(toks) and doc.spaced(toks[i].end, toks[i + 1].start)
                             and _name_word(i + 1, toks, names, nisba_starts))), None)
        if m.ner_type != "PER" or cut is None or m.label != m.text:
            out.append(m)
            continue
        if cut == 0:
            continue  # `على تويتر`: a prepositional phrase, no person
        end = toks[idx[cut - 1]].end
        text = doc.text[m.start:end]
        out.append(replace(m, end=end, text=text, label=text.strip()))
    return out


__all__ = ["cut_at_ala"]
