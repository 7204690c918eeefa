"""Facilities named after a king, prince, sheikh or imam: `مطار الملك عبدالعزيز`, `جامعة الملك سعود`,
`مدينة الملك عبدالله الاقتصادية`, `مركز الملك سلمان للإغاثة والأعمال الإنسانية`.

Gulf news names airports, universities, hospitals, roads and centres this way, and the NER cuts
them into a person (عبدالله) or leaves them out, so the article gains a false person and loses the
place or body. The pattern is grammatical: a head noun in construct, a royal title, the person's
name (given names, بن/بنت/آل, a person mention), then optionally a definite adjective (الاقتصادية،
الدولي) and a لل-phrase with its coordinated words (للعلوم والتقنية). The heads and their kind
(LOC for buildings and sites, ORG for bodies) come from the raw news corpus with their counts
(`eponym_heads.tsv`, `scripts/mine_eponym_heads.py`).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key, name_offset, restored_article
from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

_FILE = Path(__file__).resolve().parent / "lexicons" / "eponym_heads.tsv"
#: Titles of the persons facilities are named after; الإمام too: an eponym head + الإمام + a name occurs
#: 208 times in the raw news (جامعة الإمام محمد بن سعود 57، مسجد الإمام الصادق 54، جامع الإمام تركي 25 …).
TITLES = frozenset(match_key(w) for w in ("الملك", "الأمير", "الملكة", "الأميرة", "الشيخ", "السلطان", "الإمام"))
_LINKS = frozenset(match_key(w) for w in ("بن", "بنت", "ابن", "آل"))
#: Words after which the name goes on whatever the next word is: بن before the father's name (فيصل بن بندر, which
#: `_opens_phrase` reads as ب + ندر) and `عبد` written apart from its second word (الملك عبد العزيز: raw news writes an
#: eponym head + a title + `عبد` + a word 200 times, `grep -oE "(مركز|جامعة|مستشفى|مطار|…) (الملك|الأمير|الشيخ|الإمام)
#: عبد [^ ]+"`).
_OPEN = _LINKS | {match_key("عبد")}
#: At most this many words of the person's name.
MAX_NAME = 6


@lru_cache(maxsize=1)
def eponym_heads() -> dict[str, tuple[str, int]]:
    """Head key → (kind, raw corpus count before a royal title); MISC heads (prizes, projects) left out."""
    out: dict[str, tuple[str, int]] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3 or not parts[1].isdigit() or parts[2] == "MISC":
            continue
        out[parts[0]] = (parts[2], int(parts[1]))
    return out


@lru_cache(maxsize=1)
def named_after_heads() -> frozenset[str]:
    """Every head of eponym_heads.tsv, prizes and projects too (جائزة الملك X): a royal title after
    one of them names the facility or prize, not the person as an actor."""
    return frozenset(line.split("\t")[0] for line in _FILE.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#") and len(line.split("\t")) == 3 and line.split("\t")[1].isdigit())


def _head(word: str) -> tuple[str, str] | None:
    """(clitic prefix, kind) when the word is an eponym head in construct (مطار، بمطار، لجامعة)."""
    heads = eponym_heads()
    for prefix, rest in clitic_splits(match_key(word), article=False):
        if rest in heads and (not prefix or len(rest) >= 3):
            return prefix, heads[rest][0]
    return None


def eponym_mentions(doc: _Doc, ner: list[Mention], given_names: Collection[str] = ()) -> list[Mention]:
    """The mentions with each facility named after a royal person made one LOC/ORG mention."""
    toks = doc.toks
    given = lexicons().given_names
    per_at = {doc.first_tok(m.start): m for m in ner if m.ner_type == "PER"}
    out = list(ner)
    i = 0
    while i + 2 < len(toks):
        found = _head(toks[i].text)
        if found is None or toks[i + 1].key not in TITLES or not doc.spaced(toks[i].end, toks[i + 1].start):
            i += 1
            continue
        prefix, kind = found
        j = i + 2
        names = 0
        person: Mention | None = None  # the NER's person this name is (its words may run on)
        while j < len(toks) and names < MAX_NAME and doc.spaced(toks[j - 1].end, toks[j].start):
            key = toks[j].key
            if per_at.get(j) is not None and person is None:
                person = per_at[j]
            inside = person is not None and toks[j].end <= person.end
            # the father's name after بن (فيصل بن بندر): read as ب + ندر by `_opens_phrase`, but only a ب/ل + the
            # article (بالرس، للعلوم) ends a name there
            after_link = names > 0 and toks[j - 1].key in _OPEN and not key.startswith(("بال", "لل", "وال"))
            if key in _LINKS or key in given or key in given_names or (inside and not _opens_phrase(key)) or after_link:
                names += 1
                j += 1
            else:
                break
        if not names:
            i += 1
            continue
        j = _tail(toks, doc, j)
        start, stop = toks[i].start, toks[j - 1].end
        over = [m for m in out if m.start < stop and start < m.end]
        if any(m.start < start or (m.end > stop and m is not person) for m in over) or any(
                m.start == start and m.ner_type in ("ORG", "LOC") and m.end >= stop for m in over):
            i = j
            continue  # the NER has it whole, or a mention crosses the phrase's edge
        label = restored_article(prefix) + doc.text[start + name_offset(toks[i].text, prefix):stop]
        confidence = max((m.confidence for m in over), default=0.8)
        out = [m for m in out if m not in over]
        out.append(Mention(start, stop, doc.text[start:stop], label, kind, confidence,
                           doc.sentence(start), source="pattern"))
        i = j
    return sorted(out, key=lambda m: (m.start, m.end))


def _opens_phrase(key: str) -> bool:
    """A word of a person's span that opens a prepositional phrase (بالأحساء، بينبع): the name ended."""
    return any(p[-1:] in ("ب", "ل") and len(r) >= 3 for p, r in clitic_splits(key, article=False)[1:])


def _tail(toks, doc, j: int) -> int:
    """After the name: a definite adjective (الاقتصادية، الدولي) and a لل-phrase with up to two
    coordinated or adjectival definite words (للعلوم والتقنية، للإغاثة والأعمال الإنسانية)."""
    def joined(a: int) -> bool:
        return a < len(toks) and doc.spaced(toks[a - 1].end, toks[a].start)

    if joined(j) and toks[j].key.startswith("ال") and toks[j].key.endswith(("ي", "يه")) and len(toks[j].key) >= 5:
        j += 1
    if joined(j) and toks[j].key.startswith("لل") and len(toks[j].key) >= 5:
        j += 1
        for _ in range(2):
            key = toks[j].key if joined(j) else ""
            if key.startswith("وال") and len(key) >= 6:
                j += 1
            elif key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) >= 5:
                j += 1
            else:
                break
    return j



__all__ = ["TITLES", "eponym_heads", "eponym_mentions"]
