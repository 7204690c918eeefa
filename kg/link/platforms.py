"""Social media platforms named in the news: `على تويتر`, `عبر حسابه في فيسبوك`.

News cites what officials post (`وكتب فلان على تويتر`); the platform is a company, an ORG entity in the
gold annotation, but the NER leaves it out (`نشرت على تويتر`) or runs it into the person before it
(`فلان الفلاني على تويتر` as one person). The platforms' spellings come from the raw news with their counts
(`lexicons/platforms.tsv`, `scripts/count_platforms.py`: تويتر 1575 uses, فيسبوك 621 …). Each use becomes an
ORG mention labelled with the platform's one name; a mention it ends is cut before it and before the
preposition that introduces it (على، عبر، في).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.types import Mention

if TYPE_CHECKING:
    from kg.link.mentions import _Doc

_FILE = Path(__file__).resolve().parent / "lexicons" / "platforms.tsv"
#: Prepositions that introduce a platform (`على تويتر`, `عبر فيسبوك`, `في سناب شات`).
_LEAD = re.compile(r"(?:\s+(?:على|عبر|في|من خلال|ب?موقع|ب?حساب\w*))+\s*[\"«]?\s*$")
#: A platform found by its name: confident, but below a knowledge-base name.
PLATFORM_CONFIDENCE = 0.8


@lru_cache(maxsize=1)
def platforms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The spellings' pattern (a one-letter clitic and the article allowed before) and each spelling's label."""
    labels = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3 or not parts[2].isdigit():
            continue
        labels[parts[0]] = parts[1]
    names = "|".join(re.escape(s) for s in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<clitic>[وبلف]?(?:ال)?)(?P<name>{names})(?!\w)"), labels


def platform_mentions(doc: _Doc, ner: list[Mention]) -> list[Mention]:
    """The mentions with an ORG mention for each platform named, mentions that end on one cut before it."""
    pattern, labels = platforms()
    out = list(ner)
    for match in pattern.finditer(doc.text):
        start, end = match.start("name") - len(match.group("clitic")), match.end()
        kept, whole = [], False
        for m in out:
            if m.end <= start or m.start >= end:
                kept.append(m)
                continue
            lead = _LEAD.search(doc.text, m.start, start) if m.start < start else None
            if lead is None and len(doc.text[m.start:start].split()) > 1 or m.end > end:
                whole = True  # a longer name holds the platform's (شركة تويتر للخدمات): left as it is
                break
            cut = len(doc.text[:lead.start()].rstrip()) if lead is not None else m.start
            if cut > m.start:  # the person before the platform keeps his name (فلان الفلاني | على تويتر)
                text = doc.text[m.start:cut]
                label = m.label[: len(m.label) - (m.end - cut)] if m.label.endswith(m.text[cut - m.start:]) \
                    else text
                kept.append(replace(m, end=cut, text=text, label=label.strip()))
            # else the mention is the platform's, or a class noun before it (شركة | تويتر): it gives way
        if not whole:
            out = kept + [Mention(start, end, doc.text[start:end], labels[match.group("name")], "ORG",
                                  PLATFORM_CONFIDENCE, doc.sentence(start), source="pattern")]
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["platform_mentions", "platforms"]
