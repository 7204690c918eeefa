"""Charities named by their head, any name and `الخيرية`: `مؤسسة فلان بن فلان الخيرية`, `جمعية فلانة الخيرية`.

Gulf news names a foundation or a society after its founder, a family, a town or a coined word, and closes the
name with the adjective الخيرية ("charitable"). The NER tags the founder as a person and leaves the body out, or
leaves the coined word alone (`مسك`, `إبصار`), so the article gains a person and loses the charity that is the
party of an agreement or the employer of a post. The adjective closes the name whatever words stand between it
and the head: raw news (zcat ../shared/data/arabic-news-raw/*.txt.gz, `grep -oE "(^| )[وبلف]?(مؤسسة|جمعية)
[^ال ][^ ]+( [^ ]+){0,3} (الخيرية|الخيري)"`) writes an indefinite مؤسسة/جمعية, one to four words that open
without the article and الخيرية 137 times (مؤسسة مسك الخيرية 35، مؤسسة سالم بن محفوظ الخيرية 15، جمعية إبصار الخيرية
9، مؤسسة سليمان بن عبدالعزيز الراجحي الخيرية 6، جمعية تكافل الخيرية 3 …). A definite first word (`جمعية البر
الخيرية`) is a field and its adjective, read by `kg.link.institution_spans`; so is a king's or prince's
(`kg.link.eponyms`). The words must be one run (no punctuation, no quotes, no particle, no definite ل/ب-phrase: `جمعية
للأيتام بالرياض`) and hold no mention that runs past the adjective.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.link.normalize import clitic_splits, match_key, name_offset
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

#: Indefinite heads of charities (clitic-free).
CHARITY_HEADS = frozenset(match_key(w) for w in ("مؤسسة", "جمعية"))
#: The adjective that closes a charity's name.
CHARITABLE = frozenset(match_key(w) for w in ("الخيرية", "الخيري"))
#: Words of the name between the head and the adjective.
MAX_NAME = 4
#: Prepositions and particles that open a phrase, no word of a name.
NOT_NAME = frozenset(match_key(w) for w in ("في", "من", "على", "عن", "إلى", "مع", "أو", "و", "التي", "الذي", "هي"))


def _head(key: str) -> str | None:
    """The clitic before an indefinite charity head (مؤسسة، ومؤسسة، لجمعية), or None."""
    for prefix, rest in clitic_splits(key, article=False):
        if rest in CHARITY_HEADS and prefix in ("", "و", "ب", "ل", "ف", "وب", "ول"):
            return prefix
    return None


def charity_mentions(doc: _Doc, ner: Sequence[Mention]) -> list[Mention]:
    """The mentions with each head + name + الخيرية made one ORG mention over them."""
    toks = doc.toks
    out = list(ner)
    for i, tok in enumerate(toks):
        prefix = _head(tok.key)
        if prefix is None or i + 1 >= len(toks) or toks[i + 1].key.startswith("ال"):
            continue
        end = None
        for k in range(i + 1, min(i + 2 + MAX_NAME, len(toks))):
            if not doc.spaced(toks[k - 1].end, toks[k].start):
                break
            key = toks[k].key
            if key in CHARITABLE:
                end = k if k > i + 1 else None
                break
            if key in NOT_NAME or key.startswith(("لل", "بال")) or not key.isalpha():
                break  # a ل/ب-phrase or a particle opens after the name: no charity's name here
        if end is None:
            continue
        start = tok.start + name_offset(tok.text, prefix)
        stop = toks[end].end
        over = [m for m in out if m.start < stop and start < m.end]
        if any(m.start < tok.start or m.end > stop for m in over):
            continue  # a mention runs past the name: leave it
        if any(m.start <= start and m.end >= stop and m.ner_type == "ORG" for m in over):
            continue  # the name is one already
        out = [m for m in out if m not in over]
        out.append(Mention(start, stop, doc.text[start:stop], doc.text[start:stop], "ORG",
                           max((m.confidence for m in over), default=1.0), doc.sentence(start), source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["charity_mentions"]
