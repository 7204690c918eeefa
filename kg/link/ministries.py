"""A ministry named by its field and country without its head: `الخارجية الروسية`, `الدفاع الأمريكية`.

News drops وزارة when a nisba names the country; the feminine nisba still agrees with the dropped
head (الدفاع is masculine: `الدفاع الأمريكية` can only be the ministry). The fields are the words
the raw news writes after وزارة most often (`ministry_fields.tsv`, `scripts/mine_ministry_fields.py`,
with counts). Feminine fields are taken only when they are adjectives themselves (الخارجية، الداخلية،
المالية): `الصحة السعودية` may be the health sector, not the ministry. The phrase is no ministry when
the word before it is a definite noun it describes (السياسة الخارجية الروسية), a title (وزير
الخارجية الروسية) or an institution head (it is that institution's own name).

The label is the full name (وزارة الخارجية الروسية) when the knowledge base knows it, so it links;
otherwise the words as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.conjoined import field_adjective
from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.gazetteer import GazetteerMatch
    from kg.link.mentions import _Doc

_FILE = Path(__file__).resolve().parent / "lexicons" / "ministry_fields.tsv"
MINISTRY = "وزارة"


@lru_cache(maxsize=1)
def field_counts() -> dict[str, int]:
    """Every field key of the table → its raw corpus count after وزارة (الصحة too: after the head it is no
    ellipsis)."""
    out: dict[str, int] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) == 2 and parts[1].isdigit():
            out[parts[0]] = int(parts[1])
    return out


@lru_cache(maxsize=1)
def ministry_fields() -> dict[str, int]:
    """Field key → raw corpus count after وزارة, for the fields whose ellipsis is unambiguous."""
    return {key: n for key, n in field_counts().items()
            if not key.endswith("ه") or key.endswith("يه")}  # masculine, or an adjective (الخارجية)


def _describes(key: str) -> bool:
    """The word before the field makes the phrase no ministry (a definite noun, a title, a head)."""
    from kg.link.heads import HEADS

    lex = lexicons()
    for prefix, rest in clitic_splits(key, article=False):
        if prefix and len(rest) < 3:
            continue
        base = rest[2:] if rest.startswith("ال") else rest
        if rest.startswith("ال") or base in HEADS or rest in lex.title_words or rest in lex.person_titles:
            return True
    return False


def elliptic_ministries(doc: _Doc, ner: list[Mention], hits: Sequence[GazetteerMatch],
                        known: Callable[[str], bool]) -> list[Mention]:
    """The mentions with each `FIELD + feminine nisba` ministry added as an ORG mention."""
    toks = doc.toks
    fields = ministry_fields()
    nisba_at = {doc.at_start[h.start]: doc.at_end[h.end] for h in hits
                if h.is_nisba and h.start in doc.at_start and h.end in doc.at_end
                and match_key(h.name).startswith("ال") and match_key(h.name).endswith("يه")}
    out = list(ner)
    for i, tok in enumerate(toks[:-1]):
        if tok.key not in fields or i + 1 not in nisba_at or not doc.spaced(tok.end, toks[i + 1].start):
            continue
        if i > 0 and doc.spaced(toks[i - 1].end, tok.start) and _describes(toks[i - 1].key):
            continue
        start, stop = tok.start, toks[nisba_at[i + 1]].end
        over = [m for m in out if m.start < stop and start < m.end]
        if any(m.start < start or m.end > stop or m.ner_type == "ORG" for m in over):
            continue
        text = doc.text[start:stop]
        full = f"{MINISTRY} {text}"
        label = full if known(full) else text
        out = [m for m in out if m not in over]
        out.append(Mention(start, stop, text, label, "ORG", max((m.confidence for m in over), default=0.8),
                           doc.sentence(start), source="pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


#: The head's match key (وزاره).
MINISTRY_KEY = match_key(MINISTRY)
#: Fields that name no ministry alone: `وزارة الشؤون`, `وزارة الخدمة` take an adjective (الاجتماعية، المدنية).
OPEN_FIELDS = frozenset(match_key(w) for w in ("الشؤون", "الخدمة"))


def ministry_end(i: int, toks, joined: Callable[[int], bool]) -> int | None:
    """The last token of `وزارة` (token i, indefinite) + a field of the table + its adjectives (`وزارة العمل`,
    `وزارة التعليم العالي`, `وزارة الشؤون الاجتماعية`), or None. The NER drops such ministries when no nisba
    follows; the raw news writes each field after وزارة hundreds of times (`field_counts`), and a definite word
    after the head that is no field (`وزارة الأوقاف`) is left to the other rules."""
    j = i + 1
    if not joined(j) or toks[j].key not in field_counts():
        return None
    end = j
    while end - j < 2 and joined(end + 1) and field_adjective(toks[end + 1].key):
        end += 1
    return None if end == j and toks[j].key in OPEN_FIELDS else end


__all__ = ["MINISTRY_KEY", "elliptic_ministries", "field_counts", "ministry_end", "ministry_fields"]
